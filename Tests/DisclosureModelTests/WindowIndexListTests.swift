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

  @Test("Each repeated window row's note names its own row, recorded directly or by the general steps")
  func repeatNotesNameTheirRows() throws {
    typealias Row = WindowRowRecordingTests.TestRow
    let secret = try WindowRowRecordingTests.applicationRow("denied.stateSecret")
    let forbidden = try WindowRowRecordingTests.applicationRow("denied.prohibitedByLaw")
    let secretCells = ["1.属于国家秘密", "3", "0", "12", "0", "0", "1", "16"]
    let forbiddenCells = ["2.其他法律行政法规禁止公开", "1", "0", "0", "0", "0", "0", "1"]
    // Each row twice: the copies (lines 7 and 8) repeat their rows, each noted once
    // with its own label, though the row before each copy wrote no message.
    let rows = [
      Row(texts: secretCells, line: 5, table: .application(secret)),
      Row(texts: forbiddenCells, line: 6, table: .application(forbidden)),
      Row(texts: secretCells, line: 7, table: .application(secret)),
      Row(texts: forbiddenCells, line: 8, table: .application(forbidden)),
    ]
    var outcomes: [[String]] = []
    for direct in [true, false] {
      let (fields, diagnostics) = WindowRowRecordingTests.recorded(
        rows, edition: .edition2021, windowRowsDirectly: direct)
      let repeats = diagnostics.filter { $0.code == .duplicateRow }
      #expect(repeats.map(\.line) == [7, 8])
      let messages = repeats.map(\.message)
      #expect(messages.count == 2)
      if messages.count == 2 {
        #expect(messages[0].contains("属于国家秘密"))
        #expect(!messages[0].contains("禁止公开"))
        #expect(messages[1].contains("其他法律行政法规禁止公开"))
        #expect(!messages[1].contains("国家秘密"))
      }
      #expect(
        try WindowRowRecordingTests.field(
          "applications.denied.prohibitedByLaw.total", in: fields, edition: .edition2021
        ).value == .integer(1))
      outcomes.append(messages)
    }
    #expect(outcomes.first == outcomes.last)
  }
}
