import Testing

@testable import DisclosureModel

@Suite("Placing values in columns")
struct ValuePlacementTests {
  /// Classifies cells written as strings ("" empty, "-" placeholder, digits numbers).
  static func cells(_ texts: [String]) -> [CellValue] {
    texts.map { text in
      let bytes = Array(text.utf8)
      return bytes.withUnsafeBufferPointer { CellValue.read($0, TextSpan(0..<bytes.count)) }
    }
  }

  /// Every row of up to five cells, each empty, `0`, `5`, a placeholder or a
  /// label (3,906 rows, the empty row included): the small rows that tests of a
  /// placement's short cuts compare with the general placement.
  static let smallRows: [[String]] = {
    let kinds = ["", "0", "5", "-", "label"]
    var rows: [[String]] = [[]]
    var all: [[String]] = [[]]
    for _ in 1...5 {
      rows = rows.flatMap { row in kinds.map { row + [$0] } }
      all += rows
    }
    return all
  }()

  /// What a table could say of a row, for the short-cut tests: nothing, a
  /// confirmed width with a known start, and a row that lost one cell.
  static let smallRowContexts: [ValuePlacement.Context] = [
    .none,
    ValuePlacement.Context(knownStart: 1, missingCells: 0, trailingCells: nil, widthConfirmed: true),
    ValuePlacement.Context(knownStart: nil, missingCells: 1, trailingCells: 1, widthConfirmed: false),
  ]

  @Test("Exactly as many cells as columns map in order")
  func direct() {
    let placement = ValuePlacement.place(Self.cells(["label", "1", "", "3"]), from: 1, columns: 3)
    #expect(placement.rule == .direct)
    #expect(placement.slots == [1, 2, 3])
  }

  @Test("Surplus empty cells at either end are dropped when only one window fits")
  func window() {
    // A merged label cell before the values and an extra empty column after them.
    let placement = ValuePlacement.place(Self.cells(["", "5", "", "7", ""]), from: 0, columns: 3)
    #expect(placement.rule == .window)
    #expect(placement.slots == [1, 2, 3])
  }

  @Test("The only window that fits is taken also when no other row confirms the row's width")
  func onlyWindowUnconfirmed() {
    let unconfirmed = ValuePlacement.Context(
      knownStart: nil, missingCells: 0, trailingCells: nil, widthConfirmed: false)
    // Five cells, values in the second and fourth: only the window of cells 1 to 3
    // leaves nothing but empty cells outside it.
    let wide = ValuePlacement.place(Self.cells(["", "5", "", "7", ""]), from: 0, columns: 3, context: unconfirmed)
    #expect(wide.rule == .window)
    #expect(wide.slots == [1, 2, 3])
    // As many cells as columns: the one window is the whole row.
    let exact = ValuePlacement.place(Self.cells(["", "5", ""]), from: 0, columns: 3, context: unconfirmed)
    #expect(exact.rule == .window)
    #expect(exact.slots == [0, 1, 2])
  }

  @Test("Values filling the first and last columns are placed wherever the row puts them")
  func complete() {
    let placement = ValuePlacement.place(Self.cells(["", "", "5", "", "7", ""]), from: 0, columns: 3)
    #expect(placement.rule == .window)
    #expect(placement.slots == [2, 3, 4])
  }

  @Test("A tie between windows is broken by the table's other rows of the same width")
  func knownStart() {
    let values = Self.cells(["", "3", "", ""])
    let rightAligned = ValuePlacement.place(
      values, from: 0, columns: 3,
      context: .init(knownStart: 1, missingCells: 0, trailingCells: nil, widthConfirmed: true))
    #expect(rightAligned.slots == [1, 2, 3])
    let leftAligned = ValuePlacement.place(
      values, from: 0, columns: 3,
      context: .init(knownStart: 0, missingCells: 0, trailingCells: nil, widthConfirmed: true))
    #expect(leftAligned.slots == [0, 1, 2])
    let unknown = ValuePlacement.place(values, from: 0, columns: 3)
    #expect(unknown.slots == [nil, nil, nil])
    if case .cannotPlace = unknown.rule {} else { Issue.record("expected cannotPlace, got \(unknown.rule)") }
  }

  @Test("A row narrower than its grid lost a cell: a unique window is not trusted")
  func shortRow() {
    // The grid row is label, filler, 3 values; this one lost its first value, so the
    // filler now stands where the first value was.
    let values = Self.cells(["label", "", "", "6", "7"])
    let alone = ValuePlacement.place(values, from: 1, columns: 3)
    #expect(alone.slots == [2, 3, 4])
    let inGrid = ValuePlacement.place(
      values, from: 1, columns: 3,
      context: .init(knownStart: nil, missingCells: 1, trailingCells: nil, widthConfirmed: true))
    #expect(inGrid.slots == [nil, nil, nil])
    if case .cannotPlace = inGrid.rule {} else { Issue.record("expected cannotPlace, got \(inGrid.rule)") }
  }

