import DisclosureModel

/// What a corpus export read: how many reports by layout and edition, which checks
/// fail how often, and which files failed and why.
///
/// It holds counts only, and at most ``failedFileLimit`` failed files by name, so it
/// stays small whatever the size of the corpus.
///
/// ```swift
/// var summary = ExportSummary()
/// for await result in CorpusParser().reports(for: files.inputs) { summary.add(result) }
/// print(summary.formatted())
/// ```
public struct ExportSummary: Sendable, Hashable, Codable {
  /// A file that is not a report, and why.
  public struct FailedFile: Sendable, Hashable, Codable {
    /// The file.
    public var path: String
    /// The ``DisclosureError/description``.
    public var error: String

    /// Creates an entry.
    public init(path: String, error: String) {
      self.path = path
      self.error = error
    }
  }

  /// Files seen.
  public var files = 0
  /// Files that became reports.
  public var reports = 0
  /// Reports by layout name (`tsv`, `markdown`, `cell-per-line`).
  public var reportsByLayout: [String: Int] = [:]
  /// Reports by template edition (`2019`, `2021`).
  public var reportsByEdition: [String: Int] = [:]
  /// Reports in which every check passes.
  public var reportsPassingEveryCheck = 0
  /// Reports in which at least one check fails.
  public var reportsWithFailingCheck = 0
  /// For each check id, the reports in which it fails.
  public var failingChecks: [String: Int] = [:]
  /// For each check id, the reports in which it is incomplete (an operand is `null`).
  public var incompleteChecks: [String: Int] = [:]
  /// Files that are not reports, by ``DisclosureError/Kind`` (`empty`, `binary`…).
  public var failuresByKind: [String: Int] = [:]
  /// The first ``failedFileLimit`` files that are not reports, in corpus order.
  public var failedFiles: [FailedFile] = []
  /// How many failed files ``failedFiles`` keeps by name.
  public var failedFileLimit: Int
  /// Whether blank cells were read as 0 (``ParseOptions/blankAsZero``).
  public var blankCellsReadAsZero: Bool

  /// Creates an empty summary.
  public init(failedFileLimit: Int = 50, blankCellsReadAsZero: Bool = false) {
    self.failedFileLimit = failedFileLimit
    self.blankCellsReadAsZero = blankCellsReadAsZero
  }

  /// Files that are not reports.
  public var failures: Int { files - reports }

  /// Counts one file's result.
  public mutating func add(_ result: CorpusResult) {
    files += 1
    switch result.result {
    case .success(let report):
      reports += 1
      reportsByLayout[report.metadata.layout, default: 0] += 1
      reportsByEdition[report.edition.rawValue, default: 0] += 1
      var failing = false
      var passing = true
      for check in report.checks {
        switch check.status {
        case .pass: continue
        case .fail:
          failingChecks[check.id.rawValue, default: 0] += 1
          failing = true
        case .incomplete:
          incompleteChecks[check.id.rawValue, default: 0] += 1
        }
        passing = false
      }
      if failing { reportsWithFailingCheck += 1 }
      if passing { reportsPassingEveryCheck += 1 }
    case .failure(let error):
      failuresByKind[error.kind.rawValue, default: 0] += 1
      if failedFiles.count < failedFileLimit {
        failedFiles.append(FailedFile(path: result.name, error: error.description))
      }
    }
  }

  /// The summary for people, a few lines ending with a newline:
  ///
  /// ```text
  /// 58 files: 55 reports, 3 not reports
  /// reports by layout: cell-per-line 18, markdown 19, tsv 18
  /// reports by edition: 2019 21, 2021 34
  /// checks: 40 reports pass every check, 6 have a failing check, 9 are incomplete
  ///   failing: applications.balance 4, review.total 2
  /// not reports: binary 1, empty 1, notAReport 1
  ///   empty.txt: empty: The input holds only white space (0 bytes). …
  /// ```
  public func formatted() -> String {
    var lines = [
      "\(files) \(files == 1 ? "file" : "files"): \(reports) \(reports == 1 ? "report" : "reports"), \(failures) not \(failures == 1 ? "a report" : "reports")"
    ]
    if reports > 0 {
      lines.append("reports by layout: \(Self.list(reportsByLayout))")
      lines.append("reports by edition: \(Self.list(reportsByEdition))")
      let incomplete = reports - reportsPassingEveryCheck - reportsWithFailingCheck
      lines.append(
        "checks: \(reportsPassingEveryCheck) \(reportsPassingEveryCheck == 1 ? "report passes" : "reports pass") every check, \(reportsWithFailingCheck) \(reportsWithFailingCheck == 1 ? "has" : "have") a failing check, \(incomplete) \(incomplete == 1 ? "is" : "are") incomplete"
      )
      if !failingChecks.isEmpty { lines.append("  failing: \(Self.list(failingChecks, order: Self.checkOrder))") }
      if !incompleteChecks.isEmpty {
        lines.append("  incomplete: \(Self.list(incompleteChecks, order: Self.checkOrder))")
      }
    }
    if failures > 0 {
      lines.append("not reports: \(Self.list(failuresByKind))")
      for failed in failedFiles { lines.append("  \(failed.path): \(failed.error)") }
      if failures > failedFiles.count {
        lines.append("  … and \(failures - failedFiles.count) more (see the error column)")
      }
    }
    if blankCellsReadAsZero { lines.append("blank cells were read as 0 (--blank-as-zero)") }
    return lines.joined(separator: "\n") + "\n"
  }

  private static let checkOrder = CheckID.allCases.map(\.rawValue)

  /// `a 1, b 2`, by key (or in `order`, keys not in it last).
  static func list(_ counts: [String: Int], order: [String] = []) -> String {
    let keys = counts.keys.sorted { left, right in
      let (l, r) = (order.firstIndex(of: left) ?? order.count, order.firstIndex(of: right) ?? order.count)
      return l != r ? l < r : left < right
    }
    return keys.map { "\($0) \(counts[$0] ?? 0)" }.joined(separator: ", ")
  }
}
