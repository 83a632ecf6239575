/// A label cell that the first pass over a table's cells found
/// (``InterpretationRun``'s reader of the builder's tables): where it stands among
/// the table's cells, its bytes with white space cut off both ends, as reading its
/// value trimmed them, and its class. The pass after the first looks each label up
/// from these bounds without reading the cell again and writes its class here; the
/// last, row by row, reads the classes from the same slots.
///
/// Three 32-bit numbers and the class's word, 24 bytes with the padding: a
/// builder's table keeps its cells' offsets in 32 bits (``StoredCell``), so its
/// cell indices and the bounds within its cells' spans fit too. The class is kept
/// in the label's own slot, not in a list of its own beside the labels, so that
/// the loops over the labels walk one list (one pointer fewer held across them).
struct FoundLabel {
  /// The cell's index among its table's cells.
  var cell: UInt32
  /// Where the cell's trimmed bytes start in the document's storage.
  var start: UInt32
  /// Where they end.
  var end: UInt32
  /// The label's class: no class (``LabelClass/init()``) until the look-up pass
  /// (``InterpretationRun/lookUp(_:storage:markerCounts:)``) writes it.
  var label = LabelClass()

  /// The label cell at `cell` of its table, trimmed to `start..<end` (each fitting
  /// 32 bits: see ``FoundLabel``), not yet looked up.
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
