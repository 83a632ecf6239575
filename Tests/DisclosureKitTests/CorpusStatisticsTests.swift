import DisclosureKit
import Foundation
import Testing

/// Statistics over seven files whose numbers are known from their truth files
/// (`*.expected.tsv`), computed by hand:
///
/// | file | year, edition | checks | received | granted | partially | denied | unavailable | notProcessed | otherHandling | outcomeTotal |
/// |---|---|---|---|---|---|---|---|---|---|---|
/// | h2021.tsv | 2023, 2021 | pass | 10278 | 484 | 487 | 3939 | 1436 | 2282 | 1577 | 10205 |
/// | h2021.md | 2023, 2021 | pass | 10278 | 484 | 487 | 3939 | 1436 | 2282 | 1577 | 10205 |
/// | h2019.md | 2020, 2019 | pass | 8439 | 524 | 491 | 3523 | 1374 | 2050 | 570 | 8532 |
/// | shanghai-2019.tsv | 2019, 2019 | incomplete | 859 | null | … | | | | | 805 |
/// | h2021-broken.tsv | 2022, 2021 | review.total fails: left out | | | | | | | | |
/// | empty.txt, image.txt | — | not reports: left out | | | | | | | | |
///
/// Table 四 (upheld, corrected, other, pending, total): h2021 9 3 2 5 19 / 7 4 1 6 18 /
/// 11 8 10 12 41; h2019 14 6 3 8 31 / 12 5 2 9 28 / 7 4 1 10 22; shanghai has
/// `null`s in all three groups.
@Suite("Corpus statistics")
struct CorpusStatisticsTests {
  static func corpus() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    for (name, fixture) in [
      ("a.txt", "handmade/h2021.tsv.txt"), ("b.md", "handmade/h2021.md.txt"), ("c.md", "handmade/h2019.md.txt"),
      ("d.txt", "shanghai/shanghai-2019.tsv.txt"), ("e.txt", "handmade/h2021-broken.tsv.txt"),
    ] {
      try folder.write("in/" + name, try Fixtures.bytes(fixture))
    }
    try folder.write("in/empty.txt", [])
    try folder.write("in/image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
    return folder
  }

  @Test("Who is included and who is left out, and why")
  func inclusion() async throws {
    let folder = try Self.corpus()
    let statistics = await CorpusStatistics.compute(CorpusFiles([folder.path("in")]), window: 2)
    #expect(statistics.files == 7)
    #expect(statistics.reports == 5)
    #expect(statistics.unreadable == 2)
    #expect(statistics.unreadableByKind == ["empty": 1, "binary": 1])
    #expect(statistics.reportsWithFailingCheck == 1)
    #expect(statistics.leftOutByCheck == ["review.total": 1])
    #expect(statistics.included == 4)
    #expect(statistics.leftOut == 3)
    #expect(statistics.blankCellsReadAsZero == false)
  }

  @Test("Applications received per year and edition, and their distribution")
  func received() async throws {
    let folder = try Self.corpus()
    let statistics = await CorpusStatistics.compute(CorpusFiles([folder.path("in")]))
    let groups = statistics.groups.map { ($0.year, $0.edition, $0.reports, $0.received.reports, $0.received.sum) }
    #expect(groups.count == 3)
    #expect(groups[0] == (2019, .edition2019, 1, 1, 859))
    #expect(groups[1] == (2020, .edition2019, 1, 1, 8439))
    #expect(groups[2] == (2023, .edition2021, 2, 2, 20556))
    let overall = statistics.overall
    #expect(overall.reports == 4)
    #expect(overall.received.sum == 859 + 8439 + 2 * 10278)
    #expect(overall.received.sum == 29854)
    #expect(overall.received.missing == 0)
    #expect(overall.received.mean == 7463.5)
    // negative, 0, 1–9, 10–99, 100–999, 1000–9999, 10000+
    #expect(overall.receivedDistribution.counts == [0, 0, 0, 0, 1, 1, 2])
  }

