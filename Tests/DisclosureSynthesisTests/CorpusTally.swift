import DisclosureSynthesis

/// Counts per damage kind and layout over a corpus, with one example per failing
/// category, preferring the example with the fewest damage kinds.
struct CorpusTally: Sendable {
  /// The counters of one damage kind in one layout.
  struct Counts: Sendable {
    var reports = 0
    var values = 0
    var exact = 0
    var nulls = 0
    var failing = 0
    var byCategory: [CorpusEvaluation.Category: Int] = [:]

    mutating func add(_ evaluation: CorpusEvaluation) {
      reports += 1
      values += evaluation.values
      exact += evaluation.exact
      nulls += evaluation.nulls
      if !evaluation.failures.isEmpty { failing += 1 }
      for failure in evaluation.failures { byCategory[failure.category, default: 0] += 1 }
    }

    mutating func merge(_ other: Counts) {
      reports += other.reports
      values += other.values
      exact += other.exact
      nulls += other.nulls
      failing += other.failing
      for (category, count) in other.byCategory { byCategory[category, default: 0] += count }
    }

    /// `reports(failing) values exact null | wrong lost unjustified missingDiagnostic checkMismatch parseError`.
    var line: String {
      let failures = CorpusEvaluation.Category.allCases.map { String(byCategory[$0] ?? 0) }
      return "\(reports)(\(failing)) \(values) \(exact) \(nulls) | \(failures.joined(separator: " "))"
    }
  }

  /// One example of a failing category.
  struct Example: Sendable {
    var rendered: RenderedReport
    var failure: CorpusEvaluation.Failure
  }

  /// `none` stands for undamaged reports. Every report counts for each of its kinds.
  var counts: [String: [SyntheticLayout: Counts]] = [:]
  /// The same, for reports with that kind alone.
  var alone: [String: [SyntheticLayout: Counts]] = [:]
  var examples: [String: [SyntheticLayout: [CorpusEvaluation.Category: Example]]] = [:]
  var reports = 0
  var failingReports = 0
  /// Every report once, whatever its kinds.
  var overall = Counts()
  /// Every failing report, for the interaction analysis.
  var failing: [(rendered: RenderedReport, evaluation: CorpusEvaluation)] = []

  mutating func add(_ rendered: RenderedReport, _ evaluation: CorpusEvaluation) {
    reports += 1
    overall.add(evaluation)
    if !evaluation.failures.isEmpty {
      failingReports += 1
      failing.append((rendered, evaluation))
    }
    let kinds = rendered.damage.isEmpty ? ["none"] : rendered.damage.map(\.rawValue)
    for kind in kinds {
      counts[kind, default: [:]][rendered.layout, default: Counts()].add(evaluation)
      if kinds.count == 1 { alone[kind, default: [:]][rendered.layout, default: Counts()].add(evaluation) }
      for failure in evaluation.failures {
        let old = examples[kind]?[rendered.layout]?[failure.category]
        if old.map({ Self.precedes(rendered, $0.rendered) }) ?? true {
          examples[kind, default: [:]][rendered.layout, default: [:]][failure.category] = Example(
            rendered: rendered, failure: failure)
        }
      }
    }
  }

  /// Whether `a` is the better example: fewer damage kinds, then the lower seed (so
  /// the choice does not depend on the order reports are tallied in).
  static func precedes(_ a: RenderedReport, _ b: RenderedReport) -> Bool {
    (a.damage.count, a.report.seed, a.seed) < (b.damage.count, b.report.seed, b.seed)
  }

  /// Adds the counts, examples and failing reports of `other`.
  mutating func merge(_ other: CorpusTally) {
    reports += other.reports
    failingReports += other.failingReports
    overall.merge(other.overall)
    failing += other.failing
    for (kind, layouts) in other.counts {
      for (layout, entry) in layouts { counts[kind, default: [:]][layout, default: Counts()].merge(entry) }
    }
    for (kind, layouts) in other.alone {
      for (layout, entry) in layouts { alone[kind, default: [:]][layout, default: Counts()].merge(entry) }
    }
    for (kind, layouts) in other.examples {
      for (layout, categories) in layouts {
        for (category, example) in categories {
          let old = examples[kind]?[layout]?[category]
          if old.map({ Self.precedes(example.rendered, $0.rendered) }) ?? true {
            examples[kind, default: [:]][layout, default: [:]][category] = example
          }
        }
      }
    }
  }

