internal import Foundation

/// One canonical field: a row of `fields.tsv`.
///
/// Keys such as `applications.received.total` are stable public API: the model, its
/// JSON and every export use them.
///
/// A definition is a value with the semantics of a struct. Its strings live in one
/// immutable box, and the boxes are *interned*: every definition made with the same
/// six properties shares one box, kept for the life of the process. A definition is
/// therefore a plain pointer that is copied without reference counting, so the 205
/// fields of every report, parsed on several cores at once, never touch a shared
/// reference count (which made every core wait for the others' cache). Equality
/// compares the boxes. Memory grows with the number of *distinct* definitions only:
/// the catalogue's, and any others made or decoded.
public struct FieldDefinition: Sendable, Hashable, Codable, BitwiseCopyable {
  /// The six properties, which also identify a box in ``Interned``.
  struct Properties: Sendable, Hashable {
    let key: String
    let scope: EditionScope
    let section: String
    let row: String
    let column: String
    let type: ValueType
  }

  /// A definition's properties, in one box per distinct set (see ``Interned``).
  @usableFromInline final class Storage: Sendable {
    let properties: Properties

    init(_ properties: Properties) {
      self.properties = properties
    }
  }

  /// The interned box: never freed, because ``Interned`` keeps it.
  @usableFromInline unowned(unsafe) let storage: Storage

  /// The stable key, a dot-separated path (`review.total`).
  public var key: String { storage.properties.key }
  /// The editions that have this field.
  public var scope: EditionScope { storage.properties.scope }
  /// The report section, as the template names it (`-` for report metadata).
  public var section: String { storage.properties.section }
  /// The official row label (a `/` separates nested labels).
  public var row: String { storage.properties.row }
  /// The official column label (a `/` separates nested labels; `-` for none).
  public var column: String { storage.properties.column }
  /// The value's type.
  public var type: ValueType { storage.properties.type }

  /// Creates a definition.
  public init(_ key: String, _ scope: EditionScope, section: String, row: String, column: String, type: ValueType) {
    storage = Interned.shared.box(
      Properties(key: key, scope: scope, section: section, row: row, column: column, type: type))
  }

  /// Definitions are equal when every property is; interning makes that the same
  /// box.
  public static func == (lhs: FieldDefinition, rhs: FieldDefinition) -> Bool {
    lhs.storage === rhs.storage
  }

  /// Whether `other` is this definition: ``==``, inlined into another module of the
  /// package (one comparison of pointers where ``==`` is a call), for a loop over a
  /// report's fields.
  @inlinable package func isSame(as other: FieldDefinition) -> Bool {
    storage === other.storage
  }

  /// Hashes the key (equal definitions have equal keys).
  public func hash(into hasher: inout Hasher) {
    hasher.combine(key)
  }

  private enum CodingKeys: String, CodingKey {
    case key, scope, section, row, column, type
  }

  /// Decodes the six properties by name.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      try container.decode(String.self, forKey: .key), try container.decode(EditionScope.self, forKey: .scope),
      section: try container.decode(String.self, forKey: .section),
      row: try container.decode(String.self, forKey: .row),
      column: try container.decode(String.self, forKey: .column),
      type: try container.decode(ValueType.self, forKey: .type))
  }

  /// Encodes the six properties by name.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(key, forKey: .key)
    try container.encode(scope, forKey: .scope)
    try container.encode(section, forKey: .section)
    try container.encode(row, forKey: .row)
    try container.encode(column, forKey: .column)
    try container.encode(type, forKey: .type)
  }
}
