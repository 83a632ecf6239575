/// Why a file could not become a report, with where and what to do.
///
/// Every error names the input position it concerns (a byte offset or a line) and
/// carries a sentence a person can act on. The command-line tool prints
/// ``description`` as one line.
public struct DisclosureError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What kind of failure this is.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// The input holds no bytes, or only white space.
    case empty
    /// The bytes are not valid in the encoding that was chosen or detected.
    case invalidEncoding
    /// The input looks like binary data, not text.
    case binary
    /// The text decodes but is not a disclosure report.
    case notAReport
    /// The caller named a layout that no registered adapter has.
    case unknownLayout
    /// The input is larger than the parse options allow.
    case tooLarge
    /// The file could not be read.
    case unreadable
    /// The parse was cancelled before it ran (a cancelled corpus parse).
    case cancelled
  }

  /// What kind of failure this is.
  public var kind: Kind
  /// What was wrong, in one sentence.
  public var message: String
  /// The byte offset in the input that the error concerns, if any.
  public var byteOffset: Int?
  /// The 1-based line that the error concerns, if any.
  public var line: Int?
  /// What the caller can do about it.
  public var suggestion: String

  /// Creates an error.
  public init(_ kind: Kind, _ message: String, byteOffset: Int? = nil, line: Int? = nil, suggestion: String) {
    self.kind = kind
    self.message = message
    self.byteOffset = byteOffset
    self.line = line
    self.suggestion = suggestion
  }

  /// One line: the kind, the position, the message and the suggestion. Line breaks in
  /// the message or suggestion (a file name holding one) become spaces.
  ///
  /// ```
  /// invalidEncoding at line 3, byte 57: The bytes are not valid UTF-8. Name the file's real encoding …
  /// ```
  public var description: String {
    var position = ""
    if let line { position += " at line \(line)" }
    if let byteOffset { position += (position.isEmpty ? " at" : ",") + " byte \(byteOffset)" }
    let text = "\(kind.rawValue)\(position): \(message) \(suggestion)"
    guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
    return String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
  }
}
