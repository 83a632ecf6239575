/// How the value cells of one row map onto a table's `K` value columns, decided only
/// where the text makes it certain.
///
/// The cells after a row's last label are its value cells. When there are exactly
/// `K`, they map in order. When there are more, the surplus must be empty cells at
/// either end (merged label cells, extra page-break columns); the one window of `K`
/// cells that leaves only empty cells outside is used, or, if several fit, the one
/// whose position matches the table's other rows of the same width; either only
/// when the table's other rows confirm that the row has all its cells (a row that
/// lost a value cell and kept an empty one at an end would be read shifted), or
/// when the row has exactly `K` cells and its table shows no surplus cells. A row
/// shorter than its table's other rows lost a cell: its values are placed only when
/// its first and last columns both hold a value. When there are fewer, nothing is
/// placed unless it is certain (see ``Rule``).
struct ValuePlacement: Sendable, Hashable {
  /// Why the values sit where they sit.
  enum Rule: Sendable, Hashable {
    /// Exactly `K` value cells, mapped in order.
    case direct
    /// More than `K` cells; the surplus was empty and dropped.
    case window
    /// The row is all zeros and lacks at most one cell, or has extra cells that are
    /// all zero: every value is 0 whatever the missing or extra cell was.
    case zeroRow
    /// A row with one number, in its last cell, and at most one cell missing (one
    /// fewer cell than columns, or one fewer than its table's rows): the number is
    /// the row's total.
    case totalOnly
    /// The values cannot be placed with certainty; all are `null`.
    case cannotPlace(PlacementReason)
  }

  /// Where the columns' cells are: most rows' values sit in one run of cells, kept
  /// as its start and length, without an array.
  private enum Cells: Sendable, Hashable {
    /// Column `c` is cell `start + c`.
    case window(start: Int, columns: Int)
    /// No column has a cell.
    case none(columns: Int)
    /// Column `c` is cell `slots[c]`.
    case listed([Int?])
  }

  private var cells: Cells
  /// The rule applied.
  var rule: Rule

  /// A placement with each column's cell listed.
  init(slots: [Int?], rule: Rule) {
    self.cells = .listed(slots)
    self.rule = rule
  }

  private init(_ cells: Cells, rule: Rule) {
    self.cells = cells
    self.rule = rule
  }

  /// How many columns the placement covers (`K`).
  var columnCount: Int {
    switch cells {
    case .window(_, let columns), .none(let columns): columns
    case .listed(let slots): slots.count
    }
  }

  /// The index (in the row's cells) of the cell that holds column `column`'s value,
  /// or `nil` when no cell does; `column` is below ``columnCount``.
  func slot(_ column: Int) -> Int? {
    switch cells {
    case .window(let start, _): start + column
    case .none: nil
    case .listed(let slots): slots[column]
    }
  }

  /// For each of the `K` columns, the index (in the row's cells) of the cell that
  /// holds its value, or `nil` when no cell does.
  var slots: [Int?] {
    (0..<columnCount).map(slot)
  }

  /// Two placements are equal when they place the same cells by the same rule.
  static func == (lhs: ValuePlacement, rhs: ValuePlacement) -> Bool {
    lhs.rule == rhs.rule && lhs.slots == rhs.slots
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(rule)
    hasher.combine(slots)
  }

  /// What a row's table says about where its values sit, learned from the table's
  /// other rows (see ``TableShape``).
  struct Context: Sendable, Hashable {
    /// The cell index of the first value column in this table's rows of the same
    /// width and label position, when the rows that hold their end columns agree.
    var knownStart: Int?
    /// How many cells the row has fewer than its table's rows of its kind: a row
    /// narrower than its neighbours lost cells somewhere.
    var missingCells: Int

    /// How many cells follow the last value column in this table's intact rows
    /// with the same label position, when known.
    var trailingCells: Int?

