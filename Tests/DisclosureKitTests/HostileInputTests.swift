import DisclosureKit
import Foundation
import Testing

/// Input built to be expensive: each case must finish quickly, cap what it must, say
/// so in a diagnostic, and leave the report's values as they were.
@Suite("Hostile input")
struct HostileInputTests {
  static let base = "handmade/h2021.tsv.txt"

  /// The size of the "50 MB" cases: 50 MB in release builds; 4 MB in debug builds,
  /// where a byte-by-byte scan is some twenty times slower (the linearity tests and
  /// the CI's release smoke cover the full size).
  static let largeSize: Int = {
    #if DEBUG
      4 << 20
    #else
      50 << 20
    #endif
  }()

  static func fields(_ report: Report) -> [String] {
    report.fields.map { "\($0.key)=\($0.value?.formatted ?? "null")" }
  }

  static func capped(_ report: Report) -> [Diagnostic] {
    report.diagnostics.filter { $0.code == .limitExceeded }
  }

  /// The base report with `lines` inserted after its last line.
  static func appending(_ lines: String, to file: String = base) throws -> [UInt8] {
    Array(try Fixtures.text(file).utf8) + Array(("\n\n" + lines + "\n").utf8)
  }

  @Test("A single line of 50 MB (4 MB in debug builds): prose is cut at InputLimits.paragraphBytes, with a diagnostic")
  func fiftyMegabyteLine() throws {
    let reference = try Fixtures.parse(Self.base)
    let lineCount = try Fixtures.text(Self.base).split(separator: "\n", omittingEmptySubsequences: false).count
    let bytes = try Self.appending(String(repeating: "很", count: Self.largeSize / 3))
    #expect(bytes.count > Self.largeSize - 3)
    let report = try ReportParser.standard.parse(bytes)
    #expect(Self.fields(report) == Self.fields(reference))
    let capped = Self.capped(report)
    #expect(capped.count == 1)
    #expect(capped.first?.line == lineCount + 2)
    #expect(capped.first?.message.contains("InputLimits.paragraphBytes") == true)
    // The section's prose holds the cut line: at most the cap, cut between characters.
    let last = try #require(report.sections.last)
    #expect(last.text.utf8.count <= InputLimits.paragraphBytes + 4_096)
    #expect(last.text.hasSuffix("很"))
    // The same line alone is not a report.
    let alone = Array(repeating: UInt8(ascii: "x"), count: Self.largeSize)
    #expect(throws: DisclosureError.self) { try ReportParser.standard.parse(alone) }
  }

  @Test("A line of 50 MB of tabs (4 MB in debug builds): the row keeps InputLimits.cellsPerRow cells")
  func fiftyMegabytesOfTabs() throws {
    let reference = try Fixtures.parse(Self.base)
    let bytes = try Self.appending("其他事项" + String(repeating: "\t", count: Self.largeSize))
    let report = try ReportParser.standard.parse(bytes)
    #expect(Self.fields(report) == Self.fields(reference))
    let capped = Self.capped(report)
    #expect(capped.count == 1)
    #expect(capped.first?.message.contains("has \(Self.largeSize + 1) cells") == true)
  }

  @Test("A million empty lines change nothing but line numbers")
  func millionEmptyLines() throws {
    let text = try Fixtures.text(Self.base)
    let reference = try ReportParser.standard.parse(Array(text.utf8))
    let firstBreak = try #require(text.firstIndex(of: "\n"))
    let padded = text[..<firstBreak] + String(repeating: "\n", count: 1_000_000) + text[firstBreak...]
    let report = try ReportParser.standard.parse(Array(padded.utf8))
    #expect(Self.fields(report) == Self.fields(reference))
    #expect(Self.capped(report).isEmpty)
    let line = try #require(reference.field("applications.received.total")?.source?.line)
    #expect(report.field("applications.received.total")?.source?.line == line + 1_000_000)
    // Only empty lines: white space, not a report.
    let blank = [UInt8](repeating: 0x0A, count: 1_000_000)
    #expect(BadInputTests.error(blank)?.kind == .empty)
  }

  @Test(
    "A table row with 100,000 cells keeps its first InputLimits.cellsPerRow cells", arguments: ["tsv", "md", "cpl"])
  func hundredThousandCells(layout: String) throws {
    let file = "handmade/h2021.\(layout).txt"
    let reference = try Fixtures.parse(file)
    let cells = Array(repeating: "0", count: 100_000)
    let row =
      switch layout {
      case "tsv": "其他事项\t" + cells.joined(separator: "\t")
      case "md": "| 其他事项 | " + cells.joined(separator: " | ") + " |"
      default: "\t其他事项\n" + cells.map { "\t" + $0 }.joined(separator: "\n")
      }
    let report = try ReportParser.standard.parse(Self.appending(row, to: file))
    #expect(report.metadata.layout == reference.metadata.layout)
    #expect(Self.fields(report) == Self.fields(reference))
    let capped = Self.capped(report)
    #expect(capped.count == 1)
    #expect(capped.first?.message.contains("100001 cells") == true)
    #expect(capped.first?.message.contains("first \(InputLimits.cellsPerRow) cells") == true)
  }

