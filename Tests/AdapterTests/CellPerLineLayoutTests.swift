import CellPerLineLayout
import DisclosureModel
import Testing

@Suite("CellPerLineLayout")
struct CellPerLineLayoutTests {
  let layout = CellPerLineLayout()

  /// The texts of a row's cells.
  func texts(_ row: Row, in document: Document) -> [String] {
    row.cells.map { document.text($0) }
  }

  /// The texts of every row of every table.
  func grid(_ document: Document) -> [[[String]]] {
    document.tables.map { $0.rows.map { texts($0, in: document) } }
  }

  @Test func nameIsCellPerLine() {
    #expect(layout.name == "cell-per-line")
  }

  @Test func sample004RowsEndAtSingleBlankLinesTablesAtSeveral() throws {
    let document = layout.makeDocument(from: SeedExcerpts.cellPerLine004Head)
    #expect(document.tables.map(\.rows.count) == [14, 4])
    #expect(document.tables.map(\.line) == [19, 67])
    #expect(document.paragraphs.map(\.line) == [16, 17, 18, 65, 66])
    let table = try #require(document.tables.first)
    try #require(table.rows.count == 14)
    #expect(table.rows.map(\.line) == [19, 21, 26, 31, 36, 38, 41, 44, 46, 49, 52, 55, 57, 60])
    #expect(texts(table.rows[0], in: document) == ["第二十条第（一）项"])
    #expect(texts(table.rows[1], in: document) == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"])
    #expect(texts(table.rows[2], in: document) == ["规章", "0", "0", "0"])
    #expect(table.rows[2].cells.map(\.line) == [26, 27, 28, 29])
  }

  @Test func sample004EmptyValueCellIsKept() throws {
    let document = layout.makeDocument(from: SeedExcerpts.cellPerLine004Head)
    let row = try #require(document.tables.first?.rows.dropFirst(10).first)
    try #require(row.cells.count == 2)
    #expect(texts(row, in: document) == ["行政强制", ""])
    #expect(row.cells.map(\.line) == [52, 53])
    #expect(row.cells[1].span.isEmpty)
  }

  @Test func sample004WrappedHeaderCellsSpanTheirLines() throws {
    let document = layout.makeDocument(from: SeedExcerpts.cellPerLine004Head)
    let table = try #require(document.tables.last)
    try #require(table.rows.count == 4)
    #expect(texts(table.rows[0], in: document).last == "申请人情况")
    #expect(texts(table.rows[1], in: document) == ["", "自然人", "法人或其他组织", "总计"])
    let header = table.rows[2]
    #expect(header.line == 75)
    #expect(
      texts(header, in: document) == ["", "", "商业", "科研", "社会\n公益\n组织", "法律\n服务\n机构", "其他", ""])
    #expect(header.cells.map(\.line) == [75, 76, 77, 78, 79, 82, 85, 86])
    #expect(header.cells.map(\.endLine) == [75, 76, 77, 78, 81, 84, 85, 86])
    #expect(texts(table.rows[3], in: document) == ["", "", "企业"])
  }

  @Test func sample004ReviewRowWithSpaceBeforeTab() throws {
    let document = layout.makeDocument(from: SeedExcerpts.cellPerLine004Review)
    #expect(document.paragraphs.map(\.line) == [365, 366, 383, 384])
    #expect(document.tables.count == 1)
    let row = try #require(document.tables.first?.rows.first)
    #expect(document.tables.first?.rows.count == 1)
    #expect(row.line == 367)
    #expect(texts(row, in: document) == Array(repeating: "0", count: 13))
    #expect(row.cells.first?.line == 367)
    #expect(row.cells.last?.line == 379)
  }

  @Test(arguments: [
    "三、收到和处理政府信息公开申请情况",
    "  四、政府信息公开行政复议、行政诉讼情况",
    "\u{3000}五、存在的主要问题及改进情况",
    "一、总体情况",
    "六、其他需要报告的事项",
  ])
  func sectionHeadingAfterACellIsAParagraph(heading: String) {
    let document = layout.makeDocument(from: SourceText("\t规章\n\t0\n\(heading)\n\t1\n"))
    #expect(grid(document) == [[["规章", "0"]], [["1"]]])
    #expect(document.paragraphs.map { document.text($0) } == [heading])
    #expect(document.paragraphs.map(\.line) == [3])
  }

  @Test(arguments: ["七、其他", "（一）主动公开", "一是加强", "二", "1、公益"])
  func otherUntabbedLineAfterACellContinuesIt(line: String) throws {
    let document = layout.makeDocument(from: SourceText("\t社会\n\(line)\n\t0\n"))
    let row = try #require(document.tables.first?.rows.first)
    #expect(texts(row, in: document) == ["社会\n\(line)", "0"])
    #expect(row.cells.map(\.endLine) == [2, 3])
    #expect(document.paragraphs.isEmpty)
  }

  @Test func untabbedLineAfterABlankLineIsAParagraph() {
    let document = layout.makeDocument(from: SourceText("\ta\n\tb\n\n说明\n\tc\n"))
    #expect(grid(document) == [[["a", "b"]], [["c"]]])
    #expect(document.paragraphs.map(\.line) == [4])
  }

  @Test func blankLineRunsEndRowsThenTables() {
    let source = "\ta\n\n\tb\n \n\tc\n\n\n\td\n\n\n\n\te\n"
    let document = layout.makeDocument(from: SourceText(source))
    #expect(grid(document) == [[["a"], ["b"], ["c"]], [["d"]], [["e"]]])
    #expect(document.tables.map(\.line) == [1, 8, 12])
  }

  @Test(arguments: [
    ("\t社会\r\n公益\r\n\t0\r\n", "社会\r\n公益"),
    ("\t社会\r公益\r\t0\r", "社会\r公益"),
    ("\t社会\n公益\n\t0", "社会\n公益"),
  ])
  func lineEndsAreNotCellTextButWrappedCellsKeepThem(source: String, wrapped: String) throws {
    let document = layout.makeDocument(from: SourceText(source))
    let row = try #require(document.tables.first?.rows.first)
    #expect(texts(row, in: document) == [wrapped, "0"])
    #expect(row.cells.map(\.line) == [1, 3])
    #expect(row.cells.map(\.endLine) == [2, 3])
  }

  @Test(arguments: [
    ("\t", ""),
    (" \t0", "0"),
    ("\t\t", "\t"),
    ("\ta\tb", "a\tb"),
    ("\u{3000}\t1", "1"),
  ])
  func cellTextFollowsTheFirstTab(line: String, expected: String) throws {
    let document = layout.makeDocument(from: SourceText(line))
    let cell = try #require(document.tables.first?.rows.first?.cells.first)
    #expect(document.text(cell) == expected)
    #expect(document.tables.first?.rows.first?.cells.count == 1)
  }

  @Test(arguments: ["", "\n\n\n", "  \r\n"])
  func blankInputGivesNoBlocks(source: String) {
    #expect(layout.makeDocument(from: SourceText(source)).blocks.isEmpty)
  }
}
