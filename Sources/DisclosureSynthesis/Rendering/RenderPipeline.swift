import DisclosureModel

/// Renders one synthetic report: builds the document, applies the damage in a fixed
/// order, writes the layout, and keeps the truth of every value on the way.
struct RenderPipeline {
  let report: SyntheticReport
  let layout: SyntheticLayout
  let damage: Set<DamageKind>
  let seed: UInt64
  /// The root of every choice; each damage kind draws from its own derived stream,
  /// so its choices do not depend on the layout or on the other kinds.
  let base: SyntheticRandom

  var blocks: [DocumentBlock] = []
  var templates: [TableKind: TableTemplate] = [:]
  /// The truth, updated by every damage that loses a value.
  var expected: [String: ExpectedValue] = [:]
  /// Data rows of table 三 already hit by a row-level damage.
  var claimedRows: Set<String> = []
  /// Keys already hit by a cell-level damage.
  var claimedKeys: Set<String> = []
  /// What the damage did.
  var notes: [String] = []

  init(report: SyntheticReport, layout: SyntheticLayout, damage: Set<DamageKind>, seed: UInt64) {
    self.report = report
    self.layout = layout
    self.damage = damage
    self.seed = seed
    self.base = SyntheticRandom(seed: seed).derived(report.seed)
    for key in report.numericKeys {
      if let value = report.values[key] { expected[key] = .exact(value) }
    }
  }

  /// The stream of choices of `kind`.
  func random(for kind: DamageKind) -> SyntheticRandom {
    base.derived(UInt64((DamageKind.allCases.firstIndex(of: kind) ?? 0) + 100))
  }

  /// Marks `key` lost.
  mutating func lose(_ key: String) {
    expected[key] = .null
  }

  /// Marks `key`, if still exact, as readable or not depending on the rest of the
  /// table.
  mutating func blur(_ key: String) {
    if case .exact(let value)? = expected[key] { expected[key] = .uncertain(value) }
  }

