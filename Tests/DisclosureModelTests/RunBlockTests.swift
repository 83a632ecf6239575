import Testing

@testable import DisclosureModel

/// The memory of an interpretation run, kept for the thread's next run.
@Suite("Run blocks")
struct RunBlockTests {
  @Test("A block given back is taken again by the next run on the thread, and not by a run started meanwhile")
  func keptForTheNextRun() {
    // A first block, kept when given back (whatever the thread kept before).
    let first = RunBlock(byteCount: 4_000, alignment: 8)
    first.room.initializeMemory(as: UInt8.self, repeating: 1, count: 4_000)
    first.giveBack()
    let second = RunBlock(byteCount: 4_000, alignment: 8)
    #expect(second.room == first.room)
    // A run started while the kept block is held takes a block of its own, which
    // does not replace the one in use.
    let nested = RunBlock(byteCount: 100, alignment: 8)
    #expect(nested.room != second.room)
    nested.room.initializeMemory(as: UInt8.self, repeating: 2, count: 100)
    nested.giveBack()
    second.giveBack()
    let third = RunBlock(byteCount: 100, alignment: 16)
    #expect(third.room == first.room)
    #expect(Int(bitPattern: third.room) % 16 == 0)
    third.giveBack()
  }

  @Test("A run that needs more room, or a larger alignment, gets a new block; one past the limit is not kept")
  func newBlocks() {
    let small = RunBlock(byteCount: 64, alignment: 8)
    small.giveBack()
    let larger = RunBlock(byteCount: 200_000, alignment: 8)
    larger.room.initializeMemory(as: UInt8.self, repeating: 3, count: 200_000)
    larger.giveBack()
    let again = RunBlock(byteCount: 200_000, alignment: 8)
    #expect(again.room == larger.room)
    again.giveBack()
    let aligned = RunBlock(byteCount: 64, alignment: 64)
    #expect(Int(bitPattern: aligned.room) % 64 == 0)
    aligned.giveBack()
    let huge = RunBlock(byteCount: RunBlock.largestKept + 1, alignment: 8)
    huge.room.initializeMemory(as: UInt8.self, repeating: 4, count: RunBlock.largestKept + 1)
    huge.giveBack()
    let afterHuge = RunBlock(byteCount: 64, alignment: 8)
    #expect(afterHuge.room == larger.room)
    afterHuge.giveBack()
  }
}
