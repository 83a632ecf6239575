import DisclosureKit
import Foundation

/// The fuzz target (libFuzzer's `LLVMFuzzerTestOneInput`): the whole path from bytes to a report, strict and
/// lenient, with the invariants every result must keep. A crash, a trap on a broken
/// invariant, a timeout or a memory blow-up is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: count))
  FuzzCheck.run(bytes, options: ParseOptions())
  FuzzCheck.run(bytes, options: ParseOptions(lenientDecoding: true))
  // The first byte picks a forced layout or encoding, so every adapter and decoder
  // meets every input.
  if let first = bytes.first {
    let layouts: [String?] = [nil] + LayoutRegistry.standard.names
    let encodings: [TextEncoding?] = [nil] + TextEncoding.allCases
    var options = ParseOptions(lenientDecoding: first & 1 == 1)
    options.layout = layouts[Int((first >> 1) & 0x07) % layouts.count]
    options.encoding = encodings[Int(first >> 4) % encodings.count]
    FuzzCheck.run(bytes, options: options)
  }
  return 0
}

/// One parse and the invariants of its outcome.
enum FuzzCheck {
  static func run(_ bytes: [UInt8], options: ParseOptions) {
    let parser = ReportParser(registry: .standard, options: options)
    do {
      let report = try parser.parse(bytes)
      require(report.fields.count == FieldCatalogue.fields(for: report.edition).count, "one field per key")
      require(report.checks.count == 6, "six checks")
      require(report.metadata.encoding == (options.encoding ?? TextDecoder.detect(bytes)).rawValue, "encoding")
      if !options.lenientDecoding {
        require(!report.diagnostics.contains { $0.code == .replacedBytes }, "strict decoding replaces nothing")
      }
      _ = report.formattedFields()
      checkWriters(report, path: "fuzz.txt", compareWithEncoder: bytes.count % 8 == 0)
    } catch {
      var line: [UInt8] = []
      JSONLinesWriter().appendLine(path: "fuzz.txt", error: error.description, to: &line)
      require(line.last == 0x0A && !line.dropLast().contains(0x0A), "an error's JSON line is one line")
      require(!error.description.contains("\n"), "one-line error")
      require(!error.message.isEmpty && !error.suggestion.isEmpty, "error says what and what to do")
      if options.lenientDecoding {
        require(error.kind != .invalidEncoding, "lenient decoding never refuses bytes")
      }
    }
  }

  /// Writes the report's JSON line and CSV row (whose writers store bytes through
  /// pointers, here under AddressSanitizer), each after bytes already in its buffer;
  /// with `compareWithEncoder`, the JSON line must be `JSONEncoder`'s, byte for byte
  /// (slower, so only for a share of the inputs).
  static func checkWriters(_ report: Report, path: String, compareWithEncoder: Bool) {
    let before: [UInt8] = Array("before".utf8)
    var line = before
    JSONLinesWriter().appendLine(path: path, report: report, to: &line)
    require(line.starts(with: before), "the JSON line is appended after what the buffer holds")
    require(line.last == 0x0A && !line.dropLast().contains(0x0A), "a report's JSON line is one line")
    for writer in [CSVTableWriter(), CSVTableWriter.excel] {
      var row = before
      writer.appendRow(path: path, report: report, to: &row)
      require(Array(row.dropFirst(before.count)) == referenceRow(path: path, report: report, writer: writer), "CSV row")
    }
    if compareWithEncoder {
      guard let encoded = try? JSONLinesWriter.encoderLine(path: path, report: report) else {
        fatalError("invariant broken: JSONEncoder encodes every parsed report")
      }
      require(Array(line.dropFirst(before.count).dropLast()) == encoded, "the JSON line is JSONEncoder's")
    }
  }

  /// The CSV row of `report` as the first row writer made it, field by field
  /// through the public API (the writer now gathers a row in scratch memory and
  /// reads the fields' packed storage).
  static func referenceRow(path: String, report: Report, writer: CSVTableWriter) -> [UInt8] {
    var row: [UInt8] = []
    func text(_ string: String) {
      CSVTableWriter.appendField(writer.guardsFormulas ? CSVTableWriter.formulaGuarded(string) : string, to: &row)
    }
    let metadata = report.metadata
    text(path)
    for string in [metadata.layout, metadata.encoding, metadata.edition.rawValue, metadata.agency ?? ""] {
      row.append(0x2C)
      text(string)
    }
    row.append(0x2C)
    if let year = metadata.year { row += Array(String(year).utf8) }
    for key in ExportColumns.fields {
      row.append(0x2C)
      switch report.field(key)?.value {
      case nil: break
      case .integer(let integer): row += Array(String(integer).utf8)
      case .decimal(let digits): CSVTableWriter.appendField(digits, to: &row)
      case .text(let string): text(string)
      }
    }
    for id in CheckID.allCases {
      row.append(0x2C)
      if let check = report.checks.first(where: { $0.id == id }) { row += Array(check.status.rawValue.utf8) }
    }
    for severity in [Diagnostic.Severity.info, .warning, .error] {
      row.append(0x2C)
      row += Array(String(report.diagnostics.count { $0.severity == severity }).utf8)
    }
    row += Array(",\(metadata.blankCellsReadAsZero),\r\n".utf8)
    return row
  }

  static func require(_ condition: Bool, _ invariant: StaticString) {
    if !condition { fatalError("invariant broken: \(invariant)") }
  }
}
