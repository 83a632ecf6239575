import Testing

@testable import DisclosureModel

/// ``ByteClass/trimmed(_:_:)`` takes a span within the storage as it is, told by two
/// unsigned comparisons, and clamps any other with ``ByteClass/clamped(_:to:)``: a
/// span reaching outside the storage (negative, reversed, past the end) must trim
/// exactly as the span clamped into the storage does.
@Suite("Clamping spans before trimming")
struct SpanClampTests {
  /// A span from `start` to `end`, which may be reversed (`TextSpan(_:)` takes a
  /// range, which cannot be).
  private static func span(_ start: Int, _ end: Int) -> TextSpan {
    var span = TextSpan(0..<0)
    (span.start, span.end) = (start, end)
    return span
  }

  @Test("Clamping keeps the start within the storage and the end from the start to the storage's end")
  func clampedValues() {
    // A storage of 4 bytes.
    #expect(ByteClass.clamped(Self.span(1, 3), to: 4) == (1, 3))
    #expect(ByteClass.clamped(Self.span(0, 4), to: 4) == (0, 4))
    #expect(ByteClass.clamped(Self.span(-3, 10), to: 4) == (0, 4))
    #expect(ByteClass.clamped(Self.span(3, 1), to: 4) == (3, 3))
    #expect(ByteClass.clamped(Self.span(7, 9), to: 4) == (4, 4))
    #expect(ByteClass.clamped(Self.span(-5, -1), to: 4) == (0, 0))
    #expect(ByteClass.clamped(Self.span(2, 9), to: 4) == (2, 4))
    #expect(ByteClass.clamped(Self.span(Int.min, Int.max), to: 4) == (0, 4))
    #expect(ByteClass.clamped(Self.span(Int.max, Int.min), to: 4) == (4, 4))
    // An empty storage.
    #expect(ByteClass.clamped(Self.span(-1, 1), to: 0) == (0, 0))
  }

  @Test("Trimming a span outside the storage gives what trimming it clamped gives")
  func trimmedHandChecked() {
    let bytes = Array(" 12 ".utf8)
    bytes.withUnsafeBufferPointer { buffer in
      #expect(ByteClass.trimmed(buffer, Self.span(-3, 10)) == (1, 3))
      #expect(ByteClass.trimmed(buffer, Self.span(Int.min, Int.max)) == (1, 3))
      #expect(ByteClass.trimmed(buffer, Self.span(2, 9)) == (2, 3))
      #expect(ByteClass.trimmed(buffer, Self.span(3, 1)) == (3, 3))
      #expect(ByteClass.trimmed(buffer, Self.span(-2, 0)) == (0, 0))
      #expect(ByteClass.trimmed(buffer, Self.span(5, 5)) == (4, 4))
    }
    let empty: [UInt8] = []
    empty.withUnsafeBufferPointer { buffer in
      #expect(ByteClass.trimmed(buffer, Self.span(-1, 3)) == (0, 0))
      #expect(ByteClass.trimmed(buffer, Self.span(0, 0)) == (0, 0))
    }
  }

  @Test("Every span, within the storage or not, trims as the span clamped into it does")
  func everySpanAgreesWithItsClampedSpan() {
    let texts = [" 12 ", "  ", "主动公开", "\u{3000}总计\u{3000}", " a\tb ", "1,234", "\u{A0}-\u{A0}", ""]
    var checked = 0
    for text in texts {
      let bytes = Array(text.utf8)
      bytes.withUnsafeBufferPointer { buffer in
        let count = buffer.count
        for start in -3...(count + 3) {
          for end in -3...(count + 3) {
            // The clamping written out: the start within the storage, the end from
            // the start to the storage's end.
            let lower = max(0, min(start, count))
            let upper = max(lower, min(end, count))
            // A span that cuts a character in two is no text an adapter makes: only
            // those whose clamped bounds fall between characters are compared.
            guard ValidText.isWhole(buffer, lower, upper) else { continue }
            let expected = ByteClass.trimmed(buffer, TextSpan(lower..<upper))
            #expect(ByteClass.trimmed(buffer, Self.span(start, end)) == expected, "\(text) \(start) \(end)")
            checked += 1
          }
        }
      }
    }
    #expect(checked > 500)
  }
}
