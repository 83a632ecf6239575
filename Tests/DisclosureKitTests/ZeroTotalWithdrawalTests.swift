import DisclosureKit
import Foundation
import Testing

/// Rows of table 三 whose six values are empty under a total of 0: each value is
/// first `null` with an `emptyCell` warning, then inferred as 0 from the total,
/// and its warning withdrawn. Two such rows infer 12 keys (compared with the
/// warnings' keys one by one), three infer 18 (past 16, compared through a set):
/// both ways must withdraw exactly the inferred keys' warnings.
@Suite("Warnings of values inferred from a zero total are withdrawn")
struct ZeroTotalWithdrawalTests {
  private static let fixture = "handmade/h2021.md.txt"

  /// Rows of the fixture's table 三, each made to hold only a total of 0.
  private static let rows = [
    (
      "| | | 7.属于行政执法案卷 | 186 | 140 | 23 | 3 | 98 | 33 | 483 |",
      "| | | 7.属于行政执法案卷 | | | | | | | 0 |"
    ),
    (
      "| | | 8.属于行政查询事项 | 167 | 131 | 7 | 35 | 92 | 16 | 448 |",
      "| | | 8.属于行政查询事项 | | | | | | | 0 |"
    ),
    (
      "| | | 2.重复申请 | 154 | 119 | 5 | 18 | 37 | 68 | 401 |",
      "| | | 2.重复申请 | | | | | | | 0 |"
    ),
  ]

  @Test("Every inferred key loses its warning, and only those", arguments: [2, 3])
  func withdrawn(rowCount: Int) throws {
    var text = try Fixtures.text(Self.fixture)
    for (before, after) in Self.rows.prefix(rowCount) {
      #expect(text.contains(before))
      text = text.replacingOccurrences(of: before, with: after)
    }
    let report = try ReportParser(registry: .standard).parse(Array(text.utf8))
    let inferred = report.diagnostics.filter { $0.code == .inferredFromZeroTotal }.compactMap(\.key)
    // Six values a row, each inferred once.
    #expect(inferred.count == 6 * rowCount)
    #expect(Set(inferred).count == 6 * rowCount)
    for key in inferred {
      #expect(report.field(key)?.value == .integer(0), "\(key)")
      #expect(!report.diagnostics.contains { $0.severity == .warning && $0.key == key }, "\(key)")
    }
    // The fixture parses with no diagnostic at all, and the rows' empty cells sit in
    // their columns (a full grid): each gave an `emptyCell` warning, all withdrawn,
    // so the inferred notes are all that is left.
    #expect(report.diagnostics.count == 6 * rowCount)
    #expect(report.diagnostics.allSatisfy { $0.code == .inferredFromZeroTotal && $0.severity == .info })
    #expect(inferred.first == "applications.denied.enforcementFiles.naturalPerson")
  }
}
