import Testing

@testable import DisclosureModel

/// ``DocumentBuilder`` keeps the paragraphs, and a placeholder for each table, in the
/// document's own list of blocks, and the rows apart; it fills each table with its rows
/// when the document is finished: the blocks must come out in reading order, each table
/// with exactly its own rows, whichever way a table was ended, and a builder may go on
/// after `finish()`.
@Suite("Document builder: block order")
struct DocumentBuilderBlockOrderTests {
  /// Source bytes whose offsets are easy to read: byte `i` is the letter `"a" + i`.
  static let source = SourceText("abcdefghijklmnopqrstuvwxyz")

  /// The document's blocks as short strings: `p:<text>@line` for a paragraph,
  /// `t[<row>|<row>]` for a table, each row `<line>:<cell>,<cell>`.
  static func outline(_ document: Document) -> [String] {
    document.blocks.map { block in
      switch block {
      case .paragraph(let paragraph):
        return "p:\(document.text(paragraph))@\(paragraph.line)"
      case .table(let table):
        let rows = table.rows.map { row in
          "\(row.line):" + row.cells.map { document.text($0) }.joined(separator: ",")
        }
        return "t[" + rows.joined(separator: "|") + "]"
      }
    }
  }

  @Test("Paragraphs and tables come out in reading order, tables ended every way")
  func readingOrder() {
    var builder = DocumentBuilder(source: Self.source)
    builder.addParagraph(0..<2, line: 1)  // "ab"
    builder.addCell(2..<3, line: 2)  // "c"
    builder.addCell(3..<4, line: 2)  // "d"
    builder.endRow()
    builder.addCell(4..<5, line: 3)  // "e", a row left open: the paragraph ends it
    builder.addParagraph(5..<6, line: 4)  // "f"
    builder.addCell(6..<7, line: 5)  // "g"
    builder.endRow()
    builder.endTable()  // a table ended with no paragraph after it
    builder.endTable()  // nothing open: nothing added
    builder.addCell(7..<8, line: 6)  // "h"
    builder.endRow()
    builder.endRow()  // no open row: nothing added
    builder.addCell(8..<10, line: 7)  // "ij", ended by finish
    let document = builder.finish()
    #expect(
      Self.outline(document) == [
        "p:ab@1", "t[2:c,d|3:e]", "p:f@4", "t[5:g]", "t[6:h|7:ij]",
      ])
    #expect(document.notes.isEmpty)
  }

  @Test("A builder goes on after finish: the first document keeps its blocks, the second has them all")
  func finishThenGoOn() {
    var builder = DocumentBuilder(source: Self.source)
    builder.addParagraph(0..<1, line: 1)  // "a"
    builder.addCell(1..<2, line: 2)  // "b", a row and table closed by finish
    let first = builder.finish()
    builder.addCell(2..<3, line: 3)  // "c"
    builder.endRow()
    builder.addParagraph(3..<4, line: 4)  // "d"
    builder.addCell(4..<5, line: 5)  // "e"
    builder.addCell(5..<6, line: 5)  // "f"
    let second = builder.finish()
    let third = builder.finish()
    #expect(Self.outline(first) == ["p:a@1", "t[2:b]"])
    #expect(Self.outline(second) == ["p:a@1", "t[2:b]", "t[3:c]", "p:d@4", "t[5:e,f]"])
    #expect(Self.outline(third) == Self.outline(second))
  }

  @Test("More blocks than the room first made for them (31): all kept, in order")
  func manyBlocks() {
    var builder = DocumentBuilder(source: Self.source)
    var expected: [String] = []
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    for index in 0..<40 {
      // Paragraph "x" on line 3i+1, then a table of two one-cell rows on lines 3i+2
      // and 3i+3 (the letters after it).
      let start = index % 24
      builder.addParagraph(start..<(start + 1), line: 3 * index + 1)
      builder.addCell((start + 1)..<(start + 2), line: 3 * index + 2)
      builder.endRow()
      builder.addCell((start + 2)..<(start + 3), line: 3 * index + 3)
      builder.endRow()
      expected.append("p:\(letters[start])@\(3 * index + 1)")
      expected.append("t[\(3 * index + 2):\(letters[start + 1])|\(3 * index + 3):\(letters[start + 2])]")
    }
    let document = builder.finish()
    #expect(document.blocks.count == 80)
    #expect(Self.outline(document) == expected)
    #expect(expected[0] == "p:a@1" && expected[1] == "t[2:b|3:c]" && expected[79] == "t[119:q|120:r]")
  }

  @Test("A row's line is its first cell's, and its cells those added since the row before ended, whatever was dropped")
  func rowLinesAndRangesAfterDrops() {
    var builder = DocumentBuilder(source: Self.source)
    // A row whose cells name two lines: the row's line is the first cell's.
    builder.addCell(0..<1, line: 7)  // "a"
    builder.addCell(Cell(span: TextSpan(1..<2), line: 9))  // "b"
    builder.endRow()
    // A row of more cells than a row may hold: its first 256 are kept.
    for _ in 0..<(InputLimits.cellsPerRow + 2) { builder.addCell(2..<3, line: 11) }  // "c"
    builder.endRow()
    // A Markdown row whose only piece is blank adds no cell; the row's line is then
    // the line of the cell that does open it.
    let bytes = builder.bytes
    bytes.withUnsafeBufferPointer { bytes in
      #expect(builder.addCells(26..<26, separatedBy: 0x7C, upToEscape: 0x5C, in: bytes, line: 12) == nil)
    }
    builder.addCell(3..<4, line: 13)  // "d"
    builder.endRow()
    let document = builder.finish()
    let capped = "11:" + Array(repeating: "c", count: InputLimits.cellsPerRow).joined(separator: ",")
    #expect(Self.outline(document) == ["t[7:a,b|" + capped + "|13:d]"])
    #expect(document.notes.map(\.line) == [11])
  }

  @Test("Nothing added: no blocks; only paragraphs: no tables")
  func emptyAndProse() {
    var empty = DocumentBuilder(source: Self.source)
    empty.endRow()
    empty.endTable()
    #expect(empty.finish().blocks.isEmpty)

    var prose = DocumentBuilder(source: Self.source)
    prose.addParagraph(0..<1, line: 1)
    prose.addParagraph(1..<3, line: 2)
    #expect(Self.outline(prose.finish()) == ["p:a@1", "p:bc@2"])
  }

  @Test("All rows of all tables share one buffer of cells, each row its own range of it")
  func rowsShareOneBuffer() throws {
    var builder = DocumentBuilder(source: Self.source)
    builder.addCell(0..<1, line: 1)
    builder.addCell(1..<2, line: 1)
    builder.endRow()
    builder.addParagraph(2..<3, line: 2)
    builder.addCell(3..<4, line: 3)
    builder.endRow()
    let document = builder.finish()
    let tables = document.tables
    try #require(tables.count == 2)
    guard case .shared(let first) = tables[0].rows.form, case .shared(let second) = tables[1].rows.form else {
      Issue.record("the builder's tables share its buffer")
      return
    }
    // The second table's row starts two cells after the first's, in the same buffer.
    #expect(
      first.cells.withUnsafeBufferPointer { $0.baseAddress } == second.cells.withUnsafeBufferPointer { $0.baseAddress })
    #expect(first.start == 0 && second.start == 2)
    #expect(tables[1].rows[0].cells.map(\.span.start) == [3])
  }

  @Test("A capped table's note names its first row's line, after earlier blocks")
  func cappedTableNoteLine() {
    var builder = DocumentBuilder(source: Self.source)
    builder.addParagraph(0..<1, line: 1)
    builder.addCell(1..<2, line: 2)
    builder.endRow()
    builder.addParagraph(2..<3, line: 3)
    for line in 50..<(50 + InputLimits.rowsPerTable + 3) {
      builder.addCell(3..<4, line: line)
      builder.endRow()
    }
    let document = builder.finish()
    #expect(document.tables.map(\.rows.count) == [1, InputLimits.rowsPerTable])
    #expect(document.tables[1].rows.first?.line == 50)
    #expect(document.notes.count == 1)
    #expect(
      document.notes.first?.message.contains("The table at line 50 has \(InputLimits.rowsPerTable + 3) rows") == true)
    #expect(document.notes.first?.line == 50 + InputLimits.rowsPerTable)
  }

  @Test("Row.Cells(uncheckedSharing:) reads the same cells as the clamping init for ranges in bounds")
  func uncheckedSharingMatchesChecked() {
    let base = (0..<6).map { Cell(span: TextSpan($0..<($0 + 1)), line: $0 + 1) }
    for lower in 0...6 {
      for upper in lower...6 {
        let checked = Row.Cells(sharing: base, bounds: lower..<upper)
        let unchecked = Row.Cells(uncheckedSharing: base, bounds: lower..<upper)
        #expect(Array(unchecked) == Array(checked))
        #expect(unchecked.map(\.line) == Array((lower + 1)..<(upper + 1)))
      }
    }
  }
}
