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

  @Test("A piece not sized first: its length always in two bytes, read as the shortest form is")
  func unsizedPiece() {
    var arena = MessageArena()
    arena.appendPiece(upTo: 10) { room in
      room[0] = 0x61
      room[1] = 0x62
      room[2] = 0x63
      return 3
    }
    // 3: 0x43 (0x40, more follows), then 0.
    #expect(arena.bytes == [0x43, 0x00, 0x61, 0x62, 0x63])
    // 70 = 64 + 6: 0x46, then 1.
    arena.appendPiece(upTo: 100) { room in
      for index in 0..<70 { room[index] = UInt8(0x30 + index % 10) }
      return 70
    }
    let bytes = arena.bytes
    #expect(bytes.count == 5 + 2 + 70)
    #expect(Array(bytes[5..<10]) == [0x46, 0x01, 0x30, 0x31, 0x32])
    #expect(bytes.last == 0x39)
    // A count outside the room appends nothing.
    arena.appendPiece(upTo: 10) { _ in 11 }
    arena.appendPiece(upTo: 10) { _ in -1 }
    #expect(arena.end == 77)
    // Read back: "abc", then the seventy digits.
    bytes.withUnsafeBufferPointer { bytes in
      var pieces = MessageArena.Pieces(bytes, from: 0)
      #expect(Array(pieces.next()) == [0x61, 0x62, 0x63])
      #expect(pieces.next().count == 70)
      #expect(pieces.isAtEnd)
    }
    // A copy of the first piece is written with its shortest length.
    arena.appendCopy(ofPieceAt: 0)
    #expect(Array(arena.bytes[77...]) == [3, 0x61, 0x62, 0x63])
  }

  @Test("Numbers written in place, each after its one-byte length, as String(number) writes them")
  func numbers() {
    var arena = MessageArena()
    arena.append(0)
    arena.append(-42)
    arena.append(Int.min)
    arena.append(Int.max)
    // Int.min: a sign and nineteen digits, twenty bytes; Int.max nineteen.
    let expected: [UInt8] =
      [1, 0x30, 3, 0x2D, 0x34, 0x32, 20] + Array("-9223372036854775808".utf8) + [19]
      + Array("9223372036854775807".utf8)
    #expect(arena.bytes == expected)
  }

  @Test("Pieces written into lent room: after its header of capacity and mark, in place")
  func lentRoom() {
    let room = UnsafeMutableRawBufferPointer.allocate(byteCount: 16 + 8, alignment: MessageArena.roomAlignment)
    defer { room.deallocate() }
    var arena = MessageArena(room: room)
    #expect(room.load(fromByteOffset: 0, as: Int.self) == 8)
    #expect(room.load(fromByteOffset: 8, as: Int.self) == 0)
    arena.append("ab")
    arena.append(7)
    #expect(arena.bytes == [2, 0x61, 0x62, 1, 0x37])
    #expect(room.load(fromByteOffset: 8, as: Int.self) == 5)
    #expect(Array(room[16..<21]) == [2, 0x61, 0x62, 1, 0x37])
    // Past the room's eight bytes: the arena's own memory, the room left as it was.
    arena.append("cdef")
    #expect(arena.bytes == [2, 0x61, 0x62, 1, 0x37, 4, 0x63, 0x64, 0x65, 0x66])
    #expect(room.load(fromByteOffset: 8, as: Int.self) == 5)
    #expect(arena.string() == "\u{2}ab\u{1}7\u{4}cdef")
  }

  @Test("A copy of an arena in lent room keeps its bytes while either is written on")
  func lentRoomCopy() {
    let room = UnsafeMutableRawBufferPointer.allocate(byteCount: 16 + 64, alignment: MessageArena.roomAlignment)
    defer { room.deallocate() }
    var first = MessageArena(room: room)
    first.append("ab")
    var second = first
    // The copy wrote last: it writes in place, and the first, whose end is now
    // below the mark, takes memory of its own with its three bytes.
    second.append("c")
    first.append("d")
    second.append("e")
    #expect(first.bytes == [2, 0x61, 0x62, 1, 0x64])
    #expect(second.bytes == [2, 0x61, 0x62, 1, 0x63, 1, 0x65])
    #expect(room.load(fromByteOffset: 8, as: Int.self) == 7)
    // Bytes dropped are not written over in the room: a copy may hold them.
    var third = second
    third.removeAll(from: 3)
    third.append("f")
    #expect(third.bytes == [2, 0x61, 0x62, 1, 0x66])
    #expect(second.bytes == [2, 0x61, 0x62, 1, 0x63, 1, 0x65])
  }

  @Test("Room too small for a header or misaligned is not used")
  func unusableRoom() {
    let room = UnsafeMutableRawBufferPointer.allocate(byteCount: 64, alignment: MessageArena.roomAlignment)
    defer { room.deallocate() }
    room.initializeMemory(as: UInt8.self, repeating: 0xAB)
    let small = UnsafeMutableRawBufferPointer(rebasing: room[0..<16])
    let misaligned = UnsafeMutableRawBufferPointer(rebasing: room[1...])
    for unusable in [small, misaligned] {
      var arena = MessageArena(room: unusable)
      arena.append("ab")
      #expect(arena.bytes == [2, 0x61, 0x62])
    }
    #expect(room.allSatisfy { $0 == 0xAB })
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
