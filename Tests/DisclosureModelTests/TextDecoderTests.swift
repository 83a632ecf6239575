import DisclosureSynthesis
import Testing

@testable import DisclosureModel

@Suite("Decoding bytes")
struct TextDecoderTests {
  /// The error decoding `bytes` throws, or `nil`.
  static func error(_ bytes: [UInt8], encoding: TextEncoding? = nil) -> DisclosureError? {
    do {
      _ = try TextDecoder.decode(bytes, encoding: encoding)
      return nil
    } catch {
      return error
    }
  }

  static func string(_ text: SourceText) -> String { String(decoding: text.bytes, as: UTF8.self) }

  @Test("UTF-8 with a byte-order mark loses the mark")
  func utf8BOM() throws {
    let (text, encoding) = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("规章\t1".utf8))
    #expect(encoding == .utf8)
    #expect(text.bytes == Array("规章\t1".utf8))
    #expect(text.notes.isEmpty)
  }

  @Test("UTF-8 without a byte-order mark is used as it is")
  func utf8() throws {
    let bytes = Array("一、总体情况\n规章\t1\n".utf8)
    let (text, encoding) = try TextDecoder.decode(bytes)
    #expect(encoding == .utf8)
    #expect(text.bytes == bytes)
  }

  @Test("UTF-16 with a byte-order mark, both byte orders")
  func utf16() throws {
    let little: [UInt8] = [0xFF, 0xFE, 0xC4, 0x89, 0xE0, 0x7A, 0x09, 0x00, 0x31, 0x00]  // 规章\t1
    let (text, encoding) = try TextDecoder.decode(little)
    #expect(encoding == .utf16LittleEndian)
    #expect(Self.string(text) == "规章\t1")
    let big: [UInt8] = [0xFE, 0xFF, 0x89, 0xC4, 0x7A, 0xE0]
    let (bigText, bigEncoding) = try TextDecoder.decode(big)
    #expect(bigEncoding == .utf16BigEndian)
    #expect(Self.string(bigText) == "规章")
  }

  @Test("UTF-16 surrogate pairs become one four-byte UTF-8 character")
  func utf16SurrogatePair() throws {
    // 𠀀 (U+20000) is D840 DC00.
    let (text, _) = try TextDecoder.decode([0xFF, 0xFE, 0x40, 0xD8, 0x00, 0xDC, 0x0A, 0x00])
    #expect(text.bytes == [0xF0, 0xA0, 0x80, 0x80, 0x0A])
  }

  @Test("GB18030 is detected when the bytes are not UTF-8")
  func gb18030() throws {
    // 政府 in GB18030 (also GBK and GB2312).
    let (text, encoding) = try TextDecoder.decode([0xD5, 0xFE, 0xB8, 0xAE, 0x0A])
    #expect(encoding == .gb18030)
    #expect(Self.string(text) == "政府\n")
  }

  @Test("GBK-only characters and four-byte GB18030 sequences decode exactly (never as EUC-CN)")
  func gbkOnlyCharacters() throws {
    // 丂 81 40 and 镕 E9 46 are in GBK but not GB2312 (EUC-CN would garble them);
    // 𠀀 is the four-byte sequence 95 32 82 36; € is A2 E3.
    let bytes: [UInt8] = [0x81, 0x40, 0xE9, 0x46, 0x95, 0x32, 0x82, 0x36, 0xA2, 0xE3, 0x31]
    let (text, encoding) = try TextDecoder.decode(bytes)
    #expect(encoding == .gb18030)
    #expect(Self.string(text) == "丂镕𠀀€1")
    let foundation = try GB18030.decodeWithFoundation(bytes, lenient: false)
    #expect(foundation.bytes == text.bytes)
  }

  @Test("An encoding named by the caller overrides the detection")
  func explicitEncoding() throws {
    let utf8 = Array("政府".utf8)
    let (asGB, encoding) = try TextDecoder.decode(utf8 + [0x0A], encoding: .gb18030)
    #expect(encoding == .gb18030)
    #expect(Self.string(asGB) != "政府\n")
    #expect(Self.string(asGB).hasSuffix("\n"))
    // GB18030 bytes named as UTF-8 are refused at their first byte.
    let error = Self.error([0x31, 0xD5, 0xFE, 0xB8, 0xAE], encoding: .utf8)
    #expect(error?.kind == .invalidEncoding)
    #expect(error?.byteOffset == 1)
    // UTF-16 named explicitly needs no byte-order mark.
    let (noMark, _) = try TextDecoder.decode([0xC4, 0x89, 0xE0, 0x7A], encoding: .utf16LittleEndian)
    #expect(Self.string(noMark) == "规章")
  }

  @Test("Invalid UTF-8 named explicitly is an error at its byte offset and line")
  func invalidUTF8() throws {
    let error = try #require(Self.error(Array("a\r\nb\nok".utf8) + [0xC3, 0x28], encoding: .utf8))
    #expect(error.kind == .invalidEncoding)
    #expect(error.byteOffset == 7)
    #expect(error.line == 3)
    #expect(error.suggestion.contains("--encoding"))
    #expect(error.suggestion.contains("--lenient"))
  }

  @Test("Bytes invalid in both UTF-8 and GB18030: the encoding that reads further is named")
  func neitherValid() throws {
    // GB18030 text with a stray 0xFF late: UTF-8 fails at byte 0, GB18030 at byte 6.
    let bytes: [UInt8] = [0xD5, 0xFE, 0xB8, 0xAE, 0x0A, 0x31, 0xFF, 0x0A]
    #expect(TextDecoder.detect(bytes) == .gb18030)
    let error = try #require(Self.error(bytes))
    #expect(error.kind == .invalidEncoding)
    #expect(error.byteOffset == 6)
    #expect(error.line == 2)
    #expect(error.message.contains("GB18030"))
  }

  @Test("A UTF-8 byte-order mark decides the encoding even when later bytes are damaged")
  func utf8MarkDecides() {
    #expect(TextDecoder.detect([0xEF, 0xBB, 0xBF, 0xD5, 0xFE]) == .utf8)
  }

  @Test("GB18030 cut inside a character is an error at the character's first byte")
  func truncatedGB18030() throws {
    let error = try #require(Self.error([0xD5, 0xFE, 0xB8], encoding: .gb18030))
    #expect(error.kind == .invalidEncoding)
    #expect(error.byteOffset == 2)
    #expect(error.line == 1)
  }

  @Test("UTF-16 with an odd number of bytes or an unpaired surrogate is an error at its offset")
  func invalidUTF16() throws {
    let odd = try #require(Self.error([0xFF, 0xFE, 0x31, 0x00, 0x0A, 0x00, 0x32]))
    #expect(odd.kind == .invalidEncoding)
    #expect(odd.byteOffset == 6)
    #expect(odd.line == 2)
    let unpaired = try #require(Self.error([0xFE, 0xFF, 0x00, 0x31, 0xDC, 0x00]))
    #expect(unpaired.byteOffset == 4)
    #expect(unpaired.message.contains("surrogate"))
  }

  @Test("Lenient UTF-8: each damaged sequence becomes U+FFFD, one note per damaged line")
  func lenientUTF8() throws {
    let bytes = Array("规章\t1\n".utf8) + [0xC3, 0x28, 0x0A] + Array("ok".utf8) + [0xFF, 0x41, 0xE4, 0xB8] + [0x0A]
    let (text, encoding) = try TextDecoder.decode(bytes, encoding: .utf8, lenient: true)
    #expect(encoding == .utf8)
    #expect(Self.string(text) == "规章\t1\n\u{FFFD}(\nok\u{FFFD}A\u{FFFD}\n")
    #expect(text.notes.map(\.line) == [2, 3])
    #expect(text.notes.allSatisfy { $0.code == .replacedBytes && $0.severity == .warning })
    #expect(text.notes[0].message.contains("byte 9"))
    #expect(text.notes[1].message.contains("2 byte sequences"))
  }

  @Test("Lenient GB18030 and UTF-16 replace what they cannot read")
  func lenientOthers() throws {
    let gb: [UInt8] = [0xD5, 0xFE, 0x0A, 0x31, 0xFF, 0x32, 0x0A, 0xB8]
    let (gbText, gbEncoding) = try TextDecoder.decode(gb, lenient: true)
    #expect(gbEncoding == .gb18030)
    #expect(Self.string(gbText) == "政\n1\u{FFFD}2\n\u{FFFD}")
    #expect(gbText.notes.map(\.line) == [2, 3])
    let utf16: [UInt8] = [0xFF, 0xFE, 0x31, 0x00, 0x00, 0xDC, 0x0A, 0x00, 0x32]
    let (utf16Text, _) = try TextDecoder.decode(utf16, lenient: true)
    #expect(Self.string(utf16Text) == "1\u{FFFD}\n\u{FFFD}")
    #expect(utf16Text.notes.map(\.line) == [1, 2])
  }

  @Test("Empty input is an error")
  func empty() {
    let error = Self.error([])
    #expect(error?.kind == .empty)
    #expect(error?.byteOffset == 0)
  }

  @Test("Binary input: file signatures are named, NUL bytes located, UTF-16 without a mark suggested")
  func binary() throws {
    let pdf = try #require(Self.error(Array("%PDF-1.7\n".utf8)))
    #expect(pdf.kind == .binary)
    #expect(pdf.message.contains("PDF"))
    #expect(pdf.byteOffset == 0)
    let nul = try #require(Self.error(Array("ab\ncd".utf8) + [0x00]))
    #expect(nul.kind == .binary)
    #expect(nul.byteOffset == 5)
    #expect(nul.line == 2)
    let utf16 = Array("一、总体情况 report".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let unmarked = try #require(Self.error(utf16))
    #expect(unmarked.kind == .binary)
    #expect(unmarked.suggestion.contains("utf-16le"))
  }

  @Test("The UTF-8 validator agrees with the standard library on random bytes")
  func validatorAgreesWithStandardLibrary() {
    var generator = SyntheticRandom(seed: 4)
    for round in 0..<2_000 {
      let length = Int(generator.next() % 40)
      // Mostly bytes that form or nearly form multi-byte sequences.
      let alphabet: [UInt8] = [
        0x41, 0x0A, 0x80, 0xBF, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xA0, 0x9F, 0x90, 0x8F,
      ]
      let bytes = (0..<length).map { _ in
        round % 2 == 0
          ? alphabet[Int(generator.next() % UInt64(alphabet.count))] : UInt8(truncatingIfNeeded: generator.next())
      }
      let valid = String(validating: bytes, as: UTF8.self) != nil
      #expect((UTF8Validation.firstInvalid(bytes) == nil) == valid, "\(bytes)")
      #expect(UTF8Validation.repair(bytes).bytes == Array(String(decoding: bytes, as: UTF8.self).utf8), "\(bytes)")
    }
  }

  @Test("Lines end at LF, CRLF or CR")
  func lines() {
    var seen: [(Int, String)] = []
    let text = SourceText("a\r\nb\rc\nd")
    text.forEachLine { line, range in seen.append((line, String(decoding: text.bytes[range], as: UTF8.self))) }
    #expect(seen.map(\.0) == [1, 2, 3, 4])
    #expect(seen.map(\.1) == ["a", "b", "c", "d"])
    let bytes = Array("a\r\nb\rc\nd".utf8)
    #expect((0...bytes.count).map { LineCounter.line(at: $0, in: bytes) } == [1, 1, 2, 2, 2, 3, 3, 4, 4])
  }
}