    /// Whether the table's other rows confirm that the row has all its cells: it is
    /// as wide as the widest row of its label position, or, with too few such rows,
    /// as the width the table's other rows share, no row of the table being wider.
    /// Without that, a row whose end columns are empty is placed only by the
    /// zero-row and total-only rules or as its own window (see ``wholeRowFits``): a
    /// lost cell would shift it.
    var widthConfirmed: Bool

    /// Whether a row of exactly as many value cells as columns may be taken as its
    /// own window when its width is not confirmed: no row of its table (data or
    /// header row) is wider, or the table's rows whose end columns are filled have
    /// no cell besides their labels and values. Otherwise a row may have lost a
    /// cell and kept an extra one (a page break's empty column), and be read
    /// shifted.
    var wholeRowFits = true

    /// Whether the row lost cells.
    var isShort: Bool { missingCells > 0 }

    /// No knowledge: the row is placed on its own.
    static let none = Context(knownStart: nil, missingCells: 0, trailingCells: nil, widthConfirmed: true)
  }

  /// Places the cells `values[first...]` (already classified) onto `columns` columns.
  ///
  /// Nothing is allocated, except for the slots of a `totalOnly` row.
  ///
  /// - Parameter context: what the row's table says about its shape; evaluated only
  ///   for a row whose values do not place themselves (its end columns are not both
  ///   filled, `columns` cells apart), and at most once.
  static func place(
    _ values: [CellValue], from first: Int, columns: Int, context: @autoclosure () -> Context = .none
  ) -> ValuePlacement {
    values.withUnsafeBufferPointer { place($0, from: first, columns: columns, context: context()) }
  }

  /// Places the cells `values[first...]` (already classified) onto `columns` columns,
  /// like the function above, for a row's values in the interpreter's block of cell
  /// values.
  ///
  /// Most rows hold a value in their first and last columns: their filled cells are
  /// then settled by ``placedByEnds(_:from:columns:)`` from the cells at either end,
  /// without reading the cells between; any other row is placed by
  /// ``placeGenerally(_:from:columns:context:rowTotals:)``, which gives those rows the same
  /// placement (a test compares the two on every small row). Never inlined: inlined
  /// into the interpreter's table reader, it made that too large to take in the row
  /// reader's loop.
  @inline(never)
  static func place(
    _ values: UnsafeBufferPointer<CellValue>, from first: Int, columns: Int,
    context: @autoclosure () -> Context = .none
  ) -> ValuePlacement {
    if let placement = placedDirectly(values, from: first, columns: columns) { return placement }
    if let placement = placedByEnds(values, from: first, columns: columns) { return placement }
    return placeGenerally(values, from: first, columns: columns, context: context())
  }

  /// The placement of a row that has exactly `columns` value cells from `first` on,
  /// the first and the last of them filled: column `c` is the cell `first + c`,
  /// `direct`. `nil` for any other row (the caller goes on to
  /// ``placedByEnds(_:from:columns:)``).
  ///
  /// Safe as a short cut: for such a row, ``placedByEnds(_:from:columns:)`` finds
  /// the lowest filled cell at `first` and the highest at the row's last cell,
  /// `columns` cells apart, and returns this very placement (`direct`, the row
  /// having exactly `columns` value cells). Most rows of a clean report are such
  /// rows: this reads their two end cells and nothing else, with no loop, before
  /// the general steps' registers are set up. Both cells read lie within `values`:
  /// `first` is not negative and `values.count - first` is `columns`, at least 1.
  @inline(__always)
  static func placedDirectly(
    _ values: UnsafeBufferPointer<CellValue>, from first: Int, columns: Int
  ) -> ValuePlacement? {
    guard isIntact(values, from: first, columns: columns) else { return nil }
    return ValuePlacement(.window(start: first, columns: columns), rule: .direct)
  }

