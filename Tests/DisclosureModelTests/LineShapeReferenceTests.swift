import Testing

@testable import DisclosureModel

/// The line-shape scan's short cuts (one bit test for a byte that may start a space
/// or stand in a delimiter line, the census's own loop) against plain readings.
@Suite("Line shapes against a byte-by-byte reading")
struct LineShapeReferenceTests {
  /// The shape of the line at `start` read byte by byte, as the definitions on
  /// ``LineShapeCensus/Shape`` say: leading spaces (20, 0B, 0C, C2 A0, E3 80 80,
  /// EF BB BF), the end at the first line feed or carriage return, every tab, and
  /// whether the content holds only `|`, `-`, `:`, space and tab with a `-`.
  static func reference(_ bytes: [UInt8], from start: Int, limit: Int) -> String {
    var end = start
    while end < limit, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
    var index = start
    while index < end {
      let rest = Array(bytes[index..<end])
      if [0x20, 0x0B, 0x0C].contains(rest[0]) {
        index += 1
      } else if rest.starts(with: [0xC2, 0xA0]) {
        index += 2
      } else if rest.starts(with: [0xE3, 0x80, 0x80]) || rest.starts(with: [0xEF, 0xBB, 0xBF]) {
        index += 3
      } else {
        break
      }
    }
    let content = bytes[index..<end]
    let tabs = bytes[start..<end].filter { $0 == 0x09 }.count
    let delimiter = content.allSatisfy { [0x7C, 0x2D, 0x3A, 0x20, 0x09].contains($0) } && content.contains(0x2D)
    let lead = index < end ? "\(bytes[index])" : "nil"
    return "\(index) \(end) \(lead) \(tabs) \(delimiter && index < end)"
  }

  /// The same fields of a shape.
  static func fields(_ shape: LineShapeCensus.Shape) -> String {
    let lead = shape.leadingByte.map { "\($0)" } ?? "nil"
    return "\(shape.contentStart) \(shape.end) \(lead) \(shape.tabCount) \(shape.delimiterBytesOnly)"
  }

