import Testing

@testable import DisclosureModel

/// The table 二 headers' columns kept in slots of the run's allocation
/// (``HeaderColumnSlots``), checked by hand against the array the row readers were
/// given before (``HeaderColumnList``).
@Suite("Table 二 header columns in the run's slots")
struct HeaderColumnSlotsTests {
  @Test("Slots are appended empty, written in place, and read back")
  func appendAndSet() {
    let memory = UnsafeMutableBufferPointer<Int?>.allocate(capacity: 6)
    defer { memory.deallocate() }
    var list = HeaderColumnSlots(memory)
    #expect(list.count == 0)
    #expect(list.appendEmptySlots(4) == 0)
    #expect(list.count == 4)
    list.set(9, at: 1)
    list.set(3, at: 3)
    #expect(list[0] == nil && list[1] == 9 && list[2] == nil && list[3] == 3)
    // The next header's slots follow the first's.
    #expect(list.appendEmptySlots(2) == 4)
    list.set(5, at: 5)
    #expect(list.count == 6 && list[4] == nil && list[5] == 5)
    // No room for more: nothing is added. No slots asked: none added, at the end.
    #expect(list.appendEmptySlots(1) == nil)
    #expect(list.appendEmptySlots(0) == 6)
    #expect(list.appendEmptySlots(-2) == 6)
    #expect(list.count == 6)
    // Outside the list: nothing is written, no column is read.
    list.set(8, at: 6)
    list.set(8, at: -1)
    #expect(list[6] == nil && list[-1] == nil && list[7] == nil)
    #expect((0..<6).map { list[$0] } == [nil, 9, nil, 3, nil, 5])
  }

  @Test("A header row's columns are noted into the slots as into an array")
  func noteColumnsIntoSlots() {
    let labels = ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]
    let classes = labels.map(TablePassesTests.labelClass)
    let found = TablePassesTests.found(classes, firstCell: 5)
    let memory = UnsafeMutableBufferPointer<Int?>.allocate(capacity: 5)
    defer { memory.deallocate() }
    var slots = HeaderColumnSlots(memory)
    var array: [Int?] = []
    let (slotsStart, arrayStart) = found.withUnsafeBufferPointer { found in
      (
        RowAnalysis.noteColumns(found, firstCell: 5, cellCount: 4, headerColumns: &slots),
        RowAnalysis.noteColumns(found, firstCell: 5, cellCount: 4, headerColumns: &array)
      )
    }
    // By hand: four slots from 0, the first (the header label's) empty, the others
    // the columns the labels name.
    #expect(slotsStart == 0 && arrayStart == 0)
    #expect(slots.count == 4 && array.count == 4)
    #expect((0..<4).map { slots[$0] } == array)
    #expect(slots[0] == nil && slots[1] == classes[1].proactiveColumn && slots[3] == classes[3].proactiveColumn)
    #expect(slots[1] != nil && slots[2] != nil)
    // A second header with too few slots left names no column.
    let again = found.withUnsafeBufferPointer { found in
      RowAnalysis.noteColumns(found, firstCell: 5, cellCount: 4, headerColumns: &slots)
    }
    #expect(again == nil && slots.count == 4)
  }
}
