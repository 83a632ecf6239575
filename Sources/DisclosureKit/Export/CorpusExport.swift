public import DisclosureModel

/// Exports a corpus to one table: parses its files on all cores (``CorpusParser``)
/// and writes a CSV row and/or a JSON line per file, in the corpus's order, as the
/// results arrive.
///
/// ```swift
/// let files = CorpusFiles(["reports/"], glob: "*.txt")
/// var export = CorpusExport(csv: "corpus.csv", jsonLines: "corpus.jsonl")
/// export.excel = true
/// let summary = try await export.run(files) { progress in print(progress.formatted) }
/// print(summary.formatted())
/// ```
///
/// - The outputs are created before the first file is read, so a path that cannot
///   be written fails at once; an output that lies among the inputs is left out of
///   them.
/// - A file that is not a report becomes an error row (an error line) and the run
///   goes on; only an output that cannot be written stops it, with an
///   ``ExportError``.
/// - Memory is bounded: the corpus holds paths only, at most the parser's window of
///   reports is in memory, rows are written in chunks of 1 MiB, and the summary
///   keeps counts.
public struct CorpusExport: Sendable {
  /// The parser for each file; its options (``ParseOptions/blankAsZero`` and the
  /// rest) apply to every file.
  public var parser: ReportParser
  /// The CSV file to write (`-` for standard output), or `nil` for none.
  public var csv: String?
  /// The JSON Lines file to write (`-` for standard output), or `nil` for none.
  public var jsonLines: String?
  /// Whether the CSV is meant for Excel: it starts with a UTF-8 byte-order mark,
  /// and text fields that begin like a formula are written after an apostrophe
  /// (``CSVTableWriter/excel``).
  public var excel: Bool
  /// Files parsed ahead at once (``CorpusParser/window``); `nil` for the default.
  public var window: Int?
  /// The least time between two progress reports.
  public var progressInterval: Duration
  /// How many failed files the summary keeps by name.
  public var failedFileLimit: Int

  /// Creates an export.
  public init(
    parser: ReportParser = .standard, csv: String? = nil, jsonLines: String? = nil, excel: Bool = false,
    window: Int? = nil
  ) {
    self.parser = parser
    self.csv = csv
    self.jsonLines = jsonLines
    self.excel = excel
    self.window = window
    self.progressInterval = .milliseconds(250)
    self.failedFileLimit = 50
  }

  /// Parses `files` and writes the outputs.
  ///
  /// - Parameter progress: called at most once per ``progressInterval`` and once
  ///   when every file is done.
  /// - Returns: the summary of what was read.
  /// - Throws: ``ExportError`` when an output cannot be created or written (or the
  ///   CSV and the JSON Lines output are the same file).
  public func run(
    _ files: CorpusFiles, progress: (@Sendable (ExportProgress) -> Void)? = nil
  ) async throws(ExportError) -> ExportSummary {
    if let csv, let jsonLines, csv == jsonLines {
      throw ExportError(path: csv, message: "The CSV and the JSON Lines output must be two different files.")
    }
    var files = files
    for output in [csv, jsonLines].compactMap(\.self) where output != "-" {
      files = files.removing(output)
    }
    let csvOutput = try csv.map { path throws(ExportError) in try ExportOutput(path: path) }
    let jsonOutput = try jsonLines.map { path throws(ExportError) in try ExportOutput(path: path) }
    let csvWriter = excel ? CSVTableWriter.excel : CSVTableWriter()
    if let csvOutput { csvWriter.appendHeader(to: &csvOutput.buffer) }
    // Rows and lines are made on the workers, next to the parse; this loop only
    // appends them in order.
    let writesCSV = csv != nil
    let writesJSON = jsonLines != nil
    let records = CorpusParser(parser: parser, window: window).reports(for: files.inputs) { result in
      var record = Record(result: result)
      if writesCSV { csvWriter.appendRow(result, to: &record.csv) }
      if writesJSON { JSONLinesWriter().appendLine(result, to: &record.json) }
      return record
    }

    var summary = ExportSummary(failedFileLimit: failedFileLimit, blankCellsReadAsZero: parser.options.blankAsZero)
    var meter = ProgressMeter(total: files.count, interval: progressInterval)
    for await record in records {
      if let csvOutput {
        csvOutput.buffer.append(contentsOf: record.csv)
        try csvOutput.flushIfFull()
      }
      if let jsonOutput {
        jsonOutput.buffer.append(contentsOf: record.json)
        try jsonOutput.flushIfFull()
      }
      summary.add(record.result)
      if let progress, let report = meter.tick(done: summary.files, failures: summary.failures) {
        progress(report)
      }
    }
    try csvOutput?.close()
    try jsonOutput?.close()
    if let progress, files.isEmpty {
      progress(ExportProgress(done: 0, total: 0, failures: 0, elapsedSeconds: meter.elapsedSeconds))
    }
    return summary
  }

  /// One file's result with its CSV row and JSON line, made on a worker.
  private struct Record: Sendable {
    var result: CorpusResult
    var csv: [UInt8] = []
    var json: [UInt8] = []
  }
}
