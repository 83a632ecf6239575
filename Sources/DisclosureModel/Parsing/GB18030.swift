internal import Foundation

#if canImport(FoundationEssentials)
  internal import FoundationEssentials
#endif

/// GB18030 decoding (which covers GBK and GB2312) through Foundation.
enum GB18030 {
  /// Foundation's identifier for GB18030 on Linux (`kCFStringEncodingGB_18030_2000`).
  static let foundationEncoding = String.Encoding(rawValue: 0x8000_0632)

  /// The offset of the first byte sequence that is not GB18030, or `nil`.
  ///
  /// One-byte ASCII, two-byte (lead 0x81–0xFE, trail 0x40–0x7E or 0x80–0xFE) and
  /// four-byte (0x81–0xFE, 0x30–0x39, 0x81–0xFE, 0x30–0x39) sequences are valid.
  static func firstInvalid(_ bytes: [UInt8]) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      guard lead >= 0x81, lead <= 0xFE, index + 1 < count else { return index }
      let second = bytes[index + 1]
      if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) {
        index += 2
        continue
      }
      guard (0x30...0x39).contains(second), index + 3 < count,
        (0x81...0xFE).contains(bytes[index + 2]), (0x30...0x39).contains(bytes[index + 3])
      else { return index }
      index += 4
    }
    return nil
  }

  static func decode(_ bytes: [UInt8]) throws(DisclosureError) -> SourceText {
    if let offset = firstInvalid(bytes) {
      throw DisclosureError(
        .invalidEncoding, "The bytes are not valid GB18030.", byteOffset: offset,
        suggestion: "Name the file's encoding with --encoding, or re-save it as UTF-8.")
    }
    guard let string = String(data: Data(bytes), encoding: foundationEncoding) else {
      throw DisclosureError(
        .invalidEncoding, "The bytes could not be decoded as GB18030.", byteOffset: 0,
        suggestion: "Re-save the file as UTF-8.")
    }
    return SourceText(string)
  }
}