  /// Whether the row has exactly `columns` value cells from `first` on, the first
  /// and the last of them filled: the rows that ``placedDirectly(_:from:columns:)``
  /// and ``plainByEnds(_:from:columns:)`` place at once. Both cells read lie within
  /// `values`: `first` is not negative and `values.count - first` is `columns`, at
  /// least 1.
  @inline(__always)
  static func isIntact(_ values: UnsafeBufferPointer<CellValue>, from first: Int, columns: Int) -> Bool {
    columns > 0 && first >= 0 && values.count &- first == columns && !values[first].isEmpty
      && !values[values.count &- 1].isEmpty
  }

  /// The placement of a row whose first and last filled cells among `values[first...]`
  /// are `columns` cells apart, found by looking for them from either end (for an
  /// intact row, the first cell looked at at each end); `nil` for any other row.
  ///
  /// Safe as a short cut: ``placeGenerally(_:from:columns:context:rowTotals:)`` finds the same
  /// lowest and highest filled cells in its pass over every cell, and for such a row
  /// its first rule returns this very placement, which depends on nothing else (not
  /// on how many cells are filled, whether they are 0, or the table's shape).
  @inline(__always)
  static func placedByEnds(_ values: UnsafeBufferPointer<CellValue>, from first: Int, columns: Int) -> ValuePlacement? {
    guard let window = windowByEnds(values, from: first, columns: columns) else { return nil }
    return ValuePlacement(.window(start: window.ends.low, columns: columns), rule: window.isDirect ? .direct : .window)
  }

  /// The filled ends of a row whose first and last filled cells among
  /// `values[first...]` are `columns` cells apart (``filledEnds(_:from:)``), and
  /// whether its window's rule is `direct` (the row has exactly `columns` value
  /// cells) rather than `window`; `nil` for any other row. What ``placedByEnds(_:from:columns:)``
  /// and ``plainByEnds(_:from:columns:)`` place such a row by.
  @inline(__always)
  static func windowByEnds(
    _ values: UnsafeBufferPointer<CellValue>, from first: Int, columns: Int
  ) -> (ends: (low: Int, high: Int), isDirect: Bool)? {
    guard columns > 0, let ends = filledEnds(values, from: first), ends.high &- ends.low &+ 1 == columns else {
      return nil
    }
    return (ends, values.count &- first == columns)
  }

  /// The lowest and highest indices of filled (non-empty) cells among
  /// `values[first...]`, looked for from either end (for an intact row, the first
  /// cell looked at at each end); `nil` when none is filled or `first` is negative.
  /// ``TableShape`` learns where values start from the same two cells.
  @inline(__always)
  static func filledEnds(_ values: UnsafeBufferPointer<CellValue>, from first: Int) -> (low: Int, high: Int)? {
    guard first >= 0 else { return nil }
    var low = first
    while low < values.count, values[low].isEmpty { low &+= 1 }
    guard low < values.count else { return nil }
    // A filled cell stands at `low`, so this stops there at the latest.
    var high = values.count &- 1
    while high > low, values[high].isEmpty { high &-= 1 }
    return (low, high)
  }

