/// Table 三's identities (`applications.rowTotals` and `applications.outcomeSum`) seen
/// as one grid of field positions, found once per edition, so that ``Checker`` reads
/// each of the table's fields once instead of once for each of the two checks.
///
/// The catalogue lists table 三 row by row, each row's seven columns (the six
/// applicant columns, then `total`) at consecutive positions, and the rows one after
/// another: a row's `total` is the sum of the six positions before it, and a column's
/// `outcomeTotal` is the sum of that column over a run of consecutive rows (the
/// outcome rows). ``init(rowTotals:outcomeSums:)`` does not assume this: it checks
/// that every identity is exactly the one the grid gives, and is `nil` otherwise, so
/// the checks then read the identities one by one (``Checker``; a test compares the
/// two ways on many reports).
struct IdentityGrid: Sendable, BitwiseCopyable {
  /// A row's columns: the six applicant columns and `total`.
  static let columnCount = 7

  /// The position of the first row's first column.
  var start: Int
  /// How many rows: one for each identity of `applications.rowTotals`, in its order.
  var rowCount: Int
  /// The rows whose columns `applications.outcomeSum` adds up: `outcomeRowStart`
  /// up to, not including, `outcomeRowEnd` (two integers, not a `Range`, which is
  /// not `BitwiseCopyable`).
  var outcomeRowStart: Int
  var outcomeRowEnd: Int
  /// The row that holds the stated sums of the outcome rows (`outcomeTotal`).
  var outcomeTotalRow: Int

  /// The grid that `rowTotals` and `outcomeSums` (one a column, in the columns'
  /// order) describe, or `nil` when they are not exactly a grid's identities.
  init?(rowTotals: [Identity], outcomeSums: [Identity]) {
    let width = Self.columnCount
    guard let first = rowTotals.first, let start = first.parts.first, start >= 0,
      outcomeSums.count == width, let firstTotal = outcomeSums.first?.total, firstTotal >= start
    else { return nil }
    self.start = start
    rowCount = rowTotals.count
    outcomeTotalRow = (firstTotal - start) / width
    let firstOutcomeRow = outcomeSums[0].parts.first.map { ($0 - start) / width } ?? 0
    outcomeRowStart = firstOutcomeRow
    outcomeRowEnd = firstOutcomeRow + outcomeSums[0].parts.count
    guard outcomeTotalRow < rowCount, outcomeRowStart >= 0, outcomeRowEnd <= rowCount else {
      return nil
    }
    for (row, identity) in rowTotals.enumerated() {
      guard identity.total == position(row: row, column: width - 1),
        Array(identity.parts) == (0..<width - 1).map({ position(row: row, column: $0) })
      else { return nil }
    }
    for (column, identity) in outcomeSums.enumerated() {
      guard identity.total == position(row: outcomeTotalRow, column: column),
        Array(identity.parts) == (outcomeRowStart..<outcomeRowEnd).map({ position(row: $0, column: column) })
      else { return nil }
    }
  }

  /// The position of the field at `row` and `column` of the grid (wrapping
  /// arithmetic: within the grid, these are catalogue positions, far from
  /// overflowing).
  @inline(__always)
  func position(row: Int, column: Int) -> Int {
    start &+ row &* Self.columnCount &+ column
  }
}
