import Testing

@testable import DisclosureModel

/// The assembler records a table 二 row placed under its header's grid (its
/// columns listed, its cells in the run's list) by its plain counts first
/// (``FieldAssembler/record(_:columns:placements:storage:windowRowsDirectly:)``),
/// handing the rest of the row to the general steps: hand-checked rows, and many
/// generated rows recorded both ways, which must give the same fields and
/// diagnostics.
@Suite("Table 二 rows under their header's grid recorded directly")
struct HeaderGridRowRecordingTests {
  /// A table 二 row to record: its cells' texts, its line, its position in
  /// ``LabelMatcher/proactiveRows``, and per listed column, its position in
  /// ``LabelMatcher/proactiveColumns`` and the cell that holds its value.
  struct TestRow {
    var texts: [String]
    var line: Int
    var row: Int
    var columns: [Int]
    var cells: [Int]
  }

  /// What recording `rows` gives, as the run records them: the fields and the
  /// diagnostics, after the zero totals are inferred and the missing values
  /// diagnosed, the header-grid rows recorded directly (`windowRowsDirectly`) or
  /// by the general steps only.
  static func recorded(
    _ rows: [TestRow], edition: Edition, blankAsZero: Bool = false, windowRowsDirectly: Bool
  ) -> (fields: [Field], diagnostics: [Diagnostic]) {
    var lists = ValuePlacement.Lists()
    var assembler = FieldAssembler(edition: edition)
    assembler.blankAsZero = blankAsZero
    // The run's lists: each row's columns and, in the same slots, its cells.
    let columns = rows.flatMap(\.columns)
    let cells = rows.flatMap(\.cells)
    AnalysedRows.withAnalyses(of: rows.map { ($0.texts, $0.line) }) { storage, analyses in
      // The observations point at the analyses, held for the recording.
      analyses.withUnsafeBufferPointer { analyses in
        guard let analysisBase = analyses.baseAddress else { return }
        var observations: [InterpretationRun.Observation] = []
        var start = 0
        for (offset, row) in rows.enumerated() {
          let range = start..<start + row.columns.count
          observations.append(
            InterpretationRun.Observation(
              table: .proactive(row.row), analysisAddress: analysisBase + offset, columns: range,
              placement: ValuePlacement.Plain(cells: .observed(start: start, count: range.count), rule: .direct)))
          start = range.upperBound
        }
        columns.withUnsafeBufferPointer { columns in
          cells.withUnsafeBufferPointer { cells in
            lists.observed = cells
            observations.withUnsafeBufferPointer { observations in
              assembler.record(
                observations, columns: columns, placements: &lists, storage: storage,
                windowRowsDirectly: windowRowsDirectly)
            }
            lists.observed = UnsafeBufferPointer(start: nil, count: 0)
          }
        }
      }
    }
    assembler.inferFromZeroTotals()
    assembler.diagnoseMissing(anchors: FieldAssembler.Anchors(proactive: 1, applications: 2, review: 3))
    return (assembler.fields(), assembler.diagnostics)
  }

  /// The position in `entries` of the entry `value`.
  static func position(of value: String, in entries: [String]) throws -> Int {
    try #require(entries.firstIndex(of: value))
  }

