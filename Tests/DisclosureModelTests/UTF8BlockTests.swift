import Testing

@testable import DisclosureModel

/// ``UTF8Validation/blockFailures(_:at:)``, the sixteen-byte test of the UTF-8 scan,
/// on every byte value in each of the positions a lead can take: the block passes a
/// byte exactly as the rules in its documentation say (the leads it lets through,
/// C2–DF, E2–EC and EE–EF, each with the continuation bytes it needs), and turns
/// away every other lead, whatever follows it.
@Suite("UTF-8 block test")
struct UTF8BlockTests {
  /// Whether the sixteen bytes of `block`, after two ASCII bytes, pass the block test.
  static func passes(_ block: [UInt8]) -> Bool {
    let bytes: [UInt8] = [0x61, 0x62] + block
    return bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, buffer.count == 18 else { return false }
      return !ByteBlock.nonzero(UTF8Validation.blockFailures(base, at: 2))
    }
  }

  /// `head` followed by ASCII `a` up to sixteen bytes.
  static func block(_ head: [UInt8]) -> [UInt8] {
    head + [UInt8](repeating: 0x61, count: 16 - head.count)
  }

  @Test("A byte followed by ASCII passes only when it is ASCII")
  func byteThenASCII() {
    for byte in 0...255 {
      #expect(Self.passes(Self.block([UInt8(byte)])) == (byte < 0x80), "\(byte)")
    }
  }

  @Test("A byte followed by one continuation byte passes only when it is C2–DF")
  func byteThenOneContinuation() {
    for byte in 0...255 {
      for continuation: UInt8 in [0x80, 0xA0, 0xBF] {
        #expect(
          Self.passes(Self.block([UInt8(byte), continuation])) == (0xC2...0xDF).contains(byte),
          "\(byte) \(continuation)")
      }
    }
  }

  @Test("A byte followed by two continuation bytes passes only when it is E2–EC or EE–EF")
  func byteThenTwoContinuations() {
    // E0 (needs A0–BF next), E1 (turned away with E0), ED (needs 80–9F next) and
    // F0–FF never pass, whatever continuation bytes follow; C0 and C1 never do either.
    let passing = Set(0xE2...0xEC).union([0xEE, 0xEF])
    for byte in 0...255 {
      for (second, third): (UInt8, UInt8) in [(0x80, 0x80), (0xA0, 0xBF), (0x9F, 0x80), (0xBF, 0xBF)] {
        #expect(
          Self.passes(Self.block([UInt8(byte), second, third])) == passing.contains(byte),
          "\(byte) \(second) \(third)")
      }
    }
  }

  @Test("A byte followed by three continuation bytes never passes")
  func byteThenThreeContinuations() {
    for byte in 0...255 {
      #expect(!Self.passes(Self.block([UInt8(byte), 0x90, 0x80, 0x80])), "\(byte)")
    }
  }

  @Test("A lead in the last lanes passes, its continuation bytes being the next block's")
  func leadCutByTheEnd() {
    // 规 is E8 A7 84: its lead in lane 15, or its lead and first continuation byte in
    // lanes 14 and 15, are checked with the next block.
    let rule: [UInt8] = [0xE8, 0xA7, 0x84]
    #expect(Self.passes([UInt8](repeating: 0x61, count: 15) + rule.prefix(1)))
    #expect(Self.passes([UInt8](repeating: 0x61, count: 14) + rule.prefix(2)))
    // The forbidden leads are turned away there too.
    for lead: UInt8 in [0xC0, 0xC1, 0xE0, 0xE1, 0xED, 0xF0, 0xF4, 0xF5, 0xFF] {
      #expect(!Self.passes([UInt8](repeating: 0x61, count: 15) + [lead]), "\(lead)")
    }
  }
}
