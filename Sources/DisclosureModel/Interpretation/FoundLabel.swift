/// A label cell that the first pass over a table's cells found
/// (``InterpretationRun``'s reader of the builder's tables): where it stands among
/// the table's cells, and its bytes with white space cut off both ends, as reading
/// its value trimmed them. The second pass, row by row, looks each label up from
/// these bounds (``RowAnalysis/LabelCells``) without reading the cell again.
///
/// Three 32-bit numbers, 12 bytes: a builder's table keeps its cells' offsets in
/// 32 bits (``StoredCell``), so its cell indices and the bounds within its cells'
/// spans fit too.
struct FoundLabel {
  /// The cell's index among its table's cells.
  var cell: UInt32
  /// Where the cell's trimmed bytes start in the document's storage.
  var start: UInt32
  /// Where they end.
  var end: UInt32

  /// The label cell at `cell` of its table, trimmed to `start..<end` (each fitting
  /// 32 bits: see ``FoundLabel``).
  @inline(__always)
  init(cell: Int, start: Int, end: Int) {
    self.cell = UInt32(truncatingIfNeeded: cell)
    self.start = UInt32(truncatingIfNeeded: start)
    self.end = UInt32(truncatingIfNeeded: end)
  }

  /// The mark written after a table's labels, at a cell past the end of every row
  /// of a table of fewer cells (the largest index), so that the loop over a row's
  /// labels stops at it without testing their count.
  static var end: FoundLabel { FoundLabel(cell: Int(UInt32.max), start: 0, end: 0) }
}