  /// Places the cells `values[first...]` onto `columns` columns by every rule, after
  /// one pass over the cells: what ``place(_:from:columns:context:)-(UnsafeBufferPointer<CellValue>,_,_,_)``
  /// does for the rows that ``placedByEnds(_:from:columns:)`` leaves. Never inlined:
  /// few rows need it.
  ///
  /// - Parameter rowTotals: whether the table's rows add up: each row's last column
  ///   is its total (tables 三 and 四). Only then may a row that lost or gained a
  ///   cell be placed by the zero-row and total-only rules; a table 二 row has no
  ///   total, so its lone number in the last cell may be any column's.
  @inline(never)
  static func placeGenerally(
    _ values: UnsafeBufferPointer<CellValue>, from first: Int, columns: Int,
    context: @autoclosure () -> Context = .none, rowTotals: Bool = true
  ) -> ValuePlacement {
    let count = values.count - first
    guard columns > 0 else { return ValuePlacement(.none(columns: 0), rule: .direct) }
    // The filled (non-empty) cells, as offsets from `first`: how many, the lowest
    // and highest, and whether every one is a 0.
    // The loop keeps cell indices, made offsets once after it, and adds with `&+`
    // (a row has far fewer cells than `Int.max`): about a third fewer instructions
    // a cell than offsets computed, and checked, in the loop.
    var filledCount = 0
    var lowIndex = -1
    var highIndex = -1
    var allZero = true
    for index in first..<values.count {
      switch values[index] {
      case .empty: continue
      case .number(let number): if allZero, !number.isZero { allZero = false }
      case .placeholder, .text: allZero = false
      }
      if lowIndex < 0 { lowIndex = index }
      highIndex = index
      filledCount &+= 1
    }
    let low = lowIndex < 0 ? -1 : lowIndex - first
    let high = highIndex < 0 ? -1 : highIndex - first
    let filledAllZero = filledCount > 0 && allZero
    func at(_ offset: Int, _ rule: Rule) -> ValuePlacement {
      ValuePlacement(.window(start: first + offset, columns: columns), rule: rule)
    }
    func none(_ rule: Rule) -> ValuePlacement {
      ValuePlacement(.none(columns: columns), rule: rule)
    }
    func totalOnly(at cell: Int) -> ValuePlacement {
      var slots = [Int?](repeating: nil, count: columns)
      slots[columns - 1] = cell
      return ValuePlacement(slots: slots, rule: .totalOnly)
    }
    func cannot(_ reason: PlacementReason) -> ValuePlacement { none(.cannotPlace(reason)) }

    // The first and the last column's values are both present, `columns` cells
    // apart: the labels before them decide the row, so where the row sits in the
    // grid does not matter.
    if filledCount > 0, high - low + 1 == columns {
      return at(low, count == columns ? .direct : .window)
    }
    if filledCount > columns {
      if filledAllZero, rowTotals { return none(.zeroRow) }
      return cannot(.moreFilledThanColumns(filled: filledCount, columns: columns))
    }
    if count < columns {
      if rowTotals, count == columns - 1, filledCount == count, filledAllZero {
        return none(.zeroRow)
      }
      if rowTotals, count >= columns - 1, filledCount == 1, low == count - 1, case .number = values[first + count - 1] {
        return totalOnly(at: first + count - 1)
      }
      return cannot(.fewerCellsThanColumns(cells: count, columns: columns))
    }
    // Some values are empty: which cells are the columns depends on where the empty
    // ones sit. A window of `columns` cells fits if every cell outside it is empty.
    guard filledCount > 0 else { return cannot(.noValues) }
    guard high - low + 1 <= columns else {
      if filledAllZero, rowTotals { return none(.zeroRow) }
      return cannot(.filledSpanTooWide(filled: filledCount, span: high - low + 1, columns: columns))
    }
    // Only a row whose values do not place themselves asks what its table says:
    // learning a table's shape costs more than placing its intact rows.
    let context = context()
    // The offsets at which a window fits (never empty here: count >= columns).
    let candidates = max(0, high - columns + 1)...min(low, count - columns)
    // A short row follows no other row's start: the rows that taught it may have
    // lost a different cell. Nor does a row whose width the table does not confirm:
    // one lost cell makes a row as wide as a sibling that lost a label cell, or as
    // wide as its table's rows of another depth, and it would be read shifted.
    if !context.isShort, context.widthConfirmed, let start = context.knownStart, candidates.contains(start - first) {
      return at(start - first, count == columns ? .direct : .window)
    }
    if rowTotals, context.missingCells == 1, filledCount == columns - 1, high - low + 1 == columns - 1, filledAllZero {
      // One cell lost from a row whose other values are all 0: whichever it was, the
      // row's identity makes it 0 too.
      return none(.zeroRow)
    }
    let totalCell = count - 1 - (context.trailingCells ?? 0)
    if rowTotals, context.missingCells == 1, totalCell >= 0, filledCount == 1, low == totalCell,
      case .number = values[first + totalCell]
    {
      // The seed-002 shape in a full grid: one cell lost, every cell empty but the
      // one where the table's rows have their total.
      return totalOnly(at: first + totalCell)
    }
    if context.isShort {
      return cannot(.shorterThanTheTable)
    }
    if candidates.count == 1, context.widthConfirmed {
      return at(candidates.lowerBound, count == columns ? .direct : .window)
    }
    // If the windows that fit all put the same values in the same columns, it does
    // not matter which. So it is when only one fits: every filled cell then lies in
    // the one window that the row's cells leave room for.
    let firstWindow = first + candidates.lowerBound
    let sameEverywhere = candidates.dropFirst().allSatisfy { offset in
      (0..<columns).allSatisfy { values[first + offset + $0] == values[firstWindow + $0] }
    }
    guard sameEverywhere else {
      return cannot(.emptyAtEitherEnd(cells: count, columns: columns))
    }
    // Which windows fit is decided by the empty cells at the row's ends, and that
    // holds only for a row known to have all its cells: a row that lost a value
    // cell and kept an empty label or trailing cell has one window that fits, and
    // it is shifted by one column. A row of exactly as many cells as columns, in a
    // table that shows no surplus cells, has none to be mistaken for a value; it
    // is its own window.
    guard context.widthConfirmed || (count == columns && context.wholeRowFits) else {
      return cannot(.widthUnconfirmed(cells: count, columns: columns))
    }
    return at(candidates.lowerBound, .window)
  }
}

