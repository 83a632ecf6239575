/// One canonical field of a report: its key, its value and where the value came from.
///
/// A field keeps its value and source in a packed form (``FieldStorage``): an integer
/// and a source whose line fits 32 bits and whose cell fits 24 as plain numbers, a
/// decimal's or a text's string as it is, and a source out of those ranges in a box.
/// A field holding a count or no value holds no reference at all, so that writing a
/// count stores two words, and freeing a report's fields tests one byte a field
/// instead of taking apart an enum that may hold a string. ``value`` and ``source``
/// read and write the packed form; two fields are equal, and hash alike, exactly
/// when their definitions, values and sources are, however each is stored.
public struct Field: Sendable, Hashable {
  /// The field's definition (key, labels, type).
  public var definition: FieldDefinition
  /// The value and source, packed (see ``FieldStorage``); usable from inlinable
  /// code, for ``integer`` and ``plainSource``.
  @usableFromInline var storage: FieldStorage

  /// The value, or `nil` when the text does not hold it (a diagnostic says why).
  public var value: FieldValue? {
    get { storage.value }
    set { storage = FieldStorage(value: newValue, source: storage.source) }
  }

  /// Where the value was read: the line, and the cell where one cell holds it. A value
  /// inferred for a whole row (``DiagnosticCode/inferredZeroRow``) names the row's line
  /// only; one inferred from a zero total, or a `null`, has no source.
  public var source: SourceLocation? {
    get { storage.source }
    set { storage = FieldStorage(value: storage.value, source: newValue) }
  }

  /// Creates a field.
  public init(definition: FieldDefinition, value: FieldValue? = nil, source: SourceLocation? = nil) {
    self.definition = definition
    self.storage = FieldStorage(value: value, source: source)
  }

  /// The field's key.
  public var key: String { definition.key }

  /// The value's integer when it is one (``FieldValue/integer``), read from the
  /// packed form without building a ``FieldValue``: inlined into a writer in another
  /// module of the package, it is one bit's test and a load, where ``value`` is a
  /// call that copies the field's string, if any.
  @inlinable package var integer: Int? { storage.integer }

  /// The source as the packed form's plain numbers, read without building a
  /// ``SourceLocation``: the line, and the cell or -1 when the source names a line
  /// only; `nil` when the field has no source or one out of the plain numbers'
  /// ranges (then ``source`` has it).
  @inlinable package var plainSource: (line: Int, cell: Int)? { storage.plainSource }

  /// Fields are equal when their definitions, values and sources are.
  public static func == (lhs: Field, rhs: Field) -> Bool {
    lhs.definition == rhs.definition && lhs.value == rhs.value && lhs.source == rhs.source
  }

  /// Hashes the definition, the value and the source, in that order (as a field
  /// made of those three stored properties would).
  public func hash(into hasher: inout Hasher) {
    hasher.combine(definition)
    hasher.combine(value)
    hasher.combine(source)
  }
}
