import Testing

@testable import DisclosureModel

/// The checks read a report's values at the positions the identities name without
/// comparing each with the count: a shorter list is read as if padded with `nil`s.
@Suite("The checks on short and full lists of values")
struct CheckerBoundTests {
  private static func report(_ edition: Edition, fields: [Field]) -> Report {
    Report(
      metadata: ReportMetadata(title: nil, agency: nil, year: nil, edition: edition, layout: "test", encoding: "UTF-8"),
      sections: [], fields: fields, checks: [], diagnostics: [])
  }

  @Test("The bound is past every position the identities name", arguments: Edition.allCases)
  func bound(edition: Edition) throws {
    let identities = Identity.all(for: edition)
    let count = FieldCatalogue.fields(for: edition).count
    #expect(identities.fieldBound <= count)
    let review = try #require(FieldCatalogue.index(of: "review.total", in: edition))
    let received = try #require(FieldCatalogue.index(of: "applications.received.total", in: edition))
    #expect(identities.fieldBound > review)
    #expect(identities.fieldBound > received)
  }

  @Test("A report without fields is incomplete in every check", arguments: Edition.allCases)
  func noFields(edition: Edition) {
    let checks = Checker.check(Self.report(edition, fields: []))
    #expect(checks.map(\.id) == CheckID.allCases)
    #expect(checks.allSatisfy { $0.status == .incomplete && $0.failures.isEmpty })
  }

  @Test("Review totals are checked on a full list and on one cut just past them", arguments: Edition.allCases)
  func reviewTotals(edition: Edition) throws {
    var fields = FieldCatalogue.fields(for: edition).map { Field(definition: $0) }
    let values = ["review.upheld": 1, "review.corrected": 2, "review.other": 3, "review.pending": 4]
    for (key, value) in values {
      fields[try #require(FieldCatalogue.index(of: key, in: edition))].value = .integer(value)
    }
    let total = try #require(FieldCatalogue.index(of: "review.total", in: edition))
    fields[total].value = .integer(10)
    let cut = Array(
      fields[...max(total, values.keys.compactMap { FieldCatalogue.index(of: $0, in: edition) }.max() ?? 0)])
    for list in [fields, cut] {
      let passing = Checker.check(Self.report(edition, fields: list))
      #expect(passing.first { $0.id == .reviewTotal }?.status == .pass)
      #expect(passing.first { $0.id == .litigationDirectTotal }?.status == .incomplete)
    }
    fields[total].value = .integer(11)
    let failing = try #require(Checker.check(Self.report(edition, fields: fields)).first { $0.id == .reviewTotal })
    #expect(failing.status == .fail)
    #expect(
      failing.failures == [
        CheckResult.Failure(
          key: "review.total", stated: 11, computed: 10,
          parts: ["review.upheld", "review.corrected", "review.other", "review.pending"])
      ])
  }
}
