import CellPerLineLayout
import DisclosureModel
import Testing

/// A cell-per-line stretch read by `DocumentBuilder.addCellLines(_:firstLine:blankLines:)`
/// ends where its lines do: at the first line that is neither a cell line nor blank,
/// found in the loop that reads the stretch. A part whose rows fill the stack's room
/// for their ends (64) stops before the blank line that would end one more, and the
/// next part goes on from there.
@Suite("Cell line stretch ends")
struct CellLineStretchEndTests {
  /// Reads all of `text`'s kept shapes with one `addCellLines`, and returns how many
  /// lines it read and the builder.
  static func stretch(_ text: String) -> (read: Int, builder: DocumentBuilder) {
    let source = SourceText.forTests(text, keepingShapes: true)
    var builder = DocumentBuilder(source: source)
    var blankLines = 0
    let read = source.lineShapes.shapes.withUnsafeBufferPointer {
      builder.addCellLines($0, firstLine: 1, blankLines: &blankLines)
    }
    return (read, builder)
  }

  @Test("A stretch stops at the first line of prose, leaving it to the caller")
  func stopsAtProse() {
    // Lines: 1 cell, 2 blank, 3 cell, 4 prose (a wrapped cell's continuation), 5 cell.
    let stretch = Self.stretch("\t1\n\n\t2\n公益\n\t3\n")
    var builder = stretch.builder
    #expect(stretch.read == 3)
    // Line 3's cell is the open row's: the caller extends it with line 4.
    #expect(builder.hasOpenRow)
    builder.endRow()
    let document = builder.finish()
    #expect(document.tables.map { $0.rows.map { $0.cells.map { document.text($0) } } } == [[["1"], ["2"]]])
  }

  @Test("A stretch that starts at prose reads nothing")
  func startsAtProse() {
    let stretch = Self.stretch("段落\n\t1\n")
    #expect(stretch.read == 0)
    #expect(!stretch.builder.hasOpenRow)
  }

  @Test("A stretch of more rows than the room for their ends is read whole, in parts")
  func moreRowsThanTheRoom() {
    // 70 rows of two cells, each row's lines "\tN--…\n\txx…\n\n" (cells of 16 bytes,
    // so that the census keeps every line: it keeps about one shape per eight
    // bytes): row r (from 0) starts on line 3r + 1, and the last blank line (line
    // 210) ends the last row.
    let padding = String(repeating: "-", count: 14)
    let text = (0..<70).map { "\t\($0)\(padding)\n\t\(String(repeating: "x", count: 16))\n\n" }.joined()
    let stretch = Self.stretch(text)
    var builder = stretch.builder
    #expect(stretch.read == 210)
    #expect(!builder.hasOpenRow)
    let document = builder.finish()
    #expect(document.tables.count == 1)
    let rows = document.tables.first?.rows ?? []
    #expect(rows.count == 70)
    guard rows.count == 70 else { return }
    #expect(rows[0].line == 1)
    #expect(rows[63].line == 190)
    #expect(rows[64].line == 193)
    #expect(rows[69].line == 208)
    #expect(document.text(rows[64].cells[0]) == "64" + padding)
    #expect(rows.allSatisfy { $0.cells.count == 2 })
  }

  /// Texts of long stretches, with tables ended and prose between: more rows than
  /// the room for their ends, in one table and across tables.
  static let longTexts: [String] = [
    (0..<130).map { "\t\($0)\n\n" }.joined(),
    (0..<100).map { $0 % 30 == 29 ? "\t\($0)\n\n\n" : "\t\($0)\n\tb\n\n" }.joined() + "公益\n\t9",
    (0..<3).map { part in (0..<70).map { "\t\(part)-\($0)\n\n" }.joined() + "一、总体情况\n" }.joined(),
    String(repeating: "\n", count: 100) + (0..<66).map { "\t\($0)\n\n" }.joined() + "\n\n段落",
  ]

  @Test("Long stretches build the document read line by line", arguments: longTexts)
  func longStretchesMatchLines(text: String) {
    let kept = CellPerLineLayout().makeDocument(from: SourceText.forTests(text, keepingShapes: true))
    let scanned = CellPerLineLayout().makeDocument(from: SourceText.forTests(text, keepingShapes: false))
    #expect(kept == scanned)
  }
}
