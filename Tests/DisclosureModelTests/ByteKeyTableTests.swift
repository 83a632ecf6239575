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

  @Test("The first-probe look-up and the general probing look-up agree, for keys in and past their first slot")
  func firstProbeAgreesWithProbing() {
    // 600 keys of 1 to 40 bytes (`k0`, `k1`, ... padded with `-` to lengths
    // cycling through 1 to 40): in 4,096 slots, many share a first slot, so some
    // sit past it and are found only by the general path.
    let keys: [[UInt8]] = (0..<600).map { number in
      let digits = Array("k\(number)".utf8)
      let length = max(digits.count, number % 40 + 1)
      return digits + Array(repeating: UInt8(ascii: "-"), count: length - digits.count)
    }
    #expect(Set(keys).count == 600)
    let table = ByteKeyTable(keys.enumerated().map { ($1, $0 * 3 + 1) })
    var pastFirstSlot = 0
    for (index, key) in keys.enumerated() {
      key.withUnsafeBufferPointer { key in
        let words = ByteKeyTable.Words(key)
        let probed = table.find(key, words: words, probingFrom: table.firstSlot(words))
        #expect(table.find(key) == index * 3 + 1)
        #expect(probed == index * 3 + 1)
        // Probing from the slot after its first finds only a key that sits past it.
        if table.find(key, words: words, probingFrom: table.firstSlot(words) &+ 1) != nil { pastFirstSlot += 1 }
      }
    }
    #expect(pastFirstSlot > 0)
    // Misses: each key with its last byte changed (`~` is in no key), and longer by one.
    for key in keys {
      for missing in [key.dropLast() + [UInt8(ascii: "~")], key + [UInt8(ascii: "~")]] {
        Array(missing).withUnsafeBufferPointer { key in
          let words = ByteKeyTable.Words(key)
          #expect(table.find(key) == nil)
          #expect(table.find(key, words: words, probingFrom: table.firstSlot(words)) == nil)
        }
      }
    }
  }

  @Test("A value is held as a whole word, beyond 32 bits and negative")
  func wordValues() {
    let table = ByteKeyTable([(Array("总计".utf8), 0x0003_0002_0001_0018), (Array("其他".utf8), -2)])
    #expect(Self.find(table, "总计") == 0x0003_0002_0001_0018)
    #expect(Self.find(table, "其他") == -2)
  }

  @Test("Keys alike in length and in their first and last eight bytes are told apart by the bytes between")
  func sameWords() {
    // 17 to 40 bytes: `AAAAAAAA`, a middle of one to 24 bytes, `ZZZZZZZZ`; every
    // middle byte changed in turn gives another key with the same words.
    var keys: [[UInt8]] = []
    for middle in 1...24 {
      let key =
        Array(repeating: UInt8(0x41), count: 8) + Array(repeating: 0x4D, count: middle)
        + Array(repeating: 0x5A, count: 8)
      keys.append(key)
      for position in 8..<(8 + middle) {
        var changed = key
        changed[position] = 0x4E
        keys.append(changed)
      }
    }
    let table = ByteKeyTable(keys.enumerated().map { ($1, $0) })
    for (index, key) in keys.enumerated() {
      #expect(key.withUnsafeBufferPointer { table.find($0) } == index)
      let words = key.withUnsafeBufferPointer(ByteKeyTable.Words.init)
      #expect(words.first == 0x4141_4141_4141_4141 && words.last == 0x5A5A_5A5A_5A5A_5A5A)
    }
    #expect(keys.count == 24 + 300)
  }

  @Test("A key's words hold every byte of a key of up to sixteen bytes")
  func words() {
    func words(_ key: String) -> [UInt64] {
      let words = Array(key.utf8).withUnsafeBufferPointer(ByteKeyTable.Words.init)
      return [UInt64(words.count), words.first, words.last]
    }
    #expect(words("") == [0, 0, 0])
    #expect(words("abc") == [3, 0x63_62_61, 0])
    #expect(words("ab") == [2, 0x62_62_61, 0])
    #expect(words("abcde") == [5, 0x6564_6362_6463_6261, 0])
    #expect(words("abcdefghij") == [10, 0x6867_6665_6463_6261, 0x6A69_6867_6665_6463])
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