extension ValuePlacement {
  /// A placement as a plain value, holding no reference: the cells it lists and the
  /// reason it cannot place are kept in ``Lists`` of its owner, and it holds their
  /// positions there. An ``InterpretationRun/Observation`` holds one, so that
  /// copying and freeing the run's observations counts no reference.
  struct Plain {
    /// Where the columns' cells are (``ValuePlacement``'s cells).
    enum Cells {
      /// Column `c` is cell `start + c`.
      case window(start: Int, columns: Int)
      /// No column has a cell.
      case none(columns: Int)
      /// Column `c` is cell `slots[start + c]` of the ``Lists``, for `count` columns.
      case listed(start: Int, count: Int)
      /// Column `c` is cell `observed[start + c]` of the ``Lists``, for `count`
      /// columns: a table 二 row under its header's grid, whose cells the run writes
      /// into its own block, one a listed column, instead of appending them to
      /// `slots` (an append a column checked the list's uniqueness and room).
      case observed(start: Int, count: Int)
    }

    /// Why the values sit where they sit (``ValuePlacement/Rule``).
    enum Rule {
      /// ``ValuePlacement/Rule/direct``.
      case direct
      /// ``ValuePlacement/Rule/window``.
      case window
      /// ``ValuePlacement/Rule/zeroRow``.
      case zeroRow
      /// ``ValuePlacement/Rule/totalOnly``.
      case totalOnly
      /// The values cannot be placed; the reason is `reasons[reason]` of the ``Lists``.
      case cannotPlace(reason: Int)
    }

