import DisclosureKit
import Foundation
import Testing

/// The fixture reports re-encoded: every encoding must give the same report.
@Suite("Encodings end to end")
struct EncodingTests {
  static let files = [
    "handmade/h2021.tsv.txt", "handmade/h2019.md.txt", "handmade/h2021.cpl.txt", "seeds/000_89d79d270a8f58c8.txt",
    "shanghai/shanghai-2019.md.txt",
  ]

  /// `text` in `encoding`, with a byte-order mark where the encoding takes one.
  static func encode(_ text: String, _ encoding: TextEncoding, byteOrderMark: Bool = true) throws -> [UInt8] {
    switch encoding {
    case .utf8:
      return (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
    case .utf16LittleEndian:
      return (byteOrderMark ? [0xFF, 0xFE] : []) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    case .utf16BigEndian:
      return (byteOrderMark ? [0xFE, 0xFF] : []) + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    case .gb18030:
      let data = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
      return [UInt8](data)
    }
  }

  static func fields(_ report: Report) -> [String] {
    report.fields.map { "\($0.key)=\($0.value?.formatted ?? "null")" }
  }

  @Test("UTF-8 with and without a mark, UTF-16 LE and BE, GB18030: the same report", arguments: files)
  func sameReport(file: String) throws {
    let text = try Fixtures.text(file)
    let reference = try ReportParser.standard.parse(Array(text.utf8))
    #expect(reference.metadata.encoding == "utf-8")
    for encoding in TextEncoding.allCases {
      let report = try ReportParser.standard.parse(Self.encode(text, encoding))
      #expect(report.metadata.encoding == encoding.rawValue)
      #expect(Self.fields(report) == Self.fields(reference), "\(encoding)")
      #expect(report.checks == reference.checks)
    }
  }

  @Test("A GB18030 file parsed with the encoding named explicitly")
  func explicitGB18030() throws {
    let bytes = try Self.encode(Fixtures.text("handmade/h2021.tsv.txt"), .gb18030)
    let parser = ReportParser(registry: .standard, options: ParseOptions(encoding: .gb18030))
    let report = try parser.parse(bytes)
    #expect(report.metadata.encoding == "gb18030")
    #expect(report.formattedFields() == (try Fixtures.expected("handmade/h2021.tsv.txt")))
    // Named as UTF-8, the same bytes are refused with the offset of the first one.
    do {
      _ = try ReportParser(registry: .standard, options: ParseOptions(encoding: .utf8)).parse(bytes)
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .invalidEncoding)
      let first = try #require(bytes.firstIndex { $0 >= 0x80 })
      #expect(error.byteOffset == first)
      #expect(error.line == bytes[..<first].filter { $0 == 0x0A }.count + 1)
    }
  }

  @Test("Lenient decoding reads a damaged report, one diagnostic per damaged line")
  func lenientReport() throws {
    var bytes = Array(try Fixtures.text("handmade/h2021.tsv.txt").utf8)
    // Damage two lines: the title's first character and a label in table 二.
    let title = try #require(bytes.firstIndex { $0 >= 0x80 })
    bytes[title] = 0xFF
    let label = try #require(bytes.indices.first { bytes[$0...].starts(with: Array("\n规章".utf8)) }) + 1
    bytes[label + 1] = 0x41
    func line(_ offset: Int) -> Int { bytes[..<offset].filter { $0 == 0x0A }.count + 1 }
    do {
      _ = try ReportParser.standard.parse(bytes)
      Issue.record("strict decoding should refuse the bytes")
    } catch {
      #expect(error.kind == .invalidEncoding)
      #expect(error.byteOffset == title)
      #expect(error.line == line(title))
    }
    let lenient = ReportParser(registry: .standard, options: ParseOptions(lenientDecoding: true))
    let report = try lenient.parse(bytes)
    let replaced = report.diagnostics.filter { $0.code == .replacedBytes }
    #expect(replaced.map(\.line) == [line(title), line(label)])
    #expect(report["applications.received.total"] != nil)
  }

  @Test("Truncated GB18030 and UTF-16: strict decoding names the cut, lenient decoding reads what is there")
  func truncatedEncodings() throws {
    let text = try Fixtures.text("handmade/h2021.md.txt")
    for encoding in [TextEncoding.gb18030, .utf16LittleEndian] {
      let bytes = try Self.encode(text, encoding)
      var strictErrors = 0
      for cut in stride(from: 1_001, to: bytes.count, by: 1_000) {
        let prefix = Array(bytes[..<cut])
        do {
          let report = try ReportParser.standard.parse(prefix)
          #expect(report.metadata.encoding == encoding.rawValue)
        } catch {
          #expect(error.kind == .invalidEncoding)
          #expect(error.byteOffset.map { $0 >= cut - 4 && $0 < cut } == true)
          strictErrors += 1
        }
        let lenient = try ReportParser(registry: .standard, options: ParseOptions(lenientDecoding: true)).parse(prefix)
        #expect(lenient.diagnostics.filter { $0.code == .replacedBytes }.count <= 1)
      }
      #expect(strictErrors > 0, "\(encoding): some cut falls inside a character")
    }
  }
}
