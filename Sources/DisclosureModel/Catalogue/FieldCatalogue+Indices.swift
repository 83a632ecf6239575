/// Catalogue positions of table 三's and table 四's keys, computed once per edition so
/// that recording a row looks up no `String` keys.
extension FieldCatalogue {
  private static let applicationIndexTable2019 = applicationIndexTable(for: .edition2019)
  private static let applicationIndexTable2021 = applicationIndexTable(for: .edition2021)

  private static func applicationIndexTable(for edition: Edition) -> [String: PermanentBuffer<Int?>] {
    var table: [String: PermanentBuffer<Int?>] = [:]
    for field in fields(for: edition) where field.key.hasPrefix("applications.") {
      let parts = field.key.split(separator: ".").dropFirst()
      guard parts.count >= 2 else { continue }
      let infix = parts.dropLast().joined(separator: ".")
      guard table[infix] == nil else { continue }
      table[infix] = PermanentBuffer(
        LabelTable.applicationColumns.map { index(of: "applications.\(infix).\($0)", in: edition) })
    }
    return table
  }

  /// ``applicationIndices(_:in:)`` for each row value of ``LabelMatcher/applicationRows``,
  /// by position (empty for group rows).
  private static let applicationRowTable2019 = applicationRowTable(for: .edition2019)
  private static let applicationRowTable2021 = applicationRowTable(for: .edition2021)

  private static func applicationRowTable(for edition: Edition) -> PermanentBuffer<PermanentBuffer<Int?>> {
    PermanentBuffer(
      LabelMatcher.applicationRows.values.map { row in
        if case .values(let infix) = row { applicationIndices(infix, in: edition) } else { PermanentBuffer() }
      })
  }

  /// The positions of table 二's keys, by the label positions of their row and column.
  private static let proactiveGrid2019 = proactiveGrid(for: .edition2019)
  private static let proactiveGrid2021 = proactiveGrid(for: .edition2021)

  /// Per entry of ``LabelMatcher/proactiveRows``, per entry of
  /// ``LabelMatcher/proactiveColumns``: the catalogue index of the key
  /// `proactive.<row>.<column>`, or `nil` when the edition lacks it.
  private static func proactiveGrid(for edition: Edition) -> PermanentBuffer<PermanentBuffer<Int?>> {
    var positions: [String: Int] = [:]
    for (position, field) in fields(for: edition).enumerated() where field.key.hasPrefix("proactive.") {
      positions[field.key] = position
    }
    return PermanentBuffer(
      LabelMatcher.proactiveRows.values.map { row in
        PermanentBuffer(
          LabelMatcher.proactiveColumns.values.map { column in positions["proactive.\(row).\(column)"] })
      })
  }

  /// The edition's table of ``proactiveIndex(row:column:in:)``, by row then
  /// column, in permanent buffers: ``FieldAssembler`` fetches it once for a report
  /// and reads it without touching a reference count.
  static func proactiveGrid(in edition: Edition) -> PermanentBuffer<PermanentBuffer<Int?>> {
    edition == .edition2019 ? proactiveGrid2019 : proactiveGrid2021
  }

  /// The catalogue index of the key for the row at `row` in
  /// ``LabelMatcher/proactiveRows`` and the column at `column` in
  /// ``LabelMatcher/proactiveColumns``: no key string is made or hashed.
  static func proactiveIndex(row: Int, column: Int, in edition: Edition) -> Int? {
    proactiveIndex(column: column, in: proactiveRow(row, in: proactiveGrid(in: edition)))
  }

  /// The row at `row` of a grid that ``proactiveGrid(in:)`` gave (empty when there
  /// is no such row), for ``proactiveIndex(column:in:)``.
  @inline(__always)
  static func proactiveRow(_ row: Int, in grid: PermanentBuffer<PermanentBuffer<Int?>>) -> PermanentBuffer<Int?> {
    row >= 0 && row < grid.count ? grid[row] : PermanentBuffer()
  }

