import DisclosureModel
import MarkdownLayout
import Testing

@Suite("MarkdownLayout")
struct MarkdownLayoutTests {
  let layout = MarkdownLayout()

  /// The texts of a row's cells.
  func texts(_ row: Row, in document: Document) -> [String] {
    row.cells.map { document.text($0) }
  }

  /// The texts of every row of every table.
  func grid(_ document: Document) -> [[[String]]] {
    document.tables.map { $0.rows.map { texts($0, in: document) } }
  }

  @Test func nameIsMarkdown() {
    #expect(layout.name == "markdown")
  }

  @Test func sample001DelimiterLinesAreNotRows() throws {
    let document = layout.makeDocument(from: SeedExcerpts.markdown001)
    #expect(document.tables.map(\.rows.count) == [14, 5])
    #expect(document.tables.map(\.line) == [33, 51])
    #expect(document.paragraphs.map(\.line) == [31, 49])
    let table = try #require(document.tables.first)
    #expect(table.rows.map(\.line) == [33] + Array(35...47))
    try #require(table.rows.count == 14 && table.rows.allSatisfy { $0.cells.count == 4 })
    #expect(texts(table.rows[0], in: document) == [" 第二十条第（一）项 ", " ", " ", " "])
    #expect(texts(table.rows[2], in: document) == [" 规章 ", " 0 ", " 0 ", " 0 "])
    #expect(document.text(table.rows[12].cells[1]) == " 本年收费金额（单位：万元） ")
  }

  @Test func sample001KeepsEmptyCellsOfWideRows() throws {
    let document = layout.makeDocument(from: SeedExcerpts.markdown001)
    let table = try #require(document.tables.last)
    try #require(table.rows.count == 5 && table.rows.allSatisfy { $0.cells.count == 10 })
    #expect(document.text(table.rows[0].cells[2]) == " 申请人情况 ")
    #expect(document.text(table.rows[0].cells[8]) == " 总计 ")
    #expect(document.text(table.rows[0].cells[9]) == " ")
    #expect(document.text(table.rows[3].cells[0]) == " 一、本年新收政府信息公开申请数量 ")
  }

  @Test func sample003PageBreakStartsANewTable() throws {
    let document = layout.makeDocument(from: SeedExcerpts.markdown003)
    #expect(document.tables.map(\.rows.count) == [4, 4])
    #expect(document.tables.map(\.line) == [43, 48])
    let second = try #require(document.tables.last)
    // The empty header of the second part is kept as its first row.
    #expect(second.rows.map(\.line) == [48, 50, 51, 52])
    try #require(second.rows.count == 4 && second.rows.allSatisfy { $0.cells.count == 14 })
    #expect(texts(second.rows[0], in: document).allSatisfy { $0 == " " })
    #expect(document.text(second.rows[1].cells[2]) == " 3.危及“三安全一稳定” ")
  }

  @Test func midTableDelimiterWithoutBlankLineSplitsBeforeTheRowAbove() {
    let source = """
      | a | b |
      |---|---|
      | 1 | 2 |
      | 3 | 4 |
      | | |
      |:--|--:|
      | 5 | 6 |
      """
    let document = layout.makeDocument(from: SourceText(source))
    #expect(
      grid(document) == [
        [[" a ", " b "], [" 1 ", " 2 "], [" 3 ", " 4 "]],
        [[" ", " "], [" 5 ", " 6 "]],
      ])
    #expect(document.tables.map { $0.rows.map(\.line) } == [[1, 3, 4], [5, 7]])
  }

  @Test func delimiterWithoutARowAboveIsIgnored() {
    let document = layout.makeDocument(
      from: SourceText("|---|---|\n| 1 | 2 |\n|---|---|\n|---|\n| 3 | 4 |\n"))
    #expect(grid(document) == [[[" 1 ", " 2 "], [" 3 ", " 4 "]]])
  }

  @Test(
    arguments: [
      (#"| a \| b | c |"#, [" a | b ", " c "]),
      (#"|\||"#, ["|"]),
      (#"| a \\| b |"#, [#" a \\"#, " b "]),
      (#"| \x | y |"#, [#" \x "#, " y "]),
      ("| a | b", [" a ", " b"]),
      ("| a | b |   ", [" a ", " b "]),
      ("  | a |", [" a "]),
      ("| | |", [" ", " "]),
      ("||", [""]),
      ("|a||b|", ["a", "", "b"]),
    ] as [(String, [String])])
  func splitsCellsAtUnescapedPipes(line: String, expected: [String]) throws {
    let document = layout.makeDocument(from: SourceText(line))
    let row = try #require(document.tables.first?.rows.first)
    #expect(texts(row, in: document) == expected)
  }

  @Test func onlyEscapedCellsAreCopied() throws {
    let source = SourceText(#"| x | a \| b |"#)
    let document = layout.makeDocument(from: source)
    let cells = try #require(document.tables.first?.rows.first?.cells)
    try #require(cells.count == 2)
    #expect(cells[0].span.range == 1..<4)
    #expect(cells[1].span.start >= source.bytes.count)
    #expect(document.storage.count == source.bytes.count + " a | b ".utf8.count)
  }

  @Test func listItemsAndProseAreParagraphs() {
    let source = "(一) 存在问题\n\n- 1.推动政务公开\n- 2.信息公开\n| a |\n"
    let document = layout.makeDocument(from: SourceText(source))
    #expect(
      document.paragraphs.map { document.text($0) } == ["(一) 存在问题", "- 1.推动政务公开", "- 2.信息公开"])
    #expect(document.paragraphs.map(\.line) == [1, 3, 4])
    #expect(document.tables.map(\.line) == [5])
  }

  @Test func blankLineEndsTable() {
    let document = layout.makeDocument(from: SourceText("| a |\n|---|\n| 1 |\n   \n| 2 |\n"))
    #expect(grid(document) == [[[" a "], [" 1 "]], [[" 2 "]]])
  }

  @Test(arguments: ["| a |\r\n|---|\r\n| 1 |\r\n", "| a |\r|---|\r| 1 |\r", "| a |\n|---|\n| 1 |"])
  func lineEndsAreNotCellText(source: String) {
    let document = layout.makeDocument(from: SourceText(source))
    #expect(grid(document) == [[[" a "], [" 1 "]]])
    #expect(document.tables.first?.rows.map(\.line) == [1, 3])
  }

  @Test(arguments: ["", "\n\n", " \r\n"])
  func blankInputGivesNoBlocks(source: String) {
    #expect(layout.makeDocument(from: SourceText(source)).blocks.isEmpty)
  }
}
