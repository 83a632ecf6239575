import Testing

@testable import DisclosureModel

/// The tables that recording fetches once (the window rows of table 三, the 2019
/// `其他处理` row's indices), the order of the field states, and the room for a
/// table 二 row's column indices, which starts inside the states' allocation and
/// is replaced by one of its own for a row under a long header.
@Suite("Recording's tables and rooms")
struct RecordingTablesTests {
  @Test("The 2019 其他处理 row's indices are those of otherHandling.total's keys, in column order")
  func otherHandlingTotal() throws {
    let indices = Array(FieldCatalogue.otherHandlingTotalIndices2019)
    #expect(indices == Array(FieldCatalogue.applicationIndices("otherHandling.total", in: .edition2019)))
    let keys = try indices.map { FieldCatalogue.fields(for: .edition2019)[try #require($0)].key }
    #expect(
      keys == [
        "applications.otherHandling.total.naturalPerson", "applications.otherHandling.total.commercial",
        "applications.otherHandling.total.research", "applications.otherHandling.total.nonprofit",
        "applications.otherHandling.total.legal", "applications.otherHandling.total.other",
        "applications.otherHandling.total.total",
      ])
  }

  @Test("A table 三 row is a window row exactly when it is a value row that lacks no key", arguments: Edition.allCases)
  func windowApplicationRows(edition: Edition) {
    let rows = FieldAssembler.windowApplicationRows(in: edition)
    let lacking = FieldAssembler.applicationRowsLackingKeys(in: edition)
    #expect(rows.count == LabelMatcher.applicationRows.values.count)
    for (position, row) in rows.enumerated() {
      let general = FieldCatalogue.applicationIndices(row: position, in: edition)
      if lacking[position] || general.isEmpty {
        #expect(row.isEmpty, "row \(position)")
      } else {
        #expect(Array(row).map { Optional($0) } == Array(general), "row \(position)")
      }
    }
    // By hand: 2019 lacks keys in rows 22 to 24, which are then no window rows; the
    // group rows (`三、本年度办理结果`, say) never are.
    let windowless = rows.indices.filter { rows[$0].isEmpty }
    #expect(windowless.contains(22) == (edition == .edition2019))
    #expect(windowless.contains(24) == (edition == .edition2019))
    let granted = LabelMatcher.applicationRows.values.firstIndex { $0 == .values("granted") }
    if let granted {
      let keys = rows[granted].map { FieldCatalogue.fields(for: edition)[$0].key }
      #expect(keys.first == "applications.granted.naturalPerson")
      #expect(keys.last == "applications.granted.total")
      #expect(keys.count == 7)
    } else {
      Issue.record("no 予以公开 row")
    }
  }

  @Test("The states that may still take a value are the first three, unset the byte 0")
  func stateOrder() {
    func byte(_ state: FieldAssembler.State) -> UInt8 { withUnsafeBytes(of: state) { $0[0] } }
    #expect([byte(.unset), byte(.inferable), byte(.lost)] == [0, 1, 2])
    #expect([byte(.read), byte(.inferred), byte(.conflicting)] == [3, 4, 5])
    #expect(FieldAssembler.unsetByte == 0)
  }

  @Test("The first column room starts after the states, aligned for an index")
  func firstColumnRoomOffset() {
    #expect(FieldAssembler.firstColumnRoomOffset(states: 0) == 0)
    #expect(FieldAssembler.firstColumnRoomOffset(states: 1) == 8)
    #expect(FieldAssembler.firstColumnRoomOffset(states: 8) == 8)
    #expect(FieldAssembler.firstColumnRoomOffset(states: 205) == 208)
    #expect(FieldAssembler.firstColumnRoom == 16)
  }

  /// Records two table 二 rows of the 2021 edition, each under its own header:
  /// `规章` under `columns` (positions in ``LabelMatcher/proactiveColumns``) with
  /// `values`, then `行政规范性文件` under 本年制发件数, 本年废止件数, 现行有效件数
  /// with 2, 0 and 30. Each value's cell is listed as its column's.
  static func recordUnderHeaders(columns: [Int], values: [String]) -> (fields: [Field], diagnostics: [Diagnostic]) {
    let rows: [(texts: [String], line: Int, row: Int, columns: [Int])] = [
      (["规章"] + values, 4, 0, columns),
      (["行政规范性文件", "2", "0", "30"], 5, 1, [0, 1, 2]),
    ]
    var lists = ValuePlacement.Lists()
    var assembler = FieldAssembler(edition: .edition2021)
    let allColumns = rows.flatMap(\.columns)
    AnalysedRows.withAnalyses(of: rows.map { ($0.texts, $0.line) }) { storage, analyses in
      // The observations point at the analyses, held for the recording.
      analyses.withUnsafeBufferPointer { analyses in
        guard let analysisBase = analyses.baseAddress else { return }
        var columnStart = 0
        var observations: [InterpretationRun.Observation] = []
        for (offset, row) in rows.enumerated() {
          // Column `c` is the row's cell `1 + c`, after its label.
          let placement = ValuePlacement(slots: row.columns.indices.map { $0 + 1 }, rule: .direct).plain(in: &lists)
          observations.append(
            InterpretationRun.Observation(
              table: .proactive(row.row), analysisAddress: analysisBase + offset,
              columns: columnStart..<columnStart + row.columns.count, placement: placement))
          columnStart += row.columns.count
        }
        allColumns.withUnsafeBufferPointer { columns in
          observations.withUnsafeBufferPointer { observations in
            assembler.record(observations, columns: columns, placements: &lists, storage: storage)
          }
        }
      }
    }
    return (assembler.fields(), assembler.diagnostics)
  }

  /// The value of `key` among the 2021 edition's `fields`.
  static func value(_ key: String, in fields: [Field]) throws -> FieldValue? {
    fields[try #require(FieldCatalogue.index(of: key, in: .edition2021))].value
  }

  @Test("Counts written other than as plain digits are read at once, and other numbers converted as before")
  func repairedCounts() throws {
    // By hand: full-width digits and a thousands separator are counts, noted as
    // normalised; a counting word is a count; a fraction is no count.
    let (fields, diagnostics) = Self.recordUnderHeaders(columns: [0, 1, 2], values: ["１２", "1,234", "3件"])
    #expect(try Self.value("proactive.rules.issued", in: fields) == .integer(12))
    #expect(try Self.value("proactive.rules.repealed", in: fields) == .integer(1234))
    #expect(try Self.value("proactive.rules.inForce", in: fields) == .integer(3))
    #expect(diagnostics.map(\.code) == [.normalizedNumber, .normalizedNumber])
    #expect(diagnostics.map(\.key) == ["proactive.rules.issued", "proactive.rules.repealed"])
    let (others, notes) = Self.recordUnderHeaders(columns: [0, 1, 2], values: ["12.5", "2万元", "99999999999999999999"])
    #expect(try Self.value("proactive.rules.issued", in: others) == nil)
    #expect(try Self.value("proactive.rules.repealed", in: others) == nil)
    #expect(try Self.value("proactive.rules.inForce", in: others) == nil)
    #expect(notes.map(\.code) == [.unreadableNumber, .unitMismatch, .numberOverflow])
  }

  @Test("Rows under short headers use the first room", arguments: [false, true])
  func shortHeaders(twice: Bool) throws {
    // Recorded once or twice in a row, so that a second assembler takes a room again.
    for _ in 0..<(twice ? 2 : 1) {
      let (fields, diagnostics) = Self.recordUnderHeaders(columns: [0, 1, 2], values: ["4", "1", "9"])
      #expect(try Self.value("proactive.rules.issued", in: fields) == .integer(4))
      #expect(try Self.value("proactive.rules.repealed", in: fields) == .integer(1))
      #expect(try Self.value("proactive.rules.inForce", in: fields) == .integer(9))
      #expect(try Self.value("proactive.normativeDocuments.issued", in: fields) == .integer(2))
      #expect(try Self.value("proactive.normativeDocuments.inForce", in: fields) == .integer(30))
      #expect(diagnostics.isEmpty)
    }
  }

  @Test("A row under a header longer than the first room gets a room of its own, and the next row still records")
  func longHeader() throws {
    // 本年制发件数, 本年废止件数, 现行有效件数, then seventeen columns of 本年收费金额,
    // a key that 规章 lacks: twenty columns, more than the first room's sixteen.
    let columns = [0, 1, 2] + Array(repeating: 4, count: 17)
    let values = ["4", "1", "9"] + Array(repeating: "0", count: 17)
    let (fields, diagnostics) = Self.recordUnderHeaders(columns: columns, values: values)
    #expect(try Self.value("proactive.rules.issued", in: fields) == .integer(4))
    #expect(try Self.value("proactive.rules.repealed", in: fields) == .integer(1))
    #expect(try Self.value("proactive.rules.inForce", in: fields) == .integer(9))
    #expect(
      fields[try #require(FieldCatalogue.index(of: "proactive.rules.inForce", in: .edition2021))].source
        == SourceLocation(line: 4, cell: 4))
    #expect(try Self.value("proactive.normativeDocuments.issued", in: fields) == .integer(2))
    #expect(try Self.value("proactive.normativeDocuments.repealed", in: fields) == .integer(0))
    #expect(try Self.value("proactive.normativeDocuments.inForce", in: fields) == .integer(30))
    // The one warning: the 规章 row's columns whose key the edition lacks.
    #expect(diagnostics.map(\.code) == [.unrecognizedRow])
    #expect(diagnostics.first?.line == 4)
    // By hand: the seventeen columns' key, each named, joined by commas.
    let keys = Array(repeating: "proactive.rules.\(LabelMatcher.proactiveColumns.values[4])", count: 17)
    let message = try #require(diagnostics.first?.message)
    #expect(message.hasSuffix(" template lacks (\(keys.joined(separator: ", "))); they were not used."))
    #expect(message.hasPrefix("The row 「"))
  }
}
