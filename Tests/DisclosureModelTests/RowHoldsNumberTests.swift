import Testing

@testable import DisclosureModel

/// Whether a row holds a number is asked after its cells are read
/// (``RowAnalysis/holdsNumber(_:)``), only of the rows whose kind depends on it: a
/// row without labels (numbers only, or nothing) and a labelled row that matches
/// nothing known (unrecognised, or ignored).
@Suite("A row's kind when no label names it: told by whether it holds a number")
struct RowHoldsNumberTests {
  /// The kind the row reader gives each row of `texts`.
  static func kinds(_ rows: [[String]]) -> [RowAnalysis.Kind] {
    AnalysedRows.withAnalyses(of: rows.enumerated().map { ($1, $0 + 1) }) { _, analyses in
      analyses.map(\.kind)
    }
  }

  @Test("holdsNumber: true for any number among the values, false for none")
  func holdsNumber() {
    let number = CellValue.number(NumberText(plainValue: 7))
    let cases: [([CellValue], Bool)] = [
      ([], false),
      ([.empty, .placeholder, .text], false),
      ([number], true),
      ([.text, .empty, number], true),
      ([number, .text], true),
      ([.placeholder, .placeholder, .empty, .empty, .text, .text, .empty, number], true),
    ]
    for (values, expected) in cases {
      let found = values.withUnsafeBufferPointer { RowAnalysis.holdsNumber($0) }
      #expect(found == expected, "\(values)")
    }
  }

  @Test("Rows without labels: numbers only when a cell holds a number, else ignored")
  func labelless() {
    let kinds = Self.kinds([
      ["0", "", "12", " 3 "],
      ["", " ", "-", "—"],
      ["", "", "", "１５"],
      ["/", "无", "1.5"],
    ])
    #expect(kinds == [.numbersOnly, .ignored, .numbersOnly, .numbersOnly])
  }

  @Test("Labelled rows matching nothing: unrecognised with a number, ignored without")
  func unmatched() {
    let kinds = Self.kinds([
      ["某某事项", "0", "3"],
      ["某某事项", "", "-"],
      ["第二十条第（一）项", "", "", ""],
      ["", "说明文字", "5件"],
      // A known label still names its row, numbers or not.
      ["规章", "0", "0", "0"],
      ["规章", "", "", ""],
    ])
    #expect(kinds == [.unrecognized, .ignored, .ignored, .unrecognized, .proactive(0), .proactive(0)])
  }
}
