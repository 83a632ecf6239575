import DisclosureSynthesis
import Testing

@testable import DisclosureModel

/// ``StoredCell``: the builder keeps its cells in 16 bytes; a cell whose values do not
/// fit is kept whole beside the buffer, so that every cell reads back exactly as it
/// was added, and the interpreter reads both kinds of document to the same report.
@Suite("Stored cells")
struct StoredCellTests {
  /// A plain cell (one line, one column): its three values and a zero.
  @Test("A plain cell is stored as its span, its line and a zero, and reads back")
  func plainCell() throws {
    let cell = Cell(span: TextSpan(3..<9), line: 5)
    let stored = try #require(StoredCell(exactly: cell))
    #expect(stored.start == 3 && stored.end == 9 && stored.storedLine == 5 && stored.rest == 0)
    #expect(stored.span == TextSpan(3..<9))
    #expect(stored.line == 5)
    #expect(stored.cell == cell)
    #expect(StoredCell(unchecked: 3, 9, line: 5) == stored)
  }

  @Test("End line, column span and the merged flag are stored in one word")
  func restWord() throws {
    let cell = Cell(span: TextSpan(0..<4), line: 10, endLine: 12, columnSpan: 3, continuesFromAbove: true)
    let stored = try #require(StoredCell(exactly: cell))
    // By hand: end line 2 below the line, column span 3 stored as 2 at bit 16, the
    // flag at bit 31: 0x8002_0002.
    #expect(stored.rest == 0x8002_0002)
    #expect(stored.cell == cell)
  }

  @Test("The line and the rest share one word: the line in its low half, the rest in its high")
  func lineAndRestWord() throws {
    // A plain cell on line 7: the word is the line zero-extended, 0x0000_0000_0000_0007.
    let plain = StoredCell(unchecked: 1, 2, line: 7)
    #expect(plain.lineAndRest == 7)
    // A negative line keeps its 32 bits in the low half and nothing above:
    // -4 is 0xFFFF_FFFC.
    let negative = StoredCell(unchecked: 1, 2, line: -4)
    #expect(negative.lineAndRest == 0xFFFF_FFFC)
    #expect(negative.storedLine == -4 && negative.rest == 0 && negative.line == -4)
    // Line 10, end line 12, column span 3, merged: the rest 0x8002_0002 (see above)
    // in the high half, the line in the low.
    let cell = Cell(span: TextSpan(0..<4), line: 10, endLine: 12, columnSpan: 3, continuesFromAbove: true)
    var stored = try #require(StoredCell(exactly: cell))
    #expect(stored.lineAndRest == 0x8002_0002_0000_000A)
    // Each half set alone leaves the other as it was.
    stored.storedLine = -1
    #expect(stored.lineAndRest == 0x8002_0002_FFFF_FFFF)
    stored.rest = 5
    #expect(stored.lineAndRest == 0x0000_0005_FFFF_FFFF)
    #expect(stored.storedLine == -1 && stored.rest == 5)
    // Extending a cell changes the end line in the rest, not the line.
    let extended = try #require(plain.extended(to: 9, line: 9))
    #expect(extended.lineAndRest == 0x0000_0002_0000_0007)
    #expect(extended.cell == Cell(span: TextSpan(1..<9), line: 7, endLine: 9))
  }

  #if compiler(>=6.2)
    @Test("The run paths count the cells written between two places in a buffer")
    func cellsWrittenBetweenPointers() {
      withUnsafeTemporaryAllocation(of: StoredCell.self, capacity: 300) { room in
        guard let first = room.baseAddress else { return }
        // 16 bytes a cell: 0, 1, 3 and 300 cells on.
        #expect(DocumentBuilder.cellsWritten(from: first, to: first) == 0)
        #expect(DocumentBuilder.cellsWritten(from: first, to: first + 1) == 1)
        #expect(DocumentBuilder.cellsWritten(from: first, to: first + 3) == 3)
        #expect(DocumentBuilder.cellsWritten(from: first, to: first + 300) == 300)
        #expect(DocumentBuilder.cellsWritten(from: first + 3, to: first + 300) == 297)
      }
    }
  #endif

  @Test("Values at the edges of the stored form fit, and round-trip")
  func edgesFit() throws {
    let cells = [
      Cell(span: TextSpan(0..<Int(UInt32.max)), line: Int(Int32.max)),
      Cell(span: TextSpan(Int(UInt32.max)..<Int(UInt32.max)), line: Int(Int32.min)),
      Cell(span: TextSpan(1..<2), line: 1, endLine: 1 + 65_535),
      Cell(span: TextSpan(1..<2), line: -4, endLine: -4, columnSpan: 32_768),
    ]
    for cell in cells {
      let stored = try #require(StoredCell(exactly: cell))
      #expect(stored.cell == cell)
    }
  }

