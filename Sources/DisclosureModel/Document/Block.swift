/// One item of a ``Document``, in reading order: prose or a table.
public enum Block: Sendable, Hashable {
  /// A line of prose (headings are paragraphs too).
  case paragraph(Paragraph)
  /// A table.
  case table(Table)

  /// The 1-based source line where the block starts.
  public var line: Int {
    switch self {
    case .paragraph(let paragraph): paragraph.line
    case .table(let table): table.line
    }
  }
}
