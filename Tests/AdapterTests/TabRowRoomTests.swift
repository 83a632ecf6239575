import DisclosureModel
import TabSeparatedLayout
import Testing

/// A tab-separated run's rows written into the spare room of the buffer of cells:
/// a row is taken only when the room left holds one cell more than its bytes and
/// that is within the cap on cells; a row it cannot take is added the general way
/// (which grows the buffer), and the run goes on after it. Each way must add what
/// the rows added a line at a time add.
@Suite("Tab row room")
struct TabRowRoomTests {
  /// `text` read by `TabSeparatedLayout`, in runs of the census's kept shapes.
  static func inRuns(_ text: String) -> Document {
    TabSeparatedLayout().makeDocument(from: SourceText.forTests(text, keepingShapes: true))
  }

  /// `text` read a line at a time as `TabSeparatedLayout` defines it:
  /// `addCells(_:separatedBy:in:line:)` and `endRow()` for a line with a tab,
  /// `endTable()` for a blank line, `addParagraph(_:line:)` for any other.
  static func lineByLine(_ text: String) -> Document {
    let source = SourceText.forTests(text, keepingShapes: false)
    var builder = DocumentBuilder(source: source)
    source.forEachLineShape { line, range, shape, bytes in
      if shape.containsTab {
        builder.addCells(range, separatedBy: 0x09, in: bytes, line: line)
        builder.endRow()
      } else if shape.isBlank {
        builder.endTable()
      } else {
        builder.addParagraph(range, line: line)
      }
    }
    return builder.finish()
  }

  /// Every row's cells as text, per table.
  static func cellTexts(_ document: Document) -> [[[String]]] {
    document.tables.map { $0.rows.map { $0.cells.map { document.text($0) } } }
  }

  /// A row of `bytes` bytes: `0\t` repeated, and a last `0` when `bytes` is odd.
  static func row(bytes: Int) -> String {
    String(repeating: "0\t", count: bytes / 2) + (bytes % 2 == 1 ? "0" : "")
  }

  /// Runs that outgrow the room (many short rows, whose cells outnumber a quarter of
  /// the text's bytes), rows of 255 and 256 bytes (the last a row the room path
  /// leaves), rows over the cap on cells, leading spaces, empty first and last cells,
  /// CR LF and CR ends.
  static let texts: [String] = [
    String(repeating: "0\t0\t0\t0\n", count: 200),
    String(repeating: "\t\t\t\n", count: 3_000),
    row(bytes: 255) + "\n" + row(bytes: 256) + "\n" + row(bytes: 257) + "\na\tb\n",
    row(bytes: 600) + "\n" + row(bytes: 9) + "\n",
    "  a\tb \r\n\tc\t\r\nd\te\rf\t\n\n段落\n规章\t0\n",
  ]

  @Test("Rows written into the room are the rows added a line at a time", arguments: texts)
  func roomMatchesLines(text: String) {
    #expect(Self.inRuns(text) == Self.lineByLine(text))
  }

  @Test("A row of 255 bytes is one of 128 cells, one of 600 bytes keeps 256 cells with a note")
  func longRows() {
    let document = Self.inRuns(Self.row(bytes: 255) + "\n" + Self.row(bytes: 600) + "\n")
    let rows = document.tables.first.map { Array($0.rows) } ?? []
    // 255 bytes: 127 `0\t` and a last `0`, 128 cells; 600 bytes: 300 `0\t`, 301 cells.
    #expect(rows.map(\.cells.count) == [128, 256])
    #expect(rows.map(\.line) == [1, 2])
    #expect(document.notes.map(\.line) == [2])
  }

  @Test("Cells past the buffer's room: every row kept, in order, with its own cells")
  func pastTheRoom() {
    // 200 rows of 8 bytes and 4 cells: 1,600 bytes give room for 400 cells, the
    // rows hold 800.
    let text = String(repeating: "1\t2\t3\t4\n", count: 200)
    let document = Self.inRuns(text)
    let rows = document.tables.first.map { Array($0.rows) } ?? []
    #expect(rows.count == 200)
    #expect(rows.map(\.line) == Array(1...200))
    #expect(rows.allSatisfy { row in row.cells.map { document.text($0) } == ["1", "2", "3", "4"] })
    // Row 200 starts at byte 199 * 8.
    #expect(rows.last?.cells.map(\.span.start) == [1_592, 1_594, 1_596, 1_598])
  }

  @Test("Leading spaces, empty cells and line ends read as written")
  func edges() {
    let document = Self.inRuns("  a\tb \r\n\tc\t\r\nd\te\rf\t")
    #expect(Self.cellTexts(document) == [[["  a", "b "], ["", "c", ""], ["d", "e"], ["f", ""]]])
    #expect(document.tables.first.map { $0.rows.map(\.line) } == [1, 2, 3, 4])
  }
}
