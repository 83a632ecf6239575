import DisclosureKit
import Testing

/// The assembler infers from zero totals only after a value was marked open (an
/// empty cell, a dash): these check both sides of that short cut on a sample whose
/// rows 三(一) and 三(二) each leave one cell empty under a total of 0.
@Suite("Inference needs an open value")
struct OpenValueInferenceTests {
  private static let sample = "seeds/003_e6d10310d5a8465b.txt"

  @Test("Empty cells under a total of 0 are opened, then inferred as 0")
  func emptyCellInferred() throws {
    let report = try Fixtures.parse(Self.sample)
    let inferred = report.diagnostics.filter { $0.code == .inferredFromZeroTotal }.compactMap(\.key)
    #expect(inferred == ["applications.granted.naturalPerson", "applications.partiallyGranted.naturalPerson"])
    #expect(report.field("applications.granted.naturalPerson")?.value == .integer(0))
    // The empty cell's warning is withdrawn: the value is no longer null.
    #expect(!report.diagnostics.contains { $0.code == .emptyCell && $0.key == "applications.granted.naturalPerson" })
  }

  @Test("With blanks read as 0 no value is opened, and nothing is inferred")
  func blankAsZeroOpensNothing() throws {
    let parser = ReportParser(registry: .standard, options: ParseOptions(blankAsZero: true))
    let report = try parser.parse(Fixtures.bytes(Self.sample))
    #expect(!report.diagnostics.contains { $0.code == .inferredFromZeroTotal })
    #expect(report.diagnostics.contains { $0.code == .blankReadAsZero })
    #expect(report.field("applications.granted.naturalPerson")?.value == .integer(0))
  }
}
