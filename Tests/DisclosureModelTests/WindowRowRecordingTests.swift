import Testing

@testable import DisclosureModel

/// The assembler records a value row of table 三 or 四 placed as one window
/// (``FieldAssembler/record(_:columns:placements:storage:windowRowsDirectly:)``)
/// without its general row steps: hand-checked rows, and many generated rows
/// recorded both ways, which must give the same fields and diagnostics.
@Suite("Window rows recorded directly")
struct WindowRowRecordingTests {
  /// A row to record: its cells' texts, its line, and the table it belongs to.
  struct TestRow {
    var texts: [String]
    var line: Int
    var table: InterpretationRun.Observation.Table

    /// Whether the row is table 四's.
    var isReview: Bool {
      if case .review = table { true } else { false }
    }
  }

  /// What recording `rows` (each read by the row reader and placed as the
  /// interpreter places it) gives: the fields and the diagnostics, after the zero
  /// totals are inferred and the missing values diagnosed, the window rows
  /// recorded directly (`windowRowsDirectly`) or every row by the general steps.
  static func recorded(
    _ rows: [TestRow], edition: Edition, blankAsZero: Bool = false, windowRowsDirectly: Bool
  ) -> (fields: [Field], diagnostics: [Diagnostic]) {
    var lists = ValuePlacement.Lists()
    var assembler = FieldAssembler(edition: edition)
    assembler.blankAsZero = blankAsZero
    AnalysedRows.withAnalyses(of: rows.map { ($0.texts, $0.line) }) { storage, analyses in
      // The observations point at the analyses, held for the recording.
      analyses.withUnsafeBufferPointer { analyses in
        guard let analysisBase = analyses.baseAddress else { return }
        var observations: [InterpretationRun.Observation] = []
        for (offset, row) in rows.enumerated() {
          let analysis = analyses[offset]
          let columns: Int
          let first: Int
          switch row.table {
          case .review: (columns, first) = (LabelTable.reviewColumns.count, 0)
          case .application, .proactive: (columns, first) = (LabelTable.applicationColumns.count, analysis.firstValue)
          }
          // Placed as the run places it: by the end cells when they place the row
          // (which marks a window ending at the row's last value cell), else by
          // the general rules.
          let placement =
            ValuePlacement.plainByEnds(analysis.values, from: first, columns: columns)
            ?? ValuePlacement.placePlain(analysis.values, from: first, columns: columns, in: &lists)
          observations.append(
            InterpretationRun.Observation(
              table: row.table, analysisAddress: analysisBase + offset, columns: 0..<0, placement: placement))
        }
        observations.withUnsafeBufferPointer { observations in
          assembler.record(
            observations, columns: UnsafeBufferPointer(start: nil, count: 0), placements: &lists, storage: storage,
            windowRowsDirectly: windowRowsDirectly)
        }
      }
    }
    assembler.inferFromZeroTotals()
    assembler.diagnoseMissing(anchors: FieldAssembler.Anchors(proactive: 1, applications: 2, review: 3))
    return (assembler.fields(), assembler.diagnostics)
  }

  /// The position in ``LabelMatcher/applicationRows`` of the table 三 row whose
  /// key's middle is `infix`.
  static func applicationRow(_ infix: String) throws -> Int {
    try #require(LabelMatcher.applicationRows.values.firstIndex { $0 == .values(infix) })
  }