  @Test("Filled cells spread wider than the columns cannot be placed")
  func spread() {
    let placement = ValuePlacement.place(Self.cells(["1", "", "", "4"]), from: 0, columns: 3)
    #expect(placement.slots == [nil, nil, nil])
    #expect(ValuePlacement.place(Self.cells(["0", "", "", "0"]), from: 0, columns: 3).rule == .zeroRow)
  }

  @Test("An all-zero row missing one cell is all zero")
  func zeroRow() {
    #expect(ValuePlacement.place(Self.cells(["0", "0", "0"]), from: 0, columns: 4).rule == .zeroRow)
    // Extra columns that are all zero, too.
    #expect(
      ValuePlacement.place(Self.cells(["0", "0", "0", "0", "0"]), from: 0, columns: 3).rule
        == .zeroRow)
  }

  @Test("A non-zero row missing a cell cannot be placed")
  func missingCell() {
    let placement = ValuePlacement.place(Self.cells(["3", "1", "4"]), from: 0, columns: 4)
    #expect(placement.slots == [nil, nil, nil, nil])
    if case .cannotPlace = placement.rule {} else { Issue.record("expected cannotPlace, got \(placement.rule)") }
  }

  @Test("Two zero cells missing is not certain")
  func twoMissing() {
    let placement = ValuePlacement.place(Self.cells(["0", "0"]), from: 0, columns: 4)
    if case .cannotPlace = placement.rule {} else { Issue.record("expected cannotPlace, got \(placement.rule)") }
  }

  @Test("A row holding only its total")
  func totalOnly() {
    let placement = ValuePlacement.place(Self.cells(["", "", "12"]), from: 0, columns: 4)
    #expect(placement.rule == .totalOnly)
    #expect(placement.slots == [nil, nil, nil, 2])
    // A lone number with most cells gone is not taken for the total.
    let lone = ValuePlacement.place(Self.cells(["12"]), from: 0, columns: 4)
    #expect(lone.slots == [nil, nil, nil, nil])
  }

  @Test("Too many non-empty cells cannot be placed")
  func tooMany() {
    let placement = ValuePlacement.place(Self.cells(["1", "2", "3", "4"]), from: 0, columns: 3)
    #expect(placement.slots == [nil, nil, nil])
  }

  @Test("A row of a full grid that lost one cell: all zeros stay zeros, a lone total stays the total")
  func shortRowRules() {
    let lostOne = ValuePlacement.Context(knownStart: nil, missingCells: 1, trailingCells: 1, widthConfirmed: false)
    // label, filler, six zeros (one of seven columns lost), an extra empty column.
    let zeros = ValuePlacement.place(
      Self.cells(["label", "", "0", "0", "0", "0", "0", "0", ""]), from: 1, columns: 7, context: lostOne)
    #expect(zeros.rule == .zeroRow)
    // The same row holding only its total, one empty cell lost: the total stands
    // one cell before the end, where the table's rows have theirs.
    let total = ValuePlacement.place(
      Self.cells(["label", "", "", "", "", "", "", "", "12", ""]), from: 1, columns: 7, context: lostOne)
    #expect(total.rule == .totalOnly)
    #expect(total.slots == [nil, nil, nil, nil, nil, nil, 8])
    // A lone number anywhere else is not taken for the total.
    let elsewhere = ValuePlacement.place(
      Self.cells(["label", "", "", "", "", "", "", "12", "", ""]), from: 1, columns: 7, context: lostOne)
    #expect(elsewhere.slots == Array(repeating: nil, count: 7))
  }

  @Test("A plain placement keeps the same cells and rule, its list and reason in the lists it was made in")
  func plain() {
    var lists = ValuePlacement.Lists(slots: [7], reasons: ["earlier"])
    let window = ValuePlacement.place(Self.cells(["", "5", "", "7", ""]), from: 0, columns: 3).plain(in: &lists)
    #expect(window.columnCount == 3)
    #expect((0..<3).map { window.slot($0, in: lists.slots) } == [1, 2, 3])
    if case .window = window.rule {} else { Issue.record("expected window, got \(window.rule)") }
    let total = ValuePlacement.place(Self.cells(["", "", "12"]), from: 0, columns: 4).plain(in: &lists)
    #expect(lists.slots == [7, nil, nil, nil, 2])
    #expect((0..<4).map { total.slot($0, in: lists.slots) } == [nil, nil, nil, 2])
    if case .totalOnly = total.rule {} else { Issue.record("expected totalOnly, got \(total.rule)") }
    let unplaced = ValuePlacement.place(Self.cells(["0", "0"]), from: 0, columns: 4).plain(in: &lists)
    #expect(unplaced.columnCount == 4)
    #expect((0..<4).map { unplaced.slot($0, in: lists.slots) } == [nil, nil, nil, nil])
    guard case .cannotPlace(let reason) = unplaced.rule else {
      Issue.record("expected cannotPlace, got \(unplaced.rule)")
      return
    }
    #expect(reason == 1)
    #expect(lists.reasons == ["earlier", "2 cells for 4 columns"])
    #expect(lists.slots.count == 5)
  }
}
