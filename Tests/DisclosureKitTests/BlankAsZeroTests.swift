import DisclosureKit
import Foundation
import Testing

@Suite("Blank cells read as zero")
struct BlankAsZeroTests {
  static let blankParser = ReportParser(registry: .standard, options: ParseOptions(blankAsZero: true))

  /// `h2021.tsv.txt` with four rows of table 三 damaged by hand:
  /// line 59 (`1.属于国家秘密`) has a blank commercial cell in a full row, line 60
  /// (`2.其他法律行政法规禁止公开`) is a short row `218, (blank), 531` whose
  /// columns cannot be placed, line 61 (`3.危及“三安全一稳定”`) holds only its total
  /// after five blank cells, and line 62 (`4.保护第三方合法权益`) has a dash in its
  /// commercial cell.
  static func damagedH2021() throws -> [UInt8] {
    var lines = try Fixtures.text("handmade/h2021.tsv.txt").components(separatedBy: "\n")
    func replace(_ line: Int, _ old: String, _ new: String) throws {
      try #require(lines[line - 1].contains(old))
      lines[line - 1] = lines[line - 1].replacingOccurrences(of: old, with: new)
    }
    try replace(59, "229\t128\t19", "229\t\t19")
    try replace(60, "218\t104\t6\t34\t100\t69\t531", "218\t\t531")
    try replace(61, "183\t108\t27\t58\t103\t15\t494", "\t\t\t\t\t494")
    try replace(62, "206\t134", "206\t—")
    return Array(lines.joined(separator: "\n").utf8)
  }

  @Test("The option is off by default")
  func defaultIsOff() {
    #expect(ParseOptions().blankAsZero == false)
    #expect(Interpreter().blankAsZero == false)
    #expect(ReportParser.standard.options.blankAsZero == false)
  }

