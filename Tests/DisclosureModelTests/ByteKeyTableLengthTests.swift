import Testing

@testable import DisclosureModel

/// The hash of a key's words leaves its length out (``ByteKeyTable/Words/hash``):
/// keys alike in their words but not in length share a probe sequence and must
/// still be told apart by the length each slot holds.
@Suite("Looking up keys alike in their words but not in length")
struct ByteKeyTableLengthTests {
  static func find(_ table: ByteKeyTable, _ key: [UInt8]) -> Int? {
    key.withUnsafeBufferPointer { table.find($0) }
  }

  @Test("Keys of one to three equal bytes have the same words and are told apart")
  func shortRuns() {
    // `a`, `aa` and `aaa` all have the words (0x61_61_61, 0): first, middle and last byte.
    let keys: [[UInt8]] = [[0x61], [0x61, 0x61], [0x61, 0x61, 0x61]]
    for key in keys {
      let words = key.withUnsafeBufferPointer(ByteKeyTable.Words.init)
      #expect(words.first == 0x61_6161 && words.last == 0)
    }
    let table = ByteKeyTable([(keys[0], 1), (keys[1], 2), (keys[2], 3)])
    #expect(Self.find(table, keys[0]) == 1)
    #expect(Self.find(table, keys[1]) == 2)
    #expect(Self.find(table, keys[2]) == 3)
    #expect(Self.find(table, [0x61, 0x61, 0x61, 0x61]) == nil)
    #expect(Self.find(table, []) == nil)
  }

  @Test("Keys of 16 to 40 bytes with the same first and last eight bytes are told apart by length")
  func longRuns() {
    // `AAAAAAAA`, zero to 24 bytes `M`, `ZZZZZZZZ`: every key has the same words
    // (first eight `A`, last eight `Z`), so only the length tells them apart.
    let keys: [[UInt8]] = (0...24).map { middle in
      Array(repeating: 0x41, count: 8) + Array(repeating: 0x4D, count: middle) + Array(repeating: 0x5A, count: 8)
    }
    let table = ByteKeyTable(keys.enumerated().map { ($1, 100 + $0) })
    for (index, key) in keys.enumerated() {
      #expect(Self.find(table, key) == 100 + index, "\(key.count) bytes")
    }
    // 25 bytes `M`: the same words, a length no key has.
    let missing =
      Array(repeating: UInt8(0x41), count: 8) + Array(repeating: 0x4D, count: 25)
      + Array(repeating: 0x5A, count: 8)
    #expect(Self.find(table, missing) == nil)
  }

  @Test("Every raw label text finds its own class")
  func rawTexts() {
    // The table of raw texts holds each text once, with the class the general way
    // gives it; each must be found again under the hash without the length.
    for text in LabelClass.rawTexts {
      let found = text.withUnsafeBufferPointer { LabelClass.of(raw: $0) }
      let general = text.withUnsafeBufferPointer { LabelClass.ofNormalising($0, TextSpan(0..<$0.count)) }
      #expect(found == general, "\(String(decoding: text, as: UTF8.self))")
    }
  }
}
