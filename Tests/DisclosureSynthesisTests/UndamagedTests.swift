import DisclosureKit
import DisclosureSynthesis
import Testing

@Suite("Undamaged synthetic reports")
struct UndamagedTests {
  static let reports: [SyntheticReport] = {
    var generator = ReportGenerator(seed: 31, brokenShare: 0.2, zeroShare: 0.2)
    return (0..<12).map { _ in generator.next() }
  }()

  @Test("All three layouts give identical fields, every value equals the truth", arguments: 0..<12)
  func layoutsAgreeWithTruth(index: Int) throws {
    let report = Self.reports[index]
    var fields: [[String]] = []
    for layout in SyntheticLayout.allCases {
      let rendered = report.render(layout, seed: UInt64(index))
      let parsed = try ReportParser.standard.parse(rendered.bytes)
      #expect(parsed.metadata.layout == layout.rawValue, "\(rendered.reproduction)")
      #expect(parsed.edition == report.edition)
      for key in report.numericKeys {
        #expect(parsed[key] == report.values[key], "\(key) in \(rendered.reproduction)")
      }
      var checks: [String: String] = [:]
      for check in parsed.checks { checks[check.id.rawValue] = check.status.rawValue }
      #expect(checks == rendered.expectedChecks(nullKeys: []), "\(rendered.reproduction)")
      fields.append(
        parsed.fields.filter { $0.key != "report.layout" }.map { "\($0.key)=\($0.value?.formatted ?? "null")" })
    }
    #expect(fields[0] == fields[1])
    #expect(fields[1] == fields[2])
  }
}
