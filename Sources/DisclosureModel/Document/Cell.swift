/// One table cell in a layout-neutral ``Document``.
public struct Cell: Sendable, Hashable {
  /// The cell's text in the document's storage (untrimmed; the interpreter trims).
  public var span: TextSpan
  /// The 1-based source line where the cell starts.
  public var line: Int
  /// The 1-based source line where the cell ends (differs from ``line`` when a
  /// long cell was wrapped onto continuation lines).
  public var endLine: Int
  /// How many grid columns the cell covers (a merged, `colspan` cell covers more than 1).
  public var columnSpan: Int
  /// Whether the cell only continues a merged cell from the row above (a `rowspan`).
  public var continuesFromAbove: Bool

  /// Creates a cell.
  @inlinable
  public init(
    span: TextSpan,
    line: Int,
    endLine: Int? = nil,
    columnSpan: Int = 1,
    continuesFromAbove: Bool = false
  ) {
    self.span = span
    self.line = line
    self.endLine = endLine ?? line
    self.columnSpan = max(1, columnSpan)
    self.continuesFromAbove = continuesFromAbove
  }
}