    /// Where the columns' cells are.
    var cells: Cells
    /// The rule applied.
    var rule: Rule
    /// The first cell of a window placement (``Cells/window(start:columns:)``) whose
    /// rule is `direct` or `window` and whose last column is the row's last value
    /// cell, when the placement was made knowing that; -1 otherwise. Such a row is
    /// the one the assembler records as a window row
    /// (``FieldAssembler/recordWindowRow(_:in:storage:)``): kept as a plain number
    /// next to ``windowColumns`` so that it tells so with one comparison, without
    /// reading the enums. Set by ``ValuePlacement/plainByEnds(_:from:columns:)``
    /// (nearly every row) and, for a `direct` window (which always ends at the row's
    /// last value cell), by ``ValuePlacement/plain(in:)``; a row placed otherwise
    /// is recorded by the general steps, to the same effect.
    var windowStart = -1
    /// The columns of the window that ``windowStart`` starts, when it is not -1;
    /// when it is, ``endsBeforeLastCell`` (-1) for a `window` placement that
    /// ``ValuePlacement/plainByEnds(_:from:columns:)`` made whose last column stands
    /// before the row's last value cell (the cells after it are empty: the row's
    /// `extraEmptyCells` note), 0 for any other. The assembler records such a row as
    /// a window row too, its note made first
    /// (``FieldAssembler/recordWindowRow(_:in:storage:)``), reading its window from
    /// ``cells`` then: only this rare row reads the enum.
    var windowColumns = 0

    /// ``windowColumns`` of a `window` placement that ends before the row's last
    /// value cell.
    static let endsBeforeLastCell = -1

    /// How many columns the placement covers.
    var columnCount: Int {
      switch cells {
      case .window(_, let columns), .none(let columns): columns
      case .listed(_, let count), .observed(_, let count): count
      }
    }

    /// The index (in the row's cells) of the cell that holds column `column`'s
    /// value, or `nil` when no cell does; `column` is below ``columnCount`` and
    /// `slots` and `observed` are the ``Lists/slots`` and ``Lists/observed`` the
    /// placement was made in (`observed` is read only by an ``Cells/observed(start:count:)``
    /// placement, and only within its bounds: `nil` past them, which a placement
    /// made by the run never reaches).
    @inline(__always)
    func slot(
      _ column: Int, in slots: [Int?], observed: UnsafeBufferPointer<Int> = UnsafeBufferPointer(start: nil, count: 0)
    ) -> Int? {
      switch cells {
      case .window(let start, _): start + column
      case .none: nil
      case .listed(let start, _): slots[start + column]
      case .observed(let start, _):
        start &+ column >= 0 && start &+ column < observed.count ? observed[start &+ column] : nil
      }
    }
  }

  /// The listed cells and the reasons that ``Plain`` placements point into.
  struct Lists {
    /// Listed cells, each placement's columns in order.
    var slots: [Int?] = []
    /// Why placements cannot place their rows.
    var reasons: [PlacementReason] = []
    /// The cells of the table 二 rows placed under their header's grid, each such
    /// placement's columns in order (``Plain/Cells/observed(start:count:)``): a
    /// view of the run's block, set by the run just before it records its rows and
    /// valid only while it does (empty otherwise).
    var observed = UnsafeBufferPointer<Int>(start: nil, count: 0)

    /// The room ``reasons`` is given at its first reason.
    static let firstReasonRoom = 8
  }

  /// Places the cells `values[first...]` onto `columns` columns as
  /// ``place(_:from:columns:context:)-(UnsafeBufferPointer<CellValue>,_,_,_)`` does,
  /// and gives the placement as a plain value, as ``plain(in:)`` does (its listed
  /// cells and reason appended to `lists`).
  ///
  /// Safe as a short cut: a row whose first and last filled cells are `columns`
  /// cells apart (nearly every row) is placed by ``placedDirectly(_:from:columns:)``
  /// or ``placedByEnds(_:from:columns:)`` as one window, `direct` when the row has
  /// exactly `columns` value cells and `window` otherwise, which lists no cell and
  /// no reason: so its plain value is made here at once, from the same two end
  /// cells, with no ``ValuePlacement`` made, converted and destroyed (an enum whose
  /// payloads hold an array and a string, copied and released through outlined
  /// calls). Every other row takes the general steps, and then ``plain(in:)``. A
  /// test compares the two on every small row.
  ///
  /// Never inlined, like the function it stands for: the interpreter's table reader
  /// is at the compiler's inlining limit.
  @inline(never)
  static func placePlain(
    _ values: UnsafeBufferPointer<CellValue>, from first: Int, columns: Int,
    context: @autoclosure () -> Context = .none, rowTotals: Bool = true, in lists: inout Lists
  ) -> Plain {
    if let placement = plainByEnds(values, from: first, columns: columns) { return placement }
    return placeGenerally(values, from: first, columns: columns, context: context(), rowTotals: rowTotals)
      .plain(in: &lists)
  }

