import DisclosureModel
import TabSeparatedLayout
import Testing

@Suite("TabSeparatedLayout")
struct TabSeparatedLayoutTests {
  let layout = TabSeparatedLayout()

  /// The texts of a row's cells.
  func texts(_ row: Row, in document: Document) -> [String] {
    row.cells.map { document.text($0) }
  }

  @Test func nameIsTsv() {
    #expect(layout.name == "tsv")
  }

  @Test func sample000SplitsTablesAtBlankLines() {
    let document = layout.makeDocument(from: SeedExcerpts.tsv000)
    let tables = document.tables
    #expect(tables.count == 4)
    #expect(tables.map(\.rows.count) == [14, 10, 12, 2])
    #expect(tables.map(\.line) == [47, 64, 75, 88])
    #expect(document.paragraphs.map(\.line) == [45, 62])
    #expect(document.paragraphs.map { document.text($0) } == ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"])
    #expect(document.blocks.map(\.line) == [45, 47, 62, 64, 75, 88])
  }

  @Test func sample000KeepsTrailingEmptyCells() throws {
    let document = layout.makeDocument(from: SeedExcerpts.tsv000)
    let table = try #require(document.tables.first)
    try #require(table.rows.count == 14 && table.rows.allSatisfy { $0.cells.count == 4 })
    #expect(texts(table.rows[0], in: document) == ["第二十条第（一）项", "", "", ""])
    #expect(texts(table.rows[2], in: document) == ["规章", "0", "0", "0"])
    #expect(texts(table.rows[13], in: document) == ["行政事业性收费", "0", "", ""])
    #expect(table.rows[13].line == 60)
    #expect(table.rows[13].cells.allSatisfy { $0.line == 60 && $0.endLine == 60 })
  }

  @Test func sample000KeepsLeadingEmptyCellsAndShiftedLabels() throws {
    let document = layout.makeDocument(from: SeedExcerpts.tsv000)
    let table = try #require(document.tables.dropFirst().first)
    try #require(table.rows.count == 10)
    #expect(
      texts(table.rows[1], in: document) == ["", "", "自然人", "法人或其他组织", "", "", "", "", "总计", ""])
    // Line 73: the label sits in the first column, as the converter left it.
    #expect(table.rows[9].line == 73)
    #expect(
      texts(table.rows[9], in: document) == [
        "3. 危及“三安全一稳定”", "", "0", "0", "0", "0", "0", "0", "0", "",
      ])
    // After the blank line, the rows have one number cell fewer.
    let rest = try #require(document.tables.dropFirst(2).first)
    try #require(rest.rows.count == 12 && rest.rows.allSatisfy { $0.cells.count == 9 })
    #expect(document.text(rest.rows[11].cells[2]) == "4.无正当理由大")
  }

  @Test func sample000BrokenVerticalHeaderStaysAsRead() throws {
    let document = layout.makeDocument(from: SeedExcerpts.tsv000)
    let table = try #require(document.tables.last)
    try #require(table.rows.map(\.cells.count) == [15, 15])
    #expect(texts(table.rows[0], in: document).prefix(5) == ["持", "正", "果", "结", ""])
    #expect(texts(table.rows[1], in: document) == Array(repeating: "0", count: 15))
  }

  @Test func sample002ReviewTable() throws {
    let document = layout.makeDocument(from: SeedExcerpts.tsv002)
    #expect(document.tables.map(\.rows.count) == [3, 4])
    #expect(document.paragraphs.map(\.line) == [68])
    let review = try #require(document.tables.last)
    #expect(review.line == 70)
    try #require(review.rows.count == 4 && review.rows.allSatisfy { $0.cells.count == 15 })
    #expect(document.text(review.rows[0].cells[5]) == "行政诉讼")
    #expect(document.text(review.rows[2].cells[14]) == "总计")
    #expect(texts(review.rows[2], in: document).prefix(5) == ["", "", "", "", ""])
  }

  @Test(arguments: [
    ("a\tb\r\nc\td\r\n", "CRLF"),
    ("a\tb\rc\td\r", "lone CR"),
    ("a\tb\nc\td", "LF, no final terminator"),
  ])
  func lineEndsAreNotCellText(source: String, label: String) throws {
    let document = layout.makeDocument(from: SourceText(source))
    let table = try #require(document.tables.first, "\(label)")
    #expect(document.tables.count == 1)
    #expect(table.rows.map { texts($0, in: document) } == [["a", "b"], ["c", "d"]])
    #expect(table.rows.map(\.line) == [1, 2])
  }

  @Test(
    arguments: [
      ("\t", ["", ""]),
      ("\t\t", ["", "", ""]),
      ("x\t", ["x", ""]),
      ("\tx", ["", "x"]),
      (" \t0", [" ", "0"]),
      ("a b\t c ", ["a b", " c "]),
    ] as [(String, [String])])
  func splitsOnEveryTab(line: String, expected: [String]) throws {
    let document = layout.makeDocument(from: SourceText(line))
    let row = try #require(document.tables.first?.rows.first)
    #expect(texts(row, in: document) == expected)
  }

  @Test func paragraphBetweenRowsSplitsTables() {
    let document = layout.makeDocument(from: SourceText("a\t1\n  说明文字 \nb\t2\nc\t3\n"))
    #expect(document.tables.map(\.rows.count) == [1, 2])
    #expect(document.paragraphs.count == 1)
    #expect(document.paragraphs.first.map { document.text($0) } == "  说明文字 ")
    #expect(document.blocks.map(\.line) == [1, 2, 3])
  }

  @Test(arguments: ["", "\n", "\n\n   \n", "\r\n\r\n"])
  func blankInputGivesNoBlocks(source: String) {
    #expect(layout.makeDocument(from: SourceText(source)).blocks.isEmpty)
  }

  @Test func cellsArePointersIntoTheSource() throws {
    let source = SourceText("规章\t12\n")
    let document = layout.makeDocument(from: source)
    let cell = try #require(document.tables.first?.rows.first?.cells.last)
    #expect(cell.span.range == 7..<9)
    #expect(document.storage == source.bytes)
  }
}
