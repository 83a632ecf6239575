import DisclosureKit
import DisclosureSynthesis
import Foundation
import Synchronization
import Testing

/// A folder of generated reports with known truth, in every layout and with every
/// kind of damage, plus files that are not reports.
struct SyntheticCorpus {
  let folder: TemporaryFolder
  /// The truth of each report file, by its path.
  var truth: [String: RenderedReport] = [:]
  /// The paths of the files that are not reports, and the error kind each must give.
  var broken: [String: DisclosureError.Kind] = [:]

  /// The reports and broken files, every path as the corpus search finds it.
  var paths: [String] { Array(truth.keys) + Array(broken.keys) }

  static let reportCount = 24

  init() throws {
    folder = try TemporaryFolder()
    var generator = ReportGenerator(seed: 6006)
    let kinds = DamageKind.allCases
    for index in 0..<Self.reportCount {
      let report = generator.next()
      let layout = SyntheticLayout.allCases[index % SyntheticLayout.allCases.count]
      let damage: Set<DamageKind> = index < kinds.count ? [kinds[index]] : []
      let rendered = report.render(layout, damage: damage, seed: UInt64(index) &* 7919)
      // Names out of generation order, in folders by edition and layout; two at the
      // top, so that byte order (B < a < 上) decides.
      let name = String(format: "r%02d.txt", (index * 7) % Self.reportCount)
      let relative: String
      switch index {
      case 0: relative = "Beijing.txt"
      case 1: relative = "上海.md"
      case 2: relative = "odd, \"quoted\" name.txt"
      default: relative = "\(report.edition.rawValue)/\(layout.rawValue)/\(name)"
      }
      truth[try folder.write("corpus/" + relative, rendered.bytes)] = rendered
    }
    broken[try folder.write("corpus/broken/empty.txt", [])] = .empty
    broken[
      try folder.write("corpus/broken/image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])] =
      .binary
    broken[try folder.write("corpus/broken/notes.txt", Array("会议纪要\n\n今天下午开会，讨论了三件事。\n".utf8))] = .notAReport
    // Hidden files are not part of the corpus.
    try folder.write("corpus/.DS_Store", [0, 1, 2])
    try folder.write("corpus/.hidden/r99.txt", Array("ignored".utf8))
  }

  var root: String { folder.path("corpus") }

  /// The paths in the order the export must write them: by their UTF-8 bytes.
  var sortedPaths: [String] { paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
}

@Suite("Exporting a corpus")
struct ExportTests {
  /// Checks one CSV or JSON value against the truth, as the corpus evaluation does:
  /// an exact value must be read exactly, an uncertain one read or `null`, and a
  /// lost one `null` (or the true value, inferred with a diagnostic saying so).
  static func expectMatchesTruth(
    _ cell: String, key: String, rendered: RenderedReport, report: Report, path: String
  ) {
    let truth = rendered.report.values[key]?.formatted
    let diagnostics = report.diagnostics.filter { $0.key == key }
    switch rendered.expected[key] {
    case .exact(let value)?:
      #expect(cell == value.formatted, "\(path) \(key)")
    case .uncertain(let value)?:
      #expect(cell == "" || cell == value.formatted, "\(path) \(key): \(cell)")
      if cell.isEmpty { #expect(diagnostics.contains { $0.line != nil }, "\(path) \(key): null without a line") }
    case .null?, nil:
      if cell.isEmpty {
        #expect(diagnostics.contains { $0.line != nil }, "\(path) \(key): null without a line")
      } else {
        #expect(cell == truth, "\(path) \(key): \(cell) is wrong")
        #expect(diagnostics.contains { $0.code.rawValue.hasPrefix("inferred") }, "\(path) \(key): not inferred")
      }
    }
  }

  @Test("CSV and JSON Lines: every value of every report against the truth, error rows, path order")
  func exportAgainstTruth() async throws {
    let corpus = try SyntheticCorpus()
    let out = try TemporaryFolder()
    let export = CorpusExport(csv: out.path("corpus.csv"), jsonLines: out.path("corpus.jsonl"), window: 3)
    let summary = try await export.run(CorpusFiles([corpus.root]))

    // The summary.
    #expect(summary.files == SyntheticCorpus.reportCount + 3)
    #expect(summary.reports == SyntheticCorpus.reportCount)
    #expect(summary.failures == 3)
    #expect(summary.failuresByKind == ["empty": 1, "binary": 1, "notAReport": 1])
    var layouts: [String: Int] = [:]
    var editions: [String: Int] = [:]
    for rendered in corpus.truth.values {
      layouts[rendered.layout.rawValue, default: 0] += 1
      editions[rendered.report.edition.rawValue, default: 0] += 1
    }
    #expect(summary.reportsByLayout == layouts)
    #expect(summary.reportsByLayout == ["tsv": 8, "markdown": 8, "cell-per-line": 8])
    #expect(summary.reportsByEdition == editions)
    #expect(summary.failedFiles.map(\.path) == corpus.sortedPaths.filter { corpus.broken[$0] != nil })

    // The CSV: strict RFC 4180, the header, one row per file in path order.
    let csv = try out.read("corpus.csv")
    #expect(Array(csv.prefix(5)) == Array("path,".utf8))
    let records = try StrictCSVReader.records(csv)
    #expect(records.first == ExportColumns.all)
    #expect(records.first?.count == 248)
    let rows = Array(records.dropFirst())
    #expect(rows.map { $0[0] } == corpus.sortedPaths)
    let column = Dictionary(uniqueKeysWithValues: ExportColumns.all.enumerated().map { ($1, $0) })
    func cell(_ row: [String], _ name: String) -> String { column[name].map { row[$0] } ?? "<no column \(name)>" }

    // The JSON Lines: one object per file, in the same order.
    let jsonLines = try out.read("corpus.jsonl")
    #expect(jsonLines.last == 0x0A)
    let lines = jsonLines.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == rows.count)

    var checkedValues = 0
    for (row, line) in zip(rows, lines) {
      let path = row[0]
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
      #expect(object["path"] as? String == path)

      if let kind = corpus.broken[path] {
        // An error row: the path, the error, nothing else.
        let error = cell(row, "error")
        #expect(error.hasPrefix(kind.rawValue + " "), "\(path): \(error)")
        #expect(row.dropFirst().dropLast().allSatisfy { $0.isEmpty }, "\(path)")
        #expect(Set(object.keys) == ["path", "error"])
        #expect(object["error"] as? String == error)
        continue
      }

      let rendered = try #require(corpus.truth[path])
      let report = try JSONDecoder().decode(Report.self, from: Data(line))
      let direct = try ReportParser.standard.parse(rendered.bytes)
      // The JSON line is the report, whole.
      #expect(report.fields == direct.fields)
      #expect(report.checks == direct.checks)
      #expect(report.diagnostics == direct.diagnostics)
      #expect(report.sections == direct.sections)
      #expect(report.metadata == direct.metadata)
      #expect(object["blankCellsReadAsZero"] as? Bool == false)

      // Metadata against the truth.
      let truth = rendered.report
      #expect(cell(row, "layout") == rendered.layout.rawValue)
      #expect(cell(row, "encoding") == "utf-8")
      #expect(cell(row, "edition") == truth.edition.rawValue)
      #expect(cell(row, "agency") == truth.agency, "\(path)")
      #expect(cell(row, "year") == String(truth.year))
      #expect(cell(row, "report.edition") == truth.edition.rawValue)
      #expect(cell(row, "report.layout") == rendered.layout.rawValue)
      #expect(cell(row, "report.year") == String(truth.year))
      #expect(cell(row, "report.agency") == truth.agency)
      #expect(cell(row, "report.title").contains(truth.agency))

      // Every field column: the edition's values against the truth; the other
      // edition's keys empty.
      var nullKeys = Set<String>()
      for key in ExportColumns.fields {
        let value = cell(row, key)
        guard FieldCatalogue.index(of: key, in: truth.edition) != nil else {
          #expect(value.isEmpty, "\(path) \(key) is not a \(truth.edition.rawValue) key")
          continue
        }
        #expect(value == (direct[key]?.formatted ?? ""), "\(path) \(key)")
        if key.hasPrefix("report.") { continue }
        if value.isEmpty { nullKeys.insert(key) }
        Self.expectMatchesTruth(value, key: key, rendered: rendered, report: report, path: path)
        checkedValues += 1
      }
      #expect(Set(truth.numericKeys).isSubset(of: ExportColumns.fields))

      // The checks follow the truth and the nulls; the counts follow the report.
      let expectedChecks = rendered.expectedChecks(nullKeys: nullKeys)
      for id in CheckID.allCases {
        #expect(cell(row, "check.\(id.rawValue)") == expectedChecks[id.rawValue], "\(path) \(id.rawValue)")
      }
      for severity in Diagnostic.Severity.allCases {
        #expect(
          cell(row, "diagnostics.\(severity.rawValue)") == String(direct.diagnostics.count { $0.severity == severity }))
      }
      #expect(cell(row, "blankCellsReadAsZero") == "false")
      #expect(cell(row, "error") == "")
    }
    // 24 reports of 176 to 178 numeric keys each.
    #expect(checkedValues >= SyntheticCorpus.reportCount * 170)
  }

  @Test("The output is the same bytes whatever the window and thread timing")
  func deterministic() async throws {
    let corpus = try SyntheticCorpus()
    let out = try TemporaryFolder()
    for (name, window) in [("one", 1), ("eight", 8), ("again", 8)] {
      let export = CorpusExport(csv: out.path("\(name).csv"), jsonLines: out.path("\(name).jsonl"), window: window)
      _ = try await export.run(CorpusFiles([corpus.root]))
    }
    let csv = try out.read("one.csv")
    #expect(csv.count > 10000)
    #expect(try out.read("eight.csv") == csv)
    #expect(try out.read("again.csv") == csv)
    #expect(try out.read("eight.jsonl") == out.read("one.jsonl"))
  }

  @Test("--excel: a UTF-8 byte-order mark, then the same CSV (no field here begins like a formula)")
  func excel() async throws {
    let corpus = try SyntheticCorpus()
    let out = try TemporaryFolder()
    _ = try await CorpusExport(csv: out.path("plain.csv")).run(CorpusFiles([corpus.root]))
    _ = try await CorpusExport(csv: out.path("excel.csv"), excel: true).run(CorpusFiles([corpus.root]))
    let plain = try out.read("plain.csv")
    let excel = try out.read("excel.csv")
    #expect(Array(excel.prefix(8)) == [0xEF, 0xBB, 0xBF] + Array("path,".utf8))
    #expect(Array(excel.dropFirst(3)) == plain)
    #expect(plain.first == UInt8(ascii: "p"))
    // CRLF ends every record, and the rows hold the Chinese text as UTF-8.
    #expect(plain.suffix(2) == [0x0D, 0x0A])
    let records = try StrictCSVReader.records(Array(excel.dropFirst(3)))
    #expect(records.count == SyntheticCorpus.reportCount + 3 + 1)
    #expect(records.contains { $0[0].hasSuffix("/上海.md") })
  }

  @Test("Only a CSV, only JSON Lines: each alone is the same as with the other")
  func eachAlone() async throws {
    let corpus = try SyntheticCorpus()
    let out = try TemporaryFolder()
    _ = try await CorpusExport(csv: out.path("both.csv"), jsonLines: out.path("both.jsonl")).run(
      CorpusFiles([corpus.root]))
    _ = try await CorpusExport(csv: out.path("alone.csv")).run(CorpusFiles([corpus.root]))
    _ = try await CorpusExport(jsonLines: out.path("alone.jsonl")).run(CorpusFiles([corpus.root]))
    #expect(try out.read("alone.csv") == out.read("both.csv"))
    #expect(try out.read("alone.jsonl") == out.read("both.jsonl"))
  }

  @Test("An output inside the corpus folder is not read as an input on the next run")
  func outputAmongInputs() async throws {
    let corpus = try SyntheticCorpus()
    let csv = corpus.folder.path("corpus/table.csv")
    let jsonl = corpus.folder.path("corpus/broken/../table.jsonl")
    let first = try await CorpusExport(csv: csv, jsonLines: jsonl).run(CorpusFiles([corpus.root]))
    let second = try await CorpusExport(csv: csv, jsonLines: jsonl).run(CorpusFiles([corpus.root]))
    #expect(first.files == SyntheticCorpus.reportCount + 3)
    #expect(second.files == SyntheticCorpus.reportCount + 3)
    let rows = try StrictCSVReader.records(try corpus.folder.read("corpus/table.csv")).dropFirst()
    #expect(rows.map { $0[0] } == corpus.sortedPaths)
  }

  @Test("An output that cannot be written stops the export before any file is read")
  func unwritableOutput() async throws {
    let corpus = try SyntheticCorpus()
    let out = try TemporaryFolder()
    let missingFolder = out.path("no/such/folder/out.csv")
    await #expect(throws: ExportError.self) {
      _ = try await CorpusExport(csv: missingFolder).run(CorpusFiles([corpus.root]))
    }
    do {
      _ = try await CorpusExport(csv: missingFolder).run(CorpusFiles([corpus.root]))
    } catch {
      #expect(error.path == missingFolder)
      #expect(error.message == "Cannot create the file: No such file or directory.")
    }
    let same = out.path("same")
    await #expect(throws: ExportError.self) {
      _ = try await CorpusExport(csv: same, jsonLines: same).run(CorpusFiles([corpus.root]))
    }
    #expect(FileManager.default.fileExists(atPath: same) == false)
  }

