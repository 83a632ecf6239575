import DisclosureModel

/// Damage from page breaks and repeated content: ``DamageKind/interleavedProse``,
/// ``DamageKind/splitTable`` and ``DamageKind/repeatedTable``.
extension RenderPipeline {
  /// A line of page furniture: a page number or the report title.
  func furniture(using random: inout SyntheticRandom) -> String {
    let page = random.int(2...9)
    return random.pick([
      "- \(page) -", "第\(page)页 共\(page + random.int(1...6))页", "\(page)", "— \(page) —",
      "\(report.agency)\(report.year)年政府信息公开工作年度报告",
    ]) ?? "\(page)"
  }

  /// Page furniture between rows of table 三 (one to three lines), and sometimes of
  /// tables 二 and 四. Never above the second row, so a Markdown header keeps its
  /// delimiter line. Values exact.
  mutating func applyInterleavedProse() {
    var random = random(for: .interleavedProse)
    var placed: [String] = []
    for kind in [TableKind.applications, .proactive, .review] {
      let lines = kind == .applications ? random.int(1...3) : (random.chance(0.3) ? 1 : 0)
      guard lines > 0 else { continue }
      var insertions: [(Int, String)] = []
      let count = blocks[tableBlockIndex(kind) ?? 0].table?.rows.count ?? 0
      guard count > 2 else { continue }
      for _ in 0..<lines { insertions.append((random.int(2...(count - 1)), furniture(using: &random))) }
      withTable(kind) { table in
        for (position, text) in insertions.sorted(by: { $0.0 > $1.0 }) {
          table.rows.insert(LaidRow(role: .furniture(text), cells: []), at: position)
        }
      }
      placed += insertions.map { "\(kind.rawValue) row \($0.0): \($0.1)" }
    }
    notes.append("interleavedProse: \(placed.joined(separator: "; "))")
  }

  /// Table 三 splits at a page break: page furniture, then a second part that starts
  /// with an empty header row and whose rows all end with the same extra empty cells
  /// (seed 003). Values exact.
  mutating func applySplitTable() {
    var random = random(for: .splitTable)
    guard let index = tableBlockIndex(.applications), let table = blocks[index].table else { return }
    let candidates = (OfficialLabels.outcomeRows(report.edition).dropFirst() + ["outcomeTotal"]).filter {
      table.rowIndex($0) != nil
    }
    guard let splitRow = random.pick(candidates), let split = table.rowIndex(splitRow) else { return }
    let extra = random.int(1...4)
    var second = LaidTable(kind: .applications, rows: Array(table.rows[split...]))
    for row in second.rows.indices where second.rows[row].cells.count > 0 {
      let next = (second.rows[row].cells.map(\.column).max() ?? 0) + 1
      second.rows[row].cells += (0..<extra).map { LaidCell.empty(next + $0) }
    }
    let width = second.rows.map(\.cells.count).max() ?? extra
    second.rows.insert(LaidRow(role: .header, cells: (0..<width).map { LaidCell.empty($0) }), at: 0)
    let first = LaidTable(kind: .applications, rows: Array(table.rows[..<split]))
    let page = furniture(using: &random)
    blocks.replaceSubrange(index...index, with: [.table(first), .paragraph(page), .table(second)])
    notes.append("splitTable: table 三 splits before row \(splitRow) at \(page); \(extra) extra empty cells per row")
  }

  /// Table 三 or 四 appears twice. The copy is identical, or it disagrees in one
  /// value, which is then `null`.
  mutating func applyRepeatedTable() {
    var random = random(for: .repeatedTable)
    let kind = random.chance(0.5) ? TableKind.applications : .review
    let disagrees = random.chance(0.5)
    guard let start = tableBlockIndex(kind) else { return }
    var end = start
    // A split table: its parts and the furniture between them.
    while end + 2 < blocks.count, blocks[end + 2].table?.kind == kind, case .paragraph = blocks[end + 1] { end += 2 }
    var copy = Array(blocks[start...end])
    var note = "repeatedTable: table \(kind.rawValue) appears twice, the copy identical"
    if disagrees {
      let candidates = report.numericKeys.filter { key in
        guard expected[key] != .null, !claimedKeys.contains(key), report.values[key]?.integer != nil else {
          return false
        }
        let row = key.split(separator: ".").dropFirst().dropLast().joined(separator: ".")
        if key.hasPrefix("applications."), claimedRows.contains(row) { return false }
        return copy.contains { $0.table?.position(of: key) != nil }
      }
      if let key = random.pick(candidates), let value = report.values[key]?.integer {
        let changed = value + random.int(1...9)
        for index in copy.indices {
          guard var table = copy[index].table, let position = table.position(of: key) else { continue }
          table.rows[position.row].cells[position.cell].text = String(changed)
          copy[index] = .table(table)
        }
        claimedKeys.insert(key)
        lose(key)
        note = "repeatedTable: table \(kind.rawValue) appears twice, the copy says \(key) = \(changed), not \(value)"
      }
    }
    blocks.insert(contentsOf: copy, at: end + 1)
    notes.append(note)
  }
}
