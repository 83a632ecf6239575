public import DisclosureModel

/// Writes the corpus table as CSV (RFC 4180), one row per file, straight into a
/// byte buffer.
///
/// ```swift
/// let writer = CSVTableWriter(byteOrderMark: true)   // for Excel
/// var bytes: [UInt8] = []
/// writer.appendHeader(to: &bytes)
/// writer.appendRow(result, to: &bytes)               // a CorpusResult
/// ```
///
/// The format, exactly:
///
/// - UTF-8; with ``byteOrderMark`` the file starts with `EF BB BF`, which Excel
///   needs to show Chinese text correctly (other readers skip it or can be told to:
///   `encoding="utf-8-sig"` in Python).
/// - The first record is the header, ``ExportColumns/all``; every record has that
///   many fields.
/// - Records end with CRLF, as RFC 4180 specifies (every CSV reader accepts it,
///   and Excel expects it).
/// - Fields are separated by `,`. A field that contains `,`, `"`, CR or LF is
///   enclosed in double quotes, and each `"` in it is doubled; no other field is
///   quoted. Text values keep their line breaks inside the quotes.
/// - An empty field is `null` (or a key the report's edition lacks): text values
///   are trimmed, so no value is an empty string.
/// - Values are written as in the `fields` output: integers in ASCII (`-417`),
///   decimals with their digits as written (`12.3400`), text as found.
/// - With ``guardsFormulas``, a text field (the path, the agency, a text value, an
///   error) that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is
///   written after an apostrophe (`'=SUM(A1)`), so that a spreadsheet shows it as
///   text instead of running it as a formula (CSV injection). Numbers are never
///   changed.
public struct CSVTableWriter: Sendable, Hashable {
  /// Whether the output starts with a UTF-8 byte-order mark (for Excel).
  public var byteOrderMark: Bool
  /// Whether a text field that a spreadsheet would take for a formula is written
  /// after an apostrophe (see ``formulaGuarded(_:)``).
  public var guardsFormulas: Bool

  /// Creates a writer.
  ///
  /// - Parameters:
  ///   - byteOrderMark: whether the output starts with a UTF-8 byte-order mark.
  ///   - guardsFormulas: whether text fields that begin like a formula are written
  ///     after an apostrophe.
  public init(byteOrderMark: Bool = false, guardsFormulas: Bool = false) {
    self.byteOrderMark = byteOrderMark
    self.guardsFormulas = guardsFormulas
  }

  /// A writer for files meant for Excel: a byte-order mark, and formulas guarded.
  public static var excel: CSVTableWriter { CSVTableWriter(byteOrderMark: true, guardsFormulas: true) }

  /// Appends the byte-order mark (if any) and the header record.
  public func appendHeader(to buffer: inout [UInt8]) {
    if byteOrderMark { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
    for (index, name) in ExportColumns.all.enumerated() {
      if index > 0 { buffer.append(Self.comma) }
      Self.appendField(name, to: &buffer)
    }
    buffer.append(contentsOf: Self.lineEnd)
  }

  /// Appends the record of one file: its report's values, or its error.
  public func appendRow(_ result: CorpusResult, to buffer: inout [UInt8]) {
    switch result.result {
    case .success(let report): appendRow(path: result.name, report: report, to: &buffer)
    case .failure(let error): appendRow(path: result.name, error: error, to: &buffer)
    }
  }

  /// Appends the record of a report read from `path`.
  public func appendRow(path: String, report: Report, to buffer: inout [UInt8]) {
    let metadata = report.metadata
    appendText(path, to: &buffer)
    for text in [metadata.layout, metadata.encoding, metadata.edition.rawValue, metadata.agency ?? ""] {
      buffer.append(Self.comma)
      appendText(text, to: &buffer)
    }
    buffer.append(Self.comma)
    if let year = metadata.year { buffer.appendDecimal(year) }

    let positions = ExportColumns.fieldPositions[report.edition] ?? []
    for position in positions {
      buffer.append(Self.comma)
      guard let position, position < report.fields.count, let value = report.fields[position].value else { continue }
      switch value {
      case .integer(let integer): buffer.appendDecimal(integer)
      case .decimal(let digits): Self.appendField(digits, to: &buffer)
      case .text(let text): appendText(text, to: &buffer)
      }
    }
    for id in CheckID.allCases {
      buffer.append(Self.comma)
      if let check = report.checks.first(where: { $0.id == id }) {
        buffer.append(contentsOf: check.status.rawValue.utf8)
      }
    }
    var counts = [0, 0, 0]
    for diagnostic in report.diagnostics {
      switch diagnostic.severity {
      case .info: counts[0] += 1
      case .warning: counts[1] += 1
      case .error: counts[2] += 1
      }
    }
    for count in counts {
      buffer.append(Self.comma)
      buffer.appendDecimal(count)
    }
    buffer.append(Self.comma)
    buffer.append(contentsOf: (metadata.blankCellsReadAsZero ? "true" : "false").utf8)
    buffer.append(Self.comma)  // no error
    buffer.append(contentsOf: Self.lineEnd)
  }

  /// Appends the record of a file at `path` that is not a report: the path, empty
  /// columns, and the error.
  public func appendRow(path: String, error: DisclosureError, to buffer: inout [UInt8]) {
    appendText(path, to: &buffer)
    buffer.append(contentsOf: repeatElement(Self.comma, count: ExportColumns.all.count - 1))
    appendText(error.description, to: &buffer)
    buffer.append(contentsOf: Self.lineEnd)
  }

  // MARK: Bytes

  /// Appends a text field: ``formulaGuarded(_:)`` when the writer
  /// ``guardsFormulas``, else `text` as it is.
  func appendText(_ text: String, to buffer: inout [UInt8]) {
    Self.appendField(guardsFormulas ? Self.formulaGuarded(text) : text, to: &buffer)
  }

  /// `text` after an apostrophe when its first byte is one that makes a
  /// spreadsheet read the cell as a formula (`=`, `+`, `-`, `@`) or that such a
  /// formula may hide behind (a tab, a carriage return); else `text` unchanged.
  ///
  /// ```swift
  /// CSVTableWriter.formulaGuarded("=HYPERLINK(\"x\")")  // "'=HYPERLINK(\"x\")"
  /// CSVTableWriter.formulaGuarded("上海市")              // "上海市"
  /// ```
  public static func formulaGuarded(_ text: String) -> String {
    switch text.utf8.first {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: "'" + text
    default: text
    }
  }

  static let comma: UInt8 = 0x2C
  static let quote: UInt8 = 0x22
  static let lineEnd: [UInt8] = [0x0D, 0x0A]

  /// Appends `text` as one field, quoted only if it holds `,`, `"`, CR or LF.
  public static func appendField(_ text: String, to buffer: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes in
      let needsQuotes = bytes.contains { $0 == comma || $0 == quote || $0 == 0x0A || $0 == 0x0D }
      guard needsQuotes else {
        buffer.append(contentsOf: bytes)
        return
      }
      buffer.append(quote)
      var start = 0
      for index in bytes.indices where bytes[index] == quote {
        // Up to and including the quote, then the quote again.
        buffer.append(contentsOf: bytes[start...index])
        buffer.append(quote)
        start = index + 1
      }
      buffer.append(contentsOf: bytes[start...])
      buffer.append(quote)
    }
  }

}
