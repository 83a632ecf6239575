extension Array where Element == Field {
  /// The most positions that one call of ``storedIntegers(at:into:)`` reads.
  package static let storedIntegersLimit = 64

  /// Reads the values of the fields at the first `positions` (up to `integers.count`
  /// and ``storedIntegersLimit`` of them) that are integers (``FieldValue/integer``):
  /// stores the value of the field at `positions[i]` in `integers[i]` and sets bit
  /// `i` of the result, leaving `integers[i]` as it was and the bit clear for a
  /// position out of range or a field whose value is not an integer.
  ///
  /// The values are read from the packed storage in place, a bit's test each,
  /// without copying a field or making a ``FieldValue``, and in one call for many
  /// fields: the table writers read every field of every report, nearly every value
  /// is an integer, and a field read from another module is copied whole (with a
  /// retain and a release of the string it may hold) to call even an accessor.
  package func storedIntegers(
    at positions: UnsafeBufferPointer<Int>, into integers: UnsafeMutableBufferPointer<Int>
  ) -> UInt64 {
    let count = Swift.min(positions.count, integers.count, Self.storedIntegersLimit)
    var found: UInt64 = 0
    withUnsafeBufferPointer { fields in
      for index in 0..<count {
        let position = positions[index]
        // A negative position is out of range as an unsigned number.
        guard UInt(bitPattern: position) < UInt(bitPattern: fields.count),
          let integer = fields[position].storage.integer
        else { continue }
        integers[index] = integer
        found |= 1 &<< UInt64(truncatingIfNeeded: index)
      }
    }
    return found
  }

  /// The value of the field at `position` (``Field/value``), or `nil` when
  /// `position` is out of range: read in place, without copying the field whole
  /// (as reading `self[position].value` from another module does).
  package func storedValue(at position: Int) -> FieldValue? {
    guard indices.contains(position) else { return nil }
    return self[position].storage.value
  }
}
