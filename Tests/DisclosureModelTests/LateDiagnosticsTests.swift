import Testing

@testable import DisclosureModel

/// The run's last diagnostics (the title, agency and year not found, then each
/// section missing) are made straight into the final list, after the document's
/// notes and the run's own (here the edition assumed, made when the edition is
/// decided) and in front of the assembler's: among the diagnostics without a line,
/// which sorting leaves in their order at the end, they keep that place.
@Suite("The run's late diagnostics in the final list")
struct LateDiagnosticsTests {
  /// A section 一 heading, a paragraph and a table 二 row, with a note without a line.
  private static func document() -> Document {
    SmallRunDocument.make(
      note: Diagnostic(code: .replacedBytes, severity: .warning, line: nil, key: nil, message: "a note without a line"))
  }

  /// The codes of `report`'s diagnostics without a line, in order.
  private static func unlined(_ report: Report) -> [DiagnosticCode] {
    report.diagnostics.filter { $0.line == nil }.map(\.code)
  }

  @Test("The note, the run's own, then the metadata missing and sections 二 to 六, then the assembler's")
  func orderAfterNotes() {
    let report = Interpreter().interpret(Self.document(), layout: "tsv")
    let codes = Self.unlined(report)
    let late: [DiagnosticCode] =
      [.replacedBytes, .editionFromYear] + Array(repeating: .missingMetadata, count: 3)
      + Array(repeating: .missingSection, count: 5)
    #expect(Array(codes.prefix(late.count)) == late)
    #expect(!codes.dropFirst(late.count).contains(.missingMetadata))
    #expect(!codes.dropFirst(late.count).contains(.missingSection))
    let unlined = report.diagnostics.filter { $0.line == nil }
    #expect(unlined[2...4].map(\.key) == ["report.title", "report.agency", "report.year"])
    #expect(unlined[2].message == "The report's title was not found in its title or first lines.")
    #expect(unlined[5].message == "Section 二、主动公开政府信息情况 has no heading in the text.")
    #expect(unlined[9].message == "Section 六、其他需要报告的事项 has no heading in the text.")
  }

  @Test("With no notes, an empty document's run's own, then the three names and sections 一 to 六")
  func orderWithoutNotes() {
    let report = Interpreter().interpret(Document(storage: [], blocks: []), layout: "markdown")
    let unlined = report.diagnostics.filter { $0.line == nil }
    let late: [DiagnosticCode] =
      [.editionFromYear] + Array(repeating: .missingMetadata, count: 3)
      + Array(repeating: .missingSection, count: 6)
    #expect(Array(unlined.prefix(late.count).map(\.code)) == late)
    #expect(unlined[4].message == "Section 一、总体情况 has no heading in the text.")
    #expect(!unlined.dropFirst(late.count).contains { $0.code == .missingSection })
  }
}
