import Testing

@testable import DisclosureModel

@Suite("Decoding bytes")
struct TextDecoderTests {
  @Test("UTF-8 with a byte-order mark loses the mark")
  func utf8BOM() throws {
    let (text, encoding) = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("规章\t1".utf8))
    #expect(encoding == .utf8)
    #expect(text.bytes == Array("规章\t1".utf8))
  }

  @Test("UTF-16 with a byte-order mark, both byte orders")
  func utf16() throws {
    let little: [UInt8] = [0xFF, 0xFE, 0xC4, 0x89, 0xE0, 0x7A, 0x09, 0x00, 0x31, 0x00]  // 规章\t1
    let (text, encoding) = try TextDecoder.decode(little)
    #expect(encoding == .utf16LittleEndian)
    #expect(String(decoding: text.bytes, as: UTF8.self) == "规章\t1")
    let big: [UInt8] = [0xFE, 0xFF, 0x89, 0xC4, 0x7A, 0xE0]
    let (bigText, bigEncoding) = try TextDecoder.decode(big)
    #expect(bigEncoding == .utf16BigEndian)
    #expect(String(decoding: bigText.bytes, as: UTF8.self) == "规章")
  }

  @Test("GB18030 is detected when the bytes are not UTF-8")
  func gb18030() throws {
    // 政府 in GB18030 (also GBK and GB2312).
    let (text, encoding) = try TextDecoder.decode([0xD5, 0xFE, 0xB8, 0xAE, 0x0A])
    #expect(encoding == .gb18030)
    #expect(String(decoding: text.bytes, as: UTF8.self) == "政府\n")
  }

  @Test("Invalid UTF-8 named explicitly is an error at its byte offset")
  func invalidUTF8() {
    #expect(throws: DisclosureError.self) { try TextDecoder.decode(Array("ok".utf8) + [0xC3, 0x28], encoding: .utf8) }
    do {
      _ = try TextDecoder.decode(Array("ok".utf8) + [0xC3, 0x28], encoding: .utf8)
    } catch {
      #expect(error.kind == .invalidEncoding)
      #expect(error.byteOffset == 2)
    }
  }

  @Test("Empty input is an error")
  func empty() {
    do {
      _ = try TextDecoder.decode([])
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .empty)
    }
  }

  @Test("Lines end at LF, CRLF or CR")
  func lines() {
    var seen: [(Int, String)] = []
    let text = SourceText("a\r\nb\rc\nd")
    text.forEachLine { line, range in seen.append((line, String(decoding: text.bytes[range], as: UTF8.self))) }
    #expect(seen.map(\.0) == [1, 2, 3, 4])
    #expect(seen.map(\.1) == ["a", "b", "c", "d"])
  }
}
