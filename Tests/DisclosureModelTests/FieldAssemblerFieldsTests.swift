import Testing

@testable import DisclosureModel

/// The assembler's fields, kept as the report's own array and written in place.
@Suite("The assembler's fields")
struct FieldAssemblerFieldsTests {
  @Test("A new assembler holds every field of its edition, in order, with no value", arguments: Edition.allCases)
  func blank(edition: Edition) {
    let assembler = FieldAssembler(edition: edition)
    let fields = assembler.fields()
    let definitions = FieldCatalogue.fields(for: edition)
    #expect(fields.count == definitions.count)
    #expect(fields.map(\.definition) == definitions)
    #expect(fields.allSatisfy { $0.value == nil && $0.source == nil })
    #expect(fields.first?.key == "report.title")
    assembler.withFieldIntegers { integers in
      #expect(integers.count == definitions.count)
      #expect((0..<integers.count).allSatisfy { integers.integer(at: $0) == nil })
    }
  }

  @Test("Blank fields are one a definition, in order, holding nothing; none for no definitions")
  func blankFields() throws {
    let definitions = FieldCatalogue.permanentFields(for: .edition2021)
    let fields = FieldAssembler.blankFields(BlankFieldImage(definitions))
    #expect(fields.count == 205)
    #expect(fields.map(\.definition) == FieldCatalogue.fields(for: .edition2021))
    #expect(fields.allSatisfy { $0.value == nil && $0.source == nil })
    #expect(fields.last?.key == FieldCatalogue.fields(for: .edition2021).last?.key)
    let two = PermanentBuffer(Array(FieldCatalogue.fields(for: .edition2019).prefix(2)))
    #expect(FieldAssembler.blankFields(BlankFieldImage(two)).map(\.key) == ["report.title", "report.agency"])
    #expect(FieldAssembler.blankFields(BlankFieldImage(PermanentBuffer([FieldDefinition]()))).isEmpty)
  }

  @Test("Values set are in the fields and, when integers, in the checks' reading", arguments: Edition.allCases)
  func setValues(edition: Edition) throws {
    var assembler = FieldAssembler(edition: edition)
    let before = assembler.fields()
    assembler.set(.year, .integer(2021), source: SourceLocation(line: 3))
    assembler.set(.layout, .text("markdown"), source: nil)
    assembler.setText(.agency, "某县人民政府")
    let fields = assembler.fields()
    let year = try #require(FieldCatalogue.index(of: "report.year", in: edition))
    let layout = try #require(FieldCatalogue.index(of: "report.layout", in: edition))
    let agency = try #require(FieldCatalogue.index(of: "report.agency", in: edition))
    #expect(fields[year].value == .integer(2021))
    #expect(fields[year].source == SourceLocation(line: 3))
    #expect(fields[layout].value == .text("markdown"))
    #expect(fields[agency].value == .text("某县人民政府"))
    #expect(fields[agency].source == nil)
    // The array handed out before is not changed by values set after.
    #expect(before[year].value == nil)
    #expect(before[layout].value == nil)
    assembler.withFieldIntegers { integers in
      #expect(integers.integer(at: year) == 2021)
      #expect(integers.integer(at: layout) == nil)
      #expect(integers.integer(at: agency) == nil)
    }
  }

  @Test("A text marked missing holds no value, even one set before", arguments: Edition.allCases)
  func lostText(edition: Edition) throws {
    var assembler = FieldAssembler(edition: edition)
    assembler.set(.title, .text("某局2021年政府信息公开年度报告"), source: nil)
    assembler.setText(.title, nil)
    let title = try #require(FieldCatalogue.index(of: "report.title", in: edition))
    #expect(assembler.fields()[title].value == nil)
    // Marked lost, it is not diagnosed as missing from a table (it is the report's
    // own key): the only diagnostics are for the table fields, none for the title.
    assembler.diagnoseMissing(anchors: FieldAssembler.Anchors(proactive: 1, applications: 2, review: 3))
    #expect(!assembler.diagnostics.contains { $0.key == "report.title" })
  }
}
