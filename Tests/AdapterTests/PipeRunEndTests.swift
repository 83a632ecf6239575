import DisclosureModel
import MarkdownLayout
import Testing

/// `MarkdownLayout` gives a run's last pipe row to the builder with the rest of the
/// run when the census kept the line after it, instead of holding it back: that
/// line (blank, prose or a delimiter) must leave the rows in the same tables as when
/// each row is held back until the next line is read (the same text without the
/// kept shapes).
@Suite("Pipe run ends")
struct PipeRunEndTests {
  /// Every row's cells as text, per table, from `text` read with or without the
  /// census's kept shapes.
  static func cellTexts(_ text: String, kept: Bool) -> [[[String]]] {
    let document = MarkdownLayout().makeDocument(from: SourceText.forTests(text, keepingShapes: kept))
    return document.tables.map { $0.rows.map { $0.cells.map { document.text($0) } } }
  }

  @Test("A delimiter after a run's last row makes that row head a new table, when the table has rows")
  func delimiterAfterRun() {
    // `a` heads the first table; `c`, followed by a delimiter, heads the second.
    let text = "|a|\n|---|\n|b|\n|c|\n|---|\n|d|\n"
    let expected = [[["a"], ["b"]], [["c"], ["d"]]]
    #expect(Self.cellTexts(text, kept: true) == expected)
    #expect(Self.cellTexts(text, kept: false) == expected)
  }

  @Test("A header row after a delimiter line heads a new table; one after prose opens one")
  func headerAfterDelimiter() {
    let text = "|a|\n|---|\n|b|\n|---|\n段落\n|c|\n|---|\n"
    let expected = [[["a"]], [["b"]], [["c"]]]
    #expect(Self.cellTexts(text, kept: true) == expected)
    #expect(Self.cellTexts(text, kept: false) == expected)
  }

  @Test("Prose or a blank line after a run leaves its last row in the table")
  func proseAfterRun() {
    let text = "|a|b|\n|c|d|\n段落\n|e|\n\n|f|"
    let expected = [[["a", "b"], ["c", "d"]], [["e"]], [["f"]]]
    #expect(Self.cellTexts(text, kept: true) == expected)
    #expect(Self.cellTexts(text, kept: false) == expected)
  }

  @Test("A run's last row holding an escaped pipe, before a delimiter, is read the general way")
  func escapedLastRow() {
    let text = "|a|\n|---|\n|b|\n|c\\|d|e|\n|---|\n"
    let expected = [[["a"], ["b"]], [["c|d", "e"]]]
    #expect(Self.cellTexts(text, kept: true) == expected)
    #expect(Self.cellTexts(text, kept: false) == expected)
  }
}