  @Test("Only a blank cell placed in its column becomes 0; uncertain and placeholder cells stay null")
  func handmade() throws {
    let bytes = try Self.damagedH2021()
    let plain = try ReportParser.standard.parse(bytes)
    let blank = try Self.blankParser.parse(bytes)

    // The placed blank: null by default, 0 with the option, with a note naming the line.
    #expect(plain["applications.denied.stateSecret.commercial"] == nil)
    #expect(
      plain.diagnostics.contains {
        $0.code == .emptyCell && $0.key == "applications.denied.stateSecret.commercial" && $0.line == 59
      })
    #expect(blank["applications.denied.stateSecret.commercial"] == .integer(0))
    let note = try #require(
      blank.diagnostics.first { $0.key == "applications.denied.stateSecret.commercial" })
    #expect(note.code == .blankReadAsZero)
    #expect(note.severity == .info)
    #expect(note.line == 59)
    #expect(blank.field("applications.denied.stateSecret.commercial")?.source == SourceLocation(line: 59, cell: 5))
    #expect(blank["applications.denied.stateSecret.naturalPerson"] == .integer(229))
    #expect(blank["applications.denied.stateSecret.research"] == .integer(19))
    #expect(blank["applications.denied.stateSecret.total"] == .integer(555))

    // The short row: its columns are uncertain, so nothing becomes 0.
    for report in [plain, blank] {
      for column in ["naturalPerson", "commercial", "research", "nonprofit", "legal", "other", "total"] {
        let key = "applications.denied.prohibitedByLaw.\(column)"
        #expect(report[key] == nil)
        #expect(report.diagnostics.contains { $0.key == key && $0.code == .cannotPlace && $0.line == 60 })
      }
      // The total-only row: its open columns have no cell, blank or not.
      #expect(report["applications.denied.securityStability.total"] == .integer(494))
      for column in ["naturalPerson", "commercial", "research", "nonprofit", "legal", "other"] {
        let key = "applications.denied.securityStability.\(column)"
        #expect(report[key] == nil)
        #expect(report.diagnostics.contains { $0.key == key && $0.code == .totalOnly && $0.line == 61 })
      }
      // A dash is a placeholder, not a blank.
      #expect(report["applications.denied.thirdPartyRights.commercial"] == nil)
      #expect(
        report.diagnostics.contains {
          $0.key == "applications.denied.thirdPartyRights.commercial" && $0.code == .placeholderCell
        })
    }

    // Exactly one value differs, and one check: 229 + 0 + 19 + 55 + 99 + 25 = 427 ≠ 555.
    let differing = zip(plain.fields, blank.fields).filter { $0.value != $1.value }.map(\.0.key)
    #expect(differing == ["applications.denied.stateSecret.commercial"])
    #expect(plain.check(.applicationsRowTotals)?.status == .incomplete)
    #expect(blank.check(.applicationsRowTotals)?.status == .fail)
    #expect(blank.diagnostics.filter { $0.code == .blankReadAsZero }.count == 1)
    #expect(plain.diagnostics.contains { $0.code == .blankReadAsZero } == false)
  }

  @Test("The Shanghai 2019 report, transcribed by hand with its blank cells")
  func shanghai() throws {
    let bytes = try Fixtures.bytes("shanghai/shanghai-2019.tsv.txt")
    let plain = try ReportParser.standard.parse(bytes)
    let blank = try Self.blankParser.parse(bytes)

    // 一、本年新收: 821, 35, (blank), (blank), 2, 1, 859.
    #expect(plain["applications.received.research"] == nil)
    #expect(plain["applications.received.nonprofit"] == nil)
    #expect(blank["applications.received.naturalPerson"] == .integer(821))
    #expect(blank["applications.received.commercial"] == .integer(35))
    #expect(blank["applications.received.research"] == .integer(0))
    #expect(blank["applications.received.nonprofit"] == .integer(0))
    #expect(blank["applications.received.total"] == .integer(859))
    #expect(
      blank.diagnostics.contains {
        $0.code == .blankReadAsZero && $0.key == "applications.received.research" && $0.line == 79
      })
    // （一）予以公开: 258, 12, (blank), (blank), 1, 1, (blank total).
    #expect(plain["applications.granted.total"] == nil)
    #expect(blank["applications.granted.total"] == .integer(0))
    // Table 四: 5, -, -, 2, 7 | 8, -, -, 1, 9 | five blanks.
    #expect(plain["review.corrected"] == nil)
    #expect(blank["review.corrected"] == .integer(0))
    #expect(blank["review.other"] == .integer(0))
    #expect(blank["review.total"] == .integer(7))
    #expect(plain["litigation.afterReview.total"] == nil)
    #expect(blank["litigation.afterReview.total"] == .integer(0))
    // A row whose value cells are all blank has nothing to anchor its columns: null.
    #expect(blank["applications.denied.prohibitedByLaw.total"] == nil)
    #expect(
      blank.diagnostics.contains { $0.code == .cannotPlace && $0.key == "applications.denied.prohibitedByLaw.total" })

    // The blank total of （一）予以公开 read as 0 makes the row-total check fail, where
    // it was incomplete: the option says blanks are zeros, and this one was not.
    #expect(plain.check(.applicationsRowTotals)?.status == .incomplete)
    #expect(blank.check(.applicationsRowTotals)?.status == .fail)
    #expect(plain.check(.reviewTotal)?.status == .incomplete)
    #expect(blank.check(.reviewTotal)?.status == .pass)

    // Every value read without the option is the same with it.
    for (before, after) in zip(plain.fields, blank.fields) where before.value != nil {
      #expect(after.value == before.value, "\(before.key)")
    }
    #expect(blank.diagnostics.filter { $0.code == .blankReadAsZero }.count == 79)
    #expect(plain.diagnostics.filter { $0.code == .emptyCell }.count == 79)
    #expect(blank.diagnostics.contains { $0.code == .emptyCell } == false)
  }

  @Test("The option is recorded in the metadata, the JSON and the fields output")
  func recorded() throws {
    let bytes = try Fixtures.bytes("shanghai/shanghai-2019.tsv.txt")
    let plain = try ReportParser.standard.parse(bytes)
    let blank = try Self.blankParser.parse(bytes)
    #expect(plain.metadata.blankCellsReadAsZero == false)
    #expect(blank.metadata.blankCellsReadAsZero == true)

    let object = try #require(
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(blank)) as? [String: Any])
    #expect(object["blankCellsReadAsZero"] as? Bool == true)
    let plainObject = try #require(
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(plain)) as? [String: Any])
    #expect(plainObject["blankCellsReadAsZero"] as? Bool == false)
    let decoded = try JSONDecoder().decode(Report.self, from: JSONEncoder().encode(blank))
    #expect(decoded.metadata.blankCellsReadAsZero == true)
    #expect(decoded.fields == blank.fields)

    #expect(
      blank.formattedFields().hasSuffix("check.litigation.afterReview.total\tpass\noption.blankCellsReadAsZero\ttrue\n")
    )
    #expect(plain.formattedFields().contains("option.") == false)
    // JSON written before the option existed decodes as `false`.
    var legacy = try #require(
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(plain)) as? [String: Any])
    legacy["blankCellsReadAsZero"] = nil
    let old = try JSONDecoder().decode(Report.self, from: JSONSerialization.data(withJSONObject: legacy))
    #expect(old.metadata.blankCellsReadAsZero == false)
  }

  @Test("A parser's options reach the interpreter even when set after creating the parser")
  func optionsReachInterpreter() throws {
    var parser = ReportParser.standard
    parser.options.blankAsZero = true
    let report = try parser.parse(Fixtures.bytes("shanghai/shanghai-2019.tsv.txt"))
    #expect(report["review.corrected"] == .integer(0))
    #expect(report.metadata.blankCellsReadAsZero)
  }
}
