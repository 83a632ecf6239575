import DisclosureKit
import Testing

/// What each published sample must read as. All their numbers are 0; the values
/// their conversion lost must be null with a diagnostic.
struct SeedExpectation: Sendable, CustomTestStringConvertible {
  var file: String
  var layout: String
  var edition: Edition
  var title: String
  var agency: String
  var year: Int
  /// Keys whose values the text lost.
  var lost: Set<String>
  var checks: [CheckID: CheckResult.Status]

  var testDescription: String { file }

  static let allPass = Dictionary(uniqueKeysWithValues: CheckID.allCases.map { ($0, CheckResult.Status.pass) })

  static func keys(_ rows: [String]) -> Set<String> {
    Set(rows.flatMap { row in LabelColumns.application.map { "applications.\(row).\($0)" } })
  }

  static let all: [SeedExpectation] = [
    SeedExpectation(
      file: "seeds/000_89d79d270a8f58c8.txt", layout: "tsv", edition: .edition2021,
      title: "金乡县卜集镇人民政府 2021 年政府信息公开工作年度报告", agency: "金乡县卜集镇人民政府", year: 2021,
      lost: keys([
        "notProcessed.confirmation", "otherHandling.noCorrection", "otherHandling.unpaidFee", "otherHandling.other",
        "outcomeTotal", "carriedForward",
      ]),
      checks: allPass.merging(
        [.applicationsRowTotals: .incomplete, .applicationsBalance: .incomplete, .applicationsOutcomeSum: .incomplete]
      ) { $1 }),
    SeedExpectation(
      file: "seeds/001_d65aec0ee04b8f9a.txt", layout: "markdown", edition: .edition2021,
      title: "郟县王集乡人民政府 2024 年政府信息公开工作年度 报告", agency: "郟县王集乡人民政府", year: 2024, lost: [],
      checks: allPass),
    SeedExpectation(
      file: "seeds/002_b52cc8c9a01f7305.txt", layout: "tsv", edition: .edition2019,
      title: "白沙镇人民政府2020年政府信息公开工作年度报告", agency: "白沙镇人民政府", year: 2020, lost: [], checks: allPass),
    SeedExpectation(
      file: "seeds/003_e6d10310d5a8465b.txt", layout: "markdown", edition: .edition2021,
      title: "柳屯镇人民政府2022年政府信息公开工作年度报告", agency: "柳屯镇人民政府", year: 2022, lost: [], checks: allPass),
    SeedExpectation(
      file: "seeds/004_295e3622999d89af.txt", layout: "cell-per-line", edition: .edition2021,
      title: "松北区乐业镇2021年政府信息公开工作年度报告", agency: "松北区乐业镇", year: 2021,
      lost: Set(["proactive.coercion.decisions"] + LabelColumns.review),
      checks: allPass.merging(
        [.reviewTotal: .incomplete, .litigationDirectTotal: .incomplete, .litigationAfterReviewTotal: .incomplete]
      ) { $1 }),
  ]
}

/// Column components, written out here so the tests do not borrow the library's tables.
enum LabelColumns {
  static let application = ["naturalPerson", "commercial", "research", "nonprofit", "legal", "other", "total"]
  static let review = ["review", "litigation.direct", "litigation.afterReview"].flatMap { group in
    ["upheld", "corrected", "other", "pending", "total"].map { "\(group).\($0)" }
  }
}

@Suite("Published samples")
struct SeedReportTests {
  @Test("Metadata, layout and edition", arguments: SeedExpectation.all)
  func metadata(seed: SeedExpectation) throws {
    let report = try Fixtures.parse(seed.file)
    #expect(report.metadata.layout == seed.layout)
    #expect(report.edition == seed.edition)
    #expect(report.metadata.title == seed.title)
    #expect(report.metadata.agency == seed.agency)
    #expect(report.metadata.year == seed.year)
    #expect(report["report.year"] == .integer(seed.year))
    #expect(report["report.layout"] == .text(seed.layout))
    #expect(report["report.edition"] == .text(seed.edition.rawValue))
  }