  /// Every damage kind's name and `none`, in a fixed order.
  static let kindOrder = ["none"] + DamageKind.allCases.map(\.rawValue)

  /// One line per kind and layout: reports (failing), values, exact, null, then the
  /// failure counts by category.
  var summary: String {
    var lines = [
      "synthetic corpus: \(reports) reports, \(failingReports) with a failure",
      "all reports: values \(overall.values), read exactly \(overall.exact), null with a diagnostic \(overall.nulls), "
        + "wrong \(overall.byCategory[.wrong] ?? 0), lost \(overall.byCategory[.lost] ?? 0), "
        + "check mismatches \(overall.byCategory[.checkMismatch] ?? 0)",
      "kind / layout — alone: reports(failing) values exact null | wrong lost unjustified missingDiagnostic "
        + "checkMismatch parseError — in all reports with the kind: the same",
    ]
    for kind in Self.kindOrder {
      for layout in SyntheticLayout.allCases {
        guard let entry = counts[kind]?[layout] else { continue }
        let single = alone[kind]?[layout] ?? Counts()
        lines.append("\(kind) / \(layout.rawValue) — alone: \(single.line) — all: \(entry.line)")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Failing reports none of whose kinds fails alone in that layout: damage that
  /// only fails in combination. One line per layout, kinds and category, with a
  /// count and the expression that reproduces the first.
  var interactionReport: String {
    var groups: [String: (count: Int, example: String)] = [:]
    for (rendered, evaluation) in failing.sorted(by: { Self.precedes($0.rendered, $1.rendered) }) {
      let failsAlone = rendered.damage.contains { (alone[$0.rawValue]?[rendered.layout]?.failing ?? 0) > 0 }
      guard !failsAlone else { continue }
      let kinds = rendered.damage.map(\.rawValue).sorted().joined(separator: "+")
      for category in Set(evaluation.failures.map(\.category)) {
        let key = "\(kinds) / \(rendered.layout.rawValue) / \(category.rawValue)"
        let failure = evaluation.failures.first { $0.category == category }
        let example =
          "\(rendered.reproduction)\n    key \(failure?.key ?? "-"): expected \(failure?.expected ?? "-"), "
          + "got \(failure?.got ?? "-"); \(failure?.diagnostics.first ?? "no diagnostic")\n    damage: "
          + rendered.damageNotes.joined(separator: " / ")
        if let old = groups[key] { groups[key] = (old.count + 1, old.example) } else { groups[key] = (1, example) }
      }
    }
    return groups.keys.sorted().map { key in
      "[\(key)] ×\(groups[key]?.count ?? 0) \(groups[key]?.example ?? "")"
    }.joined(separator: "\n")
  }

  /// One example per failing kind, layout and category, with the expression that
  /// reproduces it, the damage notes and the text lines around the key's row.
  var exampleReport: String {
    var sections: [String] = []
    for kind in Self.kindOrder {
      for layout in SyntheticLayout.allCases {
        for (category, example) in (examples[kind]?[layout] ?? [:]).sorted(by: { $0.key < $1.key }) {
          let failure = example.failure
          sections.append(
            """
            [\(kind) / \(layout.rawValue) / \(category.rawValue)] \(example.rendered.reproduction)
              key \(failure.key): expected \(failure.expected), got \(failure.got)
              diagnostics: \(failure.diagnostics.isEmpty ? "none" : failure.diagnostics.joined(separator: " | "))
              damage: \(example.rendered.damageNotes.joined(separator: " / "))
            """)
        }
      }
    }
    return sections.joined(separator: "\n")
  }
}
