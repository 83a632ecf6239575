public import DisclosureModel

/// What a parser must give for one field of a rendered synthetic report.
public enum ExpectedValue: Sendable, Hashable {
  /// The value survived rendering and damage and must be read exactly.
  case exact(FieldValue)
  /// The value was lost, or can no longer be placed with certainty: the parser must
  /// give `null` with a diagnostic that names the field and a line (or the true
  /// value with a diagnostic saying how it was inferred beyond doubt).
  case null
  /// The value is still in the text, but whether it can be placed with certainty
  /// depends on what the rest of the damaged table reveals: the parser must give
  /// this value or `null` with a diagnostic, never another number.
  case uncertain(FieldValue)

  /// The exact value, or `nil` for ``null`` and ``uncertain(_:)``.
  public var value: FieldValue? {
    if case .exact(let value) = self { value } else { nil }
  }
}
