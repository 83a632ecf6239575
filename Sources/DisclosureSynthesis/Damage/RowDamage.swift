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
  /// (seed 002) empty and one of them lost, so the total stands in the row's last
  /// cell. The total is exact, the six columns `null`.
  mutating func applyTotalOnly() {
    var random = random(for: .totalOnly)
    guard let row = pickRow(using: &random) else { return }
    let absent = random.chance(0.5)
    withTable(.applications) { table in
      guard let index = table.rowIndex(row) else { return }
      let parts = table.rows[index].valueIndices.filter {
        table.rows[index].cells[$0].key?.hasSuffix(".total") == false
      }
      for cell in parts { table.rows[index].cells[cell].text = "" }
      if absent, let first = parts.first { table.rows[index].cells.remove(at: first) }
    }
    claimedRows.insert(row)
    for column in OfficialLabels.applicantColumns { lose(OfficialLabels.applicationKey(row, column)) }
    // With a cell lost, the total is found where the table's intact rows of the same
    // label depth end; when other damage moves the columns of those rows (extra
    // columns at a page break, labels shifted into number columns) and no such row
    // is intact, that place is unknown.
    if absent, !damage.isDisjoint(with: [.splitTable, .labelInNumberColumn]) {
      blur(OfficialLabels.applicationKey(row, "total"))
    }
    notes.append(
      "totalOnly: row \(row) holds only its total; the other cells are empty\(absent ? ", one of them lost" : "")")
  }

  /// An unclaimed data row of table 三, three times in four one that is not all
  /// zeros when there is one (most outcome rows of a small body are zeros, which
  /// would make the damage easy).
  mutating func pickRow(using random: inout SyntheticRandom) -> String? {
    let rows = unclaimedApplicationRows.filter { mayLose(OfficialLabels.applicationKey($0, "total")) }
    let nonzero = rows.filter { !isZeroRow($0) }
    if !nonzero.isEmpty, random.chance(0.75) { return random.pick(nonzero) }
    return random.pick(rows)
  }
}
