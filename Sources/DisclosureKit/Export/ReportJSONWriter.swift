import DisclosureModel

/// Writes the JSON object of a report line (``JSONLinesWriter``) straight into a byte
/// buffer, byte for byte as Foundation's `JSONEncoder` writes it from ``Report``'s
/// `Codable` conformance with `outputFormatting = [.sortedKeys, .withoutEscapingSlashes]`,
/// about ten times faster.
///
/// ```swift
/// var bytes: [UInt8] = []
/// let written = ReportJSONWriter.appendReport(path: "r.txt", report: report, to: &bytes)
/// // written == true; bytes: {"blankCellsReadAsZero":false,"checks":[…],…,"path":"r.txt",…}
/// ```
///
/// The rules it follows are those of `JSONEncoder` in this toolchain's Foundation
/// (swift-foundation), which `ReportJSONWriterTests` compares it with on every
/// fixture, hundreds of generated reports and hostile strings (Apple's Foundation,
/// for apps built against old SDKs, sorts keys by `NSString` comparison instead;
/// those tests would show it):
///
/// - Object members are sorted by the UTF-8 bytes of their keys (not by Unicode
///   collation: `"B" < "a" < "é"`); no space anywhere.
/// - A string is its UTF-8 bytes between `"`, except that `"` and `\` are written
///   `\"` and `\\`; U+0008, U+0009, U+000A, U+000C and U+000D are `\b`, `\t`, `\n`,
///   `\f` and `\r`; every other byte below 0x20 is `\u00xx` with lowercase hex
///   digits. Nothing else is escaped: not `/`, DEL, U+2028 or U+2029, nor any
///   non-ASCII character.
/// - Integers are their decimal digits with a leading `-` when negative; booleans
///   are `true` and `false`.
/// - An optional property that is `nil` is left out (`line` and `key` of a
///   diagnostic, `cell` of a source); a `null` field value is `null`.
///
/// The members of a report, in that order: `blankCellsReadAsZero`, `checks`
/// (`failures` {`computed`, `key`, `parts`, `stated`}, `id`, `status`),
/// `diagnostics` (`code`, `key`, `line`, `message`, `severity`), `encoding`,
/// `fields` (the values nested by the dot-separated parts of their keys), `path`,
/// `sections` (`heading`, `line`, `number`, `text`) and `sources` (by field key:
/// `cell`, `line`).
///
/// The `fields` object depends only on the keys of the report's fields, in their
/// order: its text between the values is worked out once per list of keys
/// (``FieldsLayout``) and kept for the catalogue's list of each edition, which every
/// parsed report has.
///
/// The object is written into a ``JSONBytes`` (bytes stored through a pointer, room
/// made once for each piece of known size) and then copied to the caller's buffer
/// at once: appending each piece to an `Array` checked its capacity and uniqueness
/// every time, which cost more than the bytes themselves.
enum ReportJSONWriter {
  /// The most dot-separated parts a field key may have here; a report with a longer
  /// key (only a hand-made one could have one) is left to `JSONEncoder`, which
  /// refuses objects nested 512 levels deep.
  static let maximumKeyParts = 64

  /// Appends the JSON object of a report read from `path`: the report's members
  /// plus `path`, with no line end.
  ///
  /// - Returns: `false`, having appended nothing, when a field key has more than
  ///   ``maximumKeyParts`` parts.
  static func appendReport(path: String, report: Report, to buffer: inout [UInt8]) -> Bool {
    let fields = report.fields
    guard let layout = FieldsLayout.layout(for: fields, edition: report.edition) else { return false }
    // Written straight into the buffer's new room; what does not fit goes to `rest`.
    var rest: [UInt8] = []
    buffer.append(addingCapacity: estimatedSize(path: path, report: report, layout: layout)) { span in
      span.withUnsafeMutableBufferPointer { room, written in
        var out = JSONBytes(room: UnsafeMutableBufferPointer(rebasing: room[written...]))
        writeReport(path: path, report: report, layout: layout, to: &out)
        written &+= out.finish(rest: &rest)
      }
    }
    if !rest.isEmpty { buffer.append(contentsOf: rest) }
    return true
  }

  /// About how many bytes the JSON object of `report` takes, a little more as a
  /// rule: the room it is first given in the buffer (a longer object goes on in
  /// memory of its own and is copied after).
  private static func estimatedSize(path: String, report: Report, layout: FieldsLayout) -> Int {
    var size = layout.estimatedSize + 256 + path.utf8.count + report.metadata.encoding.utf8.count
    for section in report.sections {
      size &+= section.heading.utf8.count &+ section.text.utf8.count &+ 96
    }
    return size &+ 512 &* (report.checks.count &+ report.diagnostics.count)
  }

