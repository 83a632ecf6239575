/// What the rows of one table say about its column structure, so that a damaged row
/// can be placed the way its intact neighbours are, or be refused when it cannot.
///
/// Learned from the data rows of one kind (table 三's, or table 四's rows of
/// numbers) and, for the widths, that table's header rows too:
///
/// - **Where the values start**, for each row width (cell count) and label position
///   (the index of the first cell after the row's last label), taken from the rows
///   whose first and last value columns both hold a value: the majority when they
///   disagree, nothing on a tie. Rows whose labels stand at another depth are laid
///   out differently even at the same width, so they are not mixed.
/// - **How wide a row should be**: the width most rows with the same label position
///   share, or failing that the width most rows of the table share when they mostly
///   share one (at least 2 rows and two thirds of them: a full grid, as
///   tab-separated and Markdown tables are). A narrower row lost a cell somewhere;
///   a row whose width neither tells is placed only where its cells leave no doubt.
struct TableShape: Sendable {
  private struct Layout: Hashable {
    var width: Int
    var firstValue: Int
  }

  private var starts: [Layout: Int] = [:]
  private var widthsByFirstValue: [Int: Int] = [:]
  private let columns: Int
  /// The width most rows of the table share, when they mostly share one.
  private(set) var gridWidth: Int?

  /// Learns the shape of the rows that `include` selects (data rows) and `header`
  /// selects (header rows, for the widths only), for tables of `columns` value
  /// columns. A table with too few rows to tell takes `inheritedGrid`, the grid
  /// width of the previous part of the same table (a table split at a page break).
  init(
    _ rows: [RowAnalysis], columns: Int, inheritedGrid: Int? = nil, include: (RowAnalysis.Kind) -> Bool,
    header: (RowAnalysis.Kind) -> Bool = { _ in false }
  ) {
    self.columns = columns
    var startCounts: [Layout: [Int: Int]] = [:]
    var widthCounts: [Int: Int] = [:]
    var firstValueWidths: [Int: [Int: Int]] = [:]
    var counted = 0
    for analysis in rows {
      let width = analysis.values.count
      if header(analysis.kind) {
        counted += 1
        widthCounts[width, default: 0] += 1
        continue
      }
      guard include(analysis.kind) else { continue }
      counted += 1
      widthCounts[width, default: 0] += 1
      let firstValue = analysis.firstValue
      firstValueWidths[firstValue, default: [:]][width, default: 0] += 1
      var low: Int?
      var high = -1
      for index in firstValue..<width where analysis.values[index] != .empty {
        low = low ?? index
        high = index
      }
      if let low, high - low + 1 == columns {
        startCounts[Layout(width: width, firstValue: firstValue), default: [:]][low, default: 0] += 1
      }
    }
    for (layout, counts) in startCounts {
      if let start = Self.majority(counts) { starts[layout] = start }
    }
    for (firstValue, counts) in firstValueWidths where counts.values.reduce(0, +) >= 2 {
      if let width = Self.majority(counts) { widthsByFirstValue[firstValue] = width }
    }
    if let (width, count) = widthCounts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }),
      count >= 2, count * 3 >= counted * 2
    {
      gridWidth = width
    } else if counted < 3 {
      gridWidth = inheritedGrid
    }
  }

  /// The key with the most votes, or `nil` on a tie.
  private static func majority(_ counts: [Int: Int]) -> Int? {
    let best = counts.values.max() ?? 0
    let winners = counts.filter { $0.value == best }
    return winners.count == 1 ? winners.first?.key : nil
  }

  /// What the table says about `analysis`'s row.
  func context(for analysis: RowAnalysis) -> ValuePlacement.Context {
    let width = analysis.values.count
    // The width of the rows with the same label depth, when they agree, says more
    // than the table's: merged label cells make shallower rows legitimately narrower
    // in layouts that keep one cell per merged cell.
    let expected = widthsByFirstValue[analysis.firstValue] ?? gridWidth ?? 0
    // How many cells follow the last value column in the intact rows of this kind.
    var trailing: Int?
    if let full = widthsByFirstValue[analysis.firstValue] ?? gridWidth,
      let start = starts[Layout(width: full, firstValue: analysis.firstValue)]
    {
      trailing = full - start - columns
    }
    return ValuePlacement.Context(
      knownStart: starts[Layout(width: width, firstValue: analysis.firstValue)],
      missingCells: max(0, expected - width), trailingCells: trailing, widthConfirmed: expected > 0 && width >= expected
    )
  }
}
