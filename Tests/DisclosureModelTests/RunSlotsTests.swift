import Testing

@testable import DisclosureModel

/// What the interpretation run keeps in its one allocation, and the report's own
/// fields written in one pass.
@Suite("The run's slots and the report's own fields")
struct RunSlotsTests {
  @Test("A section start is a plain value, freed without being deinitialised")
  func plainSectionStart() {
    #expect(_isPOD(InterpretationRun.SectionStart.self))
    #expect(InterpretationRun.maximumSections == 6)
  }

  @Test(
    "The report's own fields set in one pass equal those set one by one",
    arguments: Edition.allCases)
  func reportFields(edition: Edition) throws {
    var together = FieldAssembler(edition: edition)
    together.setReportFields(
      title: "某局2021年政府信息公开年度报告", agency: nil, year: 2021, yearLine: 1, edition: edition, layout: "markdown")
    var oneByOne = FieldAssembler(edition: edition)
    oneByOne.setText(.title, "某局2021年政府信息公开年度报告")
    oneByOne.setText(.agency, nil)
    oneByOne.set(.year, .integer(2021), source: SourceLocation(line: 1))
    oneByOne.set(.edition, .text(edition.rawValue), source: nil)
    oneByOne.set(.layout, .text("markdown"), source: nil)
    #expect(together.fields() == oneByOne.fields())
    let fields = together.fields()
    let title = try #require(FieldCatalogue.index(of: "report.title", in: edition))
    let agency = try #require(FieldCatalogue.index(of: "report.agency", in: edition))
    let year = try #require(FieldCatalogue.index(of: "report.year", in: edition))
    let layout = try #require(FieldCatalogue.index(of: "report.layout", in: edition))
    #expect(fields[title].value == .text("某局2021年政府信息公开年度报告"))
    #expect(fields[agency].value == nil)
    #expect(fields[year].value == .integer(2021))
    #expect(fields[year].source == SourceLocation(line: 1))
    #expect(fields[layout].value == .text("markdown"))
    // The agency is marked lost, so it is not diagnosed as missing from a table.
    together.diagnoseMissing(anchors: FieldAssembler.Anchors(proactive: 1, applications: 2, review: 3))
    #expect(!together.diagnostics.contains { $0.key == "report.agency" })
  }
}
