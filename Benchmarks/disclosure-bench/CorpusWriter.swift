import DisclosureSynthesis
import Foundation

/// Writes a generated corpus as files, so other tools can be timed on the same bytes.
enum CorpusWriter {
  /// Writes `DIR/clean/NNNNNN.EXT` and `DIR/damaged/NNNNNN.EXT` (EXT by layout) and
  /// `DIR/manifest.tsv` (`file`, `layout`, `damage` as a comma list, `bytes`).
  static func write(_ corpus: BenchCorpus, to directory: String) throws {
    let root = URL(fileURLWithPath: directory)
    var manifest = "file\tlayout\tdamage\tbytes\n"
    for (folder, reports) in [("clean", corpus.clean), ("damaged", corpus.damaged)] {
      let url = root.appendingPathComponent(folder)
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      for (index, report) in reports.enumerated() {
        let extensions = ["tsv": "tsv.txt", "markdown": "md.txt", "cell-per-line": "cpl.txt"]
        let name = String(format: "%06d.", index) + (extensions[report.layout.rawValue] ?? "txt")
        try Data(report.bytes).write(to: url.appendingPathComponent(name))
        manifest +=
          "\(folder)/\(name)\t\(report.layout.rawValue)\t\(report.damage.map(\.rawValue).joined(separator: ","))\t\(report.bytes.count)\n"
      }
    }
    try Data(manifest.utf8).write(to: root.appendingPathComponent("manifest.tsv"))
  }
}