  /// The field of `key` among `fields` of `edition`.
  static func field(_ key: String, in fields: [Field], edition: Edition) throws -> Field {
    fields[try #require(FieldCatalogue.index(of: key, in: edition))]
  }

  @Test("A direct row, a row with empty cells before its values and table 四's row, read by hand")
  func handChecked() throws {
    let rows = [
      TestRow(
        texts: ["1.属于国家秘密", "3", "0", "12", "0", "0", "1", "16"], line: 5,
        table: .application(try Self.applicationRow("denied.stateSecret"))),
      // Two merged label cells left empty: the values start at the fourth cell.
      TestRow(
        texts: ["重复申请", "", "", "2", "0", "0", "0", "0", "0", "2"], line: 6,
        table: .application(try Self.applicationRow("notProcessed.duplicate"))),
      TestRow(
        texts: ["1", "2", "0", "0", "3", "4", "0", "0", "1", "5", "0", "1", "0", "0", "1"], line: 9,
        table: .review),
    ]
    for direct in [true, false] {
      let (fields, diagnostics) = Self.recorded(rows, edition: .edition2021, windowRowsDirectly: direct)
      let secret = "applications.denied.stateSecret."
      #expect(try Self.field(secret + "naturalPerson", in: fields, edition: .edition2021).value == .integer(3))
      #expect(
        try Self.field(secret + "naturalPerson", in: fields, edition: .edition2021).source
          == SourceLocation(line: 5, cell: 2))
      #expect(try Self.field(secret + "research", in: fields, edition: .edition2021).value == .integer(12))
      #expect(try Self.field(secret + "total", in: fields, edition: .edition2021).value == .integer(16))
      #expect(
        try Self.field(secret + "total", in: fields, edition: .edition2021).source == SourceLocation(line: 5, cell: 8))
      let duplicate = "applications.notProcessed.duplicate."
      #expect(try Self.field(duplicate + "naturalPerson", in: fields, edition: .edition2021).value == .integer(2))
      #expect(
        try Self.field(duplicate + "naturalPerson", in: fields, edition: .edition2021).source
          == SourceLocation(line: 6, cell: 4))
      #expect(
        try Self.field(duplicate + "total", in: fields, edition: .edition2021).source
          == SourceLocation(line: 6, cell: 10))
      #expect(try Self.field("review.upheld", in: fields, edition: .edition2021).value == .integer(1))
      #expect(try Self.field("review.total", in: fields, edition: .edition2021).value == .integer(3))
      #expect(try Self.field("litigation.direct.total", in: fields, edition: .edition2021).value == .integer(5))
      #expect(
        try Self.field("litigation.afterReview.total", in: fields, edition: .edition2021).source
          == SourceLocation(line: 9, cell: 15))
      // Nothing about these rows is noted: every diagnostic is about a field no row gave.
      #expect(diagnostics.allSatisfy { $0.code == .missingRow || $0.code == .missingTable })
      #expect(!diagnostics.contains { $0.key?.hasPrefix(secret) == true || $0.key?.hasPrefix("review.") == true })
    }
  }

  @Test("A row with an empty cell after its values is noted, and its values read")
  func extraEmptyCell() throws {
    let rows = [
      TestRow(
        texts: ["予以公开", "5", "1", "0", "0", "0", "0", "6", ""], line: 7,
        table: .application(try Self.applicationRow("granted")))
    ]
    for direct in [true, false] {
      let (fields, diagnostics) = Self.recorded(rows, edition: .edition2019, windowRowsDirectly: direct)
      #expect(try Self.field("applications.granted.total", in: fields, edition: .edition2019).value == .integer(6))
      #expect(diagnostics.filter { $0.code == .extraEmptyCells && $0.line == 7 }.count == 1)
    }
  }

  @Test("A row's values after one that is no plain count, and a repeat of the row, read by hand")
  func valuesAfterOtherValueAndRepeat() throws {
    let granted = try Self.applicationRow("granted")
    let rows = [
      TestRow(texts: ["予以公开", "5", "１２", "0", "0", "0", "0", "17"], line: 7, table: .application(granted)),
      TestRow(texts: ["予以公开", "5", "１２", "0", "0", "0", "0", "17"], line: 8, table: .application(granted)),
    ]
    for direct in [true, false] {
      let (fields, diagnostics) = Self.recorded(rows, edition: .edition2021, windowRowsDirectly: direct)
      let key = "applications.granted."
      #expect(try Self.field(key + "naturalPerson", in: fields, edition: .edition2021).value == .integer(5))
      #expect(try Self.field(key + "commercial", in: fields, edition: .edition2021).value == .integer(12))
      #expect(
        try Self.field(key + "commercial", in: fields, edition: .edition2021).source
          == SourceLocation(line: 7, cell: 3))
      #expect(try Self.field(key + "total", in: fields, edition: .edition2021).value == .integer(17))
      #expect(
        try Self.field(key + "total", in: fields, edition: .edition2021).source == SourceLocation(line: 7, cell: 8))
      // The full-width number is noted at each row that reads it; the second row,
      // all of whose values were read before, is one repeat, keyed by its first
      // column.
      #expect(diagnostics.filter { $0.code == .normalizedNumber }.map(\.line) == [7, 8])
      let repeats = diagnostics.filter { $0.code == .duplicateRow }
      #expect(repeats.map(\.line) == [8])
      #expect(repeats.map(\.key) == [key + "naturalPerson"])
    }
  }

  /// A small deterministic generator (SplitMix64), so that a failure repeats.
  struct Generator {
    var state: UInt64

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }
  }

  /// Cell texts a value cell may hold: mostly plain counts, and every other kind
  /// the assembler treats otherwise (empty, placeholder, text, a fraction, a unit,
  /// full-width digits, separators, a negative number, an overlong one).
  static let valueTexts = [
    "0", "0", "0", "1", "7", "12", "305", "4096", "", "", " ", "-", "无", "/", "甲", "12.5", "0.0", "3件", "2万元", "5元",
    "１２", "０", "1,234", "-3", "123456789012345678901234567890123456", "99999999999999999999",
  ]

  /// A random row of table 三 (any of its rows, value rows mostly) or 四, with
  /// values from ``valueTexts``, sometimes empty cells before or after them, a
  /// cell missing or one too many.
  static func randomRow(_ generator: inout Generator, line: Int) -> TestRow {
    let isReview = generator.below(8) == 0
    let columns = isReview ? LabelTable.reviewColumns.count : LabelTable.applicationColumns.count
    var count = columns
    switch generator.below(10) {
    case 0: count -= 1
    case 1: count += 1
    default: break
    }
    var texts: [String] = []
    if !isReview { texts.append("某行") }
    let plain = generator.below(3) != 0
    if generator.below(6) == 0 { texts.append(contentsOf: repeatElement("", count: 1 + generator.below(2))) }
    for _ in 0..<count {
      texts.append(plain ? generator.pick(["0", "1", "7", "12", "305"]) : generator.pick(valueTexts))
    }
    if generator.below(6) == 0 { texts.append(contentsOf: repeatElement("", count: 1 + generator.below(2))) }
    let table: InterpretationRun.Observation.Table =
      isReview ? .review : .application(generator.below(LabelMatcher.applicationRows.values.count))
    return TestRow(texts: texts, line: line, table: table)
  }

  @Test("Generated rows are recorded the same directly as by the general steps", arguments: Edition.allCases)
  func generatedRowsAgree(edition: Edition) {
    var generator = Generator(state: edition == .edition2019 ? 2019 : 2021)
    var windowRows = 0
    for report in 0..<400 {
      var rows: [TestRow] = []
      for position in 0..<(2 + generator.below(12)) {
        let line = 10 + position
        // Sometimes a copy of an earlier row (a repeat, or a conflict when one
        // value differs), so that values are offered again.
        if let earlier = rows.randomElement(using: &generator), generator.below(5) == 0 {
          var copy = earlier
          copy.line = line
          if generator.below(2) == 0, let last = copy.texts.indices.last { copy.texts[last] = "8" }
          rows.append(copy)
        } else {
          rows.append(Self.randomRow(&generator, line: line))
        }
      }
      let blankAsZero = generator.below(4) == 0
      let direct = Self.recorded(rows, edition: edition, blankAsZero: blankAsZero, windowRowsDirectly: true)
      let general = Self.recorded(rows, edition: edition, blankAsZero: blankAsZero, windowRowsDirectly: false)
      #expect(direct.fields == general.fields, "report \(report)")
      #expect(direct.diagnostics == general.diagnostics, "report \(report)")
      windowRows +=
        rows.filter { row in
          let values = row.texts.dropFirst(row.isReview ? 0 : 1)
          return !values.contains("") && values.count == (row.isReview ? 15 : 7)
        }.count
    }
    // Many rows of the plain shape the direct path takes were among them.
    #expect(windowRows > 500)
  }
}

extension WindowRowRecordingTests.Generator: RandomNumberGenerator {}
