import Testing

@testable import DisclosureModel

/// The message arena's own memory (``MessageArena``): pieces written straight into
/// its room, grown past its first room, and a copy that keeps the bytes it had.
@Suite("Message arena memory")
struct MessageArenaStorageTests {
  @Test("A copy of an arena keeps its bytes while either is written on")
  func copyKeepsBytes() {
    var first = MessageArena()
    first.append("ab")
    var second = first
    second.append("c")
    first.append("d")
    #expect(first.bytes == [2, 0x61, 0x62, 1, 0x64])
    #expect(second.bytes == [2, 0x61, 0x62, 1, 0x63])
    #expect(first.end == 5)
  }

  @Test("Pieces past the first room are kept whole, and copied from there")
  func growsPastFirstRoom() {
    var arena = MessageArena()
    let long = [UInt8](repeating: 0x78, count: 1_000)
    long.withUnsafeBufferPointer { arena.append($0) }
    arena.append("y")
    // 1,000 = 0x3E8: its low six bits 0x28 (with 0x40, more follows), then 15.
    #expect(arena.bytes.count == 1_004)
    #expect(Array(arena.bytes.prefix(3)) == [0x68, 0x0F, 0x78])
    #expect(Array(arena.bytes.suffix(2)) == [1, 0x79])
    arena.appendCopy(ofPieceAt: 0)
    #expect(arena.end == 2_006)
    #expect(Array(arena.bytes[1_004..<1_006]) == [0x68, 0x0F])
    #expect(arena.bytes[1_004...].dropFirst(2).allSatisfy { $0 == 0x78 })
  }

  @Test("A piece not sized first: its length in one byte, or two from 64 bytes on")
  func unsizedPiece() {
    var arena = MessageArena()
    arena.appendPiece(upTo: 10) { room in
      room[0] = 0x61
      room[1] = 0x62
      room[2] = 0x63
      return 3
    }
    #expect(arena.bytes == [3, 0x61, 0x62, 0x63])
    // 70 = 64 + 6: 0x46, then 1; the bytes moved on by one, in order.
    arena.appendPiece(upTo: 100) { room in
      for index in 0..<70 { room[index] = UInt8(0x30 + index % 10) }
      return 70
    }
    let bytes = arena.bytes
    #expect(bytes.count == 4 + 2 + 70)
    #expect(Array(bytes[4..<9]) == [0x46, 0x01, 0x30, 0x31, 0x32])
    #expect(bytes.last == 0x39)
    // A count outside the room appends nothing.
    arena.appendPiece(upTo: 10) { _ in 11 }
    arena.appendPiece(upTo: 10) { _ in -1 }
    #expect(arena.end == 76)
  }

  @Test("Dropping the bytes from an offset on, then writing again")
  func removeAllFrom() {
    var arena = MessageArena()
    arena.append("ab")
    arena.append("cd")
    arena.removeAll(from: 3)
    arena.append("e")
    #expect(arena.bytes == [2, 0x61, 0x62, 1, 0x65])
    #expect(arena.string() == "\u{2}ab\u{1}e")
  }
}
