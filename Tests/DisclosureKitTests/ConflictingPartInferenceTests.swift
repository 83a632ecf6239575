import DisclosureKit
import Foundation
import Testing

/// A total is inferred as 0 from its parts only when every part is known to be 0:
/// a part whose two copies disagree is not known, even when the group's other
/// parts are 0. Found by the synthetic corpus (`SYNTHESIS_MAX_KINDS=6`,
/// `SYNTHESIS_SEED=9202`, 70% zeros): a table 四 printed twice, its copies
/// disagreeing on `litigation.direct.corrected` (2 and 9), the total a `—`; the
/// total was given 0 ("every other value of its row is 0").
@Suite("A zero total is not inferred past a part whose copies disagree")
struct ConflictingPartInferenceTests {
  private static let fixture = "handmade/h2021.md.txt"
  private static let row = "| 9 | 3 | 2 | 5 | 19 | 7 | 4 | 1 | 6 | 18 | 11 | 8 | 10 | 12 | 41 |"

  /// The fixture with its table 四's row replaced by one whose `litigation.direct`
  /// group reads 0, `corrected`, 0, 0 and `—` for the total, and the table printed
  /// again with `correctedInCopy`.
  static func report(corrected: Int, correctedInCopy: Int) throws -> Report {
    let text = try Fixtures.text(fixture)
    let table = try #require(text.range(of: "| 行政复议 |"))
    let end = try #require(text.range(of: Self.row))
    func row(_ corrected: Int) -> String {
      "| 9 | 3 | 2 | 5 | 19 | 0 | \(corrected) | 0 | 0 | — | 11 | 8 | 10 | 12 | 41 |"
    }
    let header = text[table.lowerBound..<end.lowerBound]
    let tables = header + row(corrected) + "\n\n" + header + row(correctedInCopy)
    return try ReportParser.standard.parse(
      Array(text.replacingCharacters(in: table.lowerBound..<end.upperBound, with: tables).utf8))
  }

  @Test("Copies that disagree on a part: the part and the total stay null")
  func disagreeingPart() throws {
    let report = try Self.report(corrected: 2, correctedInCopy: 9)
    #expect(report["litigation.direct.corrected"] == nil)
    #expect(report["litigation.direct.total"] == nil)
    #expect(report["litigation.direct.upheld"] == .integer(0))
    #expect(report["litigation.direct.pending"] == .integer(0))
    #expect(!report.diagnostics.contains { $0.code == .inferredFromZeroTotal })
    #expect(report.check(.litigationDirectTotal)?.status == .incomplete)
    // The rest of the table is read as written, in both copies.
    #expect(report["litigation.afterReview.total"] == .integer(41))
  }

  @Test("Copies that agree on a 0: the total is inferred as 0")
  func agreeingZero() throws {
    let report = try Self.report(corrected: 0, correctedInCopy: 0)
    #expect(report["litigation.direct.corrected"] == .integer(0))
    #expect(report["litigation.direct.total"] == .integer(0))
    #expect(
      report.diagnostics.contains { $0.code == .inferredFromZeroTotal && $0.key == "litigation.direct.total" })
    #expect(report.check(.litigationDirectTotal)?.status == .pass)
  }
}