  @Test("Blank cells as zero: recorded in every row and line, and in the values")
  func blankAsZero() async throws {
    let folder = try TemporaryFolder()
    let shanghai = try Fixtures.bytes("shanghai/shanghai-2019.tsv.txt")
    try folder.write("in/shanghai.txt", shanghai)
    try folder.write("in/empty.txt", [])
    var options = ParseOptions()
    options.blankAsZero = true
    let export = CorpusExport(
      parser: ReportParser(registry: .standard, options: options), csv: folder.path("out.csv"),
      jsonLines: folder.path("out.jsonl"))
    let summary = try await export.run(CorpusFiles([folder.path("in")]))
    #expect(summary.blankCellsReadAsZero)
    #expect(summary.formatted().hasSuffix("blank cells were read as 0 (--blank-as-zero)\n"))
    let records = try StrictCSVReader.records(try folder.read("out.csv"))
    let column = try #require(records.first?.firstIndex(of: "blankCellsReadAsZero"))
    let received = try #require(records.first?.firstIndex(of: "applications.received.research"))
    #expect(records[1][0] == folder.path("in/empty.txt"))
    #expect(records[1][column] == "")
    #expect(records[2][0] == folder.path("in/shanghai.txt"))
    #expect(records[2][column] == "true")
    #expect(records[2][received] == "0")
    let lines = try folder.read("out.jsonl").split(separator: 0x0A)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[1])) as? [String: Any])
    #expect(object["blankCellsReadAsZero"] as? Bool == true)
  }

  @Test("Progress: reported with done, total and failures, and once at the end")
  func progress() async throws {
    let corpus = try SyntheticCorpus()
    let out = try TemporaryFolder()
    let seen = ProgressLog()
    var export = CorpusExport(csv: out.path("out.csv"))
    export.progressInterval = .zero
    _ = try await export.run(CorpusFiles([corpus.root])) { seen.append($0) }
    let reports = seen.all
    #expect(reports.count == SyntheticCorpus.reportCount + 3)
    #expect(reports.map(\.done) == Array(1...(SyntheticCorpus.reportCount + 3)))
    #expect(reports.allSatisfy { $0.total == SyntheticCorpus.reportCount + 3 })
    #expect(reports.last?.failures == 3)
    #expect(reports.last?.isFinished == true)
    let final = try #require(reports.last)
    #expect(final.formatted.hasPrefix("27/27 files, "))
    #expect(final.formatted.hasSuffix(" files/s, 3 failed"))
  }
}

/// Progress reports, collected from the callback.
final class ProgressLog: Sendable {
  private let reports = Mutex<[ExportProgress]>([])
  func append(_ progress: ExportProgress) { reports.withLock { $0.append(progress) } }
  var all: [ExportProgress] { reports.withLock { $0 } }
}
