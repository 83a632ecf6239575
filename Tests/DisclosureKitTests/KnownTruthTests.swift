import DisclosureKit
import Foundation
import Testing

@Suite("Reports with known truth")
struct KnownTruthTests {
  static let reports = ["handmade/h2021", "handmade/h2019", "handmade/h2021-broken", "shanghai/shanghai-2019"]
  static let layouts = [("tsv", "tsv"), ("md", "markdown"), ("cpl", "cell-per-line")]
  static let files = reports.flatMap { report in layouts.map { "\(report).\($0.0).txt" } }

  @Test("The fields output equals the truth, line for line", arguments: files)
  func fieldsEqualTruth(file: String) throws {
    let report = try Fixtures.parse(file)
    let expected = try Fixtures.expected(file).split(separator: "\n").map(String.init)
    let actual = report.formattedFields().split(separator: "\n").map(String.init)
    #expect(actual.count == expected.count)
    for (line, (got, want)) in zip(actual, expected).enumerated() where got != want {
      Issue.record("line \(line + 1): got \(got), want \(want)")
    }
  }

  @Test("The same report in all three layouts gives identical fields", arguments: reports)
  func layoutsAgree(report name: String) throws {
    let reports = try Self.layouts.map { try Fixtures.parse("\(name).\($0.0).txt") }
    #expect(reports.map(\.metadata.layout) == Self.layouts.map(\.1))
    let withoutLayout = reports.map { report in
      report.fields.filter { $0.key != "report.layout" }.map { "\($0.key)=\($0.value?.formatted ?? "null")" }
    }
    #expect(withoutLayout[0] == withoutLayout[1])
    #expect(withoutLayout[1] == withoutLayout[2])
    #expect(reports[0].checks == reports[1].checks)
    #expect(reports[1].checks == reports[2].checks)
  }

  @Test("Distinct non-zero numbers land in their own row and column")
  func spotValues() throws {
    let report = try Fixtures.parse("handmade/h2019.tsv.txt")
    #expect(report.edition == .edition2019)
    #expect(report["proactive.licensing.change"] == .integer(-417))
    #expect(report["proactive.fees.change"] == .integer(-7))
    #expect(report["proactive.procurement.amount"] == .decimal("1234.5"))
    #expect(report["review.total"] == .integer(31))
    #expect(report["review.pending"] == .integer(8))
    let fees = try Fixtures.parse("handmade/h2021-broken.md.txt")
    #expect(fees["proactive.fees.amount"] == .decimal("3.0075"))
  }

  @Test("A report whose numbers break an identity fails that check, naming the numbers", arguments: layouts.map(\.0))
  func brokenIdentity(layout: String) throws {
    let report = try Fixtures.parse("handmade/h2021-broken.\(layout).txt")
    let review = try #require(report.check(.reviewTotal))
    #expect(review.status == .fail)
    #expect(
      review.failures == [
        CheckResult.Failure(
          key: "review.total", stated: 16, computed: 15,
          parts: ["review.upheld", "review.corrected", "review.other", "review.pending"])
      ])
    #expect(report.checks.filter { $0.status == .pass }.count == 5)
    // The interpreter checks its assembler's integers; the public checker reads the
    // report's fields: the same results.
    #expect(Checker.check(report) == report.checks)
  }

  @Test("Shanghai 2019: blank cells are null, 元 is not 万元, and checks are incomplete")
  func shanghai() throws {
    let report = try Fixtures.parse("shanghai/shanghai-2019.tsv.txt")
    #expect(report.metadata.agency == "上海市人民政府办公厅")
    #expect(report.edition == .edition2019)
    #expect(report["applications.received.total"] == .integer(859))
    #expect(report["applications.granted.total"] == nil)
    #expect(report["applications.received.research"] == nil)
    #expect(report["proactive.procurement.projects"] == .integer(6))
    #expect(report["proactive.procurement.amount"] == nil)
    #expect(report.diagnostics.contains { $0.key == "proactive.procurement.amount" && $0.code == .unitMismatch })
    #expect(report.checks.allSatisfy { $0.status == .incomplete })
    #expect(Checker.check(report) == report.checks)
    #expect(report.diagnostics.filter { $0.code == .emptyCell }.allSatisfy { $0.line != nil && $0.key != nil })
  }

  @Test("A lost section heading: table 二 is found by its labels, every value unchanged")
  func lostHeading() throws {
    let text = try Fixtures.text("handmade/h2021.tsv.txt")
    let damaged = text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0 == "二、主动公开政府信息情况" ? "" : String($0) }.joined(separator: "\n")
    #expect(damaged != text)
    let report = try ReportParser.standard.parse(Array(damaged.utf8))
    let shape = report.diagnostics.filter { $0.code == .foundByShape }
    #expect(shape.count == 1)
    #expect(shape.first?.line == 37)
    #expect(shape.first?.message.contains("二、主动公开政府信息情况") == true)
    #expect(report.diagnostics.contains { $0.code == .missingSection && $0.message.contains("二、") })
    let expected = try Fixtures.expected("handmade/h2021.tsv.txt")
    #expect(report.formattedFields() == expected)
  }
}
