import DisclosureSynthesis

/// One generated report as the benchmark uses it.
struct BenchReport {
  var bytes: [UInt8]
  var layout: SyntheticLayout
  var damage: [DamageKind]
}

/// The generated corpora: a mixed clean one (every layout, no damage) and a damaged
/// one (every layout, one to three damage kinds a report), each about `megabytes`.
struct BenchCorpus {
  var clean: [BenchReport]
  var damaged: [BenchReport]

  /// Generates both corpora from `seed`. The same seed and size give the same bytes.
  init(megabytes: Double, seed: UInt64) {
    let target = Int(megabytes * 1_000_000)
    var generator = ReportGenerator(seed: seed)
    var random = SyntheticRandom(seed: seed ^ 0x5EED_BE4C)
    let layouts = SyntheticLayout.allCases
    let kinds = DamageKind.allCases
    func fill(damaged: Bool) -> [BenchReport] {
      var reports: [BenchReport] = []
      var size = 0
      var index = 0
      while size < target {
        let report = generator.next()
        let layout = layouts[index % layouts.count]
        var damage: Set<DamageKind> = []
        if damaged {
          let count = Int(random.next() % 3) + 1
          while damage.count < count { damage.insert(kinds[Int(random.next() % UInt64(kinds.count))]) }
        }
        let rendered = report.render(layout, damage: damage, seed: random.next())
        reports.append(
          BenchReport(bytes: rendered.bytes, layout: layout, damage: damage.sorted { $0.rawValue < $1.rawValue }))
        size += rendered.bytes.count
        index += 1
      }
      return reports
    }
    clean = fill(damaged: false)
    damaged = fill(damaged: true)
  }

  static func bytes(_ reports: [BenchReport]) -> Int { reports.reduce(0) { $0 + $1.bytes.count } }
}
