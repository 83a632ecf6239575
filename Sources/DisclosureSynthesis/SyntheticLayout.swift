/// The text layouts a synthetic report can be rendered in. The raw value is the
/// name of the layout adapter that reads it (`Report.metadata.layout`).
public enum SyntheticLayout: String, CaseIterable, Sendable, Hashable, Codable {
  /// A table row per line, cells split by TAB; every grid position is a cell.
  case tsv
  /// Markdown pipe tables with `|---|` delimiter lines.
  case markdown
  /// Each cell on its own TAB-prefixed line, a blank line after each row.
  case cellPerLine = "cell-per-line"
}
