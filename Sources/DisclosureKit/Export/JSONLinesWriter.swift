public import DisclosureModel
import Foundation

/// Writes one JSON object per file, one per line (JSON Lines), into a byte buffer.
///
/// ```swift
/// var bytes: [UInt8] = []
/// JSONLinesWriter().appendLine(result, to: &bytes)   // a CorpusResult
/// ```
///
/// - A report is its JSON form (``Report``'s `Codable` encoding: `fields`,
///   `sources`, `sections`, `checks`, `diagnostics`, `encoding`,
///   `blankCellsReadAsZero`) with one more member, `path`. It decodes back into a
///   ``Report`` with `JSONDecoder` (the `path` is ignored).
/// - A file that is not a report is `{"error":"…","path":"…"}`, the error being
///   the ``DisclosureError/description``.
/// - Keys are sorted, `/` is not escaped, and each object ends with one LF; an
///   object holds no raw line break (JSON escapes those in strings).
///
/// The bytes are those of `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`
/// encoding the report through its `Codable` conformance; they are written
/// directly by `ReportJSONWriter`, which gives the same bytes about ten times
/// faster (a report with a field key of more than 64 dot-separated parts, which
/// only a hand-made one could have, still goes through `JSONEncoder`).
public struct JSONLinesWriter: Sendable, Hashable {
  /// Creates a writer.
  public init() {}

  /// Appends the line of one file: its report, or its error.
  public func appendLine(_ result: CorpusResult, to buffer: inout [UInt8]) {
    switch result.result {
    case .success(let report): appendLine(path: result.name, report: report, to: &buffer)
    case .failure(let error): appendLine(path: result.name, error: error.description, to: &buffer)
    }
  }

  /// Appends the line of a report read from `path`.
  public func appendLine(path: String, report: Report, to buffer: inout [UInt8]) {
    if ReportJSONWriter.appendReport(path: path, report: report, to: &buffer) {
      buffer.append(0x0A)
      return
    }
    do {
      buffer.append(contentsOf: try Self.encoderLine(path: path, report: report))
      buffer.append(0x0A)
    } catch {
      // A report always encodes; should it ever fail, the line says why instead.
      appendLine(path: path, error: "The report could not be encoded as JSON: \(error)", to: &buffer)
    }
  }

  /// Appends the line of a file at `path` that is not a report.
  public func appendLine(path: String, error: String, to buffer: inout [UInt8]) {
    ReportJSONWriter.appendError(path: path, error: error, to: &buffer)
    buffer.append(0x0A)
  }

  /// The JSON object of a report read from `path`, without a line end, as
  /// `JSONEncoder` writes it: what this writer writes for a report its own writer
  /// cannot take, and the reference the fuzz target compares that writer with.
  package static func encoderLine(path: String, report: Report) throws -> [UInt8] {
    [UInt8](try encoder().encode(ReportLine(path: path, report: report)))
  }

  private static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// A report's members and its path, in one object.
  private struct ReportLine: Encodable {
    var path: String
    var report: Report

    enum CodingKeys: String, CodingKey {
      case path
    }

    func encode(to encoder: any Encoder) throws {
      try report.encode(to: encoder)
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(path, forKey: .path)
    }
  }
}
