import DisclosureKit
import DisclosureSynthesis
import Foundation
import Testing

/// The synthetic corpus: thousands of generated reports in every layout, undamaged,
/// with each damage kind alone, and with random combinations, parsed and compared
/// with the truth value by value and check by check.
@Suite("Synthetic corpus")
struct CorpusTests {
  /// One rendering of the corpus.
  struct Case: Sendable {
    var report: SyntheticReport
    var layout: SyntheticLayout
    var damage: Set<DamageKind>
    var seed: UInt64
  }

  /// Undamaged reports per layout.
  static let undamagedPerLayout = 30
  /// Reports per damage kind and layout with that kind alone.
  static let alonePerKindAndLayout = 15
  /// Reports with a random combination of zero to three kinds; the environment
  /// variable `SYNTHESIS_COMBINED` sets another number for a larger run.
  static let combined = environment("SYNTHESIS_COMBINED") ?? 2100
  /// The most kinds combined in one report (`SYNTHESIS_MAX_KINDS`, 3 by default).
  static let maximumKinds = min(DamageKind.allCases.count, environment("SYNTHESIS_MAX_KINDS") ?? 3)
  /// The corpus seed; `SYNTHESIS_SEED` sets another for a different corpus.
  static let seed = environment("SYNTHESIS_SEED").map(UInt64.init) ?? 20_250_101
  /// The share of counts drawn as 0 (`SYNTHESIS_ZERO_PERCENT`, 25 by default): more
  /// zeros make more damaged rows whose shifted numbers still add up.
  static let zeroShare = Double(environment("SYNTHESIS_ZERO_PERCENT") ?? 25) / 100

  static func environment(_ name: String) -> Int? {
    ProcessInfo.processInfo.environment[name].flatMap { Int($0) }.flatMap { $0 >= 0 ? $0 : nil }
  }

  /// The corpus, fixed by its seed.
  static func cases() -> [Case] {
    var generator = ReportGenerator(seed: seed, zeroShare: min(1, zeroShare))
    var random = SyntheticRandom(seed: seed &+ 77)
    var cases: [Case] = []
    for layout in SyntheticLayout.allCases {
      for _ in 0..<undamagedPerLayout {
        cases.append(Case(report: generator.next(), layout: layout, damage: [], seed: random.next()))
      }
    }
    for kind in DamageKind.allCases {
      for layout in SyntheticLayout.allCases {
        for _ in 0..<alonePerKindAndLayout {
          cases.append(Case(report: generator.next(), layout: layout, damage: [kind], seed: random.next()))
        }
      }
    }
    for _ in 0..<combined {
      let count = Int.random(in: 0...maximumKinds, using: &random)
      let kinds = Set(DamageKind.allCases.shuffled(using: &random).prefix(count))
      let layout = SyntheticLayout.allCases.randomElement(using: &random) ?? .tsv
      cases.append(Case(report: generator.next(), layout: layout, damage: kinds, seed: random.next()))
    }
    return cases
  }

  /// Renders, parses and tallies `cases`.
  static func tally(_ cases: ArraySlice<Case>) -> CorpusTally {
    var tally = CorpusTally()
    for item in cases {
      let rendered = item.report.render(item.layout, damage: item.damage, seed: item.seed)
      tally.add(rendered, CorpusEvaluation(rendered))
    }
    return tally
  }

  @Test("Every value is read exactly or null with a reason, never wrong; checks follow the nulls")
  func corpus() async {
    let clock = ContinuousClock()
    let start = clock.now
    let cases = Self.cases()
    #expect(cases.count >= 3000)
    // Two workers: the machine this runs on has two cores.
    let half = cases.count / 2
    var tally = CorpusTally()
    await withTaskGroup(of: CorpusTally.self) { group in
      group.addTask { Self.tally(cases[..<half]) }
      group.addTask { Self.tally(cases[half...]) }
      for await part in group { tally.merge(part) }
    }
    let elapsed = clock.now - start
    let summary = tally.summary + "\n(\(cases.count) reports in \(elapsed))"
    if let path = ProcessInfo.processInfo.environment["SYNTHESIS_REPORT"] {
      let text = [summary, tally.exampleReport, "Failures only in combination:", tally.interactionReport]
      try? (text.joined(separator: "\n\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
    print(summary)
    for kind in CorpusTally.kindOrder {
      for layout in SyntheticLayout.allCases {
        #expect((tally.counts[kind]?[layout]?.reports ?? 0) >= Self.alonePerKindAndLayout, "\(kind) / \(layout)")
      }
    }
    if tally.failingReports > 0 {
      Issue.record(
        Comment(rawValue: summary + "\n\nOne example per failing kind, layout and category:\n" + tally.exampleReport))
    }
  }
}
