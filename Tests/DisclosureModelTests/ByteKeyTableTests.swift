import Testing

@testable import DisclosureModel

@Suite("Looking byte strings up")
struct ByteKeyTableTests {
  /// Keys around the eight-byte steps of the hash and its short-key branches (under
  /// four bytes, four to seven), and CJK labels.
  static let keys = [
    "", "a", "ab", "abc", "abcd", "abcde", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq",
    "予以公开", "属于国家秘密",
  ]

  static func find(_ table: ByteKeyTable, _ key: String) -> Int? {
    Array(key.utf8).withUnsafeBufferPointer { table.find($0) }
  }

  @Test("Every key finds its own value")
  func hits() {
    let table = ByteKeyTable(Self.keys.enumerated().map { (Array($1.utf8), $0 * 10) })
    for (index, key) in Self.keys.enumerated() {
      #expect(Self.find(table, key) == index * 10, "\(key)")
    }
  }

  @Test(
    "Prefixes, extensions and near misses find nothing",
    arguments: [
      "b", "ax", "axc", "abxd", "axcd", "abcdx", "abcdefgi", "abcdefghj", "abcdefghijklmnoq", "abcdefghijklmnopqr",
      "予以", "予以公开了", "属于国家秘蜜",
    ])
  func misses(key: String) {
    let table = ByteKeyTable(Self.keys.enumerated().map { (Array($1.utf8), $0) })
    #expect(Self.find(table, key) == nil)
  }

  @Test("A value is held as a whole word, beyond 32 bits and negative")
  func wordValues() {
    let table = ByteKeyTable([(Array("总计".utf8), 0x0003_0002_0001_0018), (Array("其他".utf8), -2)])
    #expect(Self.find(table, "总计") == 0x0003_0002_0001_0018)
    #expect(Self.find(table, "其他") == -2)
  }

  @Test("The first value of a key given twice wins")
  func duplicates() {
    let table = ByteKeyTable([(Array("总计".utf8), 1), (Array("其他".utf8), 2), (Array("总计".utf8), 3)])
    #expect(Self.find(table, "总计") == 1)
    #expect(Self.find(table, "其他") == 2)
  }

  @Test("A key differing from a stored one in any single byte finds nothing, at every length up to 40")
  func everyByteCounts() {
    var checked = 0
    for length in 1...40 {
      let key = (0..<length).map { UInt8(0x41 + $0 % 26) }
      let table = ByteKeyTable([(key, 7)])
      #expect(key.withUnsafeBufferPointer { table.find($0) } == 7, "\(length)")
      for position in 0..<length {
        var changed = key
        changed[position] ^= 0x20
        #expect(changed.withUnsafeBufferPointer { table.find($0) } == nil, "\(length) \(position)")
        // The byte compare alone, on keys that hash alike by force.
        let equal = key.withUnsafeBytes { stored in
          changed.withUnsafeBytes { other in
            guard let first = stored.baseAddress, let second = other.baseAddress else { return true }
            return ByteKeyTable.bytesEqual(first, second, count: length)
          }
        }
        #expect(!equal, "\(length) \(position)")
        checked += 1
      }
    }
    #expect(checked == 820)
  }
}
