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
///   out differently even at the same width, so they are not mixed; but when those
///   rows all keep the same number of cells after their values, a confirmed row as
///   wide as the widest of the table's other rows has its values that far from its
///   end.
/// - **How wide a row should be**: the width of the widest row with the same label
///   position, when there are at least two such rows (not the width most of them
///   share: two rows that each lost a cell would outvote the intact one), or failing
///   that the width most rows of the table share when they mostly share one (at
///   least 2 rows and two thirds of them: a full grid, as tab-separated and Markdown
///   tables are). A narrower row lost a cell somewhere, and is placed only where
///   that leaves no doubt; a row whose width neither tells is placed only by its
///   filled end cells, or when it has exactly as many value cells as columns and
///   the table shows no surplus cells (no row is wider, or its rows whose end
///   columns are filled have nothing besides their labels and values).
/// - **How many cells follow the values**: when every row whose end columns are
///   filled has the same number of cells after its last value column (a page
///   break's extra columns), whatever its label depth, a row with fewer cells than
///   its labels, the columns and those lost a cell, even if it is as wide as the
///   grid. Likewise, when those rows all have their first value column at the
///   same cell, at two label depths or more (a full grid), a row whose labels end
///   before it needs every column from there.
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

  /// The layouts learned, in one list (one allocation a table, not two): first
  /// the values' start for each width and label position (``Layout/value``), then,
  /// from ``widthsStart``, the width for each label position with at least two rows
  /// (``Layout/width``, the widest of its rows; `value` unused).
  private var learned: [Layout] = []
  /// Where the widths begin in ``learned``.
  private var widthsStart = 0
  private let columns: Int
  /// The width most rows of the table share, when they mostly share one.
  private(set) var gridWidth: Int?
  /// How many of the rows counted for ``gridWidth`` (data and header rows) are that
  /// wide, and how many were counted, when the grid is the table's own; `nil` when
  /// it was inherited. A row that is that wide voted for the grid itself, so it is
  /// confirmed only by the others.
  private var gridSupport: (rows: Int, counted: Int)?
  /// The grid width of the previous part of the same table, which a row falls back
  /// on when the others in this part are too few to tell.
  private let inheritedGrid: Int?
  /// The widest of the rows counted for the grid (data and header rows) and of the
  /// rows with no text at all.
  private var widestCounted = 0
  /// How many of those rows are that wide.
  private var widestRows = 0

  /// Learns the shape of the rows that `include` selects (data rows; `header`
  /// selects the header rows, which are left out here), for tables of `columns`
  /// value columns. `gridWidth` is what
  /// ``gridWidth(_:inheritedGrid:include:header:)`` gives for the same rows and
  /// `inheritedGrid`: the caller counts it once, since it needs it even when no
  /// shape is learned.
  init(
    _ rows: UnsafeBufferPointer<RowAnalysis>, columns: Int, gridWidth: Int?, inheritedGrid: Int? = nil,
    include: (RowAnalysis.Kind) -> Bool, header: (RowAnalysis.Kind) -> Bool = { _ in false }
  ) {
    self.columns = columns
    self.gridWidth = gridWidth
    self.inheritedGrid = inheritedGrid
    var support = 0
    var counted = 0
    for position in rows.indices {
      let isCounted = header(rows[position].kind) || include(rows[position].kind)
      // A row with no text at all (a page break's empty header row) counts for the
      // widest row, not for the grid: it shows the part's extra columns.
      guard
        isCounted
          || (rows[position].kind == .ignored && ValuePlacement.filledEnds(rows[position].values, from: 0) == nil)
      else { continue }
      let width = rows[position].values.count
      if isCounted {
        counted += 1
        if width == gridWidth { support += 1 }
      }
      if width > widestCounted {
        widestCounted = width
        widestRows = 1
      } else if width == widestCounted {
        widestRows += 1
      }
    }
    if gridWidth != nil, Self.isGrid(support: support, counted: counted) { gridSupport = (support, counted) }
    // The votes counted on the stack, two for each row at most (its width under its
    // label position, its values' start under its width and label position), and
    // only what they decide kept: each counter was a list of its own, one
    // allocation a distinct key and its copies checked at every vote.
    let learned = withUnsafeTemporaryAllocation(of: Vote.self, capacity: 2 * rows.count) {
      votes -> (layouts: [Layout], widthsStart: Int) in
      let widthVotes = UnsafeMutableBufferPointer(rebasing: votes[0..<rows.count])
      let startVotes = UnsafeMutableBufferPointer(rebasing: votes[rows.count..<2 * rows.count])
      var widthCount = 0
      var startCount = 0
      // Indexing borrows each row in place: no row is copied (or retained).
      for position in rows.indices {
        let width = rows[position].values.count
        guard !header(rows[position].kind), include(rows[position].kind) else { continue }
        let firstValue = rows[position].firstValue
        Self.vote(for: width, in: (firstValue, 0), into: widthVotes, counted: &widthCount)
        if let ends = ValuePlacement.filledEnds(rows[position].values, from: firstValue),
          ends.high - ends.low + 1 == columns
        {
          Self.vote(for: ends.low, in: (width, firstValue), into: startVotes, counted: &startCount)
        }
      }
      let counted = (
        widths: UnsafeBufferPointer(rebasing: widthVotes[..<widthCount]),
        starts: UnsafeBufferPointer(rebasing: startVotes[..<startCount])
      )
      // Room for a layout a group at once (there are at most as many groups as
      // votes): grown from empty, the list was moved as it grew.
      var layouts: [Layout] = []
      layouts.reserveCapacity(counted.starts.count + counted.widths.count)
      for index in counted.starts.indices where Self.opensGroup(at: index, in: counted.starts) {
        let vote = counted.starts[index]
        if let start = Self.majority(in: (vote.first, vote.second), of: counted.starts).value {
          layouts.append(Layout(width: vote.first, firstValue: vote.second, value: start))
        }
      }
      let widthsStart = layouts.count
      for index in counted.widths.indices where Self.opensGroup(at: index, in: counted.widths) {
        let firstValue = counted.widths[index].first
        let (widest, total) = Self.widest(in: (firstValue, 0), of: counted.widths)
        if total >= 2 { layouts.append(Layout(width: widest, firstValue: firstValue, value: 0)) }
      }
      return (layouts, widthsStart)
    }
    self.learned = learned.layouts
    widthsStart = learned.widthsStart
  }

  /// The votes for one value in one group (a label position, or a width and a label
  /// position): what a ``Tally`` counts for each of its keys, kept flat.
  private struct Vote {
    var first: Int
    var second: Int
    var value: Int
    var count: Int
  }

  /// Counts a vote for `value` in `group` among the first `counted` of `votes`,
  /// adding the pair when it is new (room for one a row, as each row votes once).
  private static func vote(
    for value: Int, in group: (Int, Int), into votes: UnsafeMutableBufferPointer<Vote>, counted: inout Int
  ) {
    for index in 0..<counted
    where votes[index].first == group.0 && votes[index].second == group.1 && votes[index].value == value {
      votes[index].count += 1
      return
    }
    guard counted < votes.count else { return }
    votes.initializeElement(at: counted, to: Vote(first: group.0, second: group.1, value: value, count: 1))
    counted += 1
  }

  /// The largest value voted for in `group` (0 when it has no vote), and how many
  /// votes the group has.
  private static func widest(in group: (Int, Int), of votes: UnsafeBufferPointer<Vote>) -> (value: Int, total: Int) {
    var widest = 0
    var total = 0
    for vote in votes where vote.first == group.0 && vote.second == group.1 {
      widest = max(widest, vote.value)
      total += vote.count
    }
    return (widest, total)
  }

  /// Whether `votes[index]` is its group's first vote.
  private static func opensGroup(at index: Int, in votes: UnsafeBufferPointer<Vote>) -> Bool {
    !votes[..<index].contains { $0.first == votes[index].first && $0.second == votes[index].second }
  }

  /// The value with the most votes in `group` (`nil` when two or more share the
  /// most), and how many votes the group has.
  private static func majority(in group: (Int, Int), of votes: UnsafeBufferPointer<Vote>) -> (value: Int?, total: Int) {
    var best: Vote?
    var tied = false
    var total = 0
    for vote in votes where vote.first == group.0 && vote.second == group.1 {
      total += vote.count
      if let current = best, vote.count <= current.count {
        if vote.count == current.count { tied = true }
        continue
      }
      best = vote
      tied = false
    }
    return (tied ? nil : best?.value, total)
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
      // Only the counters up to the widest row counted are set to 0 and read: a
      // table's rows are seldom wider than a dozen cells, and setting and reading
      // all 64 cost some 400 instructions a call.
      var zeroed = 0
      var counted = 0
      for position in rows.indices where header(rows[position].kind) || include(rows[position].kind) {
        let width = rows[position].values.count
        guard width < countedWidths else { return tallied(rows, include: include, header: header) }
        if width >= zeroed {
          UnsafeMutableBufferPointer(rebasing: counts[zeroed...width]).initialize(repeating: 0)
          zeroed = width + 1
        }
        counted += 1
        counts[width] += 1
      }
      // The most common width, the larger on a tie (as `Tally.mostCommon`).
      var best: (key: Int, count: Int)?
      for width in 0..<zeroed where counts[width] > 0 && counts[width] >= (best?.count ?? 0) {
        best = (width, counts[width])
      }
      return (counted, best)
    }
    if let (width, count) = mostCommon.best, isGrid(support: count, counted: mostCommon.counted) {
      return width
    }
    return mostCommon.counted < 3 ? inheritedGrid : nil
  }

  /// Whether `support` rows of the `counted` make a grid: at least 2, and two thirds.
  private static func isGrid(support: Int, counted: Int) -> Bool {
    support >= 2 && support * 3 >= counted * 2
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

  /// Whether the rows whose end columns are filled (at least one) all have their
  /// values right after their labels and nothing after them: no empty label cell
  /// kept, no page break's extra column.
  private var showsNoSurplusCells: Bool {
    let starts = learned[..<widthsStart]
    return !starts.isEmpty && starts.allSatisfy { $0.value == $0.firstValue && $0.width == $0.value + columns }
  }

  /// How many cells follow the last value column in every row whose end columns are
  /// filled, when they all agree (at any label position): a page break's extra
  /// empty columns, which every row of a table's part keeps.
  private var sharedTrailing: Int? {
    let starts = learned[..<widthsStart]
    guard let trailing = starts.first.map({ $0.width - $0.value - columns }) else { return nil }
    return starts.allSatisfy { $0.width - $0.value - columns == trailing } ? trailing : nil
  }

  /// The cell index at which every row whose end columns are filled has its first
  /// value column, when they all agree and stand at two label positions or more: a
  /// full grid, in which merged label cells are kept as empty cells, so that the
  /// value columns are the same columns at every label depth.
  private var sharedStart: Int? {
    let starts = learned[..<widthsStart]
    guard let first = starts.first,
      starts.allSatisfy({ $0.value == first.value }),
      starts.contains(where: { $0.firstValue != first.firstValue })
    else { return nil }
    return first.value
  }

  private func start(width: Int, firstValue: Int) -> Int? {
    learned[..<widthsStart].first { $0.width == width && $0.firstValue == firstValue }?.value
  }

  /// What the table says about `analysis`'s row.
  func context(for analysis: RowAnalysis) -> ValuePlacement.Context {
    let width = analysis.values.count
    // The widest of the rows with the same label depth says more than the table's
    // grid: merged label cells make shallower rows legitimately narrower in layouts
    // that keep one cell per merged cell.
    let depthWidth = learned[widthsStart...].first { $0.firstValue == analysis.firstValue }?.width
    // The grid as the table's other rows tell it: a row as wide as the grid voted
    // for it, and without its vote the grid may not hold (a row that lost a cell
    // and one of another depth can share a width by chance).
    var grid = gridWidth
    if let support = gridSupport, width == gridWidth,
      !Self.isGrid(support: support.rows - 1, counted: support.counted - 1)
    {
      grid = support.counted - 1 < 3 ? inheritedGrid : nil
    }
    let expected = depthWidth ?? grid ?? 0
    // How many cells follow the last value column in the intact rows of this kind.
    var trailing: Int?
    if let full = depthWidth ?? grid, let start = start(width: full, firstValue: analysis.firstValue) {
      trailing = full - start - columns
    }
    // The cells that follow every intact row's values, whatever its label depth,
    // make room for no fewer: the row needs its labels, the columns and them. A
    // row of another depth that lost a cell can be as wide as the grid, and its
    // one window that fits then ends on a value and starts on a label.
    // Counted once: the rules below all ask it.
    let sharedTrailing = self.sharedTrailing
    var needed = 0
    if let shared = sharedTrailing {
      trailing = trailing ?? shared
      needed = analysis.firstValue + columns + shared
    }
    // In a full grid, a row whose labels end before the value columns needs them
    // all: one that lost a cell is as wide as its label depth's other rows that
    // lost one (which then outvote the grid), and its one fitting window would
    // start on an empty label cell.
    if let start = sharedStart, analysis.firstValue <= start {
      needed = max(needed, start + columns + (sharedTrailing ?? 0))
    }
    // A deeper row is never narrower than a shallower intact one: a layout keeps a
    // merged label cell either as empty cells (a full grid: every row as wide) or
    // as one cell (each label depth one cell wider). Two rows of one depth that
    // both lost a cell would otherwise confirm each other.
    for layout in learned[..<widthsStart] where layout.firstValue < analysis.firstValue {
      needed = max(needed, layout.width)
    }
    let missingCells = max(0, expected - width, needed - width)
    // A grid confirms a row only when no row of the table is wider: in layouts that
    // keep one cell per merged cell, rows of other depths are wider or narrower
    // by their labels, and a part after a page break may have extra columns that
    // the grid it inherited does not know.
    let widthConfirmed =
      expected > 0 && width >= max(expected, needed) && (depthWidth != nil || width >= widestCounted)
    var knownStart = start(width: width, firstValue: analysis.firstValue)
    // A confirmed row as wide as the widest of its table's other rows, in a table
    // whose intact rows all keep the same cells after their values, has its last
    // value column that far from its end, whatever its label depth. (The widest
    // row alone may have a cell too many, at either end.) Only rows of its own or a
    // shallower label depth say so: where the label area is narrower than the
    // template's, the deepest labels sit in a value column, and those rows have a
    // cell fewer after their values.
    if knownStart == nil, widthConfirmed, width == widestCounted, widestRows >= 2,
      let shared = sharedTrailing, width - shared - columns >= analysis.firstValue,
      learned[..<widthsStart].contains(where: { $0.firstValue <= analysis.firstValue })
    {
      knownStart = width - shared - columns
    }
    return ValuePlacement.Context(
      knownStart: knownStart, missingCells: missingCells, trailingCells: trailing, widthConfirmed: widthConfirmed,
      wholeRowFits: width >= widestCounted || showsNoSurplusCells
    )
  }
}
