import Testing

@testable import DisclosureModel

/// A row's last label index, kept in 4 bytes (-1 for none) and read as
/// ``RowAnalysis/lastLabel`` (`nil` for none) and ``RowAnalysis/firstValue``.
@Suite("A row's last label, kept small")
struct RowLastLabelTests {
  /// The analysis of a row of `texts`, one cell each, laid out one after another.
  static func lastLabel(_ texts: [String]) -> (lastLabel: Int?, firstValue: Int) {
    AnalysedRows.withAnalyses(of: [(texts, 1)]) { _, analyses in
      (analyses[0].lastLabel, analyses[0].firstValue)
    }
  }

  @Test("No label: nil and 0; labels: the last one's index and the cell after it")
  func lastLabels() {
    #expect(Self.lastLabel(["1", "2", "3"]) == (nil, 0))
    #expect(Self.lastLabel(["", "-"]) == (nil, 0))
    #expect(Self.lastLabel(["总计", "1", "2"]) == (0, 1))
    #expect(Self.lastLabel(["（一）", "予以公开", "3", "4"]) == (1, 2))
    #expect(Self.lastLabel(["1", "备注说明", "5"]) == (1, 2))
  }

  @Test("The analysis is 64 bytes: the index takes 4, not an optional's 16")
  func size() {
    #expect(MemoryLayout<RowAnalysis>.size <= 64)
  }
}
