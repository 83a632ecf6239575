import DisclosureKit
import Foundation

/// Parses every file under a folder from disk with the corpus API: the figure for
/// "a corpus on disk", and the peak memory of doing so.
struct DirectoryRun {
  var directory: String
  var options: BenchOptions

  func run() async {
    let root = URL(fileURLWithPath: directory)
    var paths: [String] = []
    var bytes = 0
    if let enumerator = FileManager.default.enumerator(
      at: root, includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey])
    {
      for case let url as URL in enumerator where url.lastPathComponent != "manifest.tsv" {
        let values = try? url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey])
        guard values?.isRegularFile == true else { continue }
        paths.append(url.path)
        bytes += values?.fileSize ?? 0
      }
    }
    paths.sort()
    guard !paths.isEmpty else {
      FileHandle.standardError.write(Data("disclosure-bench: no files under \(directory)\n".utf8))
      exit(1)
    }
    var failures = 0
    let figure = await measureAsync(
      "directoryParallel", "files from disk, all cores", bytes: bytes, reports: paths.count, rounds: options.rounds
    ) {
      var total = 0
      failures = 0
      for await result in CorpusParser().reports(for: paths.lazy.map(CorpusInput.file)) {
        if let report = result.report { total &+= report.diagnostics.count } else { failures += 1 }
      }
      return total
    }
    let peak = peakResidentMB()
    if options.json {
      print(
        String(
          format:
            "{\"files\": %d, \"MB\": %.3f, \"failures\": %d, \"directoryParallelMBps\": %.3f, \"directoryParallelMBpsMin\": %.3f, \"directoryParallelMBpsMax\": %.3f, \"directoryParallelReportsPerSecond\": %.3f, \"directoryParallelCoresBusy\": %.3f, \"directoryParallelMBPerCPUSecond\": %.3f, \"peakResidentMB\": %.3f}",
          paths.count, Double(bytes) / 1e6, failures, figure.medianMBps, figure.minimumMBps, figure.maximumMBps,
          figure.reportsPerSecond, figure.coresBusy, figure.mbPerCPUSecond, peak))
    } else {
      print(
        String(
          format:
            "%d files, %.1f MB, %d failed\nfiles from disk, all cores: %.1f MB/s (min %.1f, max %.1f), %.0f reports/s, %.2f cores busy, %.1f MB a CPU second\npeak resident set: %.1f MB",
          paths.count, Double(bytes) / 1e6, failures, figure.medianMBps, figure.minimumMBps, figure.maximumMBps,
          figure.reportsPerSecond, figure.coresBusy, figure.mbPerCPUSecond, peak))
    }
  }
}
