/// An entry of a list of field indices, one a column: a catalogue index
/// (`Int`), or one that may be missing (`Int?`, `nil` for a column whose key the
/// edition lacks).
///
/// Lets the loop that records a row's plain counts run over either list: over a
/// list known to hold every index (a window row's, ``FieldAssembler``'s
/// `windowApplicationRows`), each entry is then read as it stands, with no test
/// for `nil` and half the bytes an entry.
protocol FieldIndexSlot {
  /// The field index the entry holds, or `nil` when it holds none.
  var fieldIndex: Int? { get }
}

extension Int: FieldIndexSlot {
  /// The index itself: an `Int` entry always holds one.
  @inline(__always)
  var fieldIndex: Int? { self }
}

extension Optional: FieldIndexSlot where Wrapped == Int {
  /// The index, or `nil` for a column without a key.
  @inline(__always)
  var fieldIndex: Int? { self }
}
