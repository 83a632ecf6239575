import DisclosureKit
import Foundation
import Testing

@Suite("Bad input")
struct BadInputTests {
  static func error(_ bytes: [UInt8]) -> DisclosureError? {
    do {
      _ = try ReportParser.standard.parse(bytes)
      return nil
    } catch {
      return error
    }
  }

  @Test("Empty input and white space only")
  func empty() {
    #expect(Self.error([])?.kind == .empty)
    #expect(Self.error(Array(" \n\t\r\n  ".utf8))?.kind == .empty)
  }

  @Test("Binary data is refused with its byte offset")
  func binary() throws {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
    let error = try #require(Self.error(png))
    #expect(error.kind == .binary)
    #expect(error.byteOffset == 0)
    let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xFF, 0xFE, 0x00, 0x00]
    #expect(Self.error(zip)?.kind == .binary)
  }

  @Test("A text that is not a report")
  func notAReport() throws {
    let novel = "第一章\n\n天色已晚，他推开门，院子里的桂花正开。\n她说：明天再来吧。\n"
    let error = try #require(Self.error(Array(novel.utf8)))
    #expect(error.kind == .notAReport)
    #expect(!error.suggestion.isEmpty)
    let csv = "name,age\nalice,30\nbob,41\n"
    #expect(Self.error(Array(csv.utf8))?.kind == .notAReport)
  }

  @Test("A report with no tables gives every value null, each with a diagnostic")
  func proseOnly() throws {
    let text = """
      某某区人民政府2022年政府信息公开工作年度报告
      一、总体情况
      本年度主动公开政府信息若干条。
      二、主动公开政府信息情况
      详见政府网站。
      三、收到和处理政府信息公开申请情况
      四、政府信息公开行政复议、行政诉讼情况
      五、存在的主要问题及改进情况
      六、其他需要报告的事项
      无。
      """
    let report = try ReportParser.standard.parse(Array(text.utf8))
    #expect(report.edition == .edition2021)
    #expect(report.metadata.year == 2022)
    #expect(report.metadata.agency == "某某区人民政府")
    #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
    #expect(report.sections[0].text == "本年度主动公开政府信息若干条。")
    let numeric = report.fields.filter { !$0.key.hasPrefix("report.") }
    #expect(numeric.allSatisfy { $0.value == nil })
    for field in numeric {
      let diagnostic = report.diagnostics.first { $0.key == field.key }
      #expect(diagnostic?.code == .missingTable)
      #expect(diagnostic?.line != nil)
    }
    #expect(report.checks.allSatisfy { $0.status == .incomplete })
  }

  @Test("The error's description is one line naming the position")
  func description() throws {
    let error = try #require(Self.error(Array("ok".utf8) + [0xFF, 0xFE, 0xFD, 0x00]))
    #expect(!error.description.contains("\n"))
    #expect(error.description.contains("byte 2"))
  }
}
