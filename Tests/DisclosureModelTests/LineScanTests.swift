import DisclosureSynthesis
import Testing

@testable import DisclosureModel

/// The census's one pass over a text (line ends and tabs as bit masks, sixty-four
/// bytes at a time) against the line-by-line reading it replaces: the same counts and
/// the same kept shapes, on generated texts, every byte value around line ends, lines
/// of every length around the blocks' boundaries, and at the line and byte limits.
@Suite("Census by blocks against line by line")
struct LineScanTests {
  /// A census taken line by line, as the definitions go: each line from its start by
  /// `Shape(buffer, start ..< count)` (the general path), counted while fewer than
  /// `lineLimit` non-blank lines are read, within the first 1 MiB; the shapes kept
  /// are the first `min(count / 8, 2 * min(lineLimit, count)) + 16` lines, less a
  /// last line cut off at the byte limit.
  static func reference(_ bytes: [UInt8], lineLimit: Int) -> (counts: [Int], kept: [String]) {
    let count = min(bytes.count, LineShapeCensus.defaultByteLimit)
    var counts = [0, 0, 0, 0, 0]
    var shapes: [LineShapeCensus.Shape] = []
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < count, counts[0] < lineLimit {
        let shape = LineShapeCensus.Shape(buffer, index..<count)
        shapes.append(shape)
        if !shape.isBlank { counts[0] += 1 }
        if shape.isPipeRow { counts[1] += 1 }
        if shape.isPipeDelimiter { counts[2] += 1 }
        if shape.isMultiCellTab { counts[3] += 1 }
        if shape.isSingleCellTab { counts[4] += 1 }
        index = shape.end
        if index < count {
          if bytes[index] == 0x0D, index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
          index += 1
        }
      }
    }
    let capacity = min(count / 8, 2 * max(0, min(lineLimit, count))) + 16
    var kept = Array(shapes.prefix(capacity))
    if count < bytes.count, kept.last?.end == count { kept.removeLast() }
    return (counts, kept.map(LineShapeReferenceTests.fields))
  }

  /// The census's counts, in the order of ``reference(_:lineLimit:)``.
  static func counts(_ census: LineShapeCensus) -> [Int] {
    [
      census.nonBlankLines, census.pipeRows, census.pipeDelimiters, census.multiCellTabLines,
      census.singleCellTabLines,
    ]
  }

  /// Expects the census of `bytes`, keeping shapes and not, to match the reference.
  static func expectMatch(
    _ bytes: [UInt8], lineLimit: Int = LineShapeCensus.defaultLineLimit,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    // The text's bytes: a leading byte-order mark is not among them.
    let text = SourceText(utf8: bytes)
    let expected = reference(Array(text.bytes), lineLimit: lineLimit)
    // Keeping shapes, as the text is; and, for a text known to hold no carriage
    // return, marking line feeds only: the same counts and shapes.
    var readings = [text]
    if !text.bytes.contains(0x0D) {
      var lineFeedsOnly = text
      lineFeedsOnly.endsLinesWithLineFeedsOnly = true
      readings.append(lineFeedsOnly)
    }
    for reading in readings {
      var shapes = LineShapes(recording: true)
      let keeping = LineShapeCensus(reading, lineLimit: lineLimit, keeping: &shapes)
      #expect(counts(keeping) == expected.counts, "\(bytes.prefix(300))", sourceLocation: sourceLocation)
      #expect(
        shapes.shapes.map(LineShapeReferenceTests.fields) == expected.kept, "\(bytes.prefix(300))",
        sourceLocation: sourceLocation)
    }
    let counting = LineShapeCensus(text, lineLimit: lineLimit)
    #expect(counts(counting) == expected.counts, "\(bytes.prefix(300))", sourceLocation: sourceLocation)
  }

  @Test("The reference counts hand-checked texts as the definitions say")
  func referenceOnKnownTexts() {
    // Lines: "| a |", "|---|", "\t0", "" (blank), "规章\t0\t0", " \t1" (a space, then a
    // single cell), "\r" ends "x" alone.
    let text = Array("| a |\n|---|\r\n\t0\n\n规章\t0\t0\n \t1\rx".utf8)
    let expected = Self.reference(text, lineLimit: .max)
    #expect(expected.counts == [6, 1, 1, 1, 2])
    #expect(expected.kept.count == 7)
    #expect(expected.kept[3] == "16 16 nil 0 false")
    #expect(expected.kept[5] == "29 31 9 1 false")
    // The line limit stops after the second non-blank line; the blank line after it
    // is not read.
    let limited = Self.reference(Array("a\n\nb\n\nc\n".utf8), lineLimit: 2)
    #expect(limited.counts == [2, 0, 0, 0, 0])
    #expect(limited.kept == ["0 1 97 0 false", "2 2 nil 0 false", "3 4 98 0 false"])
    Self.expectMatch(text, lineLimit: .max)
    Self.expectMatch(Array("a\n\nb\n\nc\n".utf8), lineLimit: 2)
  }

  @Test("ByteBlock.bits gathers a comparison's lanes as the portable multiplication does")
  func vectorBits() {
    let lanes = ByteBlock.Vector(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
    // One lane at a time: bit `i` alone.
    for lane in 0..<16 {
      let mask = lanes .== ByteBlock.Vector(repeating: UInt8(lane))
      #expect(ByteBlock.bits(mask) == 1 << UInt64(lane))
      #expect(ByteBlock.portableBits(mask) == 1 << UInt64(lane))
    }
    #expect(ByteBlock.bits(lanes .< ByteBlock.Vector(repeating: 16)) == 0xFFFF)
    #expect(ByteBlock.bits(lanes .< ByteBlock.Vector(repeating: 0)) == 0)
    // Lanes 0, 2, 4, 6, 8 and 15: 0b1000_0001_0101_0101.
    let some = lanes .== ByteBlock.Vector(0, 9, 2, 9, 4, 9, 6, 9, 8, 0, 0, 0, 0, 0, 0, 15)
    #expect(ByteBlock.bits(some) == 0x8155)
    #expect(ByteBlock.portableBits(some) == 0x8155)
    // Pseudo-random vectors against a byte: both agree with a lane-by-lane reading.
    var random = SyntheticRandom(seed: 0xB175)
    for _ in 0..<2_000 {
      var vector = ByteBlock.Vector()
      for lane in 0..<16 { vector[lane] = UInt8(truncatingIfNeeded: random.next() % 4) }
      let mask = vector .== ByteBlock.Vector(repeating: 1)
      var expected: UInt64 = 0
      for lane in 0..<16 where vector[lane] == 1 { expected |= 1 << UInt64(lane) }
      #expect(ByteBlock.bits(mask) == expected)
      #expect(ByteBlock.portableBits(mask) == expected)
    }
  }

  @Test(
    "sparseBitCount counts the set bits",
    arguments: [
      (0, 0), (1, 1), (0b1011, 3), (1 << 63, 1), (UInt64.max, 64), (0x8000_0000_0000_0001, 2),
      (0x0101_0101_0101_0101, 8),
    ] as [(UInt64, Int)])
  func sparseBitCount(mask: UInt64, expected: Int) {
    #expect(ByteBlock.sparseBitCount(mask) == expected)
  }

  @Test("Lines of every length from 0 to 200 bytes, after every offset in a block, with every terminator")
  func everyLengthAtEveryOffset() {
    let fillers: [[UInt8]] = [Array("a".utf8), Array("\t".utf8), Array("-".utf8), Array(" ".utf8)]
    let terminators: [[UInt8]] = [[0x0A], [0x0D], [0x0D, 0x0A]]
    for offset in 0..<66 {
      var bytes = [UInt8](repeating: 0x61, count: offset) + [0x0A]
      for length in 0...200 {
        let filler = fillers[length % fillers.count]
        // A content byte first (a digit, a tab, a pipe or a CJK lead byte), then filler.
        let lead: [UInt8] = [[0x31], [0x09], [0x7C], [0xE8]][length % 4]
        bytes += (length == 0 ? [] : lead + [UInt8](repeating: filler[0], count: length - 1))
        bytes += terminators[(length + offset) % terminators.count]
      }
      Self.expectMatch(bytes)
      // The same without the last terminator: the last line ends with the bytes.
      Self.expectMatch(Array(bytes.dropLast()))
    }
  }

  @Test("Every byte value next to line ends and tabs, at every position around a block boundary")
  func everyByteAroundLineEnds() {
    for value in 0...255 {
      let byte = UInt8(value)
      for offset in 56..<70 {
        let filler = [UInt8](repeating: 0x61, count: offset)
        let patterns: [[UInt8]] = [
          [byte, 0x0A, byte], [0x0D, byte, 0x0A], [byte, 0x0D, 0x0A, byte], [0x09, byte, 0x0A],
          [0x0A, byte, 0x09, 0x0D], [byte], [0x0D, byte], [0x7C, byte, 0x2D, 0x0A],
        ]
        for pattern in patterns {
          Self.expectMatch(filler + pattern)
        }
      }
    }
  }

  @Test("Pseudo-random texts: any bytes, and the bytes the scan tells apart")
  func randomTexts() {
    var random = SyntheticRandom(seed: 0x5CA7)
    let pieces: [[UInt8]] = [
      [0x09], [0x0A], [0x0D], [0x0D, 0x0A], [0x20], [0x0B], [0x0C], [0x7C], [0x2D], [0x3A], [0x3C], [0x30],
      Array("规".utf8), Array("\u{3000}".utf8), Array("\u{A0}".utf8), Array("\u{FEFF}".utf8), [0xE3, 0x80],
      [0xC2], [0xEF, 0xBB], Array("a".utf8), [0x09, 0x30], [0x0A, 0x0A],
    ]
    for round in 0..<600 {
      let length = Int(random.next() % 400)
      var bytes: [UInt8] = []
      if round % 2 == 0 {
        for _ in 0..<length { bytes.append(UInt8(truncatingIfNeeded: random.next())) }
      } else {
        while bytes.count < length { bytes += pieces[Int(random.next() % UInt64(pieces.count))] }
      }
      let limits = [LineShapeCensus.defaultLineLimit, 0, 1, 2, 3, 64, 65, 66, 67, 130, Int.max]
      Self.expectMatch(bytes, lineLimit: limits[round % limits.count])
    }
  }

  @Test("Lines led by a tab or a pipe: every run of tabs, spaces, colons and pipes, then every kind of byte")
  func runsAfterATabOrPipeLead() {
    // The run's bytes, and what may follow it: a dash (a delimiter line when nothing
    // else follows), bytes that share a dash's or a run byte's low six bits (`m`,
    // `<`, `I`, 0xBC, 0xE0), a digit, a CJK lead byte, or nothing (the line's end).
    // Hand-checked: "| | x" is a pipe row; "|\t:-" a delimiter line holding a tab;
    // "\t\t2" a row of three cells; "\t:" a single cell (no dash); "|:|" a pipe row.
    let known = LineShapeCensus(SourceText("| | x\n|\t:-\n\t\t2\n\t:\n|:|"))
    #expect(Self.counts(known) == [5, 2, 1, 2, 1])
    let runBytes: [UInt8] = [0x09, 0x20, 0x3A, 0x7C]
    let stops: [[UInt8]] = [
      [0x2D], [0x2D, 0x31], [0x6D], [0x3C], [0x49], [0xBC], [0xE0], [0x31], [0xE8, 0xA7, 0x84], [],
    ]
    var runs: [[UInt8]] = [[]]
    for length in 1...3 {
      runs += runs.filter { $0.count == length - 1 }.flatMap { run in runBytes.map { run + [$0] } }
    }
    for lead: UInt8 in [0x09, 0x7C] {
      for (index, terminator) in ([[0x0A], [0x0D], [0x0D, 0x0A]] as [[UInt8]]).enumerated() {
        var bytes: [UInt8] = []
        for run in runs {
          for stop in stops { bytes += [lead] + run + stop + terminator }
        }
        Self.expectMatch(bytes)
        // Each line also as the last line of a text, ended by the bytes (one text
        // a line, so as not to repeat the long text above a hundred times).
        if index == 0 {
          for run in runs {
            for stop in stops { Self.expectMatch([0x61, 0x0A, lead] + run + stop) }
          }
        }
      }
    }
  }

  @Test("Lines led by C2, E3 or EF: a space when the next bytes make one, content otherwise")
  func leadBytesOfSpaces() {
    #expect(!LineShapeCensus.startsNoSpace(0xC2, 0xA0))
    #expect(LineShapeCensus.startsNoSpace(0xC2, 0xA1))
    #expect(!LineShapeCensus.startsNoSpace(0xE3, 0x80))
    #expect(LineShapeCensus.startsNoSpace(0xE3, 0x81))
    #expect(!LineShapeCensus.startsNoSpace(0xEF, 0xBB))
    #expect(LineShapeCensus.startsNoSpace(0xEF, 0xBC))
    #expect(!LineShapeCensus.startsNoSpace(0xE4, 0xBC))
    #expect(!LineShapeCensus.startsNoSpace(0x20, 0x41))
    // Hand-checked: "（1" is content led by EF; "\u{3000}|x" a pipe row after an
    // ideographic space; "\u{A0}" alone a blank line; "\u{FEFF}\t1" a single cell.
    let known = LineShapeCensus(SourceText("（1\n\u{3000}|x\n\u{A0}\n\u{FEFF}\t1\n"))
    #expect(Self.counts(known) == [3, 1, 0, 0, 1])
    for first: UInt8 in [0xC2, 0xE3, 0xEF] {
      for second in 0...255 {
        for third: [UInt8] in [[0x80], [0xBF], [0x0A], [0x7C], [0x2D, 0x2D], []] {
          let line = [first, UInt8(second)] + third
          Self.expectMatch([0x61, 0x0A] + line + [0x0A, 0x7C, 0x2D])
          Self.expectMatch([0x61, 0x0A] + line)
        }
      }
    }
  }

  @Test("Line limits and room near every multiple of sixty-four lines: the blocks read before the lines one by one")
  func limitsAroundTheBlockAllowance() {
    // Lines of one to three bytes, many to a block, some blank.
    let lines = Array(String(repeating: "a\n\t1\n\n|x\n1\t2\n", count: 120).utf8)
    for limit in [1, 2, 63, 64, 65, 66, 127, 128, 129, 130, 191, 192, 193, 255, 256, 257, 300, 400] {
      Self.expectMatch(lines, lineLimit: limit)
      Self.expectMatch(Array(lines.prefix(limit * 3)), lineLimit: limit)
    }
  }

  @Test("More lines than the room for shapes or the line limit: the lines after are read one by one")
  func manyLines() {
    // Short lines: the room (count / 8 + 16 shapes) fills up before the end.
    Self.expectMatch(Array(String(repeating: "a\n\t1\r\n\n", count: 1_500).utf8))
    // More non-blank lines than the default limit, and limits near every block.
    let rows = Array(String(repeating: "规章制度\t0\t0\n\n|---|\n", count: 1_100).utf8)
    Self.expectMatch(rows)
    for limit in [63, 64, 65, 100, 128, 129, 1_999, 2_000, 2_001] {
      Self.expectMatch(rows, lineLimit: limit)
    }
  }

  @Test("Texts cut at the byte limit: inside a line, between CR and LF, right after a line end")
  func byteLimit() {
    let limit = LineShapeCensus.defaultByteLimit
    for tail: [UInt8] in [
      [0x0A, 0x09, 0x31], [0x0D, 0x0A, 0x31], [0x31, 0x09, 0x0A], [0x0D, 0x0A], [0x09, 0x09, 0x09],
    ] {
      for before in 1...3 {
        // Lines of 7 bytes and a line feed (none straddles a block), then `tail`
        // placed so that `before` of its bytes are read.
        let body = limit - before
        var bytes = [UInt8](repeating: 0, count: body)
        for index in 0..<body { bytes[index] = index % 8 == 7 ? 0x0A : (index % 8 == 0 ? 0x09 : 0x31) }
        bytes += tail
        // Every line is read: the byte limit comes first.
        Self.expectMatch(bytes, lineLimit: .max)
      }
    }
  }
}
