import DisclosureModel
import MarkdownLayout
import Testing

/// `DocumentBuilder.addRows(_:firstLine:separatedBy:upToEscape:in:)` writes a pipe
/// row's cells with no test against the cap on cells when the row cannot reach it:
/// fewer than ``InputLimits/cellsPerRow`` bytes after its leading pipe (a row has at
/// most one cell more than its bytes). A longer row is left to the caller, who reads
/// it the general way.
@Suite("Pipe row length")
struct PipeRowLengthTests {
  /// A pipe row of `bytes` bytes after its leading pipe: cells `x` between pipes
  /// (`x|` repeated), and one more `x` when `bytes` is odd.
  static func row(bytes: Int) -> String {
    "|" + String(repeating: "x|", count: bytes / 2) + (bytes % 2 == 1 ? "x" : "")
  }

  /// The rows `addRows` adds in one call over all of `text`'s kept shapes, and the
  /// builder.
  static func addRows(_ text: String) -> (added: Int, builder: DocumentBuilder) {
    let source = SourceText.forTests(text, keepingShapes: true)
    var builder = DocumentBuilder(source: source)
    var added = 0
    source.bytes.withUnsafeBufferPointer { bytes in
      source.lineShapes.shapes.withUnsafeBufferPointer { shapes in
        added = builder.addRows(shapes, firstLine: 1, separatedBy: 0x7C, upToEscape: 0x5C, in: bytes)
      }
    }
    return (added, builder)
  }

  @Test("A row of 255 bytes after its pipe is added in the run, one of 256 is left")
  func stopsAtTheLongRow() {
    let text = Self.row(bytes: 255) + "\n" + Self.row(bytes: 256) + "\n|a|\n"
    var (added, builder) = Self.addRows(text)
    #expect(added == 1)
    let document = builder.finish()
    // 255 bytes: 127 `x|` and a last `x`, 128 cells.
    #expect(document.tables.first?.rows.first?.cells.count == 128)
  }

  @Test("A row of 511 bytes after its pipe keeps the cap's 256 cells, in a document too")
  func longRowKeepsTheCap() {
    // 255 `x|` and a last `x`: 256 cells, all kept; 256 `x|` and an `x`: 257, one dropped.
    let fits = MarkdownLayout().makeDocument(
      from: SourceText.forTests(Self.row(bytes: 511) + "\n", keepingShapes: true))
    #expect(fits.tables.first?.rows.first?.cells.count == 256)
    #expect(fits.notes.isEmpty)
    let over = MarkdownLayout().makeDocument(
      from: SourceText.forTests(Self.row(bytes: 513) + "\n", keepingShapes: true))
    #expect(over.tables.first?.rows.first?.cells.count == 256)
    #expect(over.notes.count == 1)
  }

  /// Texts of rows of 250 to 262 bytes after their pipe, with short rows and a
  /// delimiter line between them.
  static let nearTheCap: [String] = (250..<263).map { bytes in
    "|h|\n|---|\n" + row(bytes: bytes) + "\n|a|b|\n" + row(bytes: bytes + 1) + "\n" + row(bytes: 2 * bytes + 1)
      + "\n|c|\n"
  }

  @Test("Rows near the cap read in runs build the document read line by line", arguments: nearTheCap)
  func nearTheCapMatchesLines(text: String) {
    let inRuns = MarkdownLayout().makeDocument(from: SourceText.forTests(text, keepingShapes: true))
    let byLine = MarkdownLayout().makeDocument(from: SourceText.forTests(text, keepingShapes: false))
    #expect(inRuns == byLine)
  }
}
