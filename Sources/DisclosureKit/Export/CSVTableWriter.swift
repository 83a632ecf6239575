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
  ///
  /// The record is gathered in a block of scratch memory on the stack (a
  /// ``RowBytes``) and copied into `buffer` when the block fills and at the end, so
  /// that each of the row's bytes is one store rather than an `Array.append` with
  /// its uniqueness and capacity tests; a text too long for the block goes straight
  /// into `buffer`.
  public func appendRow(path: String, report: Report, to buffer: inout [UInt8]) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: RowBytes.capacity) { block in
      guard let base = block.baseAddress else { return }
      var row = RowBytes(base: base)
      appendRow(path: path, report: report, through: &row, to: &buffer)
      row.flush(into: &buffer)
    }
  }

  /// ``appendRow(path:report:to:)`` through `row`, which the caller flushes.
  private func appendRow(path: String, report: Report, through row: inout RowBytes, to buffer: inout [UInt8]) {
    let metadata = report.metadata
    row.appendField(path, guardingFormulas: guardsFormulas, to: &buffer)
    row.append(Self.comma, to: &buffer)
    row.appendField(metadata.layout, guardingFormulas: guardsFormulas, to: &buffer)
    row.append(Self.comma, to: &buffer)
    row.appendField(metadata.encoding, guardingFormulas: guardsFormulas, to: &buffer)
    row.append(Self.comma, to: &buffer)
    row.appendField(metadata.edition.rawValue, guardingFormulas: guardsFormulas, to: &buffer)
    row.append(Self.comma, to: &buffer)
    if let agency = metadata.agency { row.appendField(agency, guardingFormulas: guardsFormulas, to: &buffer) }
    row.append(Self.comma, to: &buffer)
    if let year = metadata.year { row.appendDecimal(year, to: &buffer) }

    appendFields(of: report, through: &row, to: &buffer)

    let checks = report.checks
    for (index, id) in Self.checkIDs.enumerated() {
      row.append(Self.comma, to: &buffer)
      // A report's checks are in the contract's order; any other order is searched.
      let status =
        index < checks.count && checks[index].id == id
        ? checks[index].status : checks.first(where: { $0.id == id })?.status
      if let status { row.append(Self.bytes(of: status), to: &buffer) }
    }
    var infos = 0
    var warnings = 0
    var errors = 0
    for index in report.diagnostics.indices {
      switch report.diagnostics[index].severity {
      case .info: infos += 1
      case .warning: warnings += 1
      case .error: errors += 1
      }
    }
    row.append(Self.comma, to: &buffer)
    row.appendDecimal(infos, to: &buffer)
    row.append(Self.comma, to: &buffer)
    row.appendDecimal(warnings, to: &buffer)
    row.append(Self.comma, to: &buffer)
    row.appendDecimal(errors, to: &buffer)
    row.append(Self.comma, to: &buffer)
    row.append(metadata.blankCellsReadAsZero ? "true" : "false", to: &buffer)
    row.append(Self.comma, to: &buffer)  // no error
    row.append(Self.lineEnd[0], to: &buffer)
    row.append(Self.lineEnd[1], to: &buffer)
  }

  /// How many field columns ``appendFields(of:through:to:)`` reads at once: room
  /// for their commas and integers fits ``RowBytes/capacity``.
  private static let fieldChunk = 32

  /// For each chunk of ``fieldChunk`` field columns, a bit for each column whose
  /// key the 2019 edition lacks (its position is -1).
  private static let lackedColumns2019 = lackedColumns(ExportColumns.fieldPositions(of: .edition2019))
  /// The same for the 2021 edition.
  private static let lackedColumns2021 = lackedColumns(ExportColumns.fieldPositions(of: .edition2021))

  /// ``lackedColumns2019`` or ``lackedColumns2021``.
  private static func lackedColumns(of edition: Edition) -> [UInt64] {
    switch edition {
    case .edition2019: lackedColumns2019
    case .edition2021: lackedColumns2021
    }
  }

  /// For each chunk of ``fieldChunk`` of `positions`, a bit for each negative one.
  private static func lackedColumns(_ positions: [Int]) -> [UInt64] {
    stride(from: 0, to: positions.count, by: fieldChunk).map { start in
      var bits: UInt64 = 0
      for index in start..<min(start + fieldChunk, positions.count) where positions[index] < 0 {
        bits |= 1 << UInt64(index - start)
      }
      return bits
    }
  }

  /// Appends a comma and the value of each field column of `report`.
  ///
  /// The integers are read ``fieldChunk`` columns at a time (one call into the
  /// model each) and written a run of consecutive integer columns at a time; a run
  /// of columns whose keys the edition lacks is a run of commas. Room for a chunk's
  /// commas and integers is made sure of once, and again after a column of another
  /// kind, whose text may have filled it.
  private func appendFields(of report: Report, through row: inout RowBytes, to buffer: inout [UInt8]) {
    let fields = report.fields
    let room = RowBytes.decimalRoom + 1  // a comma and an integer
    let lacking = Self.lackedColumns(of: report.edition)
    ExportColumns.fieldPositions(of: report.edition).withUnsafeBufferPointer { positions in
      withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.fieldChunk) { integers in
        var start = 0
        var chunkNumber = 0
        while start < positions.count {
          defer { chunkNumber += 1 }
          let chunk = UnsafeBufferPointer(rebasing: positions[start..<min(start + Self.fieldChunk, positions.count)])
          start += chunk.count
          let found = fields.storedIntegers(at: chunk, into: integers)
          row.reserve(chunk.count * room, to: &buffer)
          var index = 0
          while index < chunk.count {
            // The run of integer columns from `index` on, written in one loop.
            let run = min((~found &>> UInt64(truncatingIfNeeded: index)).trailingZeroBitCount, chunk.count - index)
            row.appendReserved(UnsafeBufferPointer(rebasing: integers[index..<index + run]), after: Self.comma)
            index += run
            guard index < chunk.count else { break }
            // The run of columns of keys the edition lacks from `index` on: empty.
            let absent = min(
              (~lacking[chunkNumber] &>> UInt64(truncatingIfNeeded: index)).trailingZeroBitCount, chunk.count - index)
            if absent > 0 {
              for _ in 0..<absent { row.appendReserved(Self.comma) }
              index += absent
              continue
            }
            // A column of another kind.
            row.appendReserved(Self.comma)
            let position = chunk[index]
            index += 1
            // A position out of the report's fields (a report made by hand may have
            // fewer) is empty too.
            switch fields.storedValue(at: position) {
            case nil: continue
            case .integer(let integer): row.appendDecimal(integer, to: &buffer)
            case .decimal(let digits): row.appendField(digits, guardingFormulas: false, to: &buffer)
            case .text(let text): row.appendField(text, guardingFormulas: guardsFormulas, to: &buffer)
            }
            row.reserve((chunk.count - index) * room, to: &buffer)
          }
        }
      }
    }
  }

  /// Every check, in the contract's order (``CheckID/allCases``, made once).
  private static let checkIDs = CheckID.allCases

  /// The bytes of `status`'s raw value (`pass`, `fail`, `incomplete`).
  private static func bytes(of status: CheckResult.Status) -> StaticString {
    switch status {
    case .pass: "pass"
    case .fail: "fail"
    case .incomplete: "incomplete"
    }
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
    var text = text
    text.withUTF8 { CSVField($0, guardingFormulas: guardsFormulas).append(to: &buffer) }
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
    beginsLikeFormula(text.utf8.first) ? "'" + text : text
  }

  /// Whether a text field whose first byte is `first` (`nil` when it is empty)
  /// takes an apostrophe when formulas are guarded (see ``formulaGuarded(_:)``).
  @inline(__always)
  static func beginsLikeFormula(_ first: UInt8?) -> Bool {
    switch first {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
    default: false
    }
  }

  static let comma: UInt8 = 0x2C
  static let quote: UInt8 = 0x22
  static let lineEnd: [UInt8] = [0x0D, 0x0A]

  /// Appends `text` as one field, quoted only if it holds `,`, `"`, CR or LF.
  public static func appendField(_ text: String, to buffer: inout [UInt8]) {
    var text = text
    text.withUTF8 { CSVField($0, guardingFormulas: false).append(to: &buffer) }
  }

}
