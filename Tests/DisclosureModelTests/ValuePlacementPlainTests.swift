import Testing

@testable import DisclosureModel

/// ``ValuePlacement/placePlain(_:from:columns:context:in:)``, which makes a row's
/// plain placement at once when its end cells place it, by hand and against the
/// general way (``ValuePlacement/place(_:from:columns:context:)-(UnsafeBufferPointer<CellValue>,_,_,_)``
/// then ``ValuePlacement/plain(in:)``) on every small row.
@Suite("Placing a row as a plain value")
struct ValuePlacementPlainTests {
  /// A plain placement written out: its rule's name (with the reason's text for
  /// `cannotPlace`), and each column's cell.
  struct Written: Equatable, CustomStringConvertible {
    var rule: String
    var slots: [Int?]
    var description: String { "\(rule) \(slots)" }

    init(rule: String, slots: [Int?]) {
      self.rule = rule
      self.slots = slots
    }

    init(_ plain: ValuePlacement.Plain, in lists: ValuePlacement.Lists) {
      switch plain.rule {
      case .direct: rule = "direct"
      case .window: rule = "window"
      case .zeroRow: rule = "zeroRow"
      case .totalOnly: rule = "totalOnly"
      case .cannotPlace(let reason): rule = "cannotPlace: \(lists.reasons[reason])"
      }
      slots = (0..<plain.columnCount).map { plain.slot($0, in: lists.slots) }
    }
  }

  /// `texts` (classified as ``ValuePlacementTests/cells(_:)`` does) placed by
  /// ``ValuePlacement/placePlain(_:from:columns:context:in:)``, written out.
  static func placed(
    _ texts: [String], from first: Int, columns: Int, context: ValuePlacement.Context = .none
  ) -> Written {
    var lists = ValuePlacement.Lists()
    let plain = ValuePlacementTests.cells(texts).withUnsafeBufferPointer {
      ValuePlacement.placePlain($0, from: first, columns: columns, context: context, in: &lists)
    }
    return Written(plain, in: lists)
  }

  @Test("Rows placed by their ends: direct or window, column c the cell start + c, nothing listed")
  func handChecked() {
    #expect(Self.placed(["label", "1", "", "3"], from: 1, columns: 3) == Written(rule: "direct", slots: [1, 2, 3]))
    #expect(Self.placed(["9"], from: 0, columns: 1) == Written(rule: "direct", slots: [0]))
    // A merged label cell before the values and an extra empty column after them.
    #expect(Self.placed(["label", "", "4", "5", ""], from: 1, columns: 2) == Written(rule: "window", slots: [2, 3]))
    var lists = ValuePlacement.Lists()
    _ = ValuePlacementTests.cells(["a", "1", "2"]).withUnsafeBufferPointer {
      ValuePlacement.placePlain($0, from: 1, columns: 2, in: &lists)
    }
    #expect(lists.slots.isEmpty)
    #expect(lists.reasons.isEmpty)
  }

