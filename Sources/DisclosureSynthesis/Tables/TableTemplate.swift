/// Which of the report's three tables.
enum TableKind: String, Sendable, Hashable, CaseIterable {
  /// Table 二, 主动公开政府信息情况.
  case proactive
  /// Table 三, 收到和处理政府信息公开申请情况.
  case applications
  /// Table 四, 行政复议、行政诉讼情况.
  case review

  /// The section that holds the table.
  var section: Int {
    switch self {
    case .proactive: 2
    case .applications: 3
    case .review: 4
    }
  }
}

/// What a table row is.
enum RowRole: Sendable, Hashable {
  /// A header row (column labels, or a `第二十条` title row of table 二).
  case header
  /// A row of values; the string names it (`granted`, `denied.stateSecret`,
  /// `proactive.rules`, `review`).
  case data(String)
  /// Page furniture that sits between rows (a page number, a repeated title).
  case furniture(String)

  /// The data row's name, if it is one.
  var dataRow: String? {
    if case .data(let name) = self { name } else { nil }
  }
}

/// A cell of a table as the word processor holds it: text, spans, and the key of
/// the value it shows.
struct TemplateCell: Sendable, Hashable {
  /// The text, in lines; more than one part is a cell wrapped inside its width.
  var parts: [String]
  /// Columns covered.
  var colspan = 1
  /// Rows covered.
  var rowspan = 1
  /// The key of the value the cell holds, for value cells.
  var key: String?

  /// A text cell.
  init(_ text: String, colspan: Int = 1, rowspan: Int = 1) {
    self.parts = [text]
    self.colspan = colspan
    self.rowspan = rowspan
  }

  /// A text cell wrapped by the word processor (`社会` / `公益` / `组织`).
  init(wrapped parts: [String]) {
    self.parts = parts
  }

  /// A value cell.
  init(value text: String, key: String, colspan: Int = 1) {
    self.parts = [text]
    self.colspan = colspan
    self.key = key
  }

  /// The text without its wraps.
  var text: String { parts.joined() }
}

/// A row of a table template.
struct TemplateRow: Sendable, Hashable {
  /// What the row is.
  var role: RowRole
  /// Its cells, left to right, without the positions covered from rows above.
  var cells: [TemplateCell]
}

/// A table as the word processor holds it, before any layout.
struct TableTemplate: Sendable, Hashable {
  /// Which table.
  var kind: TableKind
  /// The rows, top to bottom.
  var rows: [TemplateRow]
}
