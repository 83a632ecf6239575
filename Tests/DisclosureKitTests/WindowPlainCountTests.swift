import DisclosureKit
import Foundation
import Testing

/// The assembler records a window-placed row's leading plain counts in a loop of
/// their own and hands the rest of the row to its general loop from the first
/// column that loop left: rows that switch from one to the other mid-row, and
/// repeated rows (whose first column already holds a value), read as before.
@Suite("Plain counts recorded ahead of the general loop")
struct WindowPlainCountTests {
  /// `h2021.tsv.txt` with rows of table 三 changed by hand: line 59
  /// (`1.属于国家秘密`) has `12.5` in its commercial cell, line 62
  /// (`4.保护第三方合法权益`) a full-width `１３４` there, and after line 62 come a
  /// copy of line 60 (`2.其他法律行政法规禁止公开`, the same values: line 63) and a
  /// copy of line 61 (`3.危及“三安全一稳定”`) whose first value is 184 instead
  /// of 183 (line 64).
  static func changedH2021() throws -> [UInt8] {
    var lines = try Fixtures.text("handmade/h2021.tsv.txt").components(separatedBy: "\n")
    func replace(_ line: Int, _ old: String, _ new: String) throws {
      try #require(lines[line - 1].contains(old))
      lines[line - 1] = lines[line - 1].replacingOccurrences(of: old, with: new)
    }
    try replace(59, "229\t128\t19", "229\t12.5\t19")
    try replace(62, "206\t134\t12", "206\t１３４\t12")
    let repeated = lines[60 - 1]
    try #require(repeated.hasSuffix("218\t104\t6\t34\t100\t69\t531"))
    let conflicting = lines[61 - 1].replacingOccurrences(of: "\t183\t", with: "\t184\t")
    try #require(conflicting != lines[61 - 1])
    lines.insert(contentsOf: [repeated, conflicting], at: 62)
    return Array(lines.joined(separator: "\n").utf8)
  }

  @Test("A row's values read the same whether they are plain counts or not, wherever they stand")
  func mixedRows() throws {
    let report = try ReportParser.standard.parse(Self.changedH2021())
    let secret = "applications.denied.stateSecret."
    // A plain count, a fraction (lost, with a warning), then plain counts again.
    #expect(report[secret + "naturalPerson"] == .integer(229))
    #expect(report.field(secret + "naturalPerson")?.source == SourceLocation(line: 59, cell: 4))
    #expect(report[secret + "commercial"] == nil)
    #expect(
      report.diagnostics.contains {
        $0.code == .unreadableNumber && $0.key == secret + "commercial" && $0.line == 59
      })
    #expect(report[secret + "research"] == .integer(19))
    #expect(report.field(secret + "research")?.source == SourceLocation(line: 59, cell: 6))
    #expect(report[secret + "total"] == .integer(555))
    #expect(report.field(secret + "total")?.source == SourceLocation(line: 59, cell: 10))

    // A full-width number is read (with a note) between plain counts.
    let third = "applications.denied.thirdPartyRights."
    #expect(report[third + "naturalPerson"] == .integer(206))
    #expect(report[third + "commercial"] == .integer(134))
    #expect(report.field(third + "commercial")?.source == SourceLocation(line: 62, cell: 5))
    #expect(
      report.diagnostics.contains { $0.code == .normalizedNumber && $0.key == third + "commercial" && $0.line == 62 })
    #expect(report[third + "research"] == .integer(12))
    #expect(report[third + "total"] == .integer(532))
    #expect(report.field(third + "total")?.source == SourceLocation(line: 62, cell: 10))

    // The repeated row keeps the first copy's values and sources, and is noted once.
    let law = "applications.denied.prohibitedByLaw."
    #expect(report[law + "naturalPerson"] == .integer(218))
    #expect(report.field(law + "naturalPerson")?.source == SourceLocation(line: 60, cell: 4))
    #expect(report[law + "total"] == .integer(531))
    #expect(report.field(law + "total")?.source == SourceLocation(line: 60, cell: 10))
    #expect(report.diagnostics.filter { $0.code == .duplicateRow && $0.line == 63 }.count == 1)

    // The conflicting copy makes its one differing value null; the others stand.
    let security = "applications.denied.securityStability."
    #expect(report[security + "naturalPerson"] == nil)
    #expect(
      report.diagnostics.contains {
        $0.code == .conflictingDuplicate && $0.key == security + "naturalPerson" && $0.line == 64
      })
    #expect(report[security + "commercial"] == .integer(108))
    #expect(report.field(security + "commercial")?.source == SourceLocation(line: 61, cell: 5))
    #expect(report[security + "total"] == .integer(494))
  }
}
