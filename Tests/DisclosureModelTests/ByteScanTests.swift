import DisclosureSynthesis
import Testing

@testable import DisclosureModel

/// The eight-bytes-at-a-time paths of decoding, line splitting and the line-shape
/// census, at every position relative to an eight-byte block.
@Suite("Eight-byte scans")
struct ByteScanTests {
  /// The first ill-formed sequence of `bytes`, as (offset, length of its maximal subpart).
  static func firstInvalid(_ bytes: [UInt8]) -> [Int]? {
    bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalid($0).map { [$0.offset, $0.length] } }
  }

  /// Prefixes of every length from 0 to 19 bytes: ASCII only, CJK only (three bytes a
  /// character, so lengths 0, 3, …, 18), and ASCII followed by CJK.
  static let prefixes: [[UInt8]] =
    (0..<20).map { [UInt8](repeating: 0x61, count: $0) }
    + (0..<7).map { Array(String(repeating: "规", count: $0).utf8) }
    + (0..<8).map { Array((String(repeating: "a", count: $0) + "章程").utf8) }

  @Test(
    "An ill-formed sequence is found at its own offset after any prefix",
    arguments: [
      ([0x80], 1),  // a lone continuation byte
      ([0xC0, 0xAF], 1),  // an overlong two-byte form of "/"
      ([0xC2, 0x41], 1),  // a lead without its continuation
      ([0xE0, 0x80, 0xAF], 1),  // an overlong three-byte form
      ([0xED, 0xA0, 0x80], 1),  // a surrogate, U+D800
      ([0xE8, 0xA7, 0x41], 2),  // a three-byte sequence cut after two bytes
      ([0xE8, 0x41, 0x41], 1),  // … and after one
      ([0xE8, 0xA7, 0xC3], 2),  // a lead where the last continuation should be
      ([0xF0, 0x8F, 0xBF, 0xBF], 1),  // an overlong four-byte form
      ([0xF4, 0x90, 0x80, 0x80], 1),  // above U+10FFFF
      ([0xF0, 0x9F, 0x98, 0x41], 3),  // a four-byte sequence cut after three bytes
      ([0xF8, 0x88, 0x80, 0x80], 1),  // a five-byte lead
      ([0xFF], 1),
    ] as [([UInt8], Int)])
  func invalidAfterAnyPrefix(sequence: [UInt8], length: Int) {
    for prefix in Self.prefixes {
      for suffix in [Array("规章\t0\n".utf8), Array("abcdefgh".utf8), []] {
        let bytes = prefix + sequence + suffix
        #expect(Self.firstInvalid(bytes) == [prefix.count, length], "\(bytes)")
      }
    }
  }

  @Test(
    "A sequence cut by the end of the input is found at its own offset",
    arguments: [([0xE8], 1), ([0xE8, 0xA7], 2), ([0xC3], 1), ([0xF0, 0x9F], 2), ([0xF0, 0x9F, 0x98], 3)]
      as [([UInt8], Int)])
  func truncatedAtTheEnd(sequence: [UInt8], length: Int) {
    for prefix in Self.prefixes {
      #expect(Self.firstInvalid(prefix + sequence) == [prefix.count, length])
    }
  }

  @Test("Valid text of every kind passes after any prefix, including the edge leads E0 and ED")
  func validAfterAnyPrefix() {
    // U+0800 (E0 A0 80), U+D7FF (ED 9F BF), U+FFFD (EF BF BD), U+00A0, U+1F600, and CJK.
    let samples = ["\u{0800}\u{0800}", "\u{D7FF}规", "规\u{D7FF}", "\u{FFFD}章", "\u{A0}规章", "😀规", "规章程序公开"]
    for prefix in Self.prefixes {
      for sample in samples {
        #expect(Self.firstInvalid(prefix + Array(sample.utf8)) == nil, "\(prefix) \(sample)")
      }
    }
  }

  @Test("An edge lead inside a run of CJK characters is checked by its own rule")
  func edgeLeadsInsideARun() {
    // Two CJK characters (six bytes) and then, at offsets 6 and 3, E0 and ED with a
    // second byte outside their range: the run of pairs must stop before them.
    let run = Array("规章".utf8)
    #expect(Self.firstInvalid(run + [0xE0, 0x9F, 0x80] + run) == [6, 1])
    #expect(Self.firstInvalid(run + [0xED, 0xA0, 0x80] + run) == [6, 1])
    #expect(Self.firstInvalid(Array("规".utf8) + [0xE0, 0x80, 0x80] + run + run) == [3, 1])
    #expect(Self.firstInvalid(Array("规".utf8) + [0xED, 0xBF, 0xBF] + run + run) == [3, 1])
  }

  /// The first ill-formed sequence of `bytes` at or after `start`, read straight off
  /// Table 3-7 of the Unicode Standard: each lead byte, the ranges its following
  /// bytes must fall in, and the maximal subpart (the lead and the bytes that fit)
  /// where one does not.
  static func referenceFirstInvalid(_ bytes: [UInt8], from start: Int) -> [Int]? {
    let any: ClosedRange<UInt8> = 0x80...0xBF
    var index = start
    while index < bytes.count {
      let following: [ClosedRange<UInt8>]
      switch bytes[index] {
      case 0x00...0x7F: following = []
      case 0xC2...0xDF: following = [any]
      case 0xE0: following = [0xA0...0xBF, any]
      case 0xE1...0xEC, 0xEE...0xEF: following = [any, any]
      case 0xED: following = [0x80...0x9F, any]
      case 0xF0: following = [0x90...0xBF, any, any]
      case 0xF1...0xF3: following = [any, any, any]
      case 0xF4: following = [0x80...0x8F, any, any]
      default: return [index, 1]
      }
      for (place, range) in following.enumerated() {
        let next = index + 1 + place
        guard next < bytes.count, range.contains(bytes[next]) else { return [index, 1 + place] }
      }
      index += 1 + following.count
    }
    return nil
  }

  /// Pseudo-random text of `length` bytes, cut wherever `length` falls (so often in
  /// the middle of a sequence): mostly ASCII (digits, tabs, pipes, line ends) and
  /// CJK, with two- and four-byte sequences, the edge leads E0, ED, F0 and F4, and,
  /// at about one piece in `damage`, an ill-formed piece.
  static func mixedText(length: Int, damage: UInt64, using random: inout SyntheticRandom) -> [UInt8] {
    func pick(_ range: ClosedRange<UInt8>) -> UInt8 {
      range.lowerBound + UInt8(truncatingIfNeeded: random.next() % UInt64(Int(range.upperBound - range.lowerBound) + 1))
    }
    let ascii: [UInt8] = Array("0123456789\t\n\r|-: a.".utf8)
    let broken: [[UInt8]] = [
      [0x80], [0xBF], [0xC0], [0xC1], [0xC0, 0xAF], [0xF5], [0xFF], [0xE0, 0x80], [0xE0, 0x9F, 0x80],
      [0xED, 0xA0, 0x80], [0xF0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xE8],
      [0xE8, 0xA7], [0xF0, 0x9F, 0x98], [0xC3], [0xE8, 0xA7, 0xE8], [0x00],
    ]
    var bytes: [UInt8] = []
    while bytes.count < length {
      if random.next() % damage == 0 {
        if random.next() % 4 == 0 {
          bytes.append(UInt8(truncatingIfNeeded: random.next()))
        } else {
          bytes += broken[Int(random.next() % UInt64(broken.count))]
        }
        continue
      }
      switch random.next() % 16 {
      case 0...5: bytes.append(ascii[Int(random.next() % UInt64(ascii.count))])
      case 6...11: bytes += [pick(0xE4...0xE9), pick(0x80...0xBF), pick(0x80...0xBF)]  // ideographs
      case 12:
        bytes +=
          [[0xEF, 0xBC, 0x8C], [0xE3, 0x80, 0x81], [0xE2, 0x80, 0x9C], [0xEF, 0xBB, 0xBF]][
            Int(random.next() % 4)]
      case 13: bytes += [pick(0xC2...0xDF), pick(0x80...0xBF)]
      case 14:
        switch random.next() % 4 {
        case 0: bytes += [0xF0, pick(0x90...0xBF), pick(0x80...0xBF), pick(0x80...0xBF)]
        case 1: bytes += [pick(0xF1...0xF3), pick(0x80...0xBF), pick(0x80...0xBF), pick(0x80...0xBF)]
        case 2: bytes += [0xF4, pick(0x80...0x8F), pick(0x80...0xBF), pick(0x80...0xBF)]
        default: bytes += [pick(0xE1...0xEC), pick(0x80...0xBF), pick(0x80...0xBF)]
        }
      default:
        bytes +=
          random.next() % 2 == 0
          ? [0xE0, pick(0xA0...0xBF), pick(0x80...0xBF)] : [0xED, pick(0x80...0x9F), pick(0x80...0xBF)]
      }
    }
    return Array(bytes.prefix(length))
  }

  /// Every ill-formed sequence of `bytes` as `repair` walks them: `firstInvalid`
  /// from the start, then again after each sequence found.
  static func sites(_ bytes: [UInt8], _ firstInvalid: (Int) -> [Int]?) -> [[Int]] {
    var sites: [[Int]] = []
    var start = 0
    while let site = firstInvalid(start) {
      sites.append(site)
      start = site[0] + site[1]
    }
    return sites
  }

  @Test("firstInvalid agrees with Table 3-7 on pseudo-random mixes, from every restart")
  func firstInvalidMatchesTheReference() {
    var random = SyntheticRandom(seed: 0x5EED_0008)
    var cases = 0
    var found = 0
    for round in 0..<12_000 {
      // Lengths 0–40 with damage of every density, then longer, mostly clean text
      // that runs through many sixteen-byte blocks before a rare damaged piece.
      let length = round < 9_000 ? round % 41 : 41 + Int(random.next() % 400)
      let damage: UInt64 = round < 9_000 ? [2, 4, 8, 30, 1_000][round % 5] : [20, 60, 200, 10_000][round % 4]
      let bytes = Self.mixedText(length: length, damage: damage, using: &random)
      let expected = Self.sites(bytes) { Self.referenceFirstInvalid(bytes, from: $0) }
      let seen = Self.sites(bytes) { start in
        bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalid($0, from: start).map { [$0.offset, $0.length] } }
      }
      #expect(seen == expected, "\(bytes)")
      if seen != expected { break }
      // A restart at any offset, as if the bytes before it had been replaced.
      let start = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count + 1))
      let fromStart = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalid($0, from: start) }
      #expect(
        fromStart.map { [$0.offset, $0.length] } == Self.referenceFirstInvalid(bytes, from: start), "\(start) \(bytes)")
      #expect(UTF8Validation.repair(bytes).bytes == Array(String(decoding: bytes, as: UTF8.self).utf8), "\(bytes)")
      cases += 1
      found += expected.isEmpty ? 0 : 1
    }
    // Both kinds of input are well represented.
    #expect(cases == 12_000)
    #expect(found > 3_000 && found < 11_000)
  }

  @Test("A block never takes over the check right after a lead that was reported")
  func blocksStartAfterCheckedBytes() {
    // After each reported lead the next byte is a stray continuation byte, or a
    // well-formed sequence, though the byte before it is a lead. Each start is
    // followed by sixteen or more bytes, enough for a block.
    let tail = Array("规章制度abcdefgh".utf8)
    let cases: [([UInt8], [[Int]])] = [
      ([0xC0, 0xAF], [[0, 1], [1, 1]]),
      ([0xED, 0xA0, 0x80], [[0, 1], [1, 1], [2, 1]]),
      ([0xE8, 0xC3, 0xA7], [[0, 1]]),
      ([0xE8, 0x41, 0x80], [[0, 1], [2, 1]]),
      ([0xF0, 0x9F, 0x80, 0x41], [[0, 3]]),
      ([0x41, 0xE8, 0x80, 0x80, 0x80], [[4, 1]]),
    ]
    for (head, expected) in cases {
      let bytes = head + tail
      #expect(Self.sites(bytes) { Self.referenceFirstInvalid(bytes, from: $0) } == expected)
      let seen = Self.sites(bytes) { start in
        bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalid($0, from: start).map { [$0.offset, $0.length] } }
      }
      #expect(seen == expected, "\(bytes)")
    }
  }

  @Test("A NUL byte is found at every offset of the sample, and not after it")
  func nulAtEveryOffset() throws {
    for offset in 0..<20 {
      var bytes = [UInt8](repeating: 0x61, count: 20)
      bytes[offset] = 0
      let error = try #require(TextDecoder.binaryEvidence(bytes))
      #expect(error.byteOffset == offset)
      #expect(error.message.contains("a NUL byte"))
    }
    var long = [UInt8](repeating: 0x61, count: 5_000)
    long[4_095] = 0
    #expect(TextDecoder.binaryEvidence(long)?.byteOffset == 4_095)
    long[4_095] = 0x61
    long[4_096] = 0
    #expect(TextDecoder.binaryEvidence(long) == nil)
  }

  @Test("Control bytes count when more than one in twenty; tab, line ends, VT and FF are not controls")
  func controlBytes() throws {
    var bytes = [UInt8](repeating: 0x61, count: 100)
    for offset in [7, 8, 15, 16, 63] { bytes[offset] = 0x01 }
    #expect(TextDecoder.binaryEvidence(bytes) == nil)  // 5 × 20 = 100, not more than 100
    bytes[99] = 0x1F
    let error = try #require(TextDecoder.binaryEvidence(bytes))
    #expect(error.byteOffset == 7)
    #expect(error.message.contains("6 control bytes in its first 100"))
    let spacing = (0..<100).map { [UInt8](arrayLiteral: 0x09, 0x0A, 0x0B, 0x0C, 0x0D)[$0 % 5] }
    #expect(TextDecoder.binaryEvidence(spacing) == nil)
    let edges = [UInt8](repeating: 0x08, count: 9) + [UInt8](repeating: 0x0E, count: 9)
    #expect(TextDecoder.binaryEvidence(edges)?.message.contains("18 control bytes in its first 18") == true)
  }

  /// The control bytes of the first `sampleCount` bytes, one byte at a time.
  static func referenceControls(_ bytes: [UInt8], sampleCount: Int) -> TextDecoder.ControlBytes {
    var census = TextDecoder.ControlBytes()
    for (offset, byte) in bytes.prefix(sampleCount).enumerated() where byte < 0x20 && !(0x09...0x0D).contains(byte) {
      census.count += 1
      census.first = census.first ?? offset
      if byte == 0 {
        census.firstNul = census.firstNul ?? offset
        if offset % 2 == 0 { census.nulsAtEven += 1 } else { census.nulsAtOdd += 1 }
      }
    }
    return census
  }

  /// Replaces about one byte in `density` of `bytes` with a byte from 00 to 1F (the
  /// white space 09–0D as often as the others).
  static func sprinkleControls(into bytes: inout [UInt8], density: Int, using random: inout SyntheticRandom) {
    for offset in bytes.indices where random.next() % UInt64(density) == 0 {
      bytes[offset] = UInt8(truncatingIfNeeded: random.next() % 0x20)
    }
  }

  @Test("Control bytes are counted as one byte at a time counts them, at every density")
  func controlBytesMatchTheReference() {
    var random = SyntheticRandom(seed: 0x5EED_0020)
    var withControls = 0
    for round in 0..<3_000 {
      let length = round < 2_000 ? Int(random.next() % 300) : 3_900 + Int(random.next() % 400)
      let density = [3, 40, 500, 5_000, 100_000][round % 5]
      var bytes = Self.mixedText(length: length, damage: 1_000, using: &random)
      Self.sprinkleControls(into: &bytes, density: density, using: &random)
      for sampleCount in [4_096, length / 2, length] {
        let seen = bytes.withUnsafeBufferPointer { TextDecoder.controlBytes(in: $0, sampleCount: sampleCount) }
        let expected = Self.referenceControls(bytes, sampleCount: sampleCount)
        #expect(seen == expected, "\(sampleCount) \(bytes)")
        if seen != expected { return }
      }
      withControls += Self.referenceControls(bytes, sampleCount: 4_096).count > 0 ? 1 : 0
    }
    #expect(withControls > 1_000 && withControls < 2_900)
  }

  @Test("NUL bytes at odd offsets suggest UTF-16LE, at even offsets UTF-16BE")
  func nulParity() throws {
    // 13 bytes: one eight-byte block and a tail of five.
    let little = (0..<13).map { $0 % 2 == 1 ? UInt8(0) : 0x61 }
    #expect(try #require(TextDecoder.binaryEvidence(little)).suggestion.contains("utf-16le"))
    let big = (0..<13).map { $0 % 2 == 0 ? UInt8(0) : 0x61 }
    #expect(try #require(TextDecoder.binaryEvidence(big)).suggestion.contains("utf-16be"))
  }

  @Test("Lines end at LF, CR and CRLF at every offset relative to a block")
  func linesAtEveryOffset() {
    for length in 0..<20 {
      let first = String(repeating: "a", count: length)
      let text = SourceText(first + "\r\n规\r\r\n" + first + "\n")
      var seen: [String] = []
      text.forEachLine { line, range in
        seen.append("\(line):" + String(decoding: text.bytes[range], as: UTF8.self))
      }
      #expect(seen == ["1:" + first, "2:规", "3:", "4:" + first])
    }
    var seen: [Int] = []
    SourceText("12345678\r").forEachLine { line, range in seen += [line, range.lowerBound, range.upperBound] }
    SourceText("1234567\r\n8").forEachLine { line, range in seen += [line, range.lowerBound, range.upperBound] }
    #expect(seen == [1, 0, 8, 1, 0, 7, 2, 9, 10])
  }

  /// The shape of `line`, classified as an adapter does.
  static func shape(_ line: String) -> LineShapeCensus.Shape {
    let bytes = Array(line.utf8)
    return bytes.withUnsafeBufferPointer { LineShapeCensus.Shape($0, 0..<bytes.count) }
  }

  @Test("Tabs are counted at every offset relative to a block")
  func tabsAtEveryOffset() {
    for offset in 0..<20 {
      let line = "x" + String(repeating: "规", count: offset / 3) + String(repeating: "y", count: offset % 3)
      let one = Self.shape(line + "\t0")
      #expect(one.tabCount == 1)
      #expect(one.isMultiCellTab)
      #expect(one.end == line.utf8.count + 2)
      let three = Self.shape(line + "\t\t" + line + "\t")
      #expect(three.tabCount == 3)
      #expect(three.end == 2 * line.utf8.count + 3)
    }
  }

  @Test("Long delimiter lines, and a late byte that rules one out")
  func longDelimiterLines() {
    #expect(Self.shape("|---|---|---|---|").isPipeDelimiter)
    #expect(Self.shape("| :---: | ---: |\t|").isPipeDelimiter)
    #expect(Self.shape("| :---: | ---: |\t|").tabCount == 1)
    #expect(Self.shape("|---|---|---|--x|").isPipeRow)
    let late = Self.shape("|---|---|---|--x|\t\t|规\t")
    #expect(late.isPipeRow)
    #expect(late.tabCount == 3)
  }

  /// Texts whose lines' shapes are compared with `forEachLine` and `Shape`.
  static let shapedTexts = [
    "", "\n", "\r\n\r\n", "a", "a\r", "| a | b |\r\n|---|---|\r\n| 1 | 2 |", "\t0\n\t\n \t1\r\n\r",
    // Multi-byte spaces (C2 A0, E3 80 80, EF BB BF) next to line ends.
    "a\u{A0}\n\u{A0}\n\u{3000}\u{FEFF}\t0\r", "\u{3000}\r\n\u{A0}", "规章\t0\t0\n\n\n一、总体情况\n",
  ]

  /// Each line of `source` as `forEachLine` and `Shape` see it.
  static func linesAndShapes(_ source: SourceText) -> [String] {
    var lines: [String] = []
    source.bytes.withUnsafeBufferPointer { buffer in
      source.forEachLine { line, range in
        lines.append("\(line) \(range) \(LineShapeCensus.Shape(buffer, range))")
      }
    }
    return lines
  }

  @Test("forEachLineShape gives the lines and shapes of forEachLine and Shape", arguments: shapedTexts)
  func lineShapesMatchLines(text: String) {
    let source = SourceText(text)
    let expected = Self.linesAndShapes(source)
    var seen: [String] = []
    source.forEachLineShape { line, range, shape, _ in seen.append("\(line) \(range) \(shape)") }
    #expect(seen == expected)
    #expect(seen.count == expected.count)
  }

  /// Texts, with how many of their lines' shapes a census keeps: all of them for the
  /// short texts.
  static let keptShapeCases: [(String, Int)] =
    shapedTexts.map { ($0, linesAndShapes(SourceText($0)).count) } + [
      // More lines than the census keeps room for: the rest are scanned.
      (String(repeating: "a\n\t1\r\n", count: 2_500), 15_000 / 8 + 16),
      // More non-blank lines than the census reads: it keeps those it read.
      (String(repeating: "规章制度\t0\t0\n\n", count: 2_100), LineShapeCensus.defaultLineLimit * 2 - 1),
      // A line cut off at the census's byte limit is not kept, nor any after it.
      ("x\r\n" + String(repeating: "规", count: 400_000) + "\n\t1\n", 1),
    ]

  @Test(
    "Shapes the census kept are the shapes forEachLineShape finds; the lines it did not keep are scanned",
    arguments: keptShapeCases)
  func keptLineShapes(text: String, kept: Int) {
    let source = SourceText(text)
    var shapes = LineShapes(recording: true)
    _ = LineShapeCensus(source, keeping: &shapes)
    #expect(shapes.shapes.count == kept)
    var shaped = source
    shaped.lineShapes = shapes
    #expect(shaped == source)
    var seen: [String] = []
    shaped.forEachLineShape { line, range, shape, _ in seen.append("\(line) \(range) \(shape)") }
    #expect(seen == Self.linesAndShapes(source))
  }

  @Test("A census keeping shapes takes any line limit: none below 1, every line when unbounded")
  func keptLineShapesAtExtremeLimits() {
    let source = SourceText("规章\t0\n\n\t1\n")
    var none = LineShapes(recording: true)
    let empty = LineShapeCensus(source, lineLimit: -1, keeping: &none)
    #expect(none.shapes.isEmpty)
    #expect(empty.nonBlankLines == 0)
    var all = LineShapes(recording: true)
    let full = LineShapeCensus(source, lineLimit: .max, keeping: &all)
    #expect(all.shapes.map(\.end) == [8, 9, 12])
    #expect(full.nonBlankLines == 2)
    #expect(full.multiCellTabLines == 1)
    #expect(full.singleCellTabLines == 1)
  }

  @Test("forEachLineShape does not read a space across a line end")
  func lineShapesAcrossLineEnds() {
    // A lone C2 or E3 80 before a line end is not a space: the line is not blank.
    let bytes: [UInt8] = [0xC2, 0x0A, 0xA0, 0x0A, 0xE3, 0x80, 0x0D, 0x80]
    var shapes: [(Int, Range<Int>, Bool)] = []
    SourceText(utf8: bytes).forEachLineShape { line, range, shape, _ in shapes.append((line, range, shape.isBlank)) }
    #expect(shapes.map(\.0) == [1, 2, 3, 4])
    #expect(shapes.map(\.1) == [0..<1, 2..<3, 4..<6, 7..<8])
    #expect(shapes.map(\.2) == [false, false, false, false])
  }

  /// The cells `addCells` makes of `range` of `text`, split at tabs, as one row.
  static func splitRow(_ text: String, _ range: Range<Int>) -> (cells: [String], notes: Int) {
    let source = SourceText(text)
    var builder = DocumentBuilder(source: source)
    source.bytes.withUnsafeBufferPointer { builder.addCells(range, separatedBy: 0x09, in: $0, line: 1) }
    let document = builder.finish()
    let cells = document.tables.first?.rows.first?.cells.map { document.text($0) } ?? []
    return (cells, document.notes.count)
  }

  @Test("addCells keeps every piece, clamps its range, and keeps the cap on cells")
  func addCellsSplitsAndClamps() {
    #expect(Self.splitRow("a\tb\t\tc", 0..<99).cells == ["a", "b", "", "c"])
    #expect(Self.splitRow("a\tb\t\tc", -5..<3).cells == ["a", "b"])
    #expect(Self.splitRow("a\tb\t\tc", 4..<4).cells == [""])
    #expect(Self.splitRow("\t规章\t", 0..<8).cells == ["", "规章", ""])
    let wide = Self.splitRow(String(repeating: "0\t", count: 300), 0..<600)
    #expect(wide.cells.count == InputLimits.cellsPerRow)
    #expect(wide.notes == 1)
  }

  @Test("addCells keeps every piece in order across its batches, and the cap counts the cells already in the row")
  func addCellsAcrossBatches() {
    for count in [15, 16, 17, 31, 32, 33, 40] {
      let pieces = (0..<count).map { "c\($0)" }
      #expect(Self.splitRow(pieces.joined(separator: "\t"), 0..<999).cells == pieces)
    }
    let source = SourceText(String(repeating: "x\t", count: 9) + "x")
    var builder = DocumentBuilder(source: source)
    for _ in 0..<250 { builder.addCell(0..<1, line: 1) }
    source.bytes.withUnsafeBufferPointer {
      builder.addCells(0..<source.bytes.count, separatedBy: 0x09, in: $0, line: 1)
    }
    let document = builder.finish()
    #expect(document.tables.first?.rows.first?.cells.count == InputLimits.cellsPerRow)
    #expect(document.notes.count == 1)
    #expect(document.notes.first?.message.contains("has 260 cells") == true)
  }

  @Test("The census splits CRLF lines wherever they fall")
  func censusOnCRLF() {
    for length in 0..<12 {
      let filler = String(repeating: "z", count: length)
      let census = LineShapeCensus(SourceText(filler + "a\tb\r\n\t" + filler + "\r\n|" + filler + "|\r\n\r\n"))
      #expect(census.nonBlankLines == 3)
      #expect(census.multiCellTabLines == 1)
      #expect(census.singleCellTabLines == 1)
      #expect(census.pipeRows == 1)
    }
  }

  @Test("A line cut by the census's byte limit is classified by the bytes before the limit")
  func censusAtTheByteLimit() {
    let limit = LineShapeCensus.defaultByteLimit
    // "\t0" ends exactly at the limit: a single-cell tab line.
    let atLimit = LineShapeCensus(SourceText(String(repeating: "a", count: limit - 3) + "\n\t0\n\t0\t0\n"))
    #expect(atLimit.nonBlankLines == 2)
    #expect(atLimit.singleCellTabLines == 1)
    #expect(atLimit.multiCellTabLines == 0)
    // "0" is the last byte read; its tab is beyond the limit.
    let cut = LineShapeCensus(SourceText(String(repeating: "a", count: limit - 2) + "\n0\t1\n"))
    #expect(cut.nonBlankLines == 2)
    #expect(cut.multiCellTabLines == 0)
    // A tab deep inside a long line counts.
    let long = LineShapeCensus(
      SourceText(String(repeating: "规", count: 700) + "\t" + String(repeating: "a", count: 999)))
    #expect(long.nonBlankLines == 1)
    #expect(long.multiCellTabLines == 1)
  }
}