  @Test("Only 20, 0B, 0C, C2, E3 and EF may start a space; the delimiter bytes pass their bit test")
  func byteSetsMatchTheirLists() {
    for value in 0...255 {
      let byte = UInt8(value)
      #expect(
        LineShapeCensus.Shape.mayStartSpace(byte) == [0x20, 0x0B, 0x0C, 0xC2, 0xE3, 0xEF].contains(byte), "\(byte)")
      // The bit test may pass a byte that is not one (the scan then compares), but
      // never turns one away.
      if [0x09, 0x20, 0x2D, 0x3A, 0x7C].contains(byte) {
        #expect(LineShapeCensus.Shape.mayBeDelimiterByte(byte), "\(byte)")
      }
    }
    // The bytes that share their low six bits with a delimiter byte pass; digits and
    // CJK lead bytes do not.
    let passing = (0...255).map(UInt8.init).filter(LineShapeCensus.Shape.mayBeDelimiterByte)
    #expect(passing.count == 20)
    #expect(passing.contains(0x3C) && passing.contains(0x49) && passing.contains(0xFC))
    #expect(!passing.contains { (0x30...0x39).contains($0) || (0xE4...0xE9).contains($0) })
  }

  @Test(
    "Lines of every kind",
    arguments: [
      ("\t0", "0 2 9 1 false"),
      ("\t", "0 1 9 1 false"),
      ("\t-", "0 2 9 1 true"),
      ("|---|:-:|", "0 9 124 0 true"),
      ("  |-|", "2 5 124 0 true"),
      ("| 规章 |", "0 10 124 0 false"),
      ("<->", "0 3 60 0 false"),
      ("\u{3000}\u{A0}\u{FEFF}\u{0B}x", "9 10 120 0 false"),
      ("\u{3000}\u{A0}", "5 5 nil 0 false"),
      ("-:", "0 2 45 0 true"),
      ("规章\t0\t0", "0 10 232 2 false"),
      ("", "0 0 nil 0 false"),
    ])
  func knownLines(line: String, expected: String) {
    let bytes = Array(line.utf8)
    let shape = bytes.withUnsafeBufferPointer { LineShapeCensus.Shape($0, 0..<bytes.count) }
    #expect(Self.fields(shape) == expected)
    #expect(Self.reference(bytes, from: 0, limit: bytes.count) == expected)
  }

  @Test("A plain line start is content, no space or line end, and rules out a delimiter line")
  func plainLineStarts() {
    let spaceStarts: Set<UInt8> = [0x20, 0x0B, 0x0C, 0xC2, 0xE3, 0xEF]
    let lineEnds: Set<UInt8> = [0x0A, 0x0D]
    let delimiterBytes: Set<UInt8> = [0x09, 0x20, 0x2D, 0x3A, 0x7C]
    for value in 0...255 {
      let byte = UInt8(value)
      if LineShapeCensus.Shape.isPlainLead(byte) {
        #expect(!spaceStarts.contains(byte) && !lineEnds.contains(byte) && !delimiterBytes.contains(byte), "\(byte)")
      }
    }
    for first in 0...255 {
      for second in 0...255 {
        let word = UInt64(first) | UInt64(second) << 8 | 0x4141_4141_4141 << 16
        guard LineShapeCensus.Shape.startsPlainLine(word) else { continue }
        // The first byte is the content's first; it, or a tab's next byte (other
        // content, or the line end of a line with no dash), rules out a delimiter line.
        let (first, second) = (UInt8(first), UInt8(second))
        #expect(!spaceStarts.contains(first) && !lineEnds.contains(first), "\(first)")
        #expect(
          !delimiterBytes.contains(first) || (first == 0x09 && !delimiterBytes.contains(second)), "\(first) \(second)")
      }
    }
    // The usual line starts pass: digits, CJK lead bytes, a tab and a digit or a line end.
    #expect((0x30...0x39).allSatisfy(LineShapeCensus.Shape.isPlainLead))
    #expect((0xE4...0xE9).allSatisfy(LineShapeCensus.Shape.isPlainLead))
    #expect(LineShapeCensus.Shape.startsPlainLine(0x4141_4141_4141_3309))
    #expect(LineShapeCensus.Shape.startsPlainLine(0x4141_4141_4141_0A09))
    #expect(LineShapeCensus.Shape.startsPlainLine(0x4141_4141_4141_7CE8))
    // Tab and dash, a pipe, a space, a blank line: read byte by byte.
    #expect(!LineShapeCensus.Shape.startsPlainLine(0x4141_4141_4141_2D09))
    #expect(!LineShapeCensus.Shape.startsPlainLine(0x4141_4141_4141_307C))
    #expect(!LineShapeCensus.Shape.startsPlainLine(0x4141_4141_4141_3020))
    #expect(!LineShapeCensus.Shape.startsPlainLine(0x4141_4141_4141_300A))
  }

  @Test(
    "Lines of eight bytes and more, read from a word at their content start",
    arguments: [
      ("\t0\t0\t0\t0", "0 8 9 4 false"),
      ("\t-------", "0 8 9 1 true"),
      ("\t\n1234567", "0 1 9 1 false"),
      ("\t\r\n123456", "0 1 9 1 false"),
      ("\t\t-\t-\t-\t", "0 8 9 5 true"),
      ("|-------|", "0 9 124 0 true"),
      ("| 规章 | 0 |", "0 14 124 0 false"),
      ("x-------", "0 8 120 0 false"),
      ("规章\t0\t0\t0\n", "0 12 232 3 false"),
      ("  \t0123456", "2 10 9 1 false"),
      ("\u{3000}规章制度文件\t", "3 22 232 1 false"),
      ("<-------", "0 8 60 0 false"),
      ("1234567\n", "0 7 49 0 false"),
    ])
  func longLines(line: String, expected: String) {
    let bytes = Array(line.utf8)
    let shape = bytes.withUnsafeBufferPointer { LineShapeCensus.Shape($0, 0..<bytes.count) }
    #expect(Self.fields(shape) == expected)
    #expect(Self.reference(bytes, from: 0, limit: bytes.count) == expected)
  }

  /// Every pair of first content bytes from the bytes the scan tells apart, ahead of
  /// tails that make the line shorter or longer than a word, against the reading.
  @Test func firstContentBytesMatchTheReference() {
    let firsts: [UInt8] = [0x09, 0x0A, 0x0D, 0x20, 0x0B, 0x7C, 0x2D, 0x3A, 0x3C, 0x49, 0x30, 0xE8, 0xC2, 0xEF, 0xFC]
    let tails: [[UInt8]] = [
      [], Array("-".utf8), Array("--|--|--".utf8), Array("\t-\t:\t|\t ".utf8), Array("0\t0\t0\t0".utf8),
      Array("规章制度\t\t".utf8), Array("-\n-------".utf8), Array("|\r\n\t0\t0\t0".utf8),
    ]
    for lead in [[], [0x20], Array("\u{3000}".utf8)] as [[UInt8]] {
      for first in firsts {
        for second in firsts {
          for tail in tails {
            let bytes = lead + [first, second] + tail
            bytes.withUnsafeBufferPointer { buffer in
              let shape = LineShapeCensus.Shape(buffer, 0..<buffer.count)
              #expect(Self.fields(shape) == Self.reference(bytes, from: 0, limit: buffer.count), "\(bytes)")
            }
          }
        }
      }
    }
  }

  /// Random texts made of the bytes the scan tells apart, every line's shape against
  /// the byte-by-byte reading, from the census (which keeps them) and on its own.
  @Test func randomLinesMatchTheReference() {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> UInt64 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state
    }
    let pieces: [[UInt8]] = [
      [0x09], [0x0A], [0x0D], [0x0D, 0x0A], [0x20], [0x0B], [0x0C], [0x7C], [0x2D], [0x3A], [0x3C], [0x30],
      Array("规".utf8), Array("\u{3000}".utf8), Array("\u{A0}".utf8), Array("\u{FEFF}".utf8), [0xE3, 0x80],
      [0xC2], [0xEF, 0xBB], Array("a".utf8), [0xBC], [0x7D],
    ]
    for _ in 0..<3_000 {
      var bytes: [UInt8] = []
      let length = Int(next() % 60)
      while bytes.count < length { bytes += pieces[Int(next() % UInt64(pieces.count))] }
      bytes.withUnsafeBufferPointer { buffer in
        for start in 0...buffer.count {
          let shape = LineShapeCensus.Shape(buffer, start..<buffer.count)
          #expect(Self.fields(shape) == Self.reference(bytes, from: start, limit: buffer.count), "\(bytes) at \(start)")
        }
      }
      // The census's kept shapes, line by line.
      let text = SourceText(utf8: bytes)
      var shapes = LineShapes(recording: true)
      let census = LineShapeCensus(text, keeping: &shapes)
      var expected: [String] = []
      var nonBlank = 0
      text.forEachLine { _, range in
        let reading = Self.reference(text.bytes, from: range.lowerBound, limit: text.bytes.count)
        expected.append(reading)
        if !reading.contains(" nil ") { nonBlank += 1 }
      }
      #expect(shapes.shapes.map(Self.fields) == expected, "\(bytes)")
      #expect(census.nonBlankLines == nonBlank)
    }
  }
}
