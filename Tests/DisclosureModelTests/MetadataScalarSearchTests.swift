import Testing

@testable import DisclosureModel

/// ``MetadataReader/firstScalarOffset(of:in:)`` looks for a word only where a
/// scalar starts. These tests check offsets by hand, and that on valid UTF-8 it
/// gives what the byte-by-byte ``ByteClass/firstOffset(of:in:)`` gives, for every
/// window of many mixed titles, cut starts (inside a scalar) included.
@Suite("Words found a scalar at a time")
struct MetadataScalarSearchTests {
  /// The offset of `word` in `text` found both ways, on `text`'s bytes from `start`.
  private static func bothWays(_ word: String, in text: String, from start: Int = 0) -> (scalar: Int?, byte: Int?) {
    let needle = Array(word.utf8)
    let bytes = Array(text.utf8)
    return needle.withUnsafeBufferPointer { needle in
      bytes.withUnsafeBufferPointer { bytes in
        let window = UnsafeBufferPointer(rebasing: bytes[min(start, bytes.count)...])
        return (
          MetadataReader.firstScalarOffset(of: needle, in: window), ByteClass.firstOffset(of: needle, in: window)
        )
      }
    }
  }

  @Test("Offsets counted by hand")
  func handCounted() {
    // 某市 is six bytes: 政府信息公开 starts at 6.
    #expect(Self.bothWays("政府信息公开", in: "某市政府信息公开年度报告").scalar == 6)
    // Two ideographs, an é (2 bytes) and 𠀀 (4 bytes): 报告 starts at 12.
    #expect(Self.bothWays("报告", in: "某局é𠀀报告").scalar == 12)
    // ASCII and a word at the very end, exactly filling the window.
    #expect(Self.bothWays("ab", in: "xab").scalar == 1)
    #expect(Self.bothWays("年度报告", in: "年度报告").scalar == 0)
    // Absent, longer than the text, or empty.
    #expect(Self.bothWays("信息公开", in: "某市政务公开").scalar == nil)
    #expect(Self.bothWays("年度报告", in: "报告").scalar == nil)
    #expect(Self.bothWays("", in: "报告").scalar == nil)
    // A start inside 某 (its second byte): the continuation bytes are passed one at
    // a time, and 政务公开 is found at 4 bytes into the window (6 - 2).
    #expect(Self.bothWays("政务公开", in: "某市政务公开", from: 2).scalar == 4)
  }

  @Test("The same offset as the byte search, on every window of mixed titles")
  func agreesWithByteSearch() {
    let pieces = ["某", "市", "政府", "信息公开", "政务公开", "年度报告", "报告", "2021", "年", "é", "𠀀", " ", "　", "（", "a"]
    let words = LabelTable.agencyEndWords + LabelTable.titleWords + ["a", "é", "𠀀", "（某"]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<300 {
      let count = Int.random(in: 0...7, using: &generator)
      let text = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
      for word in words {
        for start in 0...text.utf8.count {
          let found = Self.bothWays(word, in: text, from: start)
          #expect(found.scalar == found.byte, "\(word) in \(text) from \(start)")
        }
      }
    }
  }
}
