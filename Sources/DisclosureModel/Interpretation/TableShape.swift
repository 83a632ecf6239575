/// What the rows of one table say about its column structure, so that a damaged row
/// can be placed the way its intact neighbours are, or be refused when it cannot.
///
/// Two things are learned from the rows of one kind (table 三's data rows, or table
/// 四's rows of numbers):
///
/// - For each row width (cell count), where the first value column starts, taken
///   from the rows whose first and last columns both hold a value (the majority
///   when they disagree, nothing on a tie).
/// - Whether the rows mostly share one width (a full grid, as tab-separated and
///   Markdown tables are): then a narrower row lost a cell somewhere, and its values
///   are placed only when its first and last columns both hold a value.
struct TableShape: Sendable {
  private var starts: [Int: Int] = [:]
  private var gridWidth: Int?

  /// Learns the shape of the rows that `include` selects, for tables of `columns`
  /// value columns.
  init(_ rows: [RowAnalysis], columns: Int, include: (RowAnalysis.Kind) -> Bool) {
    var startCounts: [Int: [Int: Int]] = [:]
    var widthCounts: [Int: Int] = [:]
    var total = 0
    for analysis in rows where include(analysis.kind) {
      let width = analysis.values.count
      total += 1
      widthCounts[width, default: 0] += 1
      var low: Int?
      var high = -1
      for index in analysis.firstValue..<width where analysis.values[index] != .empty {
        low = low ?? index
        high = index
      }
      if let low, high - low + 1 == columns {
        startCounts[width, default: [:]][low, default: 0] += 1
      }
    }
    for (width, counts) in startCounts {
      let best = counts.values.max() ?? 0
      let winners = counts.filter { $0.value == best }
      if winners.count == 1, let start = winners.first?.key { starts[width] = start }
    }
    if let (width, count) = widthCounts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }),
      count >= 3, count * 3 >= total * 2
    {
      gridWidth = width
    }
  }

  /// What the table says about `analysis`'s row.
  func context(for analysis: RowAnalysis) -> ValuePlacement.Context {
    let width = analysis.values.count
    return ValuePlacement.Context(knownStart: starts[width], isShort: gridWidth.map { width < $0 } ?? false)
  }
}