  @Test("Outcome shares over the reports with every outcome known")
  func outcomes() async throws {
    let folder = try Self.corpus()
    let outcomes = await CorpusStatistics.compute(CorpusFiles([folder.path("in")])).overall.outcomes
    // Shanghai's 予以公开 total is null: it is left out of the outcomes.
    #expect(outcomes.reports == 3)
    #expect(outcomes.missing == 1)
    #expect(
      Outcomes.categories == ["granted", "partiallyGranted", "denied", "unavailable", "notProcessed", "otherHandling"])
    #expect(
      outcomes.sums == [
        2 * 484 + 524, 2 * 487 + 491, 2 * 3939 + 3523, 2 * 1436 + 1374, 2 * 2282 + 2050, 2 * 1577 + 570,
      ])
    #expect(outcomes.sums == [1492, 1465, 11401, 4246, 6614, 3724])
    #expect(outcomes.total == 2 * 10205 + 8532)
    #expect(outcomes.sums.reduce(0, +) == outcomes.total)
    #expect(outcomes.share("granted") == 1492.0 / 28942.0)
    #expect(outcomes.share("denied") == 11401.0 / 28942.0)
    #expect(outcomes.share("nonsense") == nil)
  }

  @Test("Review and litigation over the reports with all five values known")
  func reviewAndLitigation() async throws {
    let folder = try Self.corpus()
    let overall = await CorpusStatistics.compute(CorpusFiles([folder.path("in")])).overall
    #expect(overall.review.reports == 3)
    #expect(overall.review.missing == 1)
    #expect(overall.review.sums == [2 * 9 + 14, 2 * 3 + 6, 2 * 2 + 3, 2 * 5 + 8, 2 * 19 + 31])
    #expect(overall.review.sum("total") == 69)
    #expect(overall.litigationDirect.sums == [26, 13, 4, 21, 64])
    #expect(overall.litigationAfterReview.sums == [29, 20, 21, 34, 104])
    #expect(overall.litigationAfterReview.missing == 1)
  }

  @Test("Reports made by hand: fewer fields, a text where a count goes, a sum past 64 bits, a group of any name")
  func handMadeReports() throws {
    let h2021 = try Fixtures.parse("handmade/h2021.tsv.txt")
    var group = CorpusStatistics.Group(year: 2023, edition: .edition2021)
    group.add(h2021)
    #expect(group.received.sum == 10278)
    #expect(group.outcomes.sums == [484, 487, 3939, 1436, 2282, 1577])
    #expect(group.outcomes.total == 10205)
    #expect(group.review.sums == [9, 3, 2, 5, 19])
    #expect(group.litigationAfterReview.sums == [11, 8, 10, 12, 41])

    // Only the first ten fields: every value the figures read is past them.
    var short = h2021
    short.fields = Array(h2021.fields.prefix(10))
    group.add(short)
    #expect(group.reports == 2)
    #expect(group.received.missing == 1)
    #expect(group.outcomes.missing == 1)
    #expect(group.review.missing == 1)
    #expect(group.review.sums == [9, 3, 2, 5, 19])

    // A text where review.upheld's count goes is not a count.
    var texted = h2021
    let upheld = try #require(FieldCatalogue.index(of: "review.upheld", in: .edition2021))
    texted.fields[upheld].value = .text("9")
    group.add(texted)
    #expect(group.review.missing == 2)
    #expect(group.review.reports == 1)

    // Two reports whose review.upheld is Int.max: the sum wraps and says so.
    var huge = h2021
    huge.fields[upheld].value = .integer(Int.max)
    var results = CorpusStatistics.Results()
    results.add(huge, group: "review")
    #expect(results.overflowed == false)
    results.add(huge, group: "review")
    #expect(results.overflowed == true)
    #expect(results.reports == 2)
    #expect(results.sums[1...] == [6, 4, 10, 38])

    // A group the catalogue does not have is missing; one it has is read by name.
    var other = CorpusStatistics.Results()
    other.add(h2021, group: "nonsense")
    #expect(other.missing == 1)
    other.add(h2021, group: "litigation.direct")
    #expect(other.sums == [7, 4, 1, 6, 18])
  }

  @Test("The text says what was counted and what was left out")
  func text() async throws {
    let folder = try Self.corpus()
    let text = await CorpusStatistics.compute(CorpusFiles([folder.path("in")])).formatted()
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0] == "7 files: 5 reports read, 2 not reports (binary 1, empty 1)")
    #expect(
      lines[1]
        == "included: 4 reports, those in which no check fails (an incomplete check does not exclude a report)")
    #expect(lines[2] == "left out: 3 files: 2 not reports, 1 report with a failing check (review.total 1)")
    #expect(lines.contains("year  edition  reports  with value  received     mean"))
    #expect(lines.contains("2019  2019           1           1       859    859.0"))
    #expect(lines.contains("2023  2021           2           2     20556  10278.0"))
    #expect(lines.contains("all                  4           4     29854   7463.5"))
    #expect(lines.contains("granted                   1492    5.2%"))
    #expect(lines.contains("outcomeTotal             28942  100.0%"))
    #expect(lines.contains("review                        3         1      32         12      7       18     69"))
    #expect(text.hasSuffix("\n"))
  }

  @Test("Blank cells as zero change what counts, and say so")
  func blankAsZero() async throws {
    let folder = try Self.corpus()
    var options = ParseOptions()
    options.blankAsZero = true
    let statistics = await CorpusStatistics.compute(
      CorpusFiles([folder.path("in")]), parser: ReportParser(registry: .standard, options: options))
    // Shanghai's blank 予以公开 total becomes 0, so its row-total check fails and it
    // is left out.
    #expect(statistics.blankCellsReadAsZero)
    #expect(statistics.included == 3)
    #expect(statistics.leftOutByCheck == ["review.total": 1, "applications.rowTotals": 1])
    #expect(statistics.formatted().contains("\nblank cells were read as 0 (--blank-as-zero)\n"))
  }

  @Test("Nothing to count: every figure is empty")
  func empty() {
    let statistics = CorpusStatistics()
    #expect(statistics.included == 0)
    #expect(statistics.overall.received.mean == nil)
    #expect(statistics.overall.outcomes.share("granted") == nil)
    #expect(
      statistics.formatted()
        == "0 files: 0 reports read, 0 not reports\nincluded: 0 reports, those in which no check fails (an incomplete check does not exclude a report)\nleft out: 0 files\n"
    )
  }
}

private typealias Outcomes = CorpusStatistics.Outcomes