  /// The catalogue index at `column` of a grid's row (``proactiveRow(_:in:)``), or
  /// `nil` when the edition lacks the key or there is no such column.
  @inline(__always)
  static func proactiveIndex(column: Int, in gridRow: PermanentBuffer<Int?>) -> Int? {
    column >= 0 && column < gridRow.count ? gridRow[column] : nil
  }

  private static let proactiveRowFields2019 = proactiveRowFields(for: .edition2019)
  private static let proactiveRowFields2021 = proactiveRowFields(for: .edition2021)

  private static func proactiveRowFields(for edition: Edition) -> PermanentBuffer<PermanentBuffer<Int?>> {
    let keys = fields(for: edition).map(\.key)
    return PermanentBuffer(
      LabelMatcher.proactiveRows.values.map { row in
        let prefix = "proactive.\(row)."
        return PermanentBuffer(keys.indices.filter { keys[$0].hasPrefix(prefix) }.map(Optional.some))
      })
  }

  /// The catalogue indices of every key of the row at `row` in
  /// ``LabelMatcher/proactiveRows`` (keys `proactive.<row>.…`), in catalogue order
  /// (optional, as the other index lists are, though never `nil`).
  static func proactiveIndices(row: Int, in edition: Edition) -> PermanentBuffer<Int?> {
    let table = edition == .edition2019 ? proactiveRowFields2019 : proactiveRowFields2021
    return row >= 0 && row < table.count ? table[row] : PermanentBuffer()
  }

  private static let reviewIndexTable2019 = PermanentBuffer(
    LabelTable.reviewColumns.map { index(of: $0, in: .edition2019) })
  private static let reviewIndexTable2021 = PermanentBuffer(
    LabelTable.reviewColumns.map { index(of: $0, in: .edition2021) })

  /// The positions in ``fields(for:)`` of `applications.<infix>.<column>` for each of
  /// table 三's columns in order (`nil` where the edition lacks the key).
  static func applicationIndices(_ infix: String, in edition: Edition) -> PermanentBuffer<Int?> {
    let table = edition == .edition2019 ? applicationIndexTable2019 : applicationIndexTable2021
    // An infix with no key in the edition (a row of the other edition): every column
    // is missing.
    return table[infix] ?? noApplicationIndices
  }

  /// ``applicationIndices(_:in:)`` of the 2019 edition's `（六）其他处理` row, whose
  /// values are `otherHandling.total` (a group row in 2021): found once, instead of
  /// hashing the key's middle for every report that has the row.
  static let otherHandlingTotalIndices2019 = applicationIndices("otherHandling.total", in: .edition2019)

  private static let noApplicationIndices = PermanentBuffer(
    [Int?](repeating: nil, count: LabelTable.applicationColumns.count))

  /// ``applicationIndices(_:in:)`` for the value row at `position` in
  /// ``LabelMatcher/applicationRows``, found by position instead of by its key's
  /// middle (empty for a group row).
  static func applicationIndices(row position: Int, in edition: Edition) -> PermanentBuffer<Int?> {
    applicationIndices(row: position, in: applicationRowTable(in: edition))
  }

  /// ``applicationIndices(row:in:)`` read from a table that
  /// ``applicationRowTable(in:)`` gave.
  @inline(__always)
  static func applicationIndices(row position: Int, in table: PermanentBuffer<PermanentBuffer<Int?>>)
    -> PermanentBuffer<Int?>
  {
    position < table.count ? table[position] : PermanentBuffer()
  }

  /// ``applicationIndices(row:in:)`` for every row position at once: the
  /// edition's table, which ``FieldAssembler`` fetches once for a report instead
  /// of once a row.
  static func applicationRowTable(in edition: Edition) -> PermanentBuffer<PermanentBuffer<Int?>> {
    edition == .edition2019 ? applicationRowTable2019 : applicationRowTable2021
  }

  /// The positions in ``fields(for:)`` of table 四's fifteen keys in column order.
  static func reviewIndices(in edition: Edition) -> PermanentBuffer<Int?> {
    edition == .edition2019 ? reviewIndexTable2019 : reviewIndexTable2021
  }
}
