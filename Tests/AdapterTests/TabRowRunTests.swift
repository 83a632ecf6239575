import DisclosureModel
import TabSeparatedLayout
import Testing

/// The runs of rows a tab-separated table is read in: the rows
/// `DocumentBuilder.addRows(_:from:firstLine:separatedBy:in:)` adds for a run of
/// lines, and the documents `TabSeparatedLayout` builds from them, each against the
/// line-by-line way (`addCells(_:separatedBy:in:line:)` and `endRow()` a line).
@Suite("Tab row runs")
struct TabRowRunTests {
  /// `text` with the line shapes a census keeps, or without (every line scanned).
  static func source(_ text: String, kept: Bool) -> SourceText {
    SourceText.forTests(text, keepingShapes: kept)
  }

  /// The document of `text`'s lines that hold a tab, each a row, with the other
  /// lines ending the table: added in runs (of the shapes a census kept, when `kept`,
  /// otherwise of one line each), or a line at a time. `cellsBefore` cells are added
  /// to an open row first (which a run must leave to the line-by-line way).
  static func document(_ text: String, inRuns: Bool, kept: Bool = true, cellsBefore: Int = 0) -> Document {
    let source = Self.source(text, kept: kept)
    var builder = DocumentBuilder(source: source)
    for _ in 0..<cellsBefore { builder.addCell(0..<0, line: 1) }
    if inRuns {
      source.forEachLineShape(
        runsOf: { $0.containsTab },
        run: { firstLine, start, shapes, _, bytes in
          builder.addRows(shapes, from: start, firstLine: firstLine, separatedBy: 0x09, in: bytes)
        },
        otherwise: { _, _, _, _ in builder.endTable() })
    } else {
      source.forEachLineShape { line, range, shape, bytes in
        guard shape.containsTab else { return builder.endTable() }
        builder.addCells(range, separatedBy: 0x09, in: bytes, line: line)
        builder.endRow()
      }
    }
    return builder.finish()
  }

  /// Tab-separated texts: rows of every width, empty cells first and last, CR LF
  /// and CR ends, blank and prose lines between runs, rows longer than sixteen bytes
  /// and at the end of the bytes, and rows past every cap (more than 256 cells, more
  /// than 5,000 rows in a table).
  static let texts: [String] = [
    "", "\t", "a\tb", "a\tb\n", "\t\t\n", "规章\t0\t0\t0\n行政规范性文件\t1\t22\t333\n\n段落\n\t1\n",
    "a\tb\r\nc\td\re\tf\r\n", String(repeating: "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n", count: 40),
    "x\n" + String(repeating: "0\t", count: 300) + "\n1\t2\n", String(repeating: "a\tb\n", count: 5_002),
    String(repeating: "一\t二\n\n", count: 1_500) + "三\t四",
  ]

  @Test("Rows added in runs are the rows added a line at a time, caps and notes included", arguments: texts)
  func runsMatchLines(text: String) {
    let lineByLine = Self.document(text, inRuns: false)
    #expect(Self.document(text, inRuns: true) == lineByLine)
    #expect(Self.document(text, inRuns: true, kept: false) == lineByLine)
  }

  @Test("A run after an open row adds its rows as lines would, the first row joining the open one")
  func runAfterAnOpenRow() throws {
    let text = "a\tb\nc\td\n"
    let document = Self.document(text, inRuns: true, cellsBefore: 2)
    #expect(document == Self.document(text, inRuns: false, cellsBefore: 2))
    let table = try #require(document.tables.first)
    #expect(table.rows.map(\.cells.count) == [4, 2])
    #expect(table.rows.map { $0.cells.map { document.text($0) } } == [["", "", "a", "b"], ["c", "d"]])
  }

  @Test("A run of rows splits each line at every tab, on its own line")
  func runOfRows() throws {
    let document = Self.document("规章\t0\t\r\n\t1\n", inRuns: true)
    let table = try #require(document.tables.first)
    #expect(table.rows.map { $0.cells.map { document.text($0) } } == [["规章", "0", ""], ["", "1"]])
    #expect(table.rows.map(\.line) == [1, 2])
    #expect(table.rows[0].cells.map(\.span.start) == [0, 7, 9])
    #expect(table.rows[1].cells.map(\.span.start) == [11, 12])
  }

  @Test("Rows of two runs end where their cells end, the second run's after the first's")
  func rowEndsOfTwoRuns() throws {
    // Run 1: "a\tb\tc" (3 cells) and "d" with a tab after it (2 cells); a blank line
    // ends the table; run 2: "e\tf\tg\th" (4 cells). The second run's cells follow
    // the first's 5 in the buffer, so its row ends at cell 9.
    let document = Self.document("a\tb\tc\nd\t\n\ne\tf\tg\th\n", inRuns: true)
    #expect(document.tables.count == 2)
    let first = try #require(document.tables.first)
    let second = try #require(document.tables.last)
    #expect(first.rows.map(\.cells.count) == [3, 2])
    #expect(second.rows.map(\.cells.count) == [4])
    #expect(first.rows.map { $0.cells.map { document.text($0) } } == [["a", "b", "c"], ["d", ""]])
    #expect(second.rows.map { $0.cells.map { document.text($0) } } == [["e", "f", "g", "h"]])
    // Offsets: "a\tb\tc\n" is 0 ..< 6, "d\t\n" 6 ..< 9, the blank line 9, "e\tf\tg\th" 10 ..< 17.
    #expect(first.rows[1].cells.map(\.span.start) == [6, 8])
    #expect(second.rows[0].cells.map(\.span.end) == [11, 13, 15, 17])
    #expect(second.rows[0].line == 4)
  }

  @Test("A row over the cap on cells keeps its first 256 cells, with a note, in a run too")
  func runWithAWideRow() throws {
    let text = "1\t2\n" + String(repeating: "0\t", count: 300) + "\n"
    let document = Self.document(text, inRuns: true)
    #expect(document.tables.first?.rows.map(\.cells.count) == [2, InputLimits.cellsPerRow])
    #expect(document.notes.map(\.line) == [2])
  }

  @Test("TabSeparatedLayout builds the same document from kept shapes as from scanned lines", arguments: texts)
  func documentFromKeptShapes(text: String) {
    let layout = TabSeparatedLayout()
    #expect(
      layout.makeDocument(from: Self.source(text, kept: true))
        == layout.makeDocument(from: Self.source(text, kept: false)))
  }
}
