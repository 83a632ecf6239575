import Testing

@testable import DisclosureModel

/// The blank fields copied by their bytes from an edition's image.
@Suite("Blank field images")
struct BlankFieldImageTests {
  @Test("An edition's image copies to its blank fields, one a definition, holding nothing", arguments: Edition.allCases)
  func copiesBlankFields(edition: Edition) {
    let image = BlankFieldImage.of(edition)
    let definitions = FieldCatalogue.fields(for: edition)
    #expect(image.count == definitions.count)
    let fields = FieldAssembler.blankFields(image)
    #expect(fields == definitions.map { Field(definition: $0) })
  }

  @Test("A copy of part of an image, across the pieces of one copy, is the image's first fields")
  func copiesPart() {
    let definitions = FieldCatalogue.fields(for: .edition2021)
    let image = BlankFieldImage.of(.edition2021)
    // Fewer than one piece, one piece exactly, one more, and more than the image holds.
    for count in [0, 1, 71, 72, 73, 150, 205, 300] {
      let copied = [Field](unsafeUninitializedCapacity: 300) { buffer, initialized in
        guard let start = buffer.baseAddress else { return }
        image.copy(into: start, count: count)
        initialized = min(count, 205)
      }
      #expect(copied == definitions.prefix(min(count, 205)).map { Field(definition: $0) })
    }
    #expect(BlankFieldImage.fieldsACopy == 72)
  }

  @Test("A field is a definition and its packed value and source: copying a blank one by its bytes is safe")
  func fieldLayout() {
    // A property added to `Field` or `FieldStorage` (which a blank field might hold
    // a reference in) changes its size: then check that copying a blank field by its
    // bytes still makes the same value (see ``BlankFieldImage``).
    #expect(MemoryLayout<Field>.size == 41)
    #expect(MemoryLayout<Field>.stride == 48)
    #expect(MemoryLayout<FieldDefinition>.size == 8)
    #expect(MemoryLayout<FieldStorage>.size == 33)
  }
}
