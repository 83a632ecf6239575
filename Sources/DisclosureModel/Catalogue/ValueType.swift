/// The type of a canonical field's value (the `type` column of `fields.tsv`).
public enum ValueType: String, Sendable, Hashable, Codable {
  /// A whole number, possibly negative (`本年增/减`).
  case integer
  /// A decimal amount in 万元, kept with the digits exactly as written.
  case decimal
  /// Text, as found and trimmed.
  case text
}
