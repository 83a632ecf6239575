/// One canonical field of a report: its key, its value and where the value came from.
public struct Field: Sendable, Hashable {
  /// The field's definition (key, labels, type).
  public var definition: FieldDefinition
  /// The value, or `nil` when the text does not hold it (a diagnostic says why).
  public var value: FieldValue?
  /// Where the value was read: the line, and the cell where one cell holds it. A value
  /// inferred for a whole row (``DiagnosticCode/inferredZeroRow``) names the row's line
  /// only; one inferred from a zero total, or a `null`, has no source.
  public var source: SourceLocation?

  /// Creates a field.
  public init(definition: FieldDefinition, value: FieldValue? = nil, source: SourceLocation? = nil) {
    self.definition = definition
    self.value = value
    self.source = source
  }

  /// The field's key.
  public var key: String { definition.key }
}
