import Testing

@testable import DisclosureModel

@Suite("Table shapes")
struct TableShapeTests {
  /// The grid width of rows of numbers of the given widths (every cell `0`).
  static func gridWidth(_ widths: [Int], inheritedGrid: Int? = nil) -> Int? {
    RowAnalyses.of(widths.map { Array(repeating: "0", count: $0) }) { rows in
      TableShape.gridWidth(rows, inheritedGrid: inheritedGrid, include: { $0 == .numbersOnly })
    }
  }

  @Test(
    "The grid width is the width most rows share, when two thirds do, counted on the stack or, past 63 cells, in a tally",
    arguments: [
      ([9, 9, 9, 8], 9), ([9, 8, 9, 8], nil), ([9, 8, 7], nil), ([70, 70, 70, 9], 70), ([9, 9, 70, 70], nil),
      ([70, 70, 70, 70, 9, 9], 70), ([63, 63, 64], 63), ([9, 70, 8], nil),
      // The counters are set to 0 only up to the widest row seen so far: rows wider,
      // then narrower.
      ([2, 9, 9, 9, 9, 1], 9), ([12, 5, 5, 5], 5), ([5, 12, 12, 12], 12), ([3, 1, 3, 3], 3),
    ] as [([Int], Int?)])
  func gridWidths(widths: [Int], expected: Int?) {
    #expect(Self.gridWidth(widths) == expected)
  }

  @Test("Too few rows to tell inherit the grid of the table's previous part")
  func inherited() {
    #expect(Self.gridWidth([9, 8], inheritedGrid: 12) == 12)
    #expect(Self.gridWidth([9, 8, 7], inheritedGrid: 12) == nil)
  }
}

/// What ``TableShape`` learns of where the values start, from rows given as texts.
@Suite("Table shapes, value starts")
struct TableShapeStartTests {
  /// The context that a table of `rows` (each cell's text; `""` empty, digits
  /// numbers, anything else text) gives a row of `probe`, for `columns` columns, the
  /// rows of numbers only being the table's data rows.
  static func context(_ rows: [[String]], columns: Int, probe: [String]) -> ValuePlacement.Context {
    RowAnalyses.of(rows + [probe]) { analyses in
      let table = UnsafeBufferPointer(rebasing: analyses[..<rows.count])
      let include: (RowAnalysis.Kind) -> Bool = { $0 == .numbersOnly }
      let shape = TableShape(
        table, columns: columns, gridWidth: TableShape.gridWidth(table, include: include), include: include)
      return shape.context(for: analyses[rows.count])
    }
  }

  @Test("Rows whose end columns hold values teach where the values start; others do not")
  func learnedStart() {
    // Three columns in cells 1 to 3 of five, the first and last cells empty; one row
    // with an empty middle value still has its end columns.
    let table = [["", "1", "2", "3", ""], ["", "4", "", "6", ""], ["", "7", "8", "9", ""]]
    let context = Self.context(table, columns: 3, probe: ["", "", "5", "", ""])
    #expect(context.knownStart == 1)
    #expect(context.missingCells == 0)
    #expect(context.trailingCells == 1)
    #expect(context.widthConfirmed)
    // Rows whose filled cells span fewer or more cells than the columns teach no start.
    let unclear = [["", "1", "", "", ""], ["", "1", "", "", "5"], ["", "", "", "", ""]]
    #expect(Self.context(unclear, columns: 3, probe: ["", "", "5", "", ""]).knownStart == nil)
    // A tie between two starts teaches none; a majority wins.
    let tie = [["1", "2", "3", "", ""], ["", "", "1", "2", "3"]]
    #expect(Self.context(tie, columns: 3, probe: ["", "", "5", "", ""]).knownStart == nil)
    let majority = tie + [["", "", "4", "0", "6"]]
    #expect(Self.context(majority, columns: 3, probe: ["", "", "5", "", ""]).knownStart == 2)
  }
}

/// Rows made from texts and analysed, for the table-shape tests.
enum RowAnalyses {
  /// Calls `body` with the analyses of `rows` (each cell's text, every cell on line
  /// 1), valid only for the call.
  static func of<Result>(_ rows: [[String]], _ body: (UnsafeBufferPointer<RowAnalysis>) -> Result) -> Result {
    var storage: [UInt8] = []
    let spans = rows.map { texts in
      texts.map { text in
        let start = storage.count
        storage += Array(text.utf8)
        return TextSpan(start..<storage.count)
      }
    }
    let cellCount = spans.reduce(0) { $0 + $1.count }
    let values = UnsafeMutableBufferPointer<CellValue>.allocate(capacity: cellCount)
    let cells = UnsafeMutableBufferPointer<StoredCell>.allocate(capacity: cellCount)
    defer {
      values.deallocate()
      cells.deallocate()
    }
    var headerColumns: [Int?] = []
    var used = 0
    return storage.withUnsafeBufferPointer { storage in
      let analyses = spans.map { rowSpans in
        let row = Row(cells: rowSpans.map { Cell(span: $0, line: 1) }, line: 1)
        defer { used += rowSpans.count }
        return RowAnalysis(
          row, storage: storage, values: UnsafeMutableBufferPointer(rebasing: values[used..<used + rowSpans.count]),
          cells: UnsafeMutableBufferPointer(rebasing: cells[used..<used + rowSpans.count]),
          headerColumns: &headerColumns)
      }
      return analyses.withUnsafeBufferPointer(body)
    }
  }
}
