extension Array where Element == Field {
  /// The value of the field at `position` when it is an integer
  /// (``FieldValue/integer``), else `nil` (also when `position` is out of range):
  /// read from the packed storage in place, with one bit's test, without copying
  /// the field or making a ``FieldValue``. The table writers read every field of
  /// every report, nearly every value is an integer, and a field read from another
  /// module is copied (its definition's strings retained and released) to call
  /// even an accessor.
  package func storedInteger(at position: Int) -> Int? {
    guard indices.contains(position) else { return nil }
    return self[position].storage.integer
  }
}
