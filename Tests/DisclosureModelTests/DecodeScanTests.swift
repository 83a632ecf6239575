import DisclosureSynthesis
import Testing

@testable import DisclosureModel

/// The one-pass decode scan (UTF-8 validation that notices control bytes on the way)
/// against the two passes it replaced: the binary check over the first 4 KiB, then
/// the validation.
@Suite("One-pass decode scan")
struct DecodeScanTests {
  /// What decoding `bytes` returned or threw, by the two-pass reference: the binary
  /// check first (`binaryEvidence`, which counts every control byte of the sample),
  /// then decoding in the encoding `detect` names.
  static func reference(_ bytes: [UInt8], lenient: Bool) -> Result<(SourceText, TextEncoding), DisclosureError> {
    if !bytes.isEmpty, !(bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])),
      let binary = TextDecoder.binaryEvidence(bytes)
    {
      return .failure(binary)
    }
    let encoding = TextDecoder.detect(bytes)
    do {
      let (text, _) = try TextDecoder.decode(bytes, encoding: bytes.isEmpty ? nil : encoding, lenient: lenient)
      return .success((text, encoding))
    } catch {
      return .failure(error)
    }
  }

  /// What `TextDecoder.decode` (detecting) returned or threw.
  static func decoded(_ bytes: [UInt8], lenient: Bool) -> Result<(SourceText, TextEncoding), DisclosureError> {
    do {
      let (text, encoding) = try TextDecoder.decode(bytes, lenient: lenient)
      return .success((text, encoding))
    } catch {
      return .failure(error)
    }
  }

  /// Whether two results are the same: the same text and encoding, or the same error.
  static func same(
    _ a: Result<(SourceText, TextEncoding), DisclosureError>, _ b: Result<(SourceText, TextEncoding), DisclosureError>
  ) -> Bool {
    switch (a, b) {
    case (.success(let x), .success(let y)): x.0 == y.0 && x.1 == y.1
    case (.failure(let x), .failure(let y)): x == y
    default: false
    }
  }

  /// Pseudo-random input: mixed text (ASCII, CJK, other sequences, some damage), with
  /// control bytes, NULs and white space sprinkled at a given density, sometimes
  /// long enough to cross the 4 KiB sample.
  static func input(round: Int, using random: inout SyntheticRandom) -> [UInt8] {
    let length = round % 3 == 0 ? 3_900 + Int(random.next() % 600) : Int(random.next() % 300)
    let damage: UInt64 = [4, 50, 1_000, 100_000][round % 4]
    var bytes = ByteScanTests.mixedText(length: length, damage: damage, using: &random)
    let density = [2, 30, 400, 4_000, 1_000_000][round % 5]
    ByteScanTests.sprinkleControls(into: &bytes, density: density, using: &random)
    return bytes
  }

  @Test("The scan finds the first invalid byte, and notices control bytes exactly before it")
  func scanMatchesTheReference() {
    var random = SyntheticRandom(seed: 0x5EED_00D1)
    var noticed = 0
    for round in 0..<6_000 {
      let bytes = Self.input(round: round, using: &random)
      let (offset, mayHoldControl) = UTF8Validation.firstInvalidNoticingControls(bytes)
      let expectedOffset = ByteScanTests.referenceFirstInvalid(bytes, from: 0)?.first
      #expect(offset == expectedOffset, "\(bytes)")
      // Exact, not only cautious: a control byte before the stop, and no other.
      let scanned = offset ?? bytes.count
      let controls = ByteScanTests.referenceControls(bytes, sampleCount: scanned).count
      #expect(mayHoldControl == (controls > 0), "\(scanned) \(bytes)")
      let breaks = UTF8Validation.firstInvalidNoticingLineBreaks(bytes)
      #expect(breaks.offset == offset && breaks.mayHoldControl == mayHoldControl)
      if offset == nil {
        // Cautious: a carriage return is never missed; exact for text without 0C–1F.
        if bytes.contains(0x0D) { #expect(breaks.mayHoldCarriageReturn, "\(bytes)") }
        if !bytes.contains(where: { $0 >= 0x0C && $0 < 0x20 }) { #expect(!breaks.mayHoldCarriageReturn) }
      }
      if offset != expectedOffset || mayHoldControl != (controls > 0) { return }
      noticed += mayHoldControl ? 1 : 0
    }
    #expect(noticed > 1_000 && noticed < 5_500)
  }

  @Test("decode returns or throws exactly what the binary check then validation did, strict and lenient")
  func decodeMatchesTheTwoPasses() {
    var random = SyntheticRandom(seed: 0x5EED_00D2)
    var binary = 0
    var invalid = 0
    for round in 0..<4_000 {
      var bytes = Self.input(round: round, using: &random)
      // Now and then a file signature, or UTF-16 or GB18030 text.
      switch round % 23 {
      case 0: bytes = [0x25, 0x50, 0x44, 0x46, 0x2D] + bytes
      case 1: bytes = [0x1F, 0x8B] + bytes
      case 2: bytes = Array("年度报告 2023\t5\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + bytes
      case 3: bytes = Array("年度报告 2023\t5\n".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } + bytes
      case 4: bytes = [0xB9, 0xE6, 0xD5, 0xC2, 0x0A] + bytes.map { $0 & 0x7F }  // GB18030 "规章" and ASCII
      case 5: bytes = [0xFF, 0xFE] + bytes
      default: break
      }
      for lenient in [false, true] {
        let expected = Self.reference(bytes, lenient: lenient)
        let seen = Self.decoded(bytes, lenient: lenient)
        #expect(Self.same(seen, expected), "\(lenient) \(bytes)")
        if !Self.same(seen, expected) { return }
        if case .failure(let error) = seen, !lenient {
          binary += error.kind == .binary ? 1 : 0
          invalid += error.kind == .invalidEncoding ? 1 : 0
        }
      }
    }
    // Both errors, and success, are well represented.
    #expect(binary > 500 && invalid > 200 && binary + invalid < 3_800)
  }

  @Test("A NUL or control byte at every offset of a block, before and after invalid bytes")
  func controlAtEveryOffset() throws {
    // CJK and ASCII text long enough for several sixteen-byte blocks.
    let text = Array(String(repeating: "规章制度ab\t1\n", count: 12).utf8)
    for offset in 0..<80 {
      for control: UInt8 in [0x00, 0x01, 0x08, 0x0E, 0x1F] {
        var bytes = text
        bytes[offset] = control
        let expected = Self.reference(bytes, lenient: false)
        #expect(Self.same(Self.decoded(bytes, lenient: false), expected), "\(offset) \(control)")
        // A NUL makes the input binary wherever it stands, even after a damaged byte.
        if control == 0 {
          bytes[bytes.count - 1] = 0xFF
          bytes[0] = offset == 0 ? 0 : 0x80
          let error = try #require(TextDecoder.error(bytes))
          #expect(error.kind == .binary)
          #expect(error.byteOffset == offset)
        }
      }
      // White space is never a control byte.
      for space: UInt8 in [0x09, 0x0A, 0x0B, 0x0C, 0x0D] {
        var bytes = text
        bytes[offset] = space
        #expect(Self.same(Self.decoded(bytes, lenient: false), Self.reference(bytes, lenient: false)))
      }
    }
  }

  @Test("The first-byte filter never hides a file signature")
  func signatureFilter() throws {
    let signatures: [([UInt8], String)] = [
      ([0x25, 0x50, 0x44, 0x46, 0x2D], "a PDF file"), ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"),
      ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Word or Excel document"),
      ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"),
      ([0x47, 0x49, 0x46, 0x38], "a GIF image"), ([0x1F, 0x8B], "a gzip archive"),
    ]
    for (signature, format) in signatures {
      let error = try #require(TextDecoder.binaryEvidence(signature + Array("text".utf8)))
      #expect(error.message.hasPrefix("The input is \(format)"))
      #expect(error.byteOffset == 0)
    }
    // Any other first byte, before text: never a signature.
    for first in 0...255 where !signatures.contains(where: { $0.0[0] == first }) {
      let message = TextDecoder.binaryEvidence([UInt8(first)] + Array("text".utf8))?.message ?? ""
      #expect(!message.hasPrefix("The input is a") && !message.hasPrefix("The input is an"), "\(first)")
    }
  }

  @Test("Hand-made inputs: the error's kind, byte offset and line")
  func handMade() throws {
    // A NUL after an invalid byte: binary, named at the NUL.
    let nulAfterDamage = Array("规\n".utf8) + [0xFF] + Array("ab".utf8) + [0x00]
    var error = try #require(TextDecoder.error(nulAfterDamage))
    #expect(error.kind == .binary)
    #expect(error.byteOffset == 7)
    #expect(error.line == 2)
    #expect(error.message.contains("a NUL byte (the first, 0x00, at byte 7)"))
    // A lone continuation byte on line 3 of ASCII: invalid UTF-8 (and GB18030) there.
    error = try #require(TextDecoder.error(Array("ab\ncd\n".utf8) + [0x80] + Array("ef".utf8)))
    #expect(error.kind == .invalidEncoding)
    #expect(error.byteOffset == 6)
    #expect(error.line == 3)
    // A lead cut by the end (ill-formed in GB18030 as well).
    error = try #require(TextDecoder.error(Array(String(repeating: "abcdefgh", count: 4).utf8) + [0xE8]))
    #expect(error.kind == .invalidEncoding)
    #expect(error.byteOffset == 32)
    #expect(error.line == 1)
    // One control byte in twenty makes text binary; the count names the first 4 KiB.
    var controls = [UInt8](repeating: 0x61, count: 5_000)
    for offset in stride(from: 5, to: 5_000, by: 10) { controls[offset] = 0x01 }
    error = try #require(TextDecoder.error(controls))
    #expect(error.kind == .binary)
    #expect(error.byteOffset == 5)
    #expect(error.message.contains("410 control bytes in its first 4096"))
    // Control bytes and a NUL after the sample are not counted: the input is text.
    var late = Array(String(repeating: "规章制度\n", count: 370).utf8)  // 13 bytes a line
    #expect(late.count == 4_810)
    late[4_198] = 0x00  // line ends, after the sample
    late[4_289] = 0x01
    let (text, encoding) = try TextDecoder.decode(late)
    #expect(encoding == .utf8)
    #expect(text.bytes == late)
    // …nor when an invalid byte after them (the lead of line 347 made C0) sends the
    // bytes on to GB18030, which reads them further than UTF-8 does.
    late[4_498] = 0xC0
    #expect(Self.same(Self.decoded(late, lenient: false), Self.reference(late, lenient: false)))
    #expect(try TextDecoder.decode(late).encoding == .gb18030)
    // A file signature comes first, whatever follows.
    error = try #require(TextDecoder.error(Array("%PDF-1.7\n".utf8) + [0xFF, 0x00]))
    #expect(error.kind == .binary)
    #expect(error.byteOffset == 0)
    #expect(error.message == "The input is a PDF file, not text.")
    // UTF-16LE without a byte-order mark: NULs at odd offsets.
    let utf16 = Array("annual report\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    error = try #require(TextDecoder.error(utf16))
    #expect(error.kind == .binary)
    #expect(error.byteOffset == 1)
    #expect(error.suggestion.contains("utf-16le"))
    // GB18030 text is not binary: "规章" read as GB18030.
    let (gb, gbEncoding) = try TextDecoder.decode([0xB9, 0xE6, 0xD5, 0xC2, 0x0A])
    #expect(gbEncoding == .gb18030)
    #expect(TextDecoderTests.string(gb) == "规章\n")
  }
}

extension TextDecoder {
  /// The error decoding `bytes` (detecting the encoding) throws, or `nil`.
  fileprivate static func error(_ bytes: [UInt8]) -> DisclosureError? {
    TextDecoderTests.error(bytes)
  }
}