  /// Writes the JSON object of a report read from `path`, whose fields have the
  /// layout `layout`.
  private static func writeReport(path: String, report: Report, layout: FieldsLayout, to out: inout JSONBytes) {
    let fields = report.fields

    out.appendASCII("{\"blankCellsReadAsZero\":")
    out.appendASCII(report.metadata.blankCellsReadAsZero ? "true" : "false")

    out.appendASCII(",\"checks\":[")
    for (index, check) in report.checks.enumerated() {
      if index > 0 { out.append(comma) }
      appendCheck(check, to: &out)
    }

    out.appendASCII("],\"diagnostics\":[")
    for (index, diagnostic) in report.diagnostics.enumerated() {
      if index > 0 { out.append(comma) }
      appendDiagnostic(diagnostic, to: &out)
    }

    out.appendASCII("],\"encoding\":")
    out.appendString(report.metadata.encoding)

    out.appendASCII(",\"fields\":")
    layout.appendFields(fields, to: &out)

    out.appendASCII(",\"path\":")
    out.appendString(path)

    out.appendASCII(",\"sections\":[")
    for (index, section) in report.sections.enumerated() {
      if index > 0 { out.append(comma) }
      out.appendASCII("{\"heading\":")
      out.appendString(section.heading)
      out.appendASCII(",\"line\":")
      out.appendDecimal(section.line)
      out.appendASCII(",\"number\":")
      out.appendDecimal(section.number)
      out.appendASCII(",\"text\":")
      out.appendString(section.text)
      out.append(closingBrace)
    }

    out.appendASCII("],\"sources\":")
    layout.appendSources(fields, to: &out)
    out.append(closingBrace)
  }

  /// Appends `{"error":…,"path":…}`, with no line end.
  static func appendError(path: String, error: String, to buffer: inout [UInt8]) {
    var out = JSONBytes(capacity: 256)
    out.appendASCII("{\"error\":")
    out.appendString(error)
    out.appendASCII(",\"path\":")
    out.appendString(path)
    out.append(closingBrace)
    out.copy(to: &buffer)
  }

  // MARK: Members

  /// `{"failures":[…],"id":…,"status":…}`.
  private static func appendCheck(_ check: CheckResult, to out: inout JSONBytes) {
    out.appendASCII("{\"failures\":[")
    for (index, failure) in check.failures.enumerated() {
      if index > 0 { out.append(comma) }
      out.appendASCII("{\"computed\":")
      out.appendDecimal(failure.computed)
      out.appendASCII(",\"key\":")
      out.appendString(failure.key)
      out.appendASCII(",\"parts\":[")
      for (partIndex, part) in failure.parts.enumerated() {
        if partIndex > 0 { out.append(comma) }
        out.appendString(part)
      }
      out.appendASCII("],\"stated\":")
      out.appendDecimal(failure.stated)
      out.append(closingBrace)
    }
    out.appendASCII("],\"id\":")
    out.appendString(check.id.rawValue)
    out.appendASCII(",\"status\":")
    out.appendString(check.status.rawValue)
    out.append(closingBrace)
  }

  /// `{"code":…,"key":…,"line":…,"message":…,"severity":…}`, without `key` and
  /// `line` when they are `nil`.
  private static func appendDiagnostic(_ diagnostic: Diagnostic, to out: inout JSONBytes) {
    out.appendASCII("{\"code\":")
    out.appendString(diagnostic.code.rawValue)
    if let key = diagnostic.key {
      out.appendASCII(",\"key\":")
      out.appendString(key)
    }
    if let line = diagnostic.line {
      out.appendASCII(",\"line\":")
      out.appendDecimal(line)
    }
    out.appendASCII(",\"message\":")
    out.appendString(diagnostic.message)
    out.appendASCII(",\"severity\":")
    out.appendString(diagnostic.severity.rawValue)
    out.append(closingBrace)
  }

  /// A field's value: a number, a string, or `null`.
  static func appendValue(_ value: FieldValue?, to out: inout JSONBytes) {
    switch value {
    case .integer(let integer)?: out.appendDecimal(integer)
    case .decimal(let digits)?: out.appendString(digits)
    case .text(let text)?: out.appendString(text)
    case nil: out.appendASCII("null")
    }
  }

  /// A source: `{"cell":…,"line":…}`, without `cell` when it is `nil`.
  static func appendSource(_ source: SourceLocation, to out: inout JSONBytes) {
    out.write(atMost: JSONBytes.Cursor.sourceLimit) { $0.putSource(line: source.line, cell: source.cell) }
  }

  // MARK: Bytes

  static let comma: UInt8 = 0x2C
  static let colon: UInt8 = 0x3A
  static let quote: UInt8 = 0x22
  static let backslash: UInt8 = 0x5C
  static let openingBrace: UInt8 = 0x7B
  static let closingBrace: UInt8 = 0x7D

  /// Appends `text` as a JSON string, quotes included, escaped as the type's
  /// documentation says.
  static func appendString(_ text: String, to buffer: inout [UInt8]) {
    var out = JSONBytes(capacity: text.utf8.count + 16)
    out.appendString(text)
    out.copy(to: &buffer)
  }
}
