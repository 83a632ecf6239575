import DisclosureModel
import MarkdownLayout
import TabSeparatedLayout
import Testing

/// Cells split eight bytes at a time: separators and escapes at every offset
/// relative to an eight-byte block.
@Suite("Cell splitting at every offset")
struct BlockSplitTests {
  /// The texts of the cells of the first row of the first table.
  func firstRow(_ document: Document) -> [String]? {
    document.tables.first?.rows.first?.cells.map { document.text($0) }
  }

  @Test func tabsAtEveryOffset() {
    for pad in 0..<17 {
      let a = String(repeating: "a", count: pad)
      let b = String(repeating: "b", count: pad)
      let layout = TabSeparatedLayout()
      #expect(firstRow(layout.makeDocument(from: SourceText(a + "\t\t规\t"))) == [a, "", "规", ""])
      #expect(firstRow(layout.makeDocument(from: SourceText("\t" + b + "\r\n"))) == ["", b])
      #expect(firstRow(layout.makeDocument(from: SourceText(a + "\t" + b + "\t" + a))) == [a, b, a])
    }
  }

  @Test func pipesAndEscapesAtEveryOffset() {
    let layout = MarkdownLayout()
    for pad in 0..<17 {
      let a = String(repeating: "a", count: pad)
      // An escaped pipe, then an escaped backslash before a cell border.
      let escaped = layout.makeDocument(from: SourceText("|" + a + #"\|b|c\\|d|"#))
      #expect(firstRow(escaped) == [a + "|b", #"c\\"#, "d"])
      // A backslash as the line's last byte escapes nothing.
      let trailing = layout.makeDocument(from: SourceText("|" + a + "|x" + a + #"\"#))
      #expect(firstRow(trailing) == [a, "x" + a + #"\"#])
      // A pipe right after an escaped pipe is a border.
      let double = layout.makeDocument(from: SourceText("| " + a + #"\||"# + a + "|"))
      #expect(firstRow(double) == [" " + a + "|", a])
    }
  }
}