  @Test("Every value the sample holds is 0; every lost value is null with a diagnostic", arguments: SeedExpectation.all)
  func values(seed: SeedExpectation) throws {
    let report = try Fixtures.parse(seed.file)
    let numeric = report.fields.filter { !$0.key.hasPrefix("report.") }
    #expect(numeric.count == (seed.edition == .edition2019 ? 198 : 200))
    for field in numeric {
      if seed.lost.contains(field.key) {
        #expect(field.value == nil, "\(field.key) should be null")
        let diagnostic = report.diagnostics.first { $0.key == field.key && $0.severity >= .warning }
        #expect(diagnostic != nil, "\(field.key) is null without a diagnostic")
        #expect(diagnostic?.line != nil, "\(field.key)'s diagnostic names no line")
      } else {
        let zero: FieldValue = field.definition.type == .decimal ? .decimal("0") : .integer(0)
        #expect(field.value == zero, "\(field.key) should be 0, is \(String(describing: field.value))")
      }
    }
  }

  @Test("Check statuses", arguments: SeedExpectation.all)
  func checks(seed: SeedExpectation) throws {
    let report = try Fixtures.parse(seed.file)
    #expect(report.checks.map(\.id) == CheckID.allCases)
    for check in report.checks {
      #expect(check.status == seed.checks[check.id], "\(check.id.rawValue)")
    }
  }

  @Test("000: rows after 4.无正当理由大… are missing; table 四 is found by its shape")
  func sample000() throws {
    let report = try Fixtures.parse("seeds/000_89d79d270a8f58c8.txt")
    let missing = report.diagnostics.filter { $0.code == .missingRow }
    #expect(missing.count == 42)
    // Named at the last row of table 三 that the text still holds.
    #expect(Set(missing.compactMap(\.line)) == [86])
    let shape = report.diagnostics.filter { $0.code == .foundByShape }
    #expect(shape.map(\.line) == [89])
    #expect(report.field("review.total")?.source == SourceLocation(line: 89, cell: 5))
    // The cut-short label still finds its row, which lacks one cell and is all zero.
    #expect(report["applications.notProcessed.excessive.total"] == .integer(0))
    #expect(report.diagnostics.contains { $0.code == .inferredZeroRow && $0.line == 86 })
  }

  @Test("004: 行政强制's empty cell and table 四's 13 numbers for 15 cells")
  func sample004() throws {
    let report = try Fixtures.parse("seeds/004_295e3622999d89af.txt")
    let empty = report.diagnostics.filter { $0.key == "proactive.coercion.decisions" }
    #expect(empty.map(\.code) == [.emptyCell])
    #expect(empty.map(\.line) == [53])
    let unplaced = report.diagnostics.filter { $0.code == .cannotPlace }
    #expect(unplaced.count == 15)
    #expect(Set(unplaced.compactMap(\.line)) == [367])
    #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
    #expect(report.sections[2].heading == "三、政府信息依申请公开办理情况")
  }

  @Test("002: a row holding only its total of 0 is all zero")
  func sample002() throws {
    let report = try Fixtures.parse("seeds/002_b52cc8c9a01f7305.txt")
    #expect(report.diagnostics.contains { $0.code == .totalOnly && $0.line == 45 })
    #expect(report.field("applications.granted.total")?.source == SourceLocation(line: 45, cell: 8))
    let inferred = report.diagnostics.filter { $0.code == .inferredFromZeroTotal }.compactMap(\.key)
    #expect(Set(inferred) == Set(LabelColumns.application.dropLast().map { "applications.granted.\($0)" }))
  }

  @Test("003: an empty cell in a row whose total is 0 is 0, said so")
  func sample003() throws {
    let report = try Fixtures.parse("seeds/003_e6d10310d5a8465b.txt")
    let inferred = report.diagnostics.filter { $0.code == .inferredFromZeroTotal }.compactMap(\.key)
    #expect(inferred.contains("applications.granted.naturalPerson"))
    #expect(report.field("applications.granted.total")?.source?.line == 43)
  }
}