  /// The short cut of ``placePlain(_:from:columns:context:rowTotals:in:)``: the plain
  /// placement of a row whose first and last filled cells among `values[first...]`
  /// are `columns` cells apart (``placedByEnds(_:from:columns:)``'s rows, its very
  /// placement), `nil` for any other row. Always inlined, so that the interpreter's
  /// table reader places such rows (nearly all) without a call, and without
  /// setting up the table's context for one.
  @inline(__always)
  static func plainByEnds(_ values: UnsafeBufferPointer<CellValue>, from first: Int, columns: Int) -> Plain? {
    // An intact row first, its two end cells read with no loop, as
    // ``placedDirectly(_:from:columns:)`` reads them (the same placement).
    if isIntact(values, from: first, columns: columns) {
      return Plain(
        cells: .window(start: first, columns: columns), rule: .direct, windowStart: first, windowColumns: columns)
    }
    guard let window = windowByEnds(values, from: first, columns: columns) else { return nil }
    // The window ends at the row's last value cell when its last filled cell is it.
    let start = window.ends.low
    let reachesEnd = window.ends.high == values.count &- 1
    // (A `direct` window always reaches it: the row has exactly `columns` value cells.)
    return Plain(
      cells: .window(start: start, columns: columns), rule: window.isDirect ? .direct : .window,
      windowStart: reachesEnd ? start : -1, windowColumns: reachesEnd ? columns : Plain.endsBeforeLastCell)
  }

  /// The placement as a plain value, its listed cells and its reason appended to
  /// `lists`.
  func plain(in lists: inout Lists) -> Plain {
    let cells: Plain.Cells
    switch self.cells {
    case .window(let start, let columns): cells = .window(start: start, columns: columns)
    case .none(let columns): cells = .none(columns: columns)
    case .listed(let slots):
      cells = .listed(start: lists.slots.count, count: slots.count)
      // Room for an ordinary report's listed cells at the first (see
      // ``InterpretationRun/smallListRoom``): grown from a row's, the list was moved
      // again for the next rows.
      if lists.slots.capacity == 0 { lists.slots.reserveCapacity(max(InterpretationRun.smallListRoom, slots.count)) }
      lists.slots.append(contentsOf: slots)
    }
    let rule: Plain.Rule
    switch self.rule {
    case .direct: rule = .direct
    case .window: rule = .window
    case .zeroRow: rule = .zeroRow
    case .totalOnly: rule = .totalOnly
    case .cannotPlace(let reason):
      rule = .cannotPlace(reason: lists.reasons.count)
      // Room for a few at the first: grown from one, the list was moved as it grew.
      if lists.reasons.capacity == 0 { lists.reasons.reserveCapacity(Lists.firstReasonRoom) }
      lists.reasons.append(reason)
    }
    // A `direct` window covers the row's value cells from its first to its last.
    if case .window(let start, let columns) = self.cells, case .direct = self.rule {
      return Plain(cells: cells, rule: rule, windowStart: start, windowColumns: columns)
    }
    return Plain(cells: cells, rule: rule)
  }
}

extension ValuePlacement.Context {
  /// What a header of `headerCells` cells says about a row of `cells` cells under
  /// it (table 二): a narrower row lost a cell, and its width is not confirmed.
  init(underHeaderOf headerCells: Int, cells: Int) {
    let missing = max(0, headerCells - cells)
    self.init(knownStart: nil, missingCells: missing, trailingCells: nil, widthConfirmed: missing == 0)
  }
}
