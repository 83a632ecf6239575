import Testing

@testable import DisclosureModel

/// The index lists that window rows are recorded by hold plain indices
/// (``FieldAssembler/windowIndices(_:)``): a list that lacks an index is none, so
/// that its row goes to the general steps, and ``FieldIndexSlot`` reads either kind
/// of list the same way.
@Suite("Window rows' index lists")
struct WindowIndexListTests {
  @Test("A list with every index is kept as it stands; one lacking any is none")
  func windowIndices() {
    #expect(Array(FieldAssembler.windowIndices(PermanentBuffer([3, 4, 5]))) == [3, 4, 5])
    #expect(Array(FieldAssembler.windowIndices(PermanentBuffer([7]))) == [7])
    #expect(Array(FieldAssembler.windowIndices(PermanentBuffer([0, 12, 2]))) == [0, 12, 2])
    #expect(FieldAssembler.windowIndices(PermanentBuffer([3, nil, 5])).isEmpty)
    #expect(FieldAssembler.windowIndices(PermanentBuffer([nil, 4])).isEmpty)
    #expect(FieldAssembler.windowIndices(PermanentBuffer([9, nil])).isEmpty)
    #expect(FieldAssembler.windowIndices(PermanentBuffer([nil])).isEmpty)
    #expect(FieldAssembler.windowIndices(PermanentBuffer<Int?>([])).isEmpty)
  }

  @Test("Both editions have all fifteen keys of table 四, in column order", arguments: Edition.allCases)
  func reviewIndices(edition: Edition) {
    let list =
      edition == .edition2019 ? FieldAssembler.windowReviewIndices2019 : FieldAssembler.windowReviewIndices2021
    let keys = list.buffer.map { FieldCatalogue.fields(for: edition)[$0].key }
    #expect(keys.count == 15)
    #expect(keys.first == "review.upheld")
    #expect(keys.dropFirst(4).first == "review.total")
    #expect(keys.dropFirst(5).first == "litigation.direct.upheld")
    #expect(keys.last == "litigation.afterReview.total")
  }

  @Test("An entry's field index: an `Int` is its own, an `Int?` its wrapped value or none")
  func fieldIndexSlot() {
    #expect(0.fieldIndex == 0)
    #expect(204.fieldIndex == 204)
    #expect(Int?.some(17).fieldIndex == 17)
    #expect(Int?.none.fieldIndex == nil)
  }
}
