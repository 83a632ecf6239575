import CellPerLineLayout
import DisclosureModel
import Testing

/// The stretches of cell lines and blank lines a cell-per-line text is read in
/// (`DocumentBuilder.addCellLines(_:firstLine:blankLines:)`), against the
/// line-by-line way: the same text without the census's kept shapes, whose lines each
/// come alone and are read one at a time.
@Suite("Cell line stretches")
struct CellLineStretchTests {
  /// The document `CellPerLineLayout` builds from `text`, from kept shapes or not.
  static func document(_ text: String, kept: Bool) -> Document {
    CellPerLineLayout().makeDocument(from: SourceText.forTests(text, keepingShapes: kept))
  }

  /// Lines of cell-per-line text: cells (empty ones too, and after spaces), blank
  /// lines, wrapped cells' continuation lines, section headings and prose.
  static let lines: [String] = [
    "\t规章", "\t0", "\t", " \t12", "\t\t", "", "", "", "  ", "公益", "一、总体情况", "三、收到", "段落文字",
  ]

  /// Texts made of `lines`, chosen by a fixed linear congruential sequence.
  static let generated = GeneratedLineTexts.make(from: lines, maxLines: 60)

  @Test("Stretches read in one step build the document read line by line", arguments: generated)
  func stretchesMatchLines(text: String) {
    #expect(Self.document(text, kept: true) == Self.document(text, kept: false))
  }

  /// Texts at the caps: a row of more than 256 cells, before and after other rows,
  /// and a table of more than 5,000 rows.
  static let atLimits: [String] = [
    String(repeating: "\t1\n", count: 300) + "\n\t2\n",
    "\t0\n\n" + String(repeating: "\tx\n", count: 255) + "公益\n" + String(repeating: "\ty\n", count: 3) + "\n\n\t3",
    String(repeating: "\t1\n\t2\n\n", count: 5_003) + "\n\n\t9\n",
  ]

  @Test("At the caps, stretches build the document read line by line", arguments: atLimits)
  func stretchesMatchLinesAtLimits(text: String) {
    #expect(Self.document(text, kept: true) == Self.document(text, kept: false))
  }

  /// Reads all of `text`'s kept shapes with one `addCellLines` (they must all be cell
  /// or blank lines), and returns how many it read, the blank lines left in a row, and
  /// the builder.
  static func stretch(_ text: String, blankLines: Int = 0) -> (read: Int, blankLines: Int, builder: DocumentBuilder) {
    let source = SourceText.forTests(text, keepingShapes: true)
    var builder = DocumentBuilder(source: source)
    var blanks = blankLines
    let read = source.lineShapes.shapes.withUnsafeBufferPointer {
      builder.addCellLines($0, firstLine: 1, blankLines: &blanks)
    }
    return (read, blanks, builder)
  }

