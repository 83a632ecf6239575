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

  /// The encoding's usual name, for messages (`UTF-8`, `UTF-16LE`, `GB18030`).
  public var displayName: String {
    switch self {
    case .utf8: "UTF-8"
    case .utf16LittleEndian: "UTF-16LE"
    case .utf16BigEndian: "UTF-16BE"
    case .gb18030: "GB18030"
    }
  }
}
