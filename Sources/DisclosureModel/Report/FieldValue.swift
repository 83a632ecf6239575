/// A value read from a report: an integer, an exact decimal, or text.
///
/// A field whose value could not be read is `nil` (`null` in JSON), never a guess.
public enum FieldValue: Sendable, Hashable {
  /// A whole number (`-417` for a decrease).
  case integer(Int)
  /// A decimal amount with the digits exactly as written, in ASCII and without
  /// grouping (`12.3400`, `1234.5`, `-0.5`).
  case decimal(String)
  /// Text, trimmed.
  case text(String)

  /// The value as an integer, if it is one.
  public var integer: Int? {
    if case .integer(let value) = self { value } else { nil }
  }

  /// The value as written in the `fields` output format.
  public var formatted: String {
    switch self {
    case .integer(let value): String(value)
    case .decimal(let digits): digits
    case .text(let text): text
    }
  }
}

extension FieldValue: Codable {
  /// Decodes a JSON number as an integer and a JSON string as text, or as a decimal
  /// when the string is a plain decimal number.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let integer = try? container.decode(Int.self) {
      self = .integer(integer)
    } else {
      let string = try container.decode(String.self)
      self = NumberText.isPlainDecimal(string) ? .decimal(string) : .text(string)
    }
  }

  /// Encodes integers as JSON numbers, and decimals and text as JSON strings.
  ///
  /// Decimals are strings so that no JSON reader turns `12.3400` into a binary
  /// floating-point number and loses digits.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .integer(let value): try container.encode(value)
    case .decimal(let digits): try container.encode(digits)
    case .text(let text): try container.encode(text)
    }
  }
}
