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
  /// A few counters keyed by small integers, kept in a plain array: a table has
  /// only a handful of distinct widths and label depths, so a linear search beats
  /// hashing, and nothing is allocated until a key is counted.
  private struct Tally: Sendable {
    private(set) var entries: [(key: Int, count: Int)] = []

    mutating func add(_ key: Int) {
      if let position = entries.firstIndex(where: { $0.key == key }) {
        entries[position].count += 1
      } else {
        entries.append((key, 1))
      }
    }

    var total: Int { entries.reduce(0) { $0 + $1.count } }

    /// The key with the most votes, or `nil` on a tie (or when empty).
    var majority: Int? {
      var best: (key: Int, count: Int)?
      var tied = false
      for entry in entries {
        if let current = best, entry.count <= current.count {
          if entry.count == current.count { tied = true }
          continue
        }
        best = entry
        tied = false
      }
      return tied ? nil : best?.key
    }

    /// The key with the most votes, the larger key on a tie.
    var mostCommon: (key: Int, count: Int)? {
      entries.max { $0.count < $1.count || ($0.count == $1.count && $0.key < $1.key) }
    }
  }

  /// Something learned for rows of one width and label position.
  private struct Layout: Sendable {
    var width: Int
    var firstValue: Int
    var value: Int
  }

  private var starts: [Layout] = []
  private var widthsByFirstValue: [(firstValue: Int, width: Int)] = []
  private let columns: Int
  /// The width most rows of the table share, when they mostly share one.
  private(set) var gridWidth: Int?

  /// Learns the shape of the rows that `include` selects (data rows; `header`
  /// selects the header rows, which are left out here), for tables of `columns`
  /// value columns. `gridWidth` is what
  /// ``gridWidth(_:inheritedGrid:include:header:)`` gives for the same rows: the
  /// caller counts it once, since it needs it even when no shape is learned.
  init(
    _ rows: UnsafeBufferPointer<RowAnalysis>, columns: Int, gridWidth: Int?, include: (RowAnalysis.Kind) -> Bool,
    header: (RowAnalysis.Kind) -> Bool = { _ in false }
  ) {
    self.columns = columns
    var startCounts: [(width: Int, firstValue: Int, tally: Tally)] = []
    var firstValueWidths: [(firstValue: Int, tally: Tally)] = []
    // Indexing borrows each row in place: no row is copied (or retained).
    for position in rows.indices {
      let width = rows[position].values.count
      guard !header(rows[position].kind), include(rows[position].kind) else { continue }
      let firstValue = rows[position].firstValue
      if let index = firstValueWidths.firstIndex(where: { $0.firstValue == firstValue }) {
        firstValueWidths[index].tally.add(width)
      } else {
        var tally = Tally()
        tally.add(width)
        firstValueWidths.append((firstValue, tally))
      }
      if let ends = ValuePlacement.filledEnds(rows[position].values, from: firstValue),
        ends.high - ends.low + 1 == columns
      {
        if let index = startCounts.firstIndex(where: { $0.width == width && $0.firstValue == firstValue }) {
          startCounts[index].tally.add(ends.low)
        } else {
          var tally = Tally()
          tally.add(ends.low)
          startCounts.append((width, firstValue, tally))
        }
      }
    }
    for layout in startCounts {
      if let start = layout.tally.majority {
        starts.append(Layout(width: layout.width, firstValue: layout.firstValue, value: start))
      }
    }
    for entry in firstValueWidths where entry.tally.total >= 2 {
      if let width = entry.tally.majority { widthsByFirstValue.append((entry.firstValue, width)) }
    }
    self.gridWidth = gridWidth
  }

  /// The width most of the rows that `include` or `header` selects share, when at
  /// least 2 and two thirds of them share it; for a table with too few rows to
  /// tell, `inheritedGrid`, the grid width of the previous part of the same table
  /// (a table split at a page break). The next part of a table inherits it,
  /// whether or not a row needed the table's shape.
  static func gridWidth(
    _ rows: UnsafeBufferPointer<RowAnalysis>, inheritedGrid: Int? = nil, include: (RowAnalysis.Kind) -> Bool,
    header: (RowAnalysis.Kind) -> Bool = { _ in false }
  ) -> Int? {
    // Widths are counted on the stack, one counter a width (a row is seldom wider
    // than a few dozen cells); a table with a wider row counts in a `Tally`.
    let countedWidths = 64
    let mostCommon = withUnsafeTemporaryAllocation(of: Int.self, capacity: countedWidths) {
      counts -> (counted: Int, best: (key: Int, count: Int)?) in
      counts.initialize(repeating: 0)
      var counted = 0
      for position in rows.indices where header(rows[position].kind) || include(rows[position].kind) {
        let width = rows[position].values.count
        guard width < countedWidths else { return tallied(rows, include: include, header: header) }
        counted += 1
        counts[width] += 1
      }
      // The most common width, the larger on a tie (as `Tally.mostCommon`).
      var best: (key: Int, count: Int)?
      for width in 0..<countedWidths where counts[width] > 0 && counts[width] >= (best?.count ?? 0) {
        best = (width, counts[width])
      }
      return (counted, best)
    }
    if let (width, count) = mostCommon.best, count >= 2, count * 3 >= mostCommon.counted * 2 {
      return width
    }
    return mostCommon.counted < 3 ? inheritedGrid : nil
  }

  /// How many rows `include` or `header` selects, and their most common width (the
  /// larger on a tie), counted in a `Tally`.
  private static func tallied(
    _ rows: UnsafeBufferPointer<RowAnalysis>, include: (RowAnalysis.Kind) -> Bool, header: (RowAnalysis.Kind) -> Bool
  ) -> (counted: Int, best: (key: Int, count: Int)?) {
    var widthCounts = Tally()
    var counted = 0
    for position in rows.indices where header(rows[position].kind) || include(rows[position].kind) {
      counted += 1
      widthCounts.add(rows[position].values.count)
    }
    return (counted, widthCounts.mostCommon)
  }

  private func start(width: Int, firstValue: Int) -> Int? {
    starts.first { $0.width == width && $0.firstValue == firstValue }?.value
  }

  /// What the table says about `analysis`'s row.
  func context(for analysis: RowAnalysis) -> ValuePlacement.Context {
    let width = analysis.values.count
    let depthWidth = widthsByFirstValue.first { $0.firstValue == analysis.firstValue }?.width
    // The width of the rows with the same label depth, when they agree, says more
    // than the table's: merged label cells make shallower rows legitimately narrower
    // in layouts that keep one cell per merged cell.
    let expected = depthWidth ?? gridWidth ?? 0
    // How many cells follow the last value column in the intact rows of this kind.
    var trailing: Int?
    if let full = depthWidth ?? gridWidth, let start = start(width: full, firstValue: analysis.firstValue) {
      trailing = full - start - columns
    }
    return ValuePlacement.Context(
      knownStart: start(width: width, firstValue: analysis.firstValue),
      missingCells: max(0, expected - width), trailingCells: trailing, widthConfirmed: expected > 0 && width >= expected
    )
  }
}
