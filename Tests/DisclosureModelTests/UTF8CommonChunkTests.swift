import DisclosureSynthesis
import Testing

@testable import DisclosureModel

/// ``UTF8Validation/commonChunk(_:at:noticingControls:)``, the chunk test of the
/// UTF-8 scan for common text (ASCII and three-byte sequences of E1–EC, EE–EF), and
/// the scan it speeds up, against the plain reference validator of
/// ``ByteScanTests/referenceFirstInvalid(_:from:)`` on long common text with unusual
/// bytes placed around the chunks' edges.
@Suite("UTF-8 common-text chunks")
struct UTF8CommonChunkTests {
  static let size = UTF8Validation.commonChunkSize

  /// 规 (E8 A7 84), a three-byte character with a lead the chunk test passes.
  static let rule: [UInt8] = [0xE8, 0xA7, 0x84]

  /// Whether `chunk` (``size`` bytes), after the two bytes `before`, passes.
  static func passes(_ chunk: [UInt8], before: [UInt8] = [0x61, 0x62], noticingControls: Bool = true) -> Bool {
    let bytes = before + chunk
    return bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, chunk.count == size, before.count == 2 else { return false }
      return UTF8Validation.commonChunk(base, at: 2, noticingControls: noticingControls)
    }
  }

  /// ASCII `a` with `piece` at `offset`, ``size`` bytes in all.
  static func chunk(_ piece: [UInt8], at offset: Int) -> [UInt8] {
    var bytes = [UInt8](repeating: 0x61, count: size)
    bytes.replaceSubrange(offset..<offset + piece.count, with: piece)
    return bytes
  }

  /// Offsets at the edges of the chunk's sixteen-byte blocks and of the chunk.
  static let edges = [0, 1, 14, 15, 16, 17, 63, 64, 65, 127, 128, size - 16, size - 15]

  @Test("Common text passes: CJK, ASCII, tab, line feed, carriage return, full-width punctuation")
  func commonTextPasses() {
    // 规, a, tab, 、 (E3 80 81), line feed, ， (EF BC 8C), carriage return, 一 (E4 B8 80):
    // 16 bytes, so a chunk holds whole copies.
    let piece: [UInt8] = Self.rule + [0x61, 0x09, 0xE3, 0x80, 0x81, 0x0A, 0xEF, 0xBC, 0x8C, 0x0D, 0xE4, 0xB8, 0x80]
    #expect(piece.count == 16)
    let text = Array([[UInt8]](repeating: piece, count: Self.size / 16).joined())
    #expect(Self.passes(text))
    #expect(Self.passes(text, noticingControls: false))
    // All CJK, and all ASCII.
    #expect(Self.passes(Array([[UInt8]](repeating: Self.rule, count: Self.size / 3 + 1).joined().prefix(Self.size))))
    #expect(Self.passes([UInt8](repeating: 0x20, count: Self.size)))
  }

  @Test("A single byte among ASCII passes only when it is ASCII, and not a control byte when noticing")
  func singleByte() {
    for offset in Self.edges {
      for byte in 0...255 {
        let chunk = Self.chunk([UInt8(byte)], at: offset)
        let ascii = byte < 0x80
        let control = byte < 0x09 || (0x0E...0x1F).contains(byte)
        #expect(Self.passes(chunk) == (ascii && !control), "\(byte) at \(offset)")
        #expect(Self.passes(chunk, noticingControls: false) == ascii, "\(byte) at \(offset)")
      }
    }
  }

  @Test("A byte followed by two continuation bytes passes only when it is E1–EC or EE–EF")
  func threeByteSequences() {
    let passing = Set(0xE1...0xEC).union([0xEE, 0xEF])
    for offset in Self.edges {
      for byte in 0...255 {
        for (second, third): (UInt8, UInt8) in [(0x80, 0x80), (0x9F, 0xBF), (0xA0, 0x80), (0xBF, 0xBF)] {
          #expect(
            Self.passes(Self.chunk([UInt8(byte), second, third], at: offset)) == passing.contains(byte),
            "\(byte) \(second) \(third) at \(offset)")
        }
      }
    }
  }

  @Test("One or three continuation bytes after a byte never pass; two-byte sequences are turned away")
  func wrongContinuationCounts() {
    for offset in Self.edges {
      for byte in 0...255 {
        #expect(!Self.passes(Self.chunk([UInt8(byte), 0x80], at: offset)), "\(byte) at \(offset)")
        #expect(!Self.passes(Self.chunk([UInt8(byte), 0x80, 0x80, 0x80], at: offset)), "\(byte) at \(offset)")
      }
      // A lead followed by a lead or ASCII where its continuation bytes should be.
      #expect(!Self.passes(Self.chunk([0xE8, 0xE8, 0xA7, 0x84], at: offset)))
      #expect(!Self.passes(Self.chunk([0xE8, 0xA7, 0x61], at: offset)))
    }
  }

  @Test("A character cut by the chunk's edges passes, its other bytes checked with the next chunk or the last")
  func cutCharacters() {
    // The lead, or lead and first continuation byte, in the last lanes.
    #expect(Self.passes(Self.chunk(Array(Self.rule.prefix(1)), at: Self.size - 1)))
    #expect(Self.passes(Self.chunk(Array(Self.rule.prefix(2)), at: Self.size - 2)))
    // The continuation bytes at the start, after their lead in the two bytes before.
    #expect(Self.passes(Self.chunk([0x84], at: 0), before: [0xE8, 0xA7]))
    #expect(Self.passes(Self.chunk([0xA7, 0x84], at: 0), before: [0x61, 0xE8]))
    // ... but not after ASCII, nor one too many.
    #expect(!Self.passes(Self.chunk([0x84], at: 0), before: [0x61, 0x62]))
    #expect(!Self.passes(Self.chunk([0x84, 0x84], at: 0), before: [0xE8, 0xA7]))
    // A lead in the bytes before needs its continuation bytes here.
    #expect(!Self.passes(Self.chunk([0x61], at: 0), before: [0x61, 0xE8]))
    #expect(!Self.passes(Self.chunk([0x61], at: 0), before: [0xE8, 0xA7]))
  }

  /// Long common text (CJK and ASCII with white space) of about `length` bytes, with
  /// `count` unusual pieces (other sequences, ill-formed pieces, control bytes),
  /// most at or near the multiples of the chunk size.
  static func text(length: Int, unusual count: Int, using random: inout SyntheticRandom) -> [UInt8] {
    let ascii: [UInt8] = Array("0123456789\t\n\r|: a".utf8)
    let pieces: [[UInt8]] = [
      [0xC2, 0xB7], [0xC3, 0x97], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xE0, 0xBF, 0xBF], [0xED, 0x9F, 0xBF],
      [0xED, 0x80, 0x80], [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF1, 0x80, 0x80, 0x80],
      [0x80], [0xBF], [0xC0], [0xC1], [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF],
      [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
      [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xFE], [0xE8], [0xE8, 0xA7], [0xF0, 0x9F, 0x98],
      [0xC3], [0xE8, 0xA7, 0xE8], [0xE8, 0xA7, 0x84, 0x84], [0x00], [0x01], [0x08], [0x0B], [0x0C], [0x0E],
      [0x1F], [0x1B], [0x7F], [0xE1, 0x80, 0x80], [0xEE, 0x80, 0x80], [0xEC, 0xBF, 0xBF],
    ]
    var bytes: [UInt8] = []
    while bytes.count < length {
      if random.next() % 3 == 0 {
        bytes.append(ascii[Int(random.next() % UInt64(ascii.count))])
      } else {
        let lead = 0xE2 + UInt8(random.next() % 8)
        bytes += [lead, 0x80 + UInt8(random.next() % 64), 0x80 + UInt8(random.next() % 64)]
      }
    }
    for _ in 0..<count {
      let piece = pieces[Int(random.next() % UInt64(pieces.count))]
      let near = (Int(random.next() % UInt64(length / size + 1)) * size + Int(random.next() % 7)) - 3
      let anywhere = Int(random.next() % UInt64(bytes.count))
      let offset = min(max(random.next() % 4 == 0 ? anywhere : near, 0), bytes.count)
      bytes.insert(contentsOf: piece, at: offset)
    }
    return bytes
  }

  @Test("The scan finds what the reference finds, and notices control bytes exactly, on long common text")
  func scanMatchesTheReference() {
    var random = SyntheticRandom(seed: 0x00C0_FFEE)
    var invalid = 0
    var passedAll = 0
    for round in 0..<3_000 {
      let length = [300, 600, 1_100, 2_600, 5_000][round % 5] + Int(random.next() % 40)
      let bytes = Self.text(length: length, unusual: [0, 1, 2, 3][round % 4], using: &random)
      let expected = ByteScanTests.referenceFirstInvalid(bytes, from: 0)
      let found = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalid($0, from: 0) }
      #expect(found.map { [$0.offset, $0.length] } == expected, "\(bytes)")
      let (offset, mayHoldControl) = UTF8Validation.firstInvalidNoticingControls(bytes)
      #expect(offset == expected?.first, "\(bytes)")
      let controls = ByteScanTests.referenceControls(bytes, sampleCount: offset ?? bytes.count).count
      #expect(mayHoldControl == (controls > 0), "\(bytes)")
      // Carriage returns: never missed in valid text, and never claimed in valid text
      // that holds no byte 0C–1F.
      let breaks = UTF8Validation.firstInvalidNoticingLineBreaks(bytes)
      #expect(breaks.offset == offset && breaks.mayHoldControl == mayHoldControl)
      if offset == nil {
        if bytes.contains(0x0D) { #expect(breaks.mayHoldCarriageReturn, "\(bytes)") }
        if !bytes.contains(where: { $0 >= 0x0C && $0 < 0x20 }) {
          #expect(!breaks.mayHoldCarriageReturn, "\(bytes)")
        }
      }
      // From a later start, too (at a character's start: after ASCII).
      if let start = bytes.indices.dropFirst(length / 3).first(where: { bytes[$0] < 0x80 }) {
        let later = ByteScanTests.referenceFirstInvalid(bytes, from: start + 1)
        let foundLater = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalid($0, from: start + 1) }
        #expect(foundLater.map { [$0.offset, $0.length] } == later, "\(start) \(bytes)")
      }
      invalid += expected == nil ? 0 : 1
      passedAll += expected == nil && controls == 0 ? 1 : 0
    }
    // Both outcomes are well represented.
    #expect(invalid > 600 && passedAll > 600, "\(invalid) \(passedAll)")
  }

  @Test("The vector helpers of the chunk test, on every byte value, against plain arithmetic")
  func vectorHelpers() {
    for high in 0...15 {
      // Sixteen byte values a vector, all 256 in turn, against every other value.
      let values = ByteBlock.Vector((0..<16).map { UInt8(high * 16 + $0) })
      for other in 0...255 {
        let others = ByteBlock.Vector(repeating: UInt8(other))
        let greater = ByteBlock.greater(values, others)
        let difference = ByteBlock.saturatingSubtract(values, others)
        for lane in 0..<16 {
          let value = high * 16 + lane
          #expect(greater[lane] == UInt8(max(value, other)), "\(value) \(other)")
          #expect(difference[lane] == UInt8(max(value - other, 0)), "\(value) \(other)")
        }
      }
      // The signed saturating addition, on x86-64 and in portable code: 80–BF (-128
      // to -65) become C0–FF, C0–FF (-64 to -1) become 00–3F, 00–3F become 40–7F,
      // 40–7F become 7F.
      for addend: UInt8 in [0x00, 0x01, 0x40, 0x7F] {
        let sums = ByteBlock.signedSaturatingAdd(values, addend)
        let portable = ByteBlock.portableSignedSaturatingAdd(values, addend)
        for lane in 0..<16 {
          let signed = Int(Int8(bitPattern: UInt8(high * 16 + lane)))
          let expected = UInt8(bitPattern: Int8(min(signed + Int(addend), 127)))
          #expect(sums[lane] == expected && portable[lane] == expected, "\(signed) + \(addend)")
        }
      }
    }
    let shifted = ByteBlock.signedSaturatingAdd(ByteBlock.Vector(repeating: 0x80), 0x40)
    #expect(shifted == ByteBlock.Vector(repeating: 0xC0))
    #expect(ByteBlock.signedSaturatingAdd(ByteBlock.Vector(repeating: 0xE4), 0x40) == ByteBlock.Vector(repeating: 0x24))
    #expect(ByteBlock.signedSaturatingAdd(ByteBlock.Vector(repeating: 0x41), 0x40) == ByteBlock.Vector(repeating: 0x7F))
  }

  @Test("Hand-made: the offset and length of the first ill-formed sequence past common chunks")
  func handMade() {
    let common = Array([[UInt8]](repeating: Self.rule, count: 200).joined())  // 600 bytes
    func first(_ bytes: [UInt8]) -> [Int]? {
      bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalid($0, from: 0).map { [$0.offset, $0.length] } }
    }
    #expect(first(common) == nil)
    // A surrogate (ED A0 80) at byte 600: its maximal subpart is ED alone.
    #expect(first(common + [0xED, 0xA0, 0x80] + common) == [600, 1])
    // An overlong E0 80 80 at 511 (after a and 170 characters): E0 alone.
    #expect(first([0x61] + Array(common.prefix(510)) + [0xE0, 0x80, 0x80] + common) == [511, 1])
    // A truncated 规 (E8 A7) before ASCII at 256: two bytes.
    #expect(first([0x61] + Array(common.prefix(255)) + [0xE8, 0xA7, 0x61] + common) == [256, 2])
    // F4 90 80 80 (above U+10FFFF) at 298: F4 alone; a valid F0 9F 98 80 before it passes.
    #expect(first(Array(common.prefix(294)) + [0xF0, 0x9F, 0x98, 0x80, 0xF4, 0x90, 0x80, 0x80] + common) == [298, 1])
    // A stray continuation byte at the very end.
    #expect(first(common + [0x80]) == [600, 1])
    // A NUL is valid UTF-8, but noticed as a control byte.
    let nul = common + [0x00] + common
    #expect(first(nul) == nil)
    let noticed = UTF8Validation.firstInvalidNoticingControls(nul)
    #expect(noticed.offset == nil && noticed.mayHoldControl)
    let white = UTF8Validation.firstInvalidNoticingControls(common + [0x0A, 0x09, 0x0D] + common)
    #expect(white.offset == nil && !white.mayHoldControl)
  }
}