  /// Cells that a caller may make and that do not fit: each has no stored form.
  static var wideCells: [Cell] {
    var zeroColumns = Cell(span: TextSpan(0..<1), line: 1)
    zeroColumns.columnSpan = 0
    var reversedSpan = Cell(span: TextSpan(0..<1), line: 1)
    reversedSpan.span.start = 7
    reversedSpan.span.end = -2
    return [
      Cell(span: TextSpan(0..<(Int(UInt32.max) + 1)), line: 1),
      reversedSpan,
      Cell(span: TextSpan(0..<1), line: Int(Int32.max) + 1),
      Cell(span: TextSpan(0..<1), line: Int(Int32.min) - 1),
      Cell(span: TextSpan(0..<1), line: 9, endLine: 8),
      Cell(span: TextSpan(0..<1), line: 1, endLine: 1 + 65_536),
      Cell(span: TextSpan(0..<1), line: Int.min, endLine: Int.max),
      Cell(span: TextSpan(0..<1), line: 1, columnSpan: 32_769),
      Cell(span: TextSpan(Int.min..<Int.max), line: Int.max, endLine: Int.min, columnSpan: Int.max),
      zeroColumns,
    ]
  }

  @Test("Cells whose values do not fit have no stored form")
  func wideHaveNone() {
    for cell in Self.wideCells {
      #expect(StoredCell(exactly: cell) == nil)
    }
  }

  @Test(
    "The interpreter's copy of a cell that does not fit: a span past 4 GiB reads as empty, one before 0 starts at 0, the line is clamped",
    arguments: [
      // (start, end, line) given, then (start, end, line) read.
      ((0, 5_000_000_000, 3), (0, 0, 3)),
      ((5_000_000_000, 5_000_000_004, 3), (0, 0, 3)),
      ((-7, 4, 9), (0, 4, 9)),
      ((2, 6, 3_000_000_000), (2, 6, 2_147_483_647)),
      ((2, 6, -3_000_000_000), (2, 6, -2_147_483_648)),
      ((1, 2, 4), (1, 2, 4)),
    ])
  func readingCopy(given: (Int, Int, Int), read: (Int, Int, Int)) {
    let stored = StoredCell(reading: Cell(span: TextSpan(given.0..<given.1), line: given.2, columnSpan: 40_000))
    #expect(stored.span.start == read.0)
    #expect(stored.span.end == read.1)
    #expect(stored.line == read.2)
  }

  @Test("The builder gives back every cell exactly as it was added, stored or kept whole")
  func builderRoundTrip() {
    let plain = (0..<4).map { Cell(span: TextSpan($0..<($0 + 1)), line: 20 + $0) }
    var builder = DocumentBuilder(source: SourceText("abcdef"))
    // Row 1: plain cells around a wide one; row 2: every wide cell; row 3: plain.
    builder.addCell(plain[0])
    builder.addCell(Self.wideCells[0])
    builder.addCell(plain[1])
    builder.endRow()
    for cell in Self.wideCells { builder.addCell(cell) }
    builder.endRow()
    builder.addCell(plain[2])
    builder.addCell(plain[3])
    builder.endRow()
    let document = builder.finish()
    let expected = [[plain[0], Self.wideCells[0], plain[1]], Self.wideCells, [plain[2], plain[3]]]
    #expect(document.tables.count == 1)
    #expect(document.tables.first.map { $0.rows.map { Array($0.cells) } } == expected)
    #expect(document.tables.first.map { $0.rows.map(\.line) } == [20, 1, 22])
    // A document with a cell kept whole has rows of its own.
    if case .shared = document.tables.first?.rows.form { Issue.record("a wide cell's table is not shared") }
  }

