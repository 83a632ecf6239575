import DisclosureKit
import Testing

@Suite("CSV table writer")
struct CSVTableWriterTests {
  static func field(_ text: String) -> String {
    var bytes: [UInt8] = []
    CSVTableWriter.appendField(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test("Quotes a field only when it holds a comma, a quote, CR or LF; doubles quotes")
  func quoting() {
    #expect(Self.field("plain") == "plain")
    #expect(Self.field("") == "")
    #expect(Self.field("上海市人民政府办公厅") == "上海市人民政府办公厅")
    #expect(Self.field("a,b") == "\"a,b\"")
    #expect(Self.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(Self.field("\"") == "\"\"\"\"")
    #expect(Self.field("two\nlines") == "\"two\nlines\"")
    #expect(Self.field("cr\rhere") == "\"cr\rhere\"")
    #expect(Self.field(" spaced ") == " spaced ")
    #expect(Self.field("-417") == "-417")
  }

  @Test("The header is the columns; a report row has one field per column")
  func rows() throws {
    let report = try Fixtures.parse("handmade/h2021.tsv.txt")
    var bytes: [UInt8] = []
    let writer = CSVTableWriter()
    writer.appendHeader(to: &bytes)
    writer.appendRow(path: "a,b/h2021.txt", report: report, to: &bytes)
    writer.appendRow(
      path: "empty.txt", error: DisclosureError(.empty, "The input is empty.", byteOffset: 0, suggestion: "Check it."),
      to: &bytes)
    let records = try StrictCSVReader.records(bytes)
    #expect(records.count == 3)
    #expect(records[0] == ExportColumns.all)
    let row = records[1]
    func value(_ name: String) -> String? { records[0].firstIndex(of: name).map { row[$0] } }
    #expect(row[0] == "a,b/h2021.txt")
    #expect(value("layout") == "tsv")
    #expect(value("encoding") == "utf-8")
    #expect(value("edition") == "2021")
    #expect(value("agency") == "江宁区某某街道办事处")
    #expect(value("year") == "2023")
    #expect(value("proactive.fees.amount") == "12.3400")
    #expect(value("applications.received.total") == "10278")
    #expect(value("review.total") == "19")
    // Keys of the 2019 edition only are empty in a 2021 report.
    #expect(value("proactive.rules.made") == "")
    #expect(value("applications.otherHandling.total.total") == "")
    #expect(value("check.applications.balance") == "pass")
    #expect(value("diagnostics.error") == "0")
    #expect(value("diagnostics.info") == String(report.diagnostics.count { $0.severity == .info }))
    #expect(value("blankCellsReadAsZero") == "false")
    #expect(value("error") == "")

    let failed = records[2]
    #expect(failed[0] == "empty.txt")
    #expect(failed.last == "empty at byte 0: The input is empty. Check it.")
    #expect(failed.dropFirst().dropLast().allSatisfy { $0.isEmpty })
  }

  @Test("The field columns are every key of both editions, once, in fields.tsv order")
  func columns() {
    #expect(ExportColumns.metadata == ["path", "layout", "encoding", "edition", "agency", "year"])
    #expect(ExportColumns.fields.count == 231)
    #expect(Set(ExportColumns.fields).count == 231)
    #expect(ExportColumns.fields.first == "report.title")
    #expect(ExportColumns.fields.last == "litigation.afterReview.total")
    // Each edition's keys keep their order, except the three keys that both
    // editions define: they stand where fields.tsv first lists them, with 2021's.
    let shared = ["proactive.licensing.decisions", "proactive.penalties.decisions", "proactive.coercion.decisions"]
    let keys2021 = FieldCatalogue.fields(for: .edition2021).map(\.key)
    let keys2019 = FieldCatalogue.fields(for: .edition2019).map(\.key)
    #expect(ExportColumns.fields.filter { keys2021.contains($0) } == keys2021)
    #expect(
      ExportColumns.fields.filter { keys2019.contains($0) && !shared.contains($0) }
        == keys2019.filter { !shared.contains($0) })
    #expect(ExportColumns.fields.firstIndex(of: "proactive.licensing.decisions") == 11)
    #expect(ExportColumns.checks.first == "check.applications.rowTotals")
    #expect(ExportColumns.diagnostics == ["diagnostics.info", "diagnostics.warning", "diagnostics.error"])
    #expect(ExportColumns.all.suffix(2) == ["blankCellsReadAsZero", "error"])
    #expect(ExportColumns.all.count == 6 + 231 + 6 + 3 + 2)
    #expect(ExportColumns.all.allSatisfy { !$0.contains(",") && !$0.contains("\"") })
  }

  @Test("Integers in ASCII, the extremes included")
  func integers() throws {
    var report = try Fixtures.parse("handmade/h2021.tsv.txt")
    let index = try #require(FieldCatalogue.index(of: "review.total", in: .edition2021))
    let received = try #require(FieldCatalogue.index(of: "applications.received.total", in: .edition2021))
    report.fields[index].value = .integer(Int.min)
    report.fields[received].value = .integer(Int.max)
    var bytes: [UInt8] = []
    CSVTableWriter().appendHeader(to: &bytes)
    CSVTableWriter().appendRow(path: "x", report: report, to: &bytes)
    let records = try StrictCSVReader.records(bytes)
    let row = records[1]
    #expect(records[0].firstIndex(of: "review.total").map { row[$0] } == "-9223372036854775808")
    #expect(records[0].firstIndex(of: "applications.received.total").map { row[$0] } == "9223372036854775807")
  }

  @Test("A row's text is quoted whatever the place of the byte that needs it")
  func quotingAnywhere() throws {
    var report = try Fixtures.parse("handmade/h2021.tsv.txt")
    let title = try #require(FieldCatalogue.index(of: "report.title", in: .edition2021))
    for special in [",", "\"", "\n", "\r"] {
      for offset in 0..<25 {
        let text = String(repeating: "x", count: offset) + special + String(repeating: "报", count: 8)
        report.fields[title].value = .text(text)
        var bytes: [UInt8] = []
        CSVTableWriter().appendHeader(to: &bytes)
        CSVTableWriter().appendRow(path: "年" + text, report: report, to: &bytes)
        let records = try StrictCSVReader.records(bytes)
        let values = Dictionary(uniqueKeysWithValues: zip(records[0], records[1]))
        #expect(values["report.title"] == text)
        #expect(values["path"] == "年" + text)
      }
    }
  }

  @Test(
    "Text fields longer than the writer's scratch block, and ones that end at its edge, are written whole",
    arguments: [0, 1, 500, 1000, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 2100])
  func longTexts(length: Int) throws {
    var report = try Fixtures.parse("handmade/h2021.tsv.txt")
    let title = try #require(FieldCatalogue.index(of: "report.title", in: .edition2021))
    let path = String(repeating: "p", count: length)
    let agency = "=" + String(repeating: "机关", count: length / 6 + 1)
    let text = String(repeating: "a\",b,", count: length / 5 + 1)
    report.metadata.agency = agency
    report.fields[title].value = .text(text)
    for writer in [CSVTableWriter(), CSVTableWriter(byteOrderMark: false, guardsFormulas: true)] {
      var bytes: [UInt8] = []
      writer.appendHeader(to: &bytes)
      writer.appendRow(path: path, report: report, to: &bytes)
      let records = try StrictCSVReader.records(bytes)
      let values = Dictionary(uniqueKeysWithValues: zip(records[0], records[1]))
      #expect(records[1].count == ExportColumns.all.count)
      #expect(values["path"] == path)
      #expect(values["agency"] == (writer.guardsFormulas ? "'" + agency : agency))
      #expect(values["report.title"] == text)
      #expect(values["review.total"] == "19")
    }
  }

  @Test(
    "A text that begins like a formula gets an apostrophe; any other text does not",
    arguments: [
      ("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+1", "'+1"), ("-417", "'-417"), ("@cmd", "'@cmd"),
      ("\tx", "'\tx"), ("\rx", "'\rx"), ("上海市", "上海市"), ("a=b", "a=b"), ("", ""), (" =x", " =x"),
      ("'=x", "'=x"), ("＝x", "＝x"),
    ])
  func formulaGuard(text: String, guarded: String) {
    #expect(CSVTableWriter.formulaGuarded(text) == guarded)
  }

  @Test("The Excel writer guards the path, the agency, text values and errors, never numbers")
  func excelGuardsText() throws {
    var report = try Fixtures.parse("handmade/h2021.tsv.txt")
    report.metadata.agency = "=HYPERLINK(\"http://x\",\"y\")"
    let title = try #require(FieldCatalogue.index(of: "report.title", in: .edition2021))
    let received = try #require(FieldCatalogue.index(of: "applications.received.total", in: .edition2021))
    report.fields[title].value = .text("+1,2")
    report.fields[received].value = .integer(-5)
    func row(_ writer: CSVTableWriter) throws -> [String: String] {
      var bytes: [UInt8] = []
      writer.appendHeader(to: &bytes)
      writer.appendRow(path: "-x.txt", report: report, to: &bytes)
      writer.appendRow(
        path: "@y.txt", error: DisclosureError(.empty, "The input is empty.", byteOffset: 0, suggestion: "Check it."),
        to: &bytes)
      let start = writer.byteOrderMark ? 3 : 0
      let records = try StrictCSVReader.records(Array(bytes[start...]))
      #expect(records.count == 3)
      var values = Dictionary(uniqueKeysWithValues: zip(records[0], records[1]))
      values["errorPath"] = records[2].first
      return values
    }
    let excel = try row(.excel)
    #expect(excel["path"] == "'-x.txt")
    #expect(excel["agency"] == "'=HYPERLINK(\"http://x\",\"y\")")
    #expect(excel["report.title"] == "'+1,2")
    #expect(excel["applications.received.total"] == "-5")
    #expect(excel["proactive.fees.amount"] == "12.3400")
    #expect(excel["layout"] == "tsv")
    #expect(excel["errorPath"] == "'@y.txt")
    let plain = try row(CSVTableWriter())
    #expect(plain["path"] == "-x.txt")
    #expect(plain["agency"] == "=HYPERLINK(\"http://x\",\"y\")")
    #expect(plain["report.title"] == "+1,2")
    #expect(plain["applications.received.total"] == "-5")
    #expect(plain["errorPath"] == "@y.txt")
  }
}
