import DisclosureKit
import DisclosureSynthesis

/// How a parse of one rendered synthetic report measures up against its truth.
struct CorpusEvaluation: Sendable {
  /// What went wrong with one value or one report.
  enum Category: String, CaseIterable, Comparable, Sendable {
    /// A value differs from the truth: the worst failure.
    case wrong
    /// A value that should be read exactly is `null`.
    case lost
    /// A value that should be `null` was given (equal to the truth) without an
    /// inference diagnostic: a guess that happened to be right.
    case unjustified
    /// A `null` without a diagnostic naming its key and a line.
    case missingDiagnostic
    /// A check status differs from the one the truth and the output's nulls imply.
    case checkMismatch
    /// The parser threw.
    case parseError

    static func < (lhs: Category, rhs: Category) -> Bool {
      allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
  }

  /// One failure, with what a person needs to reproduce and understand it.
  struct Failure: Sendable {
    var category: Category
    var key: String
    var expected: String
    var got: String
    var diagnostics: [String]
  }

  /// Counts for one report.
  var values = 0
  var exact = 0
  var nulls = 0
  var failures: [Failure] = []

  /// Parses `rendered` with `ReportParser.standard` and compares every numeric key
  /// and every check with the truth.
  init(_ rendered: RenderedReport) {
    let report: Report
    do {
      report = try ReportParser.standard.parse(rendered.bytes)
    } catch {
      failures.append(Failure(category: .parseError, key: "-", expected: "a report", got: "\(error)", diagnostics: []))
      return
    }
    var nullInOutput = Set<String>()
    var diagnosticsByKey: [String: [Diagnostic]] = [:]
    // The lines of rows whose every value was inferred as 0: that diagnostic names
    // the row's first key only, and each value's source names the row's line.
    var zeroRowLines = Set<Int>()
    for diagnostic in report.diagnostics {
      if let key = diagnostic.key { diagnosticsByKey[key, default: []].append(diagnostic) }
      if diagnostic.code == .inferredZeroRow, let line = diagnostic.line { zeroRowLines.insert(line) }
    }
    for key in rendered.report.numericKeys {
      values += 1
      let truth = rendered.report.values[key]
      let got = report[key]
      if got == nil { nullInOutput.insert(key) }
      let diagnostics = diagnosticsByKey[key] ?? []
      let named = diagnostics.contains { $0.line != nil }
      let inferred =
        diagnostics.contains { $0.code.rawValue.hasPrefix("inferred") }
        || report.field(key)?.source.map { zeroRowLines.contains($0.line) } == true
      func fail(_ category: Category) {
        failures.append(
          Failure(
            category: category, key: key, expected: Self.describe(rendered.expected[key]),
            got: got?.formatted ?? "null",
            diagnostics: diagnostics.map { "\($0.code.rawValue)@\($0.line.map(String.init) ?? "-"): \($0.message)" }
          ))
      }
      switch rendered.expected[key] {
      case .exact(let value)?:
        if got == value {
          exact += 1
        } else if got == nil {
          fail(.lost)
        } else {
          fail(.wrong)
        }
      case .uncertain(let value)?:
        if got == value {
          exact += 1
        } else if got == nil {
          if named { nulls += 1 } else { fail(.missingDiagnostic) }
        } else {
          fail(.wrong)
        }
      case .null?, nil:
        if got == nil {
          if named { nulls += 1 } else { fail(.missingDiagnostic) }
        } else if got == truth {
          if inferred { nulls += 1 } else { fail(.unjustified) }
        } else {
          fail(.wrong)
        }
      }
    }
    let want = rendered.expectedChecks(nullKeys: nullInOutput)
    var gotChecks: [String: String] = [:]
    for check in report.checks { gotChecks[check.id.rawValue] = check.status.rawValue }
    let differing = want.keys.sorted().filter { want[$0] != gotChecks[$0] }
    if !differing.isEmpty {
      failures.append(
        Failure(
          category: .checkMismatch, key: differing.joined(separator: ","),
          expected: differing.map { want[$0] ?? "?" }.joined(separator: ","),
          got: differing.map { gotChecks[$0] ?? "absent" }.joined(separator: ","),
          diagnostics: report.checks.filter { differing.contains($0.id.rawValue) }.flatMap { check in
            check.failures.prefix(2).map { "\($0.key): stated \($0.stated), computed \($0.computed)" }
          }))
    }
  }

  static func describe(_ expected: ExpectedValue?) -> String {
    switch expected {
    case .exact(let value)?: value.formatted
    case .null?: "null"
    case .uncertain(let value)?: "\(value.formatted) or null"
    case nil: "absent"
    }
  }
}