  @Test("Extending a cell past the stored form keeps it whole; within it, in place")
  func extendedCells() {
    var builder = DocumentBuilder(source: SourceText("abc\ndef\nghi"))
    builder.addCell(0..<3, line: 1)
    builder.extendLastCell(to: 7, line: 2)
    builder.endRow()
    builder.addCell(8..<11, line: 3)
    // An end line before the line has no stored form.
    builder.extendLastCell(to: 11, line: 1)
    builder.endRow()
    let document = builder.finish()
    let cells = document.tables.first.map { $0.rows.map { Array($0.cells) } }
    #expect(
      cells == [
        [Cell(span: TextSpan(0..<7), line: 1, endLine: 2)], [Cell(span: TextSpan(8..<11), line: 3, endLine: 1)],
      ])
  }

  @Test("A row dropped at the table's cap takes its whole cells with it")
  func droppedRowForgetsWideCells() {
    var builder = DocumentBuilder(source: SourceText("ab"))
    for line in 1...InputLimits.rowsPerTable {
      builder.addCell(0..<1, line: line)
      builder.endRow()
    }
    // The row past the cap is dropped, its wide cell with it.
    builder.addCell(Self.wideCells[4])
    builder.endRow()
    builder.endTable()
    builder.addCell(1..<2, line: 9_000)
    builder.endRow()
    let document = builder.finish()
    #expect(document.tables.count == 2)
    #expect(document.tables.last.map { Array($0.rows.flatMap(\.cells)) } == [Cell(span: TextSpan(1..<2), line: 9_000)])
    // No whole cell is left, so both tables share the buffer.
    for table in document.tables {
      guard case .shared = table.rows.form else {
        Issue.record("a table without wide cells is shared")
        continue
      }
    }
  }

  @Test("Lines past the stored form take the general path, and come back exactly")
  func wideLinesInRunPaths() {
    let text = "a\tbc\td"
    let bytes = Array(text.utf8)
    let line = Int(Int32.max) + 5
    var builder = DocumentBuilder(source: SourceText(text))
    bytes.withUnsafeBufferPointer { bytes in
      builder.addCells(0..<bytes.count, separatedBy: 0x09, in: bytes, line: line)
    }
    builder.endRow()
    // One cell a line: the second range does not fit, so it and the third are
    // added whole, after the first was written in place.
    builder.addCells(onLines: 7..<10) { index in
      index == 1 ? 0..<(Int(UInt32.max) + 2) : index..<(index + 1)
    }
    builder.endRow()
    let document = builder.finish()
    let cells = document.tables.first.map { $0.rows.map { Array($0.cells) } }
    #expect(
      cells == [
        [
          Cell(span: TextSpan(0..<1), line: line), Cell(span: TextSpan(2..<4), line: line),
          Cell(span: TextSpan(5..<6), line: line),
        ],
        [
          Cell(span: TextSpan(0..<1), line: 7), Cell(span: TextSpan(0..<(Int(UInt32.max) + 2)), line: 8),
          Cell(span: TextSpan(2..<3), line: 9),
        ],
      ])
  }

  @Test("A builder's row reads as the cells it stores, by subscript, buffer and change")
  func rowCellsForms() {
    let document = TableRowsTests.document()
    guard let row = document.tables.first?.rows[1] else {
      Issue.record("no row")
      return
    }
    let expected = [
      Cell(span: TextSpan(4..<5), line: 2), Cell(span: TextSpan(6..<7), line: 2), Cell(span: TextSpan(8..<9), line: 2),
    ]
    #expect(Array(row.cells) == expected)
    #expect(row.cells[2] == expected[2])
    #expect(row.cells.withUnsafeBufferPointer { Array($0) } == expected)
    // Stored cells are not `Cell`s in memory: no contiguous storage is offered.
    #expect(row.cells.withContiguousStorageIfAvailable { Array($0) } == nil)
    var changed = row
    changed.cells[0] = Cell(span: TextSpan(0..<1), line: 9)
    #expect(Array(changed.cells) == [Cell(span: TextSpan(0..<1), line: 9)] + expected.dropFirst())
    // A changed row holds its own `Cell`s, contiguous.
    #expect(
      changed.cells.withContiguousStorageIfAvailable { Array($0) }
        == [Cell(span: TextSpan(0..<1), line: 9)] + expected.dropFirst())
    // The other rows, and the row itself, are unchanged.
    #expect(Array(row.cells) == expected)
    #expect(document.tables.first.map { Array($0.rows[1].cells) } == expected)
    changed.cells.append(Cell(span: TextSpan(2..<3), line: 9))
    #expect(changed.cells.count == 4)
  }

  @Test("A document with a whole cell reads to the same report as its stored twin")
  func interpreterAgrees() {
    var generator = ReportGenerator(seed: 17)
    for index in 0..<4 {
      let rendered = generator.next().render(
        .tsv, damage: index % 2 == 0 ? [] : [.missingCell, .placeholders], seed: UInt64(index))
      let built = TableRowsTests.tabSeparated(rendered.bytes)
      // The same cells added one at a time, the last table's last cell given a column
      // span past the stored form (which the interpreter does not read): every
      // table then has rows of its own.
      var builder = DocumentBuilder(source: SourceText(String(decoding: rendered.bytes, as: UTF8.self)))
      let lastTable = built.blocks.lastIndex { if case .table = $0 { true } else { false } }
      for (position, block) in built.blocks.enumerated() {
        switch block {
        case .paragraph(let paragraph):
          builder.addParagraph(paragraph.span, line: paragraph.line)
        case .table(let table):
          for (rowIndex, row) in table.rows.enumerated() {
            for (cellIndex, cell) in row.cells.enumerated() {
              var cell = cell
              if position == lastTable, rowIndex == table.rows.count - 1, cellIndex == row.cells.count - 1 {
                cell.columnSpan = 40_000
              }
              builder.addCell(cell)
            }
            builder.endRow()
          }
          builder.endTable()
        }
      }
      let wide = builder.finish()
      #expect(wide.tables.count == built.tables.count)
      #expect(wide.tables.allSatisfy { if case .plain = $0.rows.form { true } else { false } })
      for blankAsZero in [false, true] {
        let interpreter = Interpreter(blankAsZero: blankAsZero)
        #expect(interpreter.interpret(wide, layout: "tsv") == interpreter.interpret(built, layout: "tsv"))
      }
    }
  }
}
