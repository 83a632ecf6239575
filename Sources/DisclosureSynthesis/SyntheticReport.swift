public import DisclosureModel

/// A synthetic annual report with known truth: the body that publishes it and the
/// true value of every numeric field of its edition.
///
/// A report is fixed by its ``seed``; render it in any layout, with any damage:
///
/// ```swift
/// let report = SyntheticReport(seed: 0x1234)
/// let rendered = report.render(.markdown, damage: [.missingCell], seed: 7)
/// let parsed = try ReportParser.standard.parse(rendered.bytes)
/// ```
public struct SyntheticReport: Sendable, Hashable {
  /// The seed the report was drawn from; `SyntheticReport(seed:brokenShare:zeroShare:)`
  /// with the same arguments gives the same report.
  public var seed: UInt64
  /// The template edition (2019 for the years 2019 and 2020, 2021 after).
  public var edition: Edition
  /// The report year, 2019...2025.
  public var year: Int
  /// The publishing body's name.
  public var agency: String
  /// The publishing body's level.
  public var level: AgencyLevel
  /// Every numeric canonical key of the edition and its true value: integers, and
  /// decimals as exact digit strings (`12.3400`).
  public var values: [String: FieldValue]
  /// The id of the check whose identity was broken on purpose (`review.total`), or
  /// `nil` when every identity holds.
  public var brokenCheck: String?
  /// Whether every number of the report is 0.
  public var isAllZero: Bool

  /// Everything the prose needs to know about the body.
  var persona: AgencyPersona
  /// The shares the report was drawn with, for ``reproduction(_:damage:seed:)``.
  private var brokenShare: Double
  private var zeroShare: Double

  /// Draws the report fixed by `seed`. A share `brokenShare` of seeds break one
  /// identity on purpose; a share `zeroShare` of the others are all-zero reports.
  public init(seed: UInt64, brokenShare: Double = 0.1, zeroShare: Double = 0.25) {
    var random = SyntheticRandom(seed: seed)
    self.seed = seed
    self.brokenShare = brokenShare
    self.zeroShare = zeroShare
    year = random.int(2019...2025)
    edition = Edition(reportYear: year)
    level = random.pick(AgencyLevel.allCases) ?? .county
    if level == .township, random.chance(0.3) { level = .county }
    persona = AgencyPersona.draw(level, using: &random)
    agency = persona.name
    let broken = random.chance(brokenShare)
    isAllZero = !broken && random.chance(zeroShare)
    var drawing = ValueDrawing(random: random.derived(1), edition: edition, level: level)
    values = drawing.draw(allZero: isAllZero)
    brokenCheck = nil
    if broken {
      let id = random.pick(SyntheticIdentities.checkIDs) ?? "review.total"
      var integers = values.compactMapValues(\.integer)
      IdentityBreaker.breakCheck(id, in: &integers, edition: edition, using: &random)
      for (key, value) in integers { values[key] = .integer(value) }
      brokenCheck = id
    }
  }

  /// Every numeric key of the report's edition, in `fields.tsv` order.
  public var numericKeys: [String] { OfficialLabels.numericKeys(edition) }

  /// The report as text in `layout`, with `damage` applied. `seed` fixes every
  /// choice of the rendering (prose, which rows the damage hits); the same
  /// arguments give the same bytes, and the damage hits the same rows and cells in
  /// every layout.
  public func render(_ layout: SyntheticLayout, damage: Set<DamageKind> = [], seed: UInt64) -> RenderedReport {
    var pipeline = RenderPipeline(report: self, layout: layout, damage: damage, seed: seed)
    return pipeline.run()
  }

  /// A Swift expression that renders this report again, for failure messages:
  /// `SyntheticReport(seed: 0x…).render(.tsv, damage: [.missingCell], seed: 0x…)`.
  public func reproduction(_ layout: SyntheticLayout, damage: Set<DamageKind>, seed renderSeed: UInt64) -> String {
    let kinds = damage.map { ".\($0.rawValue)" }.sorted().joined(separator: ", ")
    let layoutName =
      switch layout {
      case .tsv: ".tsv"
      case .markdown: ".markdown"
      case .cellPerLine: ".cellPerLine"
      }
    let shares = brokenShare == 0.1 && zeroShare == 0.25 ? "" : ", brokenShare: \(brokenShare), zeroShare: \(zeroShare)"
    return "SyntheticReport(seed: 0x\(String(seed, radix: 16))\(shares)).render(\(layoutName), damage: [\(kinds)], "
      + "seed: 0x\(String(renderSeed, radix: 16)))"
  }
}
