import Testing

@testable import DisclosureModel

@Suite("Byte classes")
struct ByteClassTests {
  @Test(
    "Whether a text holds at most so many characters, against counting them",
    arguments: [
      ("", 0), ("a", 1), ("三、收到和处理政府信息公开申请情况", 17), ("主动公开", 4), ("ab主动公开cd𠀋ü", 10),
      (String(repeating: "政", count: 41), 41), (String(repeating: "政", count: 40), 40),
      (String(repeating: "a", count: 161), 161), (String(repeating: "𠀋", count: 40), 40),
    ])
  func characterCount(text: String, characters: Int) {
    #expect(text.unicodeScalars.count == characters)
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      for limit in [0, 1, 4, 10, 16, 17, 39, 40, 41, 160] {
        #expect(ByteClass.characterCount(buffer, atMost: limit) == (characters <= limit))
      }
    }
  }

  @Test("ASCII white space is the space, tab, line feed, vertical tab, form feed and carriage return")
  func asciiSpace() {
    let spaces: Set<UInt8> = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20]
    for byte in UInt8(0)..<0x80 {
      #expect(ByteClass.isASCIISpace(byte) == spaces.contains(byte), "byte \(byte)")
      #expect(ByteClass.isASCIISpace(byte) == ByteClass.isSpace(UInt32(byte)), "byte \(byte)")
    }
  }

  @Test(
    "Trimming a span removes the white space at either end",
    arguments: [
      (" 12 ", "12"), ("12", "12"), ("   ", ""), ("", ""), ("\t\r\n 主动公开\u{3000}", "主动公开"),
      ("\u{A0}-\u{A0}", "-"), ("\u{FEFF}元 \u{200B}", "元"), (" a b ", "a b"), ("\u{1}x\u{1}", "\u{1}x\u{1}"),
      ("\u{7F} 5 \u{7F}", "\u{7F} 5 \u{7F}"), (" \u{2003}（一） ", "（一）"), ("ü ", "ü"), (" 𠀋", "𠀋"),
      ("\u{B} \u{C}", ""), ("公开。\u{3000}", "公开。"), ("\u{3000}公开、", "公开、"), ("〇\u{3000}\u{3000}", "〇"),
    ])
  func trimmedExamples(text: String, expected: String) {
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      let (start, end) = ByteClass.trimmed(buffer, TextSpan(0..<buffer.count))
      #expect(String(decoding: buffer[start..<end], as: UTF8.self) == expected)
    }
  }

  /// Trims `scalars` one scalar at a time with ``ByteClass/isSpace(_:)``, the
  /// definition that ``ByteClass/trimmed(_:_:)`` follows with its shortcuts, and
  /// gives the bounds in UTF-8 bytes.
  private static func referenceTrimmed(_ scalars: [Unicode.Scalar]) -> (start: Int, end: Int) {
    var first = 0
    var last = scalars.count
    while first < last, ByteClass.isSpace(scalars[first].value) { first += 1 }
    while last > first, ByteClass.isSpace(scalars[last - 1].value) { last -= 1 }
    let start = scalars[..<first].reduce(0) { $0 + String($1).utf8.count }
    let end = start + scalars[first..<last].reduce(0) { $0 + String($1).utf8.count }
    return (start, end)
  }

  @Test("Trimming agrees with trimming scalar by scalar, on every mix of ends and middles")
  func trimmedAgreesWithScalars() {
    let ends: [String] = [
      "", " ", "  ", "\t", "\r\n", "\u{B}\u{C}", "\u{A0}", "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{2002}",
      "\u{200A}", " \u{3000} ", "\u{1}", "\u{7F}", "\u{1F}", "-", "ü", "政", "（", "𠀋", "\u{2010}",
      // Led by E3, as U+3000 is: settled at an end without decoding unless E3 80 80.
      "。", "、", "〇", "ぁ", "。\u{3000}", "\u{3000}。",
    ]
    let middles = ["", "1", "12", "a b", "主动公开", " ", "政 府", "—", "\u{3000}"]
    var checked = 0
    for head in ends {
      for middle in middles {
        for tail in ends {
          let text = head + middle + tail
          let bytes = Array(text.utf8)
          let expected = Self.referenceTrimmed(Array(text.unicodeScalars))
          bytes.withUnsafeBufferPointer { buffer in
            let trimmed = ByteClass.trimmed(buffer, TextSpan(0..<buffer.count))
            #expect(trimmed == expected, "\(text.debugDescription)")
          }
          checked += 1
        }
      }
    }
    #expect(checked == 28 * 9 * 28)
  }

  @Test("Trimming clamps a span to the storage")
  func trimmedClamps() {
    let bytes = Array(" 12 ".utf8)
    bytes.withUnsafeBufferPointer { buffer in
      #expect(ByteClass.trimmed(buffer, TextSpan(-3..<10)) == (1, 3))
      var reversed = TextSpan(0..<0)
      (reversed.start, reversed.end) = (3, 1)
      #expect(ByteClass.trimmed(buffer, reversed) == (3, 3))
      #expect(ByteClass.trimmed(buffer, TextSpan(7..<9)) == (4, 4))
    }
  }
}
