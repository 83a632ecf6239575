import Testing

@testable import DisclosureModel

/// Whether a document's storage is known to be valid UTF-8 (``Document/isKnownValidUTF8``),
/// and that the strings made without checking it again are those the general path makes.
@Suite("Storage known to be valid UTF-8")
struct KnownValidStorageTests {
  /// A preamble, two sections and CJK, ASCII and four-byte text.
  static let reportText = """
    某某市人民政府2023年政府信息公开工作年度报告
    一、总体情况
    本机关主动公开信息 12 条，𠀋字。
    二、主动公开政府信息情况
    第二段文字 ab。

    """

  @Test("The decoder, the string initialiser and the builder set the flag; nothing else does")
  func flagSetting() throws {
    let bytes = Array(Self.reportText.utf8)
    #expect(try TextDecoder.decode(bytes).text.isKnownValidUTF8)
    #expect(try TextDecoder.decode(bytes, encoding: .utf8).text.isKnownValidUTF8)
    // Repaired bytes are valid: each damaged sequence became U+FFFD.
    let damaged = try TextDecoder.decode(bytes + [0xE4, 0xB8, 0x0A] + bytes, lenient: true).text
    #expect(damaged.isKnownValidUTF8)
    #expect(SourceText(Self.reportText).isKnownValidUTF8)
    #expect(!SourceText(utf8: bytes).isKnownValidUTF8)
    #expect(!Document(storage: bytes, blocks: []).isKnownValidUTF8)

    var builder = DocumentBuilder(source: SourceText(Self.reportText))
    _ = builder.appendText("重组的单元格")
    #expect(builder.finish().isKnownValidUTF8)
    // Appended bytes are not checked: even valid ones make the storage unknown.
    var appended = builder
    _ = appended.appendBytes(Array("有效字节".utf8))
    #expect(!appended.finish().isKnownValidUTF8)
    // A sequence cut short, then its last byte: still unknown.
    _ = builder.appendBytes([0x41, 0xE4, 0xB8])
    #expect(!builder.finish().isKnownValidUTF8)
    _ = builder.appendBytes([0xAD])
    _ = builder.appendText("文字")
    #expect(!builder.finish().isKnownValidUTF8)

    var unchecked = DocumentBuilder(source: SourceText(utf8: bytes))
    _ = unchecked.appendText("文字")
    #expect(!unchecked.finish().isKnownValidUTF8)
  }

  @Test("The flag is not part of a document's value")
  func equality() {
    var builder = DocumentBuilder(source: SourceText(Self.reportText))
    builder.addParagraph(0..<12, line: 1)
    let built = builder.finish()
    let handMade = Document(storage: built.storage, blocks: built.blocks, notes: built.notes)
    #expect(built.isKnownValidUTF8)
    #expect(!handMade.isKnownValidUTF8)
    #expect(built == handMade)
    #expect(built.hashValue == handMade.hashValue)
    #expect(Set([built, handMade]).count == 1)
    let other = Document(storage: built.storage + [0x41], blocks: built.blocks, notes: built.notes)
    #expect(built != other)
  }

  @Test("Every span's string, whole or cut inside a scalar, is String(decoding:)'s")
  func everySpan() {
    let valid = Array("a一𠀋é\tz".utf8)
    let invalid: [UInt8] = [0x61, 0xE4, 0xB8, 0x80, 0xE4, 0xB8, 0x62, 0xFF, 0xF0, 0xA0, 0x80, 0x8B]
    for (storage, isValid) in [(valid, true), (valid, false), (invalid, false)] {
      storage.withUnsafeBufferPointer { buffer in
        for lower in 0...buffer.count {
          for upper in lower...buffer.count {
            let expected = String(decoding: buffer[lower..<upper], as: UTF8.self)
            let made = ValidText.string(of: buffer, lower, upper, storageIsValid: isValid)
            #expect(made == expected, "\(lower)..<\(upper)")
            #expect(Array(made.utf8) == Array(expected.utf8), "\(lower)..<\(upper)")
          }
        }
      }
    }
    // By hand: a span cut after the first byte of 一 (E4 B8 80) gives U+FFFD.
    valid.withUnsafeBufferPointer { buffer in
      #expect(ValidText.string(of: buffer, 0, 2, storageIsValid: true) == "a\u{FFFD}")
      // Two lone continuation bytes: one U+FFFD each.
      #expect(ValidText.string(of: buffer, 2, 4, storageIsValid: true) == "\u{FFFD}\u{FFFD}")
      #expect(ValidText.string(of: buffer, 1, 4, storageIsValid: true) == "一")
      #expect(!ValidText.isWhole(buffer, 2, 4))
      #expect(ValidText.isWhole(buffer, 1, 8))
      #expect(ValidText.isWhole(buffer, buffer.count, buffer.count))
    }
  }

  @Test("A report is the same from a known-valid document as from a hand-made one")
  func sameReport() {
    var builder = DocumentBuilder(source: SourceText(Self.reportText))
    var line = 0
    SourceText(Self.reportText).forEachLine { number, range in
      line = number
      builder.addParagraph(range, line: number)
    }
    // Paragraphs cut inside a scalar (after the first byte of 某, and before the
    // last byte of the heading's 况) must fall back to checking.
    builder.addParagraph(1..<9, line: line + 1)
    let headingEnd = Array(Self.reportText.utf8).firstIndex(of: 0x0A).map { $0 + 1 } ?? 0
    builder.addParagraph(headingEnd..<(headingEnd + 17), line: line + 2)
    let built = builder.finish()
    #expect(built.isKnownValidUTF8)
    let handMade = Document(storage: built.storage, blocks: built.blocks, notes: built.notes)
    let fromBuilt = Interpreter().interpret(built, layout: "test")
    let fromHandMade = Interpreter().interpret(handMade, layout: "test")
    #expect(fromBuilt == fromHandMade)
    #expect(fromBuilt.metadata.title == "某某市人民政府2023年政府信息公开工作年度报告")
    #expect(fromBuilt.sections.map(\.text) == fromHandMade.sections.map(\.text))
    #expect(fromBuilt.sections.contains { $0.text.contains("\u{FFFD}") })
  }
}