  /// The field of `key` among `fields` of `edition`.
  static func field(_ key: String, in fields: [Field], edition: Edition) throws -> Field {
    fields[try #require(FieldCatalogue.index(of: key, in: edition))]
  }

  @Test("Plain counts and a decimal amount, read by hand")
  func handChecked() throws {
    let rowNames = LabelMatcher.proactiveRows.values
    let columnNames = LabelMatcher.proactiveColumns.values
    let rules = try Self.position(of: "rules", in: rowNames)
    let fees = try Self.position(of: "fees", in: rowNames)
    let issued = try Self.position(of: "issued", in: columnNames)
    let repealed = try Self.position(of: "repealed", in: columnNames)
    let inForce = try Self.position(of: "inForce", in: columnNames)
    let amount = try Self.position(of: "amount", in: columnNames)
    let rows = [
      // Every column a plain count: recorded directly in full.
      TestRow(
        texts: ["某行", "3", "1", "12"], line: 5, row: rules, columns: [issued, repealed, inForce], cells: [1, 2, 3]),
      // A decimal field whose value is a plain decimal: recorded directly too, as
      // its digits.
      TestRow(texts: ["某行", "2.5"], line: 6, row: fees, columns: [amount], cells: [1]),
    ]
    for direct in [true, false] {
      let (fields, diagnostics) = Self.recorded(rows, edition: .edition2021, windowRowsDirectly: direct)
      #expect(try Self.field("proactive.rules.issued", in: fields, edition: .edition2021).value == .integer(3))
      #expect(
        try Self.field("proactive.rules.issued", in: fields, edition: .edition2021).source
          == SourceLocation(line: 5, cell: 2))
      #expect(try Self.field("proactive.rules.repealed", in: fields, edition: .edition2021).value == .integer(1))
      #expect(try Self.field("proactive.rules.inForce", in: fields, edition: .edition2021).value == .integer(12))
      #expect(
        try Self.field("proactive.rules.inForce", in: fields, edition: .edition2021).source
          == SourceLocation(line: 5, cell: 4))
      #expect(try Self.field("proactive.fees.amount", in: fields, edition: .edition2021).value == .decimal("2.5"))
      #expect(
        try Self.field("proactive.fees.amount", in: fields, edition: .edition2021).source
          == SourceLocation(line: 6, cell: 2))
      // Nothing about these rows is noted.
      #expect(!diagnostics.contains { $0.line == 5 || $0.line == 6 })
    }
  }

  @Test(
    "A decimal amount is stored as written with no unit or 万元; in 元, repaired or overlong, as the general steps say",
    arguments: [
      ("12.3400", FieldValue?.some(.decimal("12.3400")), nil),
      ("0", .some(.decimal("0")), nil),
      ("-0.5", .some(.decimal("-0.5")), nil),
      ("2.5万元", .some(.decimal("2.5")), nil),
      ("5元", nil, DiagnosticCode.unitMismatch),
      ("１２.５", .some(.decimal("12.5")), .normalizedNumber),
      ("99999999999999999999", .some(.decimal("99999999999999999999")), nil),
      (String(repeating: "9", count: 33), nil, .numberOverflow),
      ("无", nil, .placeholderCell),
    ] as [(String, FieldValue?, DiagnosticCode?)])
  func decimalAmounts(text: String, value: FieldValue?, code: DiagnosticCode?) throws {
    let fees = try Self.position(of: "fees", in: LabelMatcher.proactiveRows.values)
    let amount = try Self.position(of: "amount", in: LabelMatcher.proactiveColumns.values)
    let rows = [TestRow(texts: ["某行", text], line: 6, row: fees, columns: [amount], cells: [1])]
    for direct in [true, false] {
      let (fields, diagnostics) = Self.recorded(rows, edition: .edition2021, windowRowsDirectly: direct)
      let field = try Self.field("proactive.fees.amount", in: fields, edition: .edition2021)
      #expect(field.value == value)
      #expect(field.source == (value == nil ? nil : SourceLocation(line: 6, cell: 2)))
      #expect(diagnostics.filter { $0.line == 6 }.map(\.code) == (code.map { [$0] } ?? []))
    }
  }

  @Test("A column the edition lacks is noted once, and the columns after it are read")
  func missingKey() throws {
    let rules = try Self.position(of: "rules", in: LabelMatcher.proactiveRows.values)
    let columnNames = LabelMatcher.proactiveColumns.values
    let issued = try Self.position(of: "issued", in: columnNames)
    let made = try Self.position(of: "made", in: columnNames)
    let inForce = try Self.position(of: "inForce", in: columnNames)
    let rows = [
      TestRow(texts: ["某行", "4", "9", "7"], line: 8, row: rules, columns: [issued, made, inForce], cells: [1, 2, 3])
    ]
    for direct in [true, false] {
      let (fields, diagnostics) = Self.recorded(rows, edition: .edition2021, windowRowsDirectly: direct)
      #expect(try Self.field("proactive.rules.issued", in: fields, edition: .edition2021).value == .integer(4))
      #expect(try Self.field("proactive.rules.inForce", in: fields, edition: .edition2021).value == .integer(7))
      #expect(diagnostics.filter { $0.code == .unrecognizedRow && $0.line == 8 }.count == 1)
      // By hand: the one key the row's columns lack, written into the message.
      #expect(
        diagnostics.first { $0.code == .unrecognizedRow }?.message
          == "The row 「某行」 has columns that the 2021 template lacks (proactive.rules.made); they were not used.")
    }
  }

  /// Cell texts a value cell may hold: mostly plain counts, and every other kind
  /// the assembler treats otherwise.
  static let valueTexts = [
    "0", "0", "0", "1", "7", "12", "305", "", " ", "-", "无", "甲", "12.5", "3件", "2万元", "5元", "１２", "1,234", "-3",
    "99999999999999999999",
  ]

  @Test("Generated rows are recorded the same directly as by the general steps", arguments: Edition.allCases)
  func generatedRowsAgree(edition: Edition) {
    var generator = WindowRowRecordingTests.Generator(state: edition == .edition2019 ? 219 : 221)
    let rowCount = LabelMatcher.proactiveRows.values.count
    let columnCount = LabelMatcher.proactiveColumns.values.count
    // Per row, the columns the edition has a key for, so that most generated rows
    // list real columns.
    let keyed = (0..<rowCount).map { row in
      (0..<columnCount).filter { FieldCatalogue.proactiveIndex(row: row, column: $0, in: edition) != nil }
    }
    var plainRows = 0
    for report in 0..<300 {
      var rows: [TestRow] = []
      for position in 0..<(1 + generator.below(10)) {
        let line = 10 + position
        if let earlier = rows.randomElement(using: &generator), generator.below(5) == 0 {
          // A copy of an earlier row: its values offered again (a repeat, or a
          // conflict when one differs).
          var copy = earlier
          copy.line = line
          if generator.below(2) == 0, let last = copy.texts.indices.last, last > 0 { copy.texts[last] = "8" }
          rows.append(copy)
          continue
        }
        let row = generator.below(rowCount)
        let count = 1 + generator.below(4)
        let plain = generator.below(3) != 0
        var texts = ["某行"]
        var columns: [Int] = []
        var cells: [Int] = []
        for _ in 0..<count {
          // Mostly a column the edition has for the row; sometimes any column, or
          // any other column.
          switch generator.below(8) {
          case 0: columns.append(generator.below(columnCount))
          default: columns.append(keyed[row].isEmpty ? generator.below(columnCount) : generator.pick(keyed[row]))
          }
          texts.append(plain ? generator.pick(["0", "1", "7", "12"]) : generator.pick(Self.valueTexts))
          // Mostly the cell in order; sometimes another of the row's value cells
          // (the run lists only cells of the row).
          cells.append(generator.below(8) == 0 ? 1 + generator.below(count) : texts.count - 1)
        }
        if plain, Set(columns).count == count, columns.allSatisfy({ keyed[row].contains($0) }) {
          plainRows += 1
        }
        rows.append(TestRow(texts: texts, line: line, row: row, columns: columns, cells: cells))
      }
      let blankAsZero = generator.below(4) == 0
      let direct = Self.recorded(rows, edition: edition, blankAsZero: blankAsZero, windowRowsDirectly: true)
      let general = Self.recorded(rows, edition: edition, blankAsZero: blankAsZero, windowRowsDirectly: false)
      #expect(direct.fields == general.fields, "report \(report)")
      #expect(direct.diagnostics == general.diagnostics, "report \(report)")
    }
    // Many rows that the direct path records in full were among them.
    #expect(plainRows > 150)
  }
}
