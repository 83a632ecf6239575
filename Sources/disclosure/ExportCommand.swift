import DisclosureKit
import Foundation

/// `disclosure export`: a corpus to one CSV and/or JSON Lines table.
enum ExportCommand {
  static func run(_ invocation: Invocation) async throws {
    let csv = invocation.options["--csv"]
    let jsonLines = invocation.options["--jsonl"]
    guard csv != nil || jsonLines != nil else {
      throw UsageError("export needs --csv OUT.csv, --jsonl OUT.jsonl or both")
    }
    if csv == "-" && jsonLines == "-" { throw UsageError("only one of --csv and --jsonl can be - (standard output)") }
    if let csv, csv == jsonLines { throw UsageError("--csv and --jsonl must name two different files") }
    var export = CorpusExport(
      parser: ReportParser(registry: .standard, options: try invocation.parseOptions()), csv: csv,
      jsonLines: jsonLines, excel: invocation.flags.contains("--excel"))
    let files = CorpusFiles(invocation.paths, glob: invocation.options["--glob"])
    let progress = ProgressDisplay(invocation)
    export.progressInterval = progress.interval
    let summary = try await export.run(files, progress: progress.callback)
    progress.finish()
    FileHandle.standardError.write(Data(summary.formatted().utf8))
    if summary.reports == 0 {
      CommandLineTool.fail(
        "disclosure: no report could be read (\(summary.files) \(summary.files == 1 ? "file" : "files"))", status: 1)
    }
  }
}