  @Test("100,000 one-cell rows: the table keeps InputLimits.rowsPerTable rows", arguments: ["md", "cpl"])
  func hundredThousandRows(layout: String) throws {
    let file = "handmade/h2021.\(layout).txt"
    let reference = try Fixtures.parse(file)
    let rows = Array(repeating: layout == "md" ? "| 1 |" : "\t1\n", count: 100_000).joined(separator: "\n")
    let report = try ReportParser.standard.parse(Self.appending(rows, to: file))
    #expect(Self.fields(report) == Self.fields(reference))
    let capped = Self.capped(report)
    #expect(capped.count == 1)
    #expect(capped.first?.message.contains("has 100000 rows") == true)
    #expect(capped.first?.message.contains("its \(100_000 - InputLimits.rowsPerTable) rows") == true)
  }

  @Test("Many small tables: the document keeps InputLimits.rowsPerDocument rows")
  func manyTables() throws {
    let reference = try Fixtures.parse("handmade/h2021.cpl.txt")
    let tables = String(repeating: "\t1\n\n\n", count: 30_000)
    let report = try ReportParser.standard.parse(Self.appending(tables, to: "handmade/h2021.cpl.txt"))
    #expect(Self.fields(report) == Self.fields(reference))
    let capped = Self.capped(report)
    #expect(capped.count == 1)
    #expect(capped.first?.message.contains("InputLimits.rowsPerDocument") == true)
  }

  @Test("Deeply repeated section headings: the first run makes the sections, the rest is prose")
  func repeatedHeadings() throws {
    let headings = [
      "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
    ]
    let text = "某某区人民政府2022年政府信息公开工作年度报告\n" + String(repeating: headings.joined(separator: "\n") + "\n", count: 10_000)
    let report = try ReportParser.standard.parse(Array(text.utf8))
    #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
    #expect(report.sections[5].text.split(separator: "\n").count == 9_999 * 6)
    #expect(Self.capped(report).isEmpty)
    // Nested enumerators and a heading-like line 100,000 characters long.
    let nested = String(repeating: "（一）", count: 100_000) + "总体情况"
    let deep = try ReportParser.standard.parse(Array((text.prefix(40) + "\n" + nested + "\n").utf8))
    #expect(deep.metadata.year == 2022)
  }

  @Test("A label of a million characters is matched on its first InputLimits.labelCharacters")
  func longLabel() throws {
    let reference = try Fixtures.parse(Self.base)
    let label = String(repeating: "规", count: 1_000_000)
    let report = try ReportParser.standard.parse(Self.appending(label + "\t1\t2\t3"))
    #expect(Self.fields(report) == Self.fields(reference))
    let unrecognized = try #require(report.diagnostics.last { $0.code == .unrecognizedRow })
    #expect(unrecognized.message.count < InputLimits.labelCharacters + 200)
  }

  static let fixtureFiles: [String] = {
    guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil),
      let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    else { return [] }
    return files.compactMap { ($0 as? URL)?.path }.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }
      .map { String($0.dropFirst(root.path.count + 1)) }.sorted()
  }()

  @Test("Every sample cut at every 1,000th byte: a report or a typed error, never a crash", arguments: fixtureFiles)
  func truncated(file: String) throws {
    let bytes = try Fixtures.bytes(file)
    #expect(bytes.count > 1_000)
    let lenient = ReportParser(registry: .standard, options: ParseOptions(lenientDecoding: true))
    var reports = 0
    for cut in stride(from: 1_000, to: bytes.count, by: 1_000) {
      let prefix = Array(bytes[..<cut])
      // Strict: a cut inside a character is an invalid sequence at the very end.
      do {
        let report = try ReportParser.standard.parse(prefix)
        #expect(report.fields.count == FieldCatalogue.fields(for: report.edition).count)
      } catch {
        #expect([.notAReport, .invalidEncoding].contains(error.kind), "\(file) cut at \(cut): \(error)")
        if error.kind == .invalidEncoding { #expect(error.byteOffset.map { $0 >= cut - 3 } == true) }
        #expect(!error.description.contains("\n"))
      }
      // Lenient: the cut character is replaced and the rest is read.
      do {
        let report = try lenient.parse(prefix)
        #expect(report.fields.count == FieldCatalogue.fields(for: report.edition).count)
        #expect(report.checks.count == 6)
        #expect(report.diagnostics.filter { $0.code == .replacedBytes }.count <= 1)
        reports += 1
      } catch {
        #expect(error.kind == .notAReport, "\(file) cut at \(cut): \(error)")
      }
    }
    // The HTML page is not a layout the parser reads; every other sample is a report.
    #expect(reports > 0 || file.hasSuffix(".html"))
  }
}
