import DisclosureModel

/// Damage to whole data rows of table 三: ``DamageKind/rowsLost``,
/// ``DamageKind/missingCell`` and ``DamageKind/totalOnly``. Each hits rows no other
/// row-level damage has hit.
extension RenderPipeline {
  /// One to three data rows vanish; their values are `null`.
  mutating func applyRowsLost() {
    var random = random(for: .rowsLost)
    let lost = Array(random.shuffled(unclaimedApplicationRows).prefix(random.int(1...3)))
    withTable(.applications) { table in
      table.rows.removeAll { row in row.role.dataRow.map(lost.contains) ?? false }
    }
    for row in lost {
      claimedRows.insert(row)
      for column in OfficialLabels.applicationColumns { lose(OfficialLabels.applicationKey(row, column)) }
    }
    notes.append("rowsLost: \(lost.joined(separator: ", "))")
  }

  /// One data row loses one value cell and the cells after it shift left. A row of
  /// zeros stays exact (every column is 0 whichever cell was lost); any other row is
  /// `null` throughout.
  mutating func applyMissingCell() {
    var random = random(for: .missingCell)
    guard let row = pickRow(using: &random) else { return }
    let column = random.int(0...6)
    withTable(.applications) { table in
      guard let index = table.rowIndex(row) else { return }
      let values = table.rows[index].valueIndices
      if column < values.count { table.rows[index].cells.remove(at: values[column]) }
    }
    claimedRows.insert(row)
    let zero = isZeroRow(row)
    if !zero {
      for name in OfficialLabels.applicationColumns { lose(OfficialLabels.applicationKey(row, name)) }
    }
    notes.append(
      "missingCell: row \(row) lost its \(OfficialLabels.applicationColumns[column]) cell"
        + (zero ? " (a row of zeros: values stay exact)" : ""))
  }

  /// One data row holds only its total: the six other value cells are empty, or
  /// absent. The total is exact, the six columns `null`.
  mutating func applyTotalOnly() {
    var random = random(for: .totalOnly)
    guard let row = pickRow(using: &random) else { return }
    let absent = random.chance(0.5)
    withTable(.applications) { table in
      guard let index = table.rowIndex(row) else { return }
      let parts = table.rows[index].valueIndices.filter {
        table.rows[index].cells[$0].key?.hasSuffix(".total") == false
      }
      if absent {
        for cell in parts.reversed() { table.rows[index].cells.remove(at: cell) }
      } else {
        for cell in parts { table.rows[index].cells[cell].text = "" }
      }
    }
    claimedRows.insert(row)
    for column in OfficialLabels.applicantColumns { lose(OfficialLabels.applicationKey(row, column)) }
    notes.append("totalOnly: row \(row) holds only its total; the other cells are \(absent ? "absent" : "empty")")
  }

  /// An unclaimed data row of table 三, three times in four one that is not all
  /// zeros when there is one (most outcome rows of a small body are zeros, which
  /// would make the damage easy).
  mutating func pickRow(using random: inout SyntheticRandom) -> String? {
    let rows = unclaimedApplicationRows
    let nonzero = rows.filter { !isZeroRow($0) }
    if !nonzero.isEmpty, random.chance(0.75) { return random.pick(nonzero) }
    return random.pick(rows)
  }
}
