import Testing

@testable import DisclosureModel

/// ``LineShapeCensus/Shape/delimiterBlocksEnd(_:from:to:)``, the sixteen-bytes-at-a-time
/// pass over a delimiter line's bytes, and the shapes read with it against the
/// byte-by-byte reading.
@Suite("Delimiter lines sixteen bytes at a time")
struct DelimiterBlockTests {
  /// `delimiterBlocksEnd` over `text`'s bytes from `start` to `end` (the whole text by
  /// default).
  static func blocksEnd(_ text: String, from start: Int = 0, to end: Int? = nil) -> (end: Int, hasDash: Bool) {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return (start, false) }
      return LineShapeCensus.Shape.delimiterBlocksEnd(base, from: start, to: end ?? bytes.count)
    }
  }

  @Test("Whole blocks of delimiter bytes are passed, and their dashes noted")
  func handCheckedBlocks() {
    // 16 pipes, then 16 dashes, then an `x`: two blocks passed, a dash in the second.
    let pipes = String(repeating: "|", count: 16)
    let dashes = String(repeating: "-", count: 16)
    #expect(Self.blocksEnd(pipes + dashes + "x") == (32, true))
    // The same but for the `x` inside the second block: only the first is passed.
    #expect(
      Self.blocksEnd(pipes + String(repeating: "-", count: 7) + "x" + String(repeating: "-", count: 8)) == (16, false))
    // Pipes, spaces, colons and tabs only: passed, with no dash.
    #expect(Self.blocksEnd("| :\t| :\t| :\t| :\t") == (16, false))
    // Fewer than sixteen bytes before `end`: nothing is read.
    #expect(Self.blocksEnd("|---|---|---|--") == (0, false))
    #expect(Self.blocksEnd(pipes + dashes, to: 31) == (16, false))
    // From an offset: the block at 1 is `-` and fifteen pipes, then a block cut short.
    #expect(Self.blocksEnd("x-" + String(repeating: "|", count: 20), from: 1) == (17, true))
    // A CJK byte (E8) in the first block stops at once.
    #expect(Self.blocksEnd("|---|规|---|---|---|") == (0, false))
  }

  @Test("Delimiter lines of every length read as the byte-by-byte reading says")
  func shapesMatchTheReference() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state
    }
    let delimiterBytes: [UInt8] = [0x7C, 0x2D, 0x3A, 0x20, 0x09]
    // Bytes a delimiter line does not hold, some sharing low bits with those that it
    // does (`<`, `I`, `=`), a CJK byte and a line end.
    let others: [UInt8] = [0x3C, 0x49, 0x3D, 0x30, 0xE8, 0x0A, 0x0D, 0x2E]
    for _ in 0..<4_000 {
      let length = Int(next() % 90)
      var bytes: [UInt8] = [0x7C]
      for _ in 0..<length { bytes.append(delimiterBytes[Int(next() % UInt64(delimiterBytes.count))]) }
      // A third of the lines hold another byte somewhere, or only pipes and spaces.
      switch next() % 6 {
      case 0, 1:
        bytes[Int(next() % UInt64(bytes.count))] = others[Int(next() % UInt64(others.count))]
      case 2:
        bytes = bytes.map { $0 == 0x2D ? 0x7C : $0 }
      default:
        break
      }
      // Leading spaces now and then, and text after the line.
      if next() % 4 == 0 { bytes.insert(contentsOf: [0x20, 0x20], at: 0) }
      if next() % 2 == 0 { bytes += [0x0A, 0xE8, 0xA7, 0x84] }
      bytes.withUnsafeBufferPointer { buffer in
        let shape = LineShapeCensus.Shape(buffer, 0..<buffer.count)
        #expect(
          LineShapeReferenceTests.fields(shape)
            == LineShapeReferenceTests.reference(bytes, from: 0, limit: bytes.count),
          "\(bytes)")
      }
    }
  }

  @Test("A long delimiter line is one, with or without a dash, and a census counts it")
  func longDelimiterLines() {
    let rule = "|" + String(repeating: "------|", count: 8)
    let noDash = "|" + String(repeating: "      |", count: 8)
    let census = LineShapeCensus(SourceText("| a | b |\n" + rule + "\n| 1 | 2 |\n" + noDash + "\n"))
    #expect(census.pipeDelimiters == 1)
    #expect(census.pipeRows == 3)
    let bytes = Array(rule.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      #expect(LineShapeCensus.Shape(buffer, 0..<buffer.count).isPipeDelimiter)
    }
  }
}
