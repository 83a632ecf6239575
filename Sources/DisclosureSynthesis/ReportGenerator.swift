/// A deterministic stream of synthetic reports.
///
/// ```swift
/// var generator = ReportGenerator(seed: 2024)
/// let report = generator.next()          // always the same first report for seed 2024
/// let text = report.render(.tsv, seed: 1).bytes
/// ```
public struct ReportGenerator: Sendable {
  private var random: SyntheticRandom
  /// The share of reports with one identity broken on purpose.
  public var brokenShare: Double
  /// The share of (unbroken) reports whose numbers are all 0.
  public var zeroShare: Double

  /// Creates a generator whose stream is fixed by `seed`.
  public init(seed: UInt64, brokenShare: Double = 0.1, zeroShare: Double = 0.25) {
    self.random = SyntheticRandom(seed: seed)
    self.brokenShare = brokenShare
    self.zeroShare = zeroShare
  }

  /// The next report. Its own ``SyntheticReport/seed`` reproduces it alone.
  public mutating func next() -> SyntheticReport {
    SyntheticReport(seed: random.next(), brokenShare: brokenShare, zeroShare: zeroShare)
  }
}
