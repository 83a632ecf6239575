/// One of the six sections of a report, as found: its heading and its prose.
public struct Section: Sendable, Hashable, Codable {
  /// 1 to 6: 一、总体情况 … 六、其他需要报告的事项.
  public var number: Int
  /// The heading as found, trimmed.
  public var heading: String
  /// The 1-based line of the heading.
  public var line: Int
  /// The section's prose paragraphs (not its tables), joined by newlines.
  public var text: String

  /// Creates a section.
  public init(number: Int, heading: String, line: Int, text: String) {
    self.number = number
    self.heading = heading
    self.line = line
    self.text = text
  }
}
