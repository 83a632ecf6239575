import DisclosureModel

/// A synthetic report rendered as text, with the truth a parser must give for it.
public struct RenderedReport: Sendable, Hashable {
  /// The text, UTF-8 (with a byte-order mark under ``DamageKind/byteOrderMark``).
  public var bytes: [UInt8]
  /// The layout of the text.
  public var layout: SyntheticLayout
  /// The damage applied.
  public var damage: Set<DamageKind>
  /// For every numeric key of the edition: the exact value the parser must read, or
  /// `null` where the damage lost it.
  public var expected: [String: ExpectedValue]
  /// The report rendered.
  public var report: SyntheticReport
  /// The seed the rendering used.
  public var seed: UInt64
  /// What the damage did, one line per change, for people reading a failure
  /// (`missingCell: row denied.stateSecret lost its commercial cell`).
  public var damageNotes: [String]

  /// The six check statuses (`pass`, `fail`, `incomplete`) the library must report
  /// when exactly `nullKeys` are null and every other value equals the truth.
  /// Computed independently of the library's `Checker`, from the spec's identity
  /// table.
  public func expectedChecks(nullKeys: Set<String>) -> [String: String] {
    var operands: [String: Int?] = [:]
    for (key, value) in report.values {
      operands[key] = nullKeys.contains(key) ? Int?.none : value.integer
    }
    return SyntheticIdentities.statuses(operands, edition: report.edition)
  }

  /// The keys whose expected value is `null`.
  public var nullKeys: Set<String> {
    Set(expected.compactMap { $0.value == .null ? $0.key : nil })
  }

  /// The text, decoded (without a byte-order mark), for messages.
  public var text: String {
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    return String(decoding: body, as: UTF8.self)
  }

  /// A Swift expression that renders this text again.
  public var reproduction: String { report.reproduction(layout, damage: damage, seed: seed) }
}
