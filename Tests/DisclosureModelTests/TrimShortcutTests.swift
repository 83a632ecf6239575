import Testing

@testable import DisclosureModel

/// The shortcuts of ``ByteClass/trimmed(_:_:)`` for the commonest ends (the space
/// stepped over with one more test, a scalar led by EF settled by its second byte),
/// checked by hand and against trimming scalar by scalar.
@Suite("Trimming shortcuts")
struct TrimShortcutTests {
  /// The trimmed bounds of all of `bytes`.
  private static func trimmed(_ bytes: [UInt8]) -> (start: Int, end: Int) {
    bytes.withUnsafeBufferPointer { ByteClass.trimmed($0, TextSpan(0..<$0.count)) }
  }

  @Test("A Markdown cell's spaces, a full-width bracket and a byte-order mark, by hand")
  func handChecked() {
    // ` 0 `: the digit alone.
    #expect(Self.trimmed([0x20, 0x30, 0x20]) == (1, 2))
    // `  ` and ` `: nothing left.
    #expect(Self.trimmed([0x20, 0x20]) == (2, 2))
    #expect(Self.trimmed([0x20]) == (1, 1))
    // ` （一） `: the bracket EF BC 88 opens the label, EF BC 89 closes it.
    let bracketed: [UInt8] = [0x20, 0xEF, 0xBC, 0x88, 0xE4, 0xB8, 0x80, 0xEF, 0xBC, 0x89, 0x20]
    #expect(Self.trimmed(bracketed) == (1, 10))
    // U+FEFF (EF BB BF) before `０` (EF BC 90): the mark is white space, the digit not.
    #expect(Self.trimmed([0xEF, 0xBB, 0xBF, 0xEF, 0xBC, 0x90]) == (3, 6))
    // A tab, then a space, then `a`, then a space and a carriage return.
    #expect(Self.trimmed([0x09, 0x20, 0x61, 0x20, 0x0D]) == (2, 3))
  }

  @Test("Which bytes after EF may make a byte-order mark")
  func byteOrderMarkLead() {
    let cases: [(bytes: [UInt8], may: Bool)] = [
      ([0xEF, 0xBB, 0xBF], true),  // U+FEFF
      ([0xEF, 0xBC, 0x88], false),  // （
      ([0xEF, 0xBC, 0x90], false),  // ０
      ([0xEF, 0xBD, 0x9E], false),  // ～
      ([0xEF, 0x3B, 0xBF], true),  // invalid, but decodes as U+FEFF
      ([0xEF, 0x7B, 0x00], true),  // invalid, low bits 0x3B
      ([0xEF, 0xFB, 0x00], true),  // invalid, low bits 0x3B
      ([0xEF], false),  // nothing after it
    ]
    for (bytes, may) in cases {
      bytes.withUnsafeBufferPointer { buffer in
        #expect(ByteClass.mayLeadByteOrderMark(buffer, at: 0) == may, "\(bytes)")
      }
    }
  }

  /// The start of `span` of `storage` with white space cut off by decoding each
  /// scalar (``ByteClass/scalar(in:at:)``, which reads up to the storage's end) and
  /// asking ``ByteClass/isSpace(_:)``: the definition, for any bytes, valid or not.
  /// Scalars are decoded within the span (a scalar that runs past its end decodes as
  /// U+FFFD, no white space), so the start never passes the span's end.
  private static func referenceStart(_ storage: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> Int {
    let within = UnsafeBufferPointer(rebasing: storage[..<span.end])
    var start = span.start
    while start < span.end {
      let (scalar, length) = ByteClass.scalar(in: within, at: start)
      guard ByteClass.isSpace(scalar) else { break }
      start += length
    }
    return start
  }

  @Test("The start agrees with decoding scalar by scalar on many byte strings, invalid ones included")
  func startAgreesWithDecoding() {
    // Bytes that lead or continue white space (EF BB BF, E3 80 80, E2 80 8B, C2 A0),
    // the full-width forms, invalid leads and continuations with the same low bits.
    let pool: [UInt8] = [
      0x20, 0x09, 0x0D, 0x30, 0x61, 0x2D, 0xEF, 0xBB, 0xBF, 0xBC, 0x88, 0x90, 0x3B, 0x7B, 0xFB, 0xE3, 0x80,
      0xE2, 0x8B, 0xC2, 0xA0, 0xE0, 0xF0, 0xE4, 0xB8,
    ]
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: (state >> 33) % UInt64(bound))
    }
    var compared = 0
    for _ in 0..<20_000 {
      let bytes = (0..<(1 + next(9))).map { _ in pool[next(pool.count)] }
      // Spans that end before the storage does, so that a scalar may run past them.
      let end = 1 + next(bytes.count)
      let start = next(end + 1)
      bytes.withUnsafeBufferPointer { buffer in
        let span = TextSpan(start..<end)
        let trimmed = ByteClass.trimmed(buffer, span)
        #expect(trimmed.start == Self.referenceStart(buffer, span), "\(bytes) \(start)..<\(end)")
        // The end never moves past the span's, nor the start past the end.
        #expect(trimmed.end <= end)
        #expect(trimmed.start <= trimmed.end)
      }
      compared += 1
    }
    #expect(compared == 20_000)
  }

  @Test("Both ends agree with trimming scalar by scalar, for spaces of every kind at each end")
  func bothEndsAgree() {
    let spaces = [
      "", " ", "  ", "\t", " \t", "\r\n", "\u{A0}", "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{2002}", " \u{FEFF} ",
    ]
    let middles = ["0", "12", "（一）予以公开", "０", "政", "-", "a b", "～", "１２", "（本列）", "x\u{FEFF}y"]
    for head in spaces {
      for middle in middles {
        for tail in spaces {
          let text = head + middle + tail
          let bytes = Array(text.utf8)
          let expectedStart = head.utf8.count
          let expectedEnd = bytes.count - tail.utf8.count
          #expect(Self.trimmed(bytes) == (expectedStart, expectedEnd), "\(text.debugDescription)")
        }
      }
    }
  }
}
