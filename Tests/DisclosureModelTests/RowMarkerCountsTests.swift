import Testing

@testable import DisclosureModel

/// A row's edition markers are added to the run's count as the row is read
/// (``RowAnalysis/init(_:storage:values:keptCells:headerColumns:labels:markerCounts:)``),
/// not kept in its analysis.
@Suite("Edition markers counted as rows are read")
struct RowMarkerCountsTests {
  /// Reads a row of `texts` (one cell each, laid out one after another), adding
  /// its markers to `counts`.
  static func read(_ texts: [String], into counts: inout EditionMarkers) {
    AnalysedRows.withAnalyses(of: [(texts, 1)], markerCounts: &counts) { _, _ in }
  }

  @Test("Markers of each row are added to the count given; rows without markers add nothing")
  func added() {
    var counts = EditionMarkers(count2019: 2, count2021: 5)
    // 信息内容 is no marker; 本年增/减 marks the 2019 template.
    Self.read(["信息内容", "本年增/减", "3"], into: &counts)
    #expect(counts == EditionMarkers(count2019: 3, count2021: 5))
    // 本年收费金额（单位：万元） marks the 2021 template.
    Self.read(["本年收费金额（单位：万元）", "1"], into: &counts)
    #expect(counts == EditionMarkers(count2019: 3, count2021: 6))
    // A data row of table 三 and a row of numbers mark neither.
    Self.read(["总计", "1", "2"], into: &counts)
    Self.read(["4", "5"], into: &counts)
    #expect(counts == EditionMarkers(count2019: 3, count2021: 6))
  }
}
