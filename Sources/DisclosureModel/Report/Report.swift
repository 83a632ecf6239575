/// A parsed report: metadata, sections, the value of every canonical field of its
/// edition with where it came from, the consistency checks, and diagnostics.
///
/// ```swift
/// let report = try ReportParser.standard.parse(contentsOfFile: path)
/// report["applications.received.total"]        // FieldValue? — nil means null
/// report.checks.first { $0.id == .reviewTotal }?.status
/// print(report.formattedFields())               // the `--format fields` output
/// ```
public struct Report: Sendable, Hashable {
  /// Title, agency, year, edition, layout and encoding.
  public var metadata: ReportMetadata
  /// The sections found, in order (a missing section is absent and diagnosed).
  public var sections: [Section]
  /// Every canonical field of the edition, in `fields.tsv` order.
  public var fields: [Field]
  /// The six checks, in the contract's order.
  public var checks: [CheckResult]
  /// Everything worth knowing about how the text was read, in source order.
  public var diagnostics: [Diagnostic]

  /// Creates a report.
  public init(
    metadata: ReportMetadata,
    sections: [Section],
    fields: [Field],
    checks: [CheckResult],
    diagnostics: [Diagnostic]
  ) {
    self.metadata = metadata
    self.sections = sections
    self.fields = fields
    self.checks = checks
    self.diagnostics = diagnostics
  }

  /// The template edition.
  public var edition: Edition { metadata.edition }

  /// The value of `key`, or `nil` when it is `null` or not a key of this edition.
  public subscript(key: String) -> FieldValue? {
    field(key)?.value
  }

  /// The field for `key`, or `nil` when the edition has no such key.
  public func field(_ key: String) -> Field? {
    guard let index = FieldCatalogue.index(of: key, in: metadata.edition), index < fields.count else { return nil }
    return fields[index]
  }

  /// The result of one check.
  public func check(_ id: CheckID) -> CheckResult? {
    checks.first { $0.id == id }
  }

  /// The report in the contract's `--format fields` form: `key<TAB>value` per
  /// canonical key in `fields.tsv` order (an empty value for `null`), then
  /// `check.<id><TAB><status>` per check. Each line ends with a newline.
  ///
  /// When blank cells were read as 0 (``ReportMetadata/blankCellsReadAsZero``), a
  /// last line `option.blankCellsReadAsZero<TAB>true` says so; the default output
  /// is exactly the contract's.
  public func formattedFields() -> String {
    var output = ""
    output.reserveCapacity(fields.count * 48)
    for field in fields {
      output += field.key
      output += "\t"
      if let value = field.value { output += Self.singleLine(value.formatted) }
      output += "\n"
    }
    for check in checks {
      output += "check.\(check.id.rawValue)\t\(check.status.rawValue)\n"
    }
    if metadata.blankCellsReadAsZero { output += "option.blankCellsReadAsZero\ttrue\n" }
    return output
  }

  /// Text values print on one line: tabs and line breaks become spaces.
  private static func singleLine(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
    return String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
  }
}
