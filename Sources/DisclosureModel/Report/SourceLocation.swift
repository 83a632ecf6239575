/// Where in the source a value was read: the line, and the cell where there is one.
public struct SourceLocation: Sendable, Hashable, Codable {
  /// The 1-based source line.
  public var line: Int
  /// The 1-based position of the cell in its row, if the value came from a cell.
  public var cell: Int?

  /// Creates a location.
  public init(line: Int, cell: Int? = nil) {
    self.line = line
    self.cell = cell
  }
}
