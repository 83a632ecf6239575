import Testing

@testable import DisclosureModel

@Suite("Row cells")
struct RowCellsTests {
  /// Four cells on two lines, as a table's shared buffer.
  static let shared = [
    Cell(span: TextSpan(0..<1), line: 1), Cell(span: TextSpan(2..<3), line: 1),
    Cell(span: TextSpan(4..<5), line: 2), Cell(span: TextSpan(6..<7), line: 2, columnSpan: 3),
  ]

  @Test("A row's cells are its range of the shared buffer, indexed from 0")
  func sharedRange() {
    let cells = Row.Cells(sharing: Self.shared, bounds: 2..<4)
    #expect(cells.count == 2)
    #expect(cells.startIndex == 0)
    #expect(cells.endIndex == 2)
    #expect(cells[0].span == TextSpan(4..<5))
    #expect(cells[1].columnSpan == 3)
    #expect(cells.map(\.line) == [2, 2])
    #expect(Array(cells) == Array(Self.shared[2..<4]))
    #expect(cells.withUnsafeBufferPointer { $0.map(\.span.start) } == [4, 6])
    // Bounds beyond the buffer are clamped, never read out of it.
    #expect(Row.Cells(sharing: Self.shared, bounds: 3..<9).map(\.span.start) == [6])
    #expect(Row.Cells(sharing: Self.shared, bounds: 7..<9).isEmpty)
  }

  @Test("Changing one row's cells leaves the other rows of the buffer as they were")
  func changesStayInTheirRow() {
    var first = Row(cells: Row.Cells(sharing: Self.shared, bounds: 0..<2), line: 1)
    let second = Row(cells: Row.Cells(sharing: Self.shared, bounds: 2..<4), line: 2)
    first.cells[1].span = TextSpan(9..<10)
    first.cells.append(Cell(span: TextSpan(11..<12), line: 1))
    #expect(first.cells.map(\.span.start) == [0, 9, 11])
    #expect(second.cells.map(\.span.start) == [4, 6])
    #expect(Self.shared.map(\.span.start) == [0, 2, 4, 6])
    var removed = second
    removed.cells.removeFirst()
    #expect(removed.cells.map(\.span.start) == [6])
    #expect(second.cells.count == 2)
  }

  @Test("Cells are equal, and hash alike, by their cells, whichever buffer holds them")
  func equality() {
    let shared = Row.Cells(sharing: Self.shared, bounds: 2..<4)
    let own = Row.Cells(Array(Self.shared[2..<4]))
    let literal: Row.Cells = [Self.shared[2], Self.shared[3]]
    #expect(shared == own)
    #expect(shared == literal)
    #expect(shared.hashValue == own.hashValue)
    #expect(Row(cells: shared, line: 2) == Row(cells: Array(Self.shared[2..<4]), line: 2))
    #expect(shared != Row.Cells(sharing: Self.shared, bounds: 1..<3))
    #expect(Row.Cells() == [])
  }

  @Test("The builder's rows share one buffer per document yet read as separate rows, table by table")
  func builderRows() {
    var builder = DocumentBuilder(source: SourceText("a\tb\nc\td\n\ne\nf"))
    builder.addCell(0..<1, line: 1)
    builder.addCell(2..<3, line: 1)
    builder.endRow()
    builder.addCell(4..<5, line: 2)
    builder.extendLastCell(to: 7, line: 2)
    builder.endRow()
    builder.endTable()
    builder.addCell(9..<10, line: 4)
    builder.endRow()
    builder.addParagraph(11..<12, line: 5)
    builder.addCell(0..<1, line: 6)
    let document = builder.finish()
    #expect(document.tables.count == 3)
    #expect(document.blocks.map(\.line) == [1, 4, 5, 6])
    #expect(document.tables[0].rows.map(\.line) == [1, 2])
    #expect(document.tables[0].rows.map { $0.cells.map { document.text($0) } } == [["a", "b"], ["c\td"]])
    #expect(document.tables[0].rows[1].cells[0].endLine == 2)
    #expect(document.tables[1].rows.map { $0.cells.map { document.text($0) } } == [["e"]])
    #expect(document.paragraphs.map { document.text($0) } == ["f"])
    #expect(document.tables[2].rows.map { $0.cells.map { document.text($0) } } == [["a"]])
  }

  @Test("Each table may hold InputLimits.rowsPerTable rows, whatever the tables before it held")
  func rowLimitPerTable() {
    var builder = DocumentBuilder(source: SourceText("a\nb"))
    for line in 1...(InputLimits.rowsPerTable + 2) {
      builder.addCell(0..<1, line: line)
      builder.endRow()
    }
    builder.endTable()
    for line in 1...3 {
      builder.addCell(2..<3, line: 10_000 + line)
      builder.endRow()
    }
    let document = builder.finish()
    #expect(document.tables.map(\.rows.count) == [InputLimits.rowsPerTable, 3])
    #expect(document.tables[1].rows.map(\.line) == [10_001, 10_002, 10_003])
    #expect(document.tables[1].rows.map { document.text($0.cells[0]) } == ["b", "b", "b"])
    #expect(document.notes.count == 1)
    #expect(document.notes.first?.line == InputLimits.rowsPerTable + 1)
    #expect(
      document.notes.first?.message.contains("The table at line 1 has \(InputLimits.rowsPerTable + 2) rows") == true)
  }
}
