import Testing

@testable import DisclosureModel

@Suite("Strings made without a second validation")
struct ValidTextTests {
  /// Byte sequences with their expected strings: valid text in every UTF-8 length,
  /// and ill-formed bytes, each of whose maximal subparts becomes one U+FFFD as
  /// `String(decoding:as:)` makes it.
  static let cases: [(bytes: [UInt8], expected: String)] = [
    ([], ""),
    (Array("总计 12".utf8), "总计 12"),
    (Array("a\u{E9}\u{4E00}\u{1F600}z".utf8), "aé一😀z"),
    (Array(String(repeating: "本机关政府信息公开，", count: 40).utf8), String(repeating: "本机关政府信息公开，", count: 40)),
    ([0x61, 0xFF, 0x62], "a\u{FFFD}b"),
    ([0xE4, 0xB8], "\u{FFFD}"),  // 一 cut after two of its three bytes
    ([0xB8, 0x80, 0x61], "\u{FFFD}\u{FFFD}a"),  // continuation bytes without a lead
    ([0xED, 0xA0, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}"),  // a UTF-16 surrogate
    ([0xC0, 0xAF], "\u{FFFD}\u{FFFD}"),  // an overlong slash
    (Array(String(repeating: "信息", count: 20).utf8) + [0xE4], String(repeating: "信息", count: 20) + "\u{FFFD}"),
  ]

  @Test("Checked bytes give what String(decoding:as:) gives", arguments: cases)
  func checking(bytes: [UInt8], expected: String) {
    let made = bytes.withUnsafeBufferPointer { ValidText.string(checking: $0) }
    #expect(made == expected)
    #expect(made == String(decoding: bytes, as: UTF8.self))
    #expect(Array(made.utf8) == Array(expected.utf8))
  }

  @Test("A checked copy joins what its writer wrote, and repairs ill-formed bytes", arguments: cases)
  func checkedCopy(bytes: [UInt8], expected: String) {
    let made = ValidText.copy(capacity: bytes.count + 1, knownValid: false) { buffer in
      buffer[0] = 0x3E  // ">"
      for (offset, byte) in bytes.enumerated() { buffer[offset + 1] = byte }
      return bytes.count + 1
    }
    #expect(made == ">" + expected)
  }

  @Test("Pieces of strings are joined whole, and a writer cannot claim more than the capacity")
  func joining() {
    let pieces = ["「", "行政许可", "」第", "3", "行😀"]
    let total = pieces.reduce(0) { $0 + $1.utf8.count }
    let made = ValidText.joining(capacity: total) { buffer in
      var written = 0
      for piece in pieces {
        for byte in piece.utf8 {
          buffer[written] = byte
          written += 1
        }
      }
      return written
    }
    #expect(made == "「行政许可」第3行😀")
    #expect(made.count == 10)
    #expect(ValidText.joining(capacity: 0) { _ in 5 } == "")
    #expect(
      ValidText.joining(capacity: 2) { buffer in
        buffer[0] = 0x61
        buffer[1] = 0x62
        return 99
      } == "ab")
  }
}
