import Testing

@testable import DisclosureModel

/// An assembler's states, first column room and arena's first room, in room lent
/// by its caller.
@Suite("Room lent to an assembler")
struct AssemblerRoomTests {
  @Test(
    "Room for either edition: 205 states of 2021 rounded to 208, then 16 optional indices, then the arena's 2,048")
  func roomSizes() {
    #expect(FieldAssembler.arenaRoomOffset(states: 205) == 208 + 16 * 16)
    #expect(FieldAssembler.roomByteCount(fieldCount: 205) == 208 + 16 * 16 + 16 + 2_032)
    #expect(FieldAssembler.roomByteCount(fieldCount: 0) == 256 + 2_048)
    #expect(FieldAssembler.roomAlignment == 8)
    let largest = Edition.allCases.map { FieldCatalogue.fields(for: $0).count }.max() ?? 0
    #expect(FieldAssembler.largestRoomByteCount == FieldAssembler.roomByteCount(fieldCount: largest))
  }

  @Test(
    "An assembler in lent room records as one with its own, and leaves the room to its owner",
    arguments: Edition.allCases)
  func lentRoom(edition: Edition) throws {
    let room = UnsafeMutableRawBufferPointer.allocate(
      byteCount: FieldAssembler.largestRoomByteCount, alignment: FieldAssembler.roomAlignment)
    defer { room.deallocate() }
    let year = try #require(FieldCatalogue.index(of: "report.year", in: edition))
    var own = FieldAssembler(edition: edition)
    own.set(.year, .integer(2021), source: SourceLocation(line: 3))
    own.setText(.agency, nil)
    own.diagnoseMissing(anchors: FieldAssembler.Anchors(proactive: 1, applications: 2, review: 3))
    do {
      var lent = FieldAssembler(edition: edition, room: room)
      lent.set(.year, .integer(2021), source: SourceLocation(line: 3))
      lent.setText(.agency, nil)
      lent.diagnoseMissing(anchors: FieldAssembler.Anchors(proactive: 1, applications: 2, review: 3))
      #expect(lent.fields() == own.fields())
      #expect(lent.diagnostics.map(\.message) == own.diagnostics.map(\.message))
      #expect(lent.fields()[year].value == .integer(2021))
    }
    // The states were written into the lent room, the first thing in it: the
    // year's is `read`.
    #expect(room.load(fromByteOffset: year, as: FieldAssembler.State.self) == .read)
    // And the messages' pieces (the missing rows' keys, the missing sections'
    // numbers) into the arena's room after the column room: its header's capacity,
    // then its mark past the pieces, which start with a length byte.
    let arenaOffset = FieldAssembler.arenaRoomOffset(states: FieldCatalogue.fields(for: edition).count)
    #expect(room.load(fromByteOffset: arenaOffset, as: Int.self) == 2_032)
    #expect(room.load(fromByteOffset: arenaOffset + 8, as: Int.self) > 0)
    #expect(room.load(fromByteOffset: arenaOffset + 16, as: UInt8.self) > 0)
  }

  @Test("Room too small or misaligned is not used: the assembler allocates its own")
  func unusableRoom() {
    let room = UnsafeMutableRawBufferPointer.allocate(
      byteCount: FieldAssembler.largestRoomByteCount + 8, alignment: FieldAssembler.roomAlignment)
    defer { room.deallocate() }
    room.initializeMemory(as: UInt8.self, repeating: 0xAB)
    let small = UnsafeMutableRawBufferPointer(rebasing: room[0..<16])
    let misaligned = UnsafeMutableRawBufferPointer(rebasing: room[1..<room.count])
    for unusable in [small, misaligned] {
      var assembler = FieldAssembler(edition: .edition2021, room: unusable)
      assembler.set(.year, .integer(2020), source: nil)
      #expect(assembler.fields().count == 205)
    }
    // Neither assembler wrote into the room.
    #expect(room.allSatisfy { $0 == 0xAB })
  }

  @Test("Taking the fields leaves the assembler none and hands over the same values")
  func takeFields() throws {
    var assembler = FieldAssembler(edition: .edition2021)
    assembler.set(.year, .integer(2021), source: SourceLocation(line: 3))
    let shared = assembler.fields()
    let taken = assembler.takeFields()
    #expect(taken == shared)
    #expect(taken.count == 205)
    #expect(assembler.fields().isEmpty)
  }
}
