/// A text encoding the parser can decode.
public enum TextEncoding: String, Sendable, Hashable, Codable, CaseIterable {
  /// UTF-8, with or without a byte-order mark.
  case utf8 = "utf-8"
  /// UTF-16, little-endian.
  case utf16LittleEndian = "utf-16le"
  /// UTF-16, big-endian.
  case utf16BigEndian = "utf-16be"
  /// GB18030, which covers GBK and GB2312.
  case gb18030
}
