/// Damage to laid-out header cells: ``DamageKind/headerSpread``,
/// ``DamageKind/headerWrapped`` and ``DamageKind/reversedHeader``. Values stay exact.
extension RenderPipeline {
  /// Every header row of table 三 or 四 (or both) with a text longer than three
  /// characters becomes two rows: the first halves, then the second halves.
  mutating func applyHeaderSpread() {
    var random = random(for: .headerSpread)
    for kind in Self.headerTables(using: &random) {
      withTable(kind) { table in
        var rows: [LaidRow] = []
        for row in table.rows {
          guard row.role == .header, row.cells.contains(where: { $0.key == nil && $0.text.count > 3 }) else {
            rows.append(row)
            continue
          }
          var top = row
          var bottom = row
          for index in row.cells.indices {
            let text = row.cells[index].text
            let cut = text.count > 3 ? (text.count + 1) / 2 : text.count
            top.cells[index].text = String(text.prefix(cut))
            bottom.cells[index].text = String(text.dropFirst(cut))
          }
          rows += [top, bottom]
        }
        table.rows = rows
      }
      notes.append("headerSpread: table \(kind.rawValue)'s header rows are spread over two rows each")
    }
  }

  /// Header cells of tables 三 and 四 of four or more characters wrap into lines of
  /// two to eight characters, shown as the layout shows a wrap.
  mutating func applyHeaderWrapped() {
    for kind in [TableKind.applications, .review] {
      withTable(kind) { table in
        for rowIndex in table.rows.indices where table.rows[rowIndex].role == .header {
          for cellIndex in table.rows[rowIndex].cells.indices {
            let cell = table.rows[rowIndex].cells[cellIndex]
            let characters = Array(cell.text)
            guard cell.key == nil, characters.count >= 4 else { continue }
            let width = characters.count <= 6 ? 2 : (characters.count <= 12 ? 4 : 8)
            table.rows[rowIndex].cells[cellIndex].parts = stride(from: 0, to: characters.count, by: width).map {
              String(characters[$0..<min($0 + width, characters.count)])
            }
            table.rows[rowIndex].cells[cellIndex].hardWrap = true
          }
        }
      }
    }
    notes.append("headerWrapped: header cells of tables 三 and 四 wrap")
  }

  /// A vertical label of table 三 (`三、本年度办理结果`, or the label of a group with
  /// enough rows) is written one character per row, last character first (seed 000).
  mutating func applyReversedHeader() {
    var random = random(for: .reversedHeader)
    let outcome = OfficialLabels.outcomeRows(report.edition) + ["outcomeTotal"]
    var candidates: [(rows: [String], column: Int)] = [(outcome, 0)]
    for group in ["denied", "unavailable", "notProcessed", "otherHandling"] {
      let members = outcome.filter { $0.hasPrefix(group + ".") }
      if members.count > 1 { candidates.append((members, 1)) }
    }
    for candidate in random.shuffled(candidates) {
      let note: String? =
        withTable(.applications) { table -> String? in
          let indices = candidate.rows.compactMap { table.rowIndex($0) }
          guard let first = indices.first,
            let anchor = table.rows[first].cells.firstIndex(where: { $0.column == candidate.column && $0.key == nil })
          else { return nil }
          var characters = Array(table.rows[first].cells[anchor].text)
          if characters.count > indices.count, let end = characters.lastIndex(where: { "）)、".contains($0) }) {
            characters = Array(characters[(end + 1)...])
          }
          guard !characters.isEmpty, characters.count <= indices.count else { return nil }
          for (offset, rowIndex) in indices.enumerated() {
            guard
              let cell = table.rows[rowIndex].cells.firstIndex(where: { $0.column == candidate.column && $0.key == nil }
              )
            else { continue }
            table.rows[rowIndex].cells[cell].text =
              offset < characters.count ? String(characters[characters.count - 1 - offset]) : ""
          }
          return "reversedHeader: \(String(characters)) reversed down column \(candidate.column) of table 三"
        } ?? nil
      if let note {
        notes.append(note)
        return
      }
    }
  }
}
