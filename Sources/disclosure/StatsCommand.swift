import DisclosureKit
import Foundation

/// `disclosure stats`: totals across the reports of a corpus whose checks hold.
enum StatsCommand {
  static func run(_ invocation: Invocation) async throws {
    let format = invocation.options["--format"] ?? "text"
    guard format == "text" || format == "json" else {
      throw UsageError("--format takes text or json, not '\(format)'")
    }
    let files = CorpusFiles(invocation.paths, glob: invocation.options["--glob"])
    let progress = ProgressDisplay(invocation)
    let statistics = await CorpusStatistics.compute(
      files, parser: ReportParser(registry: .standard, options: try invocation.parseOptions()),
      progressInterval: progress.interval, progress: progress.callback)
    progress.finish()
    if format == "json" {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      FileHandle.standardOutput.write(try encoder.encode(statistics))
      FileHandle.standardOutput.write(Data("\n".utf8))
    } else {
      FileHandle.standardOutput.write(Data(statistics.formatted().utf8))
    }
    if statistics.reports == 0 {
      CommandLineTool.fail(
        "disclosure: no report could be read (\(statistics.files) \(statistics.files == 1 ? "file" : "files"))",
        status: 1)
    }
  }
}