  @Test("Rows the ends do not place take the general rules: zero rows, totals, reasons")
  func generalRows() {
    #expect(
      Self.placed(["a", "0", "0", "0", "0"], from: 1, columns: 3) == Written(rule: "zeroRow", slots: [nil, nil, nil]))
    #expect(Self.placed(["a", "", "7"], from: 1, columns: 3) == Written(rule: "totalOnly", slots: [nil, nil, 2]))
    #expect(
      Self.placed(["a", "1", "2"], from: 1, columns: 3)
        == Written(rule: "cannotPlace: 2 cells for 3 columns", slots: [nil, nil, nil]))
    #expect(Self.placed(["a"], from: 1, columns: 0) == Written(rule: "direct", slots: []))
  }

  @Test("On every small row, from every start and for every width and context, the general way's placement")
  func agreesWithGeneral() {
    let all = ValuePlacementTests.smallRows
    let contexts = ValuePlacementTests.smallRowContexts
    var compared = 0
    for texts in all {
      let cells = ValuePlacementTests.cells(texts)
      cells.withUnsafeBufferPointer { values in
        // Every start the run passes: a row's first value cell, at most its end.
        for first in 0...values.count {
          for columns in 0...6 {
            for context in contexts {
              var plainLists = ValuePlacement.Lists()
              let plain = ValuePlacement.placePlain(
                values, from: first, columns: columns, context: context, in: &plainLists)
              var generalLists = ValuePlacement.Lists()
              let general = ValuePlacement.place(values, from: first, columns: columns, context: context)
                .plain(in: &generalLists)
              compared += 1
              #expect(
                Written(plain, in: plainLists) == Written(general, in: generalLists),
                "\(texts) from \(first), \(columns) columns")
            }
          }
        }
      }
    }
    #expect(compared > 100_000)
  }

  @Test("The inlined short cut places exactly the rows placing by the ends places, the same way")
  func byEndsAgreesWithPlacedByEnds() {
    // Hand-checked: direct from the first value cell; a window after a merged label
    // cell; an empty end column is no row of the short cut.
    let direct = ValuePlacementTests.cells(["a", "1", "2"]).withUnsafeBufferPointer {
      ValuePlacement.plainByEnds($0, from: 1, columns: 2)
    }
    #expect(direct.map { Written($0, in: ValuePlacement.Lists()) } == Written(rule: "direct", slots: [1, 2]))
    let window = ValuePlacementTests.cells(["a", "", "3", "4"]).withUnsafeBufferPointer {
      ValuePlacement.plainByEnds($0, from: 1, columns: 2)
    }
    #expect(window.map { Written($0, in: ValuePlacement.Lists()) } == Written(rule: "window", slots: [2, 3]))
    let gap = ValuePlacementTests.cells(["a", "1", ""]).withUnsafeBufferPointer {
      ValuePlacement.plainByEnds($0, from: 1, columns: 2)
    }
    #expect(gap == nil)

    let all = ValuePlacementTests.smallRows
    var placed = 0
    for texts in all {
      ValuePlacementTests.cells(texts).withUnsafeBufferPointer { values in
        for first in -1...values.count + 1 {
          for columns in 0...6 {
            let plain = ValuePlacement.plainByEnds(values, from: first, columns: columns)
            let general = ValuePlacement.placedByEnds(values, from: first, columns: columns)
            #expect((plain == nil) == (general == nil), "\(texts) from \(first), \(columns) columns")
            guard let plain, let general else { continue }
            placed += 1
            var lists = ValuePlacement.Lists()
            let generalPlain = general.plain(in: &lists)
            #expect(
              Written(plain, in: ValuePlacement.Lists()) == Written(generalPlain, in: lists),
              "\(texts) from \(first), \(columns) columns")
          }
        }
      }
    }
    #expect(placed > 1_000)
  }

  /// Whether `plain`'s ``ValuePlacement/Plain/windowStart`` is what it should be
  /// for a row of `count` value cells: -1 (with no columns, or
  /// ``ValuePlacement/Plain/endsBeforeLastCell`` for a `window` placement ending
  /// before the row's last value cell), or the start of its window (whose
  /// columns ``ValuePlacement/Plain/windowColumns`` repeats), `direct` or `window`,
  /// ending at the row's last value cell.
  static func windowMarkHolds(_ plain: ValuePlacement.Plain, count: Int) -> Bool {
    guard plain.windowStart >= 0 else {
      guard plain.windowStart == -1 else { return false }
      guard plain.windowColumns == ValuePlacement.Plain.endsBeforeLastCell else { return plain.windowColumns == 0 }
      // A `window` placement whose last column stands before the row's last value cell.
      guard case .window(let start, let columns) = plain.cells, case .window = plain.rule else { return false }
      return columns > 0 && start >= 0 && start + columns < count
    }
    guard case .window(let start, let columns) = plain.cells else { return false }
    switch plain.rule {
    case .direct, .window: break
    case .zeroRow, .totalOnly, .cannotPlace: return false
    }
    return start == plain.windowStart && columns == plain.windowColumns && start + columns == count
  }

  @Test("A window ending at the row's last value cell is marked with its start and columns, any other placement not")
  func windowMark() {
    func mark(_ texts: [String], from first: Int, columns: Int) -> [Int]? {
      ValuePlacementTests.cells(texts).withUnsafeBufferPointer {
        ValuePlacement.plainByEnds($0, from: first, columns: columns).map { [$0.windowStart, $0.windowColumns] }
      }
    }
    #expect(mark(["a", "1", "", "3"], from: 1, columns: 3) == [1, 3])
    #expect(mark(["a", "", "4", "5"], from: 1, columns: 2) == [2, 2])
    // An extra empty column after the values: marked as a window ending before the
    // row's last value cell, its window left in its cells.
    #expect(mark(["a", "", "4", "5", ""], from: 1, columns: 2) == [-1, ValuePlacement.Plain.endsBeforeLastCell])
    // Made from a general placement: a direct window is marked, a zero row not.
    var lists = ValuePlacement.Lists()
    let direct = ValuePlacement.place(ValuePlacementTests.cells(["a", "1", "2"]), from: 1, columns: 2)
      .plain(in: &lists)
    #expect([direct.windowStart, direct.windowColumns] == [1, 2])
    let zero = ValuePlacement.place(ValuePlacementTests.cells(["a", "0", "0", "0"]), from: 1, columns: 2)
      .plain(in: &lists)
    #expect([zero.windowStart, zero.windowColumns] == [-1, 0])

    let all = ValuePlacementTests.smallRows
    var marked = 0
    for texts in all {
      ValuePlacementTests.cells(texts).withUnsafeBufferPointer { values in
        for first in 0...values.count {
          for columns in 0...6 {
            var lists = ValuePlacement.Lists()
            let plain = ValuePlacement.placePlain(values, from: first, columns: columns, in: &lists)
            let general = ValuePlacement.place(values, from: first, columns: columns).plain(in: &lists)
            #expect(Self.windowMarkHolds(plain, count: values.count), "\(texts) from \(first), \(columns) columns")
            #expect(Self.windowMarkHolds(general, count: values.count), "\(texts) from \(first), \(columns) columns")
            if plain.windowStart >= 0 { marked += 1 }
            // Every `direct` placement is marked, whichever way it was made.
            if case .direct = plain.rule, case .window = plain.cells { #expect(plain.windowStart >= 0) }
            if case .direct = general.rule, case .window = general.cells { #expect(general.windowStart >= 0) }
          }
        }
      }
    }
    #expect(marked > 1_000)
  }
}
