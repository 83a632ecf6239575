/// One table row in a layout-neutral ``Document``: its cells, left to right.
public struct Row: Sendable, Hashable {
  /// The cells, in reading order. Empty cells are kept: their position matters.
  public var cells: Cells
  /// The 1-based source line where the row starts.
  public var line: Int

  /// Creates a row.
  public init(cells: [Cell], line: Int) {
    self.cells = Cells(cells)
    self.line = line
  }

  /// Creates a row from cells that may share a buffer with other rows' cells.
  public init(cells: Cells, line: Int) {
    self.cells = cells
    self.line = line
  }
}
