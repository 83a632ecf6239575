import Testing

@testable import DisclosureModel

/// A count offered again for a field that holds one: compared with the field's
/// integer, a repeat when equal, else a conflict that makes the field `null`.
@Suite("Counts offered again")
struct RepeatedCountTests {
  typealias Location = DisclosureModel.SourceLocation

  @Test("The same count again is a repeat; another count is a conflict, noted with both values")
  func repeatAndConflict() throws {
    let index = try #require(FieldCatalogue.index(of: "review.total", in: .edition2021))
    var assembler = FieldAssembler(edition: .edition2021)
    assembler.setForInference(index, count: 5, line: 3)
    assembler.setForInference(index, count: 5, line: 9)
    // A repeat: the first value and source stay, and nothing is noted.
    #expect(assembler.fields()[index].value == .integer(5))
    #expect(assembler.fields()[index].source == Location(line: 3))
    #expect(assembler.diagnostics.isEmpty)
    assembler.setForInference(index, count: 6, line: 12)
    #expect(assembler.fields()[index].value == nil)
    #expect(assembler.fields()[index].source == Location(line: 12))
    let notes = assembler.diagnostics
    #expect(notes.count == 1)
    #expect(notes.first?.code == .conflictingDuplicate)
    #expect(notes.first?.line == 12)
    #expect(notes.first?.key == "review.total")
    let message = notes.first?.message ?? ""
    #expect(message.contains("5") && message.contains("6") && message.contains("3"))
    // In conflict, it stays so, whatever is offered.
    assembler.setForInference(index, count: 5, line: 14)
    #expect(assembler.fields()[index].value == nil)
    #expect(assembler.diagnostics.count == 1)
  }
}
