import CellPerLineLayout
import Testing

@testable import DisclosureModel

/// ``DocumentBuilder`` marks each closed table's first row with the table's number of
/// rows and the place of its placeholder among the blocks, and ``DocumentBuilder/finish()``
/// fills the tables in from those marks, table by table, without a walk over the
/// blocks. Every way of closing a table (``DocumentBuilder/endTable()``, a paragraph,
/// a cell-per-line stretch, with the table's first row in the stretch or before it)
/// must mark the right place, or a table would land on the wrong block.
@Suite("Document builder: table placeholders")
struct TablePlaceholderTests {
  /// Source bytes whose offsets are easy to read: byte `i` is the letter `"a" + i`.
  static let source = SourceText("abcdefghijklmnopqrstuvwxyz")

  @Test("Each closed table's first row holds its row count and its block; other rows hold 0 and 0")
  func marks() {
    var builder = DocumentBuilder(source: Self.source)
    builder.addParagraph(0..<1, line: 1)  // block 0
    builder.addCell(1..<2, line: 2)
    builder.endRow()
    builder.addCell(2..<3, line: 3)
    builder.endRow()
    builder.endTable()  // block 1: rows 0 and 1
    builder.addParagraph(3..<4, line: 4)  // block 2
    builder.addParagraph(4..<5, line: 5)  // block 3
    builder.addCell(5..<6, line: 6)
    builder.endRow()
    builder.addParagraph(6..<7, line: 7)  // block 4 is the table of row 2, block 5 this
    builder.addCell(7..<8, line: 8)
    builder.endRow()
    builder.endTable()  // block 6: row 3
    #expect(builder.rows.map(\.cells) == [1, 2, 3, 4])
    #expect(builder.rows.map(\.tableRows) == [2, 0, 1, 1])
    #expect(builder.rows.map(\.block) == [1, 0, 4, 6])
    let document = builder.finish()
    let kinds = document.blocks.map { block -> String in
      switch block {
      case .paragraph(let paragraph): "p\(paragraph.line)"
      case .table(let table): "t" + table.rows.map { String($0.line) }.joined(separator: ",")
      }
    }
    #expect(kinds == ["p1", "t2,3", "p4", "p5", "t6", "p7", "t8"])
  }

  @Test(
    "Cell-per-line tables closed inside a stretch land in their places, read in stretches or line by line",
    arguments: [true, false])
  func cellPerLineStretches(keepingShapes: Bool) {
    // Two tables closed by double blank lines inside one stretch (lines 2 to 8),
    // then a paragraph and a table that finishing closes.
    let two = SourceText.forTests("p\n\ta\n\tb\n\n\n\tc\n\n\nq\n\td\n", keepingShapes: keepingShapes)
    #expect(
      DocumentBuilderBlockOrderTests.outline(CellPerLineLayout().makeDocument(from: two)) == [
        "p:p@1", "t[2:a,b]", "t[6:c]", "p:q@9", "t[10:d]",
      ])
    // A table whose first row ends (line 3) before the stretch that closes it
    // (lines 6 to 8): the wrapped line 5 is read on its own between them.
    let earlier = SourceText.forTests("\ta\n\tb\n\n\tc\nx\n\td\n\n\nq\n", keepingShapes: keepingShapes)
    #expect(
      DocumentBuilderBlockOrderTests.outline(CellPerLineLayout().makeDocument(from: earlier)) == [
        "t[1:a,b|4:c\nx,d]", "p:q@9",
      ])
  }
}