  @Test("A stretch adds its cells, ends rows at blank lines and tables at the second blank line")
  func stretchOfCellsAndBlanks() throws {
    // Lines: 1 cell, 2 cell, 3 blank, 4 cell, 5 blank, 6 blank, 7 cell.
    let stretch = Self.stretch("\t a\n\tb\n\n\tc\n\n\n\td")
    var builder = stretch.builder
    #expect(stretch.read == 7)
    #expect(stretch.blankLines == 0)
    #expect(builder.hasOpenRow)
    #expect(!builder.hasOpenTable)
    let document = builder.finish()
    #expect(document.tables.count == 2)
    #expect(
      document.tables.map { $0.rows.map { $0.cells.map { document.text($0) } } } == [[[" a", "b"], ["c"]], [["d"]]])
    #expect(document.tables.map { $0.rows.map(\.line) } == [[1, 4], [7]])
    // "\t a\n" is 4 bytes, "\tb\n" 3, "\n" 1: line 4's cell starts at 9.
    #expect(document.tables[0].rows[1].cells.map(\.span) == [TextSpan(9..<10)])
  }

  @Test("A cell line sets the count of blank lines in a row to 0, and each blank line adds 1")
  func blankLinesCount() throws {
    // Lines: 1 cell, 2 blank (ends the row), 3 blank (ends the table).
    let stretch = Self.stretch("\t1\n\n\n", blankLines: 5)
    var builder = stretch.builder
    #expect(stretch.read == 3)
    #expect(stretch.blankLines == 2)
    #expect(!builder.hasOpenTable)
    #expect(builder.finish().tables.map(\.rows.count) == [1])
  }

  @Test("A stretch stops where a row would pass the cap on cells, leaving the rest to the caller")
  func stretchStopsAtTheCap() {
    // Nine bytes a line, so that the census keeps all 100 shapes (it has room for a shape per eight bytes).
    let source = SourceText.forTests(String(repeating: "\t1234567\n", count: 100), keepingShapes: true)
    var builder = DocumentBuilder(source: source)
    // An open row of 200 cells has room for 56 more under the cap of 256.
    for _ in 0..<200 { builder.addCell(0..<0, line: 1) }
    var blankLines = 0
    let read = source.lineShapes.shapes.withUnsafeBufferPointer {
      builder.addCellLines($0, firstLine: 1, blankLines: &blankLines)
    }
    #expect(read == 56)
    builder.endRow()
    #expect(builder.finish().tables.first?.rows.first?.cells.count == 256)
  }

  @Test("A stretch stops where the table would pass the cap on rows, leaving the rest to the caller")
  func stretchStopsAtTheTableCap() {
    let source = SourceText.forTests("\t1\n\n\t2\n\n\t3\n\n", keepingShapes: true)
    var builder = DocumentBuilder(source: source)
    // A table two rows short of the cap of 5,000.
    for _ in 0..<(InputLimits.rowsPerTable - 2) {
      builder.addCell(0..<0, line: 1)
      builder.endRow()
    }
    var blankLines = 0
    let read = source.lineShapes.shapes.withUnsafeBufferPointer {
      builder.addCellLines($0, firstLine: 1, blankLines: &blankLines)
    }
    // Lines 1 to 4 make the table's last two rows; line 5 would start a row past the cap.
    #expect(read == 4)
    #expect(blankLines == 1)
    #expect(!builder.hasOpenRow)
    #expect(builder.finish().tables.first?.rows.count == InputLimits.rowsPerTable)
  }

  /// The cells of each table of a builder that added one empty cell (line 1) as a row
  /// before reading all of `text`'s kept shapes (from line 2) in one stretch, and
  /// the lines of each table's rows.
  static func tablesAfterARow(_ text: String) -> (cells: [[[String]]], lines: [[Int]]) {
    let source = SourceText.forTests(text, keepingShapes: true)
    var builder = DocumentBuilder(source: source)
    builder.addCell(0..<0, line: 1)
    builder.endRow()
    var blankLines = 0
    _ = source.lineShapes.shapes.withUnsafeBufferPointer {
      builder.addCellLines($0, firstLine: 2, blankLines: &blankLines)
    }
    let document = builder.finish()
    return (
      document.tables.map { $0.rows.map { $0.cells.map { document.text($0) } } },
      document.tables.map { $0.rows.map(\.line) }
    )
  }

  @Test("A stretch that ends a table begun before it gives that table its rows from before")
  func stretchEndsAnEarlierTable() {
    // The row before, then "\t2" (line 2) as the table's second row; two blank lines
    // end the table, and "\t3" (line 5) starts the next.
    let twoRows = Self.tablesAfterARow("\t2\n\n\n\t3")
    #expect(twoRows.cells == [[[""], ["2"]], [["3"]]])
    #expect(twoRows.lines == [[1, 2], [5]])
    // Two blank lines first end the table of the row before the stretch alone.
    let oneRow = Self.tablesAfterARow("\n\n\t3")
    #expect(oneRow.cells == [[[""]], [["3"]]])
    #expect(oneRow.lines == [[1], [4]])
  }
}
