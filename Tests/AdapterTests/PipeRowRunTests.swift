import DisclosureModel
import MarkdownLayout
import Testing

/// The runs of pipe rows a Markdown table is read in: the rows
/// `DocumentBuilder.addRows(_:firstLine:separatedBy:upToEscape:in:)` adds in one step,
/// and the documents `MarkdownLayout` builds with them, against the row-by-row way
/// (the same text without the census's kept shapes, whose lines each come alone).
@Suite("Pipe row runs")
struct PipeRowRunTests {
  /// The document `MarkdownLayout` builds from `text`: in runs of the kept shapes
  /// (`kept`), or a row at a time.
  static func document(_ text: String, kept: Bool) -> Document {
    MarkdownLayout().makeDocument(from: SourceText.forTests(text, keepingShapes: kept))
  }

  /// Every row's cells as text, per table.
  static func cellTexts(_ document: Document) -> [[[String]]] {
    document.tables.map { $0.rows.map { $0.cells.map { document.text($0) } } }
  }

  /// Pieces of Markdown lines: rows with and without their trailing pipe, escaped
  /// pipes and backslashes, rows of only blanks, rows longer than a 32-byte step,
  /// delimiter lines, blank lines, prose, and each of the three line ends.
  static let lines: [String] = [
    "| 规章 | 0 | 0 |", "|a|b", "|c\\|d|e|", "|\\\\|x|", "| |", "|", "  | 行政规范性文件 | 12 | 3 |",
    "|---|---|", "| :-: | --- |", "", "段落", "- 1.推动", "|" + String(repeating: "信息|", count: 12),
    "|" + String(repeating: "0|", count: 40) + " 尾 ", "|\t|\t",
  ]

  /// Texts made of `lines`, chosen by a fixed linear congruential sequence, so every
  /// run holds a mix of rows the builder adds in one step and rows it leaves.
  static let generated = GeneratedLineTexts.make(from: lines, maxLines: 40)

  @Test("Rows added in runs are the rows added one at a time", arguments: generated)
  func runsMatchRows(text: String) {
    #expect(Self.document(text, kept: true) == Self.document(text, kept: false))
  }

  /// Texts at the builder's limits: a run with more cells than the buffer's room,
  /// rows over the cap on cells, a table over the cap on rows.
  static let atLimits: [String] = [
    String(repeating: "|" + String(repeating: "1|", count: 30) + "\n", count: 40),
    "| a |\n|" + String(repeating: "x|", count: 300) + "\n| b |\n| c |\n",
    "|h|\n|---|\n" + String(repeating: "|r|\n", count: 5_003) + "|---|\n|s|\n",
  ]

  @Test("At the caps and past the buffer's room, runs add what rows one at a time add", arguments: atLimits)
  func runsMatchRowsAtLimits(text: String) {
    let inRuns = Self.document(text, kept: true)
    #expect(inRuns == Self.document(text, kept: false))
  }

  @Test("A run stops at a row with an escaped pipe, which the adapter then reads itself")
  func runStopsAtAnEscape() throws {
    let text = "| 规章 | 0 |\n|a|b\n|c\\|d|e|\n|f|\n"
    let added = PipeRowLengthTests.addRows(text)
    var builder = added.builder
    // Rows 1 and 2 are added; row 3 holds `\|`.
    #expect(added.added == 2)
    #expect(!builder.hasOpenRow)
    builder.endTable()
    let document = builder.finish()
    #expect(Self.cellTexts(document) == [[[" 规章 ", " 0 "], ["a", "b"]]])
    #expect(document.tables[0].rows.map(\.line) == [1, 2])
    // "| 规章 | 0 |\n" is 15 bytes (规章 takes 6), so "|a|b" starts at 15.
    #expect(document.tables[0].rows[1].cells.map(\.span.start) == [16, 18])

    let whole = Self.document(text, kept: true)
    #expect(Self.cellTexts(whole) == [[[" 规章 ", " 0 "], ["a", "b"], ["c|d", "e"], ["f"]]])
    #expect(whole.tables[0].rows.map(\.line) == [1, 2, 3, 4])
  }

  @Test("A row of only blanks after its pipe adds no row, in a run too; blanks between pipes are a cell")
  func blankRowInARun() throws {
    let document = Self.document("|a|\n|  \t\n|b|\n", kept: true)
    #expect(Self.cellTexts(document) == [[["a"], ["b"]]])
    #expect(document.tables[0].rows.map(\.line) == [1, 3])
    let betweenPipes = Self.document("|a|\n|  \t|\n|b|\n", kept: true)
    #expect(Self.cellTexts(betweenPipes) == [[["a"], ["  \t"], ["b"]]])
  }

  @Test("A run adds nothing while a row is open")
  func noRunAfterAnOpenRow() {
    let source = SourceText.forTests("|a|b|\n|c|\n", keepingShapes: true)
    var builder = DocumentBuilder(source: source)
    builder.addCell(0..<0, line: 1)
    var added = -1
    source.bytes.withUnsafeBufferPointer { bytes in
      source.lineShapes.shapes.withUnsafeBufferPointer { shapes in
        added = builder.addRows(shapes, firstLine: 1, separatedBy: 0x7C, upToEscape: 0x5C, in: bytes)
      }
    }
    #expect(added == 0)
  }
}
