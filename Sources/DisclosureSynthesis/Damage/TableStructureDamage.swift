/// Damage to the structure of table 三 or 四 before layout:
/// ``DamageKind/labelInNumberColumn`` and ``DamageKind/headerMerged``. Values stay
/// exact.
extension RenderPipeline {
  /// Table 三's label area shrinks to two columns (seed 001): the header and the rows
  /// whose label spans several columns lose one label column and gain an empty cell
  /// at the right end; the deepest rows keep three label cells, so their third label
  /// sits under the header's first number column and their values one column right.
  mutating func applyLabelInNumberColumn() {
    guard var template = templates[.applications] else { return }
    for index in template.rows.indices {
      var row = template.rows[index]
      if row.role == .header {
        if index == 0, let first = row.cells.indices.first { row.cells[first].colspan -= 1 }
        row.cells.append(TemplateCell(""))
      } else if let wide = row.cells.firstIndex(where: { $0.key == nil && $0.colspan >= 2 }) {
        row.cells[wide].colspan -= 1
        row.cells.append(TemplateCell(""))
      }
      template.rows[index] = row
    }
    templates[.applications] = template
    notes.append("labelInNumberColumn: table 三's label area is two columns wide")
  }

  /// The header rows of table 三 or 四 (or both) become one row: each column's header
  /// texts joined, the label area one cell.
  mutating func applyHeaderMerged() {
    var random = random(for: .headerMerged)
    for kind in Self.headerTables(using: &random) {
      guard var template = templates[kind] else { continue }
      let headerCount = template.rows.prefix { $0.role == .header }.count
      guard headerCount > 1 else { continue }
      let grid = LaidTable(template, .grid)
      let width = grid.rows.map(\.cells.count).max() ?? 0
      var columnTexts = [String](repeating: "", count: width)
      for row in grid.rows.prefix(headerCount) {
        for cell in row.cells where cell.column < width { columnTexts[cell.column] += cell.text }
      }
      let labelColumns = grid.rows.dropFirst(headerCount).first?.cells.first { $0.key != nil }?.column ?? 0
      var cells: [TemplateCell] = []
      if labelColumns > 0 {
        cells.append(TemplateCell(columnTexts.prefix(labelColumns).joined(), colspan: labelColumns))
      }
      cells += columnTexts.dropFirst(labelColumns).map { TemplateCell($0) }
      template.rows.replaceSubrange(0..<headerCount, with: [TemplateRow(role: .header, cells: cells)])
      templates[kind] = template
      notes.append("headerMerged: table \(kind.rawValue)'s header is one row: \(cells.map(\.text))")
    }
  }

  /// Table 三, table 四, or both.
  static func headerTables(using random: inout SyntheticRandom) -> [TableKind] {
    random.pick([[TableKind.applications], [.review], [.applications, .review]]) ?? [.applications]
  }
}