  mutating func run() -> RenderedReport {
    buildDocument()
    // Damage to the tables' structure, before layout.
    if damage.contains(.labelVariants) { applyLabelVariants() }
    if damage.contains(.labelInNumberColumn) { applyLabelInNumberColumn() }
    if damage.contains(.headerMerged) { applyHeaderMerged() }
    layOutTables()
    // Damage to the laid-out rows and cells.
    if damage.contains(.reversedHeader) { applyReversedHeader() }
    if damage.contains(.headerSpread) { applyHeaderSpread() }
    if damage.contains(.headerWrapped) { applyHeaderWrapped() }
    if damage.contains(.rowsLost) { applyRowsLost() }
    if damage.contains(.missingCell) { applyMissingCell() }
    if damage.contains(.totalOnly) { applyTotalOnly() }
    if damage.contains(.emptyCells) { applyCellLoss(.emptyCells) }
    if damage.contains(.placeholders) { applyCellLoss(.placeholders) }
    if damage.contains(.thousandsSeparators) { applyThousandsSeparators() }
    if damage.contains(.fullWidthDigits) { applyFullWidthDigits() }
    if damage.contains(.interleavedProse) { applyInterleavedProse() }
    if damage.contains(.splitTable) { applySplitTable() }
    if damage.contains(.repeatedTable) { applyRepeatedTable() }
    if damage.contains(.headingLost) { applyHeadingLost() }

    var writerRandom = base.derived(2)
    let writer = LayoutWriter(layout: layout, leadingBlankLines: writerRandom.int(0...2))
    var text = writer.write(blocks)
    if damage.contains(.crlf) {
      text = text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
    }
    var bytes = Array(text.utf8)
    if damage.contains(.byteOrderMark) { bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
    return RenderedReport(
      bytes: bytes, layout: layout, damage: damage, expected: expected, report: report, seed: seed,
      damageNotes: notes)
  }

  // MARK: The document

  private mutating func buildDocument() {
    var random = base.derived(1)
    let values = report.values
    func total(_ row: String) -> Int { values[OfficialLabels.applicationKey(row, "total")]?.integer ?? 0 }
    let prose = ProseTemplates(
      persona: report.persona, year: report.year,
      editionDocument: report.edition == .edition2021 ? "国办公开办函〔2021〕30号" : "国办公开办函〔2019〕60号",
      received: total("received"), carriedOver: total("carriedOver"), handled: total("outcomeTotal"),
      carriedForward: total("carriedForward"))
    let headings = OfficialLabels.sectionHeadings
    blocks.append(.paragraph(prose.title))
    blocks += prose.preamble(using: &random).map(DocumentBlock.paragraph)
    blocks.append(.heading(1, headings[1] ?? ""))
    blocks += prose.overview(using: &random).map(DocumentBlock.paragraph)
    for kind in TableKind.allCases {
      blocks.append(.heading(kind.section, headings[kind.section] ?? ""))
      if let introduction = prose.tableIntroduction(kind.section, using: &random) {
        blocks.append(.paragraph(introduction))
      }
      blocks.append(.placeholder(kind))
    }
    blocks.append(.heading(5, headings[5] ?? ""))
    blocks += prose.problems(using: &random).map(DocumentBlock.paragraph)
    blocks.append(.heading(6, headings[6] ?? ""))
    blocks += prose.otherMatters(using: &random).map(DocumentBlock.paragraph)
    if random.chance(0.4) {
      blocks.append(.paragraph(report.agency))
      blocks.append(.paragraph("\(report.year + 1)年\(random.int(1...3))月\(random.int(1...28))日"))
    }
    templates[.proactive] = TableTemplates.proactive(values, edition: report.edition)
    templates[.applications] = TableTemplates.applications(values, edition: report.edition)
    templates[.review] = TableTemplates.review(values)
  }

  private mutating func layOutTables() {
    let lowering: LaidTable.Lowering = layout == .cellPerLine ? .wordCells : .grid
    blocks = blocks.map { block in
      guard case .placeholder(let kind) = block, let template = templates[kind] else { return block }
      return .table(LaidTable(template, lowering))
    }
  }

  // MARK: Access for the damage

  /// The index of the first block holding table `kind`.
  func tableBlockIndex(_ kind: TableKind) -> Int? {
    blocks.firstIndex { $0.table?.kind == kind }
  }

  /// Runs `body` on the first laid-out table of `kind`; `nil` without such a table.
  @discardableResult
  mutating func withTable<Result>(_ kind: TableKind, _ body: (inout LaidTable) -> Result) -> Result? {
    guard let index = tableBlockIndex(kind), var table = blocks[index].table else { return nil }
    let result = body(&table)
    blocks[index] = .table(table)
    return result
  }

  /// The data rows of table 三 not yet hit by a row-level damage.
  var unclaimedApplicationRows: [String] {
    OfficialLabels.applicationRows(report.edition).filter { !claimedRows.contains($0) }
  }

  /// Whether damage that loses values may hit `key`. A value in a table whose
  /// identity is broken on purpose is left alone: the library may fill a lost value
  /// from an identity (a total of 0 means every part is 0), which is sound only
  /// where the identity holds, so losing values there would make the truth
  /// ambiguous.
  func mayLose(_ key: String) -> Bool {
    guard let broken = report.brokenCheck else { return true }
    if broken.hasPrefix("applications.") { return !key.hasPrefix("applications.") }
    let group = String(broken.dropLast(".total".count))
    return !key.hasPrefix(group + ".")
  }

  /// Whether every value of row `row` of table 三 is 0.
  func isZeroRow(_ row: String) -> Bool {
    OfficialLabels.applicationColumns.allSatisfy {
      report.values[OfficialLabels.applicationKey(row, $0)] == .integer(0)
    }
  }
}
