/// One canonical field: a row of `fields.tsv`.
///
/// Keys such as `applications.received.total` are stable public API: the model, its
/// JSON and every export use them.
public struct FieldDefinition: Sendable, Hashable, Codable {
  /// The stable key, a dot-separated path (`review.total`).
  public let key: String
  /// The editions that have this field.
  public let scope: EditionScope
  /// The report section, as the template names it (`-` for report metadata).
  public let section: String
  /// The official row label (a `/` separates nested labels).
  public let row: String
  /// The official column label (a `/` separates nested labels; `-` for none).
  public let column: String
  /// The value's type.
  public let type: ValueType

  /// Creates a definition.
  public init(_ key: String, _ scope: EditionScope, section: String, row: String, column: String, type: ValueType) {
    self.key = key
    self.scope = scope
    self.section = section
    self.row = row
    self.column = column
    self.type = type
  }
}
