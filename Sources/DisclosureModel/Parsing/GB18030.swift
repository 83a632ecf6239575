internal import Foundation

#if canImport(FoundationEssentials)
  internal import FoundationEssentials
#endif
#if canImport(Glibc)
  internal import Glibc
#endif

/// GB18030 decoding (which covers GBK and GB2312; never EUC-CN, which garbles the
/// characters GBK added).
///
/// On Linux the bytes go through glibc's `iconv`, part of the system C library, which
/// also reports where a sequence is invalid. Where `iconv` is not available, or has no
/// GB18030 converter (a system without glibc's `gconv` modules), they go through
/// Foundation. `iconv` was measured about five times faster than Foundation here
/// (see Documentation/Performance.md, "Decoding"). Neither is on the UTF-8 path.
enum GB18030 {
  /// Foundation's identifier for GB18030 on Linux (`kCFStringEncodingGB_18030_2000`).
  static let foundationEncoding = String.Encoding(rawValue: 0x8000_0632)

  /// The length of the structurally well-formed sequence at `index`, or `nil`.
  ///
  /// One-byte ASCII, two-byte (lead 0x81–0xFE, trail 0x40–0x7E or 0x80–0xFE) and
  /// four-byte (0x81–0xFE, 0x30–0x39, 0x81–0xFE, 0x30–0x39) sequences are well formed;
  /// a converter may still find one unmapped.
  static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    let count = bytes.count
    let lead = bytes[index]
    if lead < 0x80 { return 1 }
    guard lead >= 0x81, lead <= 0xFE, index + 1 < count else { return nil }
    let second = bytes[index + 1]
    if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) { return 2 }
    guard (0x30...0x39).contains(second), index + 3 < count,
      (0x81...0xFE).contains(bytes[index + 2]), (0x30...0x39).contains(bytes[index + 3])
    else { return nil }
    return 4
  }

  /// The offset of the first byte sequence that is not well-formed GB18030, or `nil`.
  static func firstInvalid(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        guard let length = sequenceLength(buffer, at: index) else { return index }
        index += length
      }
      return nil
    }
  }

  /// Decodes `bytes` to UTF-8. Strict decoding throws at the first invalid sequence;
  /// lenient decoding replaces each with U+FFFD and records where.
  static func decode(
    _ bytes: [UInt8], lenient: Bool
  ) throws(DisclosureError) -> (bytes: [UInt8], damage: [DecodingDamage.Site]) {
    #if canImport(Glibc)
      if let converter = IconvConverter(from: "GB18030") {
        let outcome = converter.convert(bytes, lenient: lenient) { buffer, index in
          sequenceLength(buffer, at: index) ?? 1
        }
        converter.close()
        if let offset = outcome.firstInvalid { throw invalid(at: offset, in: bytes) }
        return (outcome.bytes, outcome.damage)
      }
    #endif
    return try decodeWithFoundation(bytes, lenient: lenient)
  }

  /// The Foundation path: runs of well-formed sequences are converted whole; in
  /// lenient mode a sequence Foundation rejects becomes U+FFFD.
  static func decodeWithFoundation(
    _ bytes: [UInt8], lenient: Bool
  ) throws(DisclosureError) -> (bytes: [UInt8], damage: [DecodingDamage.Site]) {
    if !lenient, let offset = firstInvalid(bytes) { throw invalid(at: offset, in: bytes) }
    if let string = String(data: Data(bytes), encoding: foundationEncoding) { return (Array(string.utf8), []) }
    guard lenient else { throw invalid(at: 0, in: bytes) }
    // Rare (Foundation rejected the whole text): convert sequence by sequence.
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count * 3 / 2)
    var damage: [DecodingDamage.Site] = []
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        let length = sequenceLength(buffer, at: index)
        if let length, let string = String(bytes: buffer[index..<index + length], encoding: foundationEncoding) {
          output.append(contentsOf: string.utf8)
        } else {
          damage.append(DecodingDamage.Site(inputOffset: index, outputOffset: output.count))
          output.append(contentsOf: DecodingDamage.replacementCharacter)
        }
        index += length ?? 1
      }
    }
    return (output, damage)
  }

  /// The error for an invalid sequence at `offset`.
  static func invalid(at offset: Int, in bytes: [UInt8]) -> DisclosureError {
    DisclosureError(
      .invalidEncoding, "The bytes are not valid GB18030.", byteOffset: offset,
      line: LineCounter.line(at: offset, in: bytes),
      suggestion:
        "Name the file's real encoding with --encoding (utf-8, utf-16le, utf-16be, gb18030), re-save it as UTF-8, or decode leniently (--lenient) to replace the damaged bytes."
    )
  }
}
