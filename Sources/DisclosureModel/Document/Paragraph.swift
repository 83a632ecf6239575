/// A run of prose in a layout-neutral ``Document``: one source line outside any table.
public struct Paragraph: Sendable, Hashable {
  /// The text in the document's storage (untrimmed).
  public var span: TextSpan
  /// The 1-based source line.
  public var line: Int

  /// Creates a paragraph.
  public init(span: TextSpan, line: Int) {
    self.span = span
    self.line = line
  }
}
