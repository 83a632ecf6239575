import DisclosureSynthesis
import Testing

@testable import DisclosureModel

/// The row reader's cells: a ``RowAnalysis`` points at its row's cells where they
/// are kept (the document's one buffer of cells, for the builder's rows) instead of
/// a copy, and the interpreter reads a table whose rows share another buffer, or
/// rows made by hand, by copying them first, to the same report.
@Suite("Kept cells")
struct KeptCellsTests {
  /// `规章`, `3`, an empty cell and ` 4 `, one after another in the storage.
  static let storage = Array("规章3 4 ".utf8)
  static let cells = [
    Cell(span: TextSpan(0..<6), line: 7), Cell(span: TextSpan(6..<7), line: 7),
    Cell(span: TextSpan(7..<7), line: 7), Cell(span: TextSpan(7..<10), line: 7),
  ]

  @Test("An analysis points at the kept cells, not at a copy, and reads them")
  func pointsAtKeptCells() {
    let values = UnsafeMutableBufferPointer<CellValue>.allocate(capacity: 4)
    let copies = UnsafeMutableBufferPointer<StoredCell>.allocate(capacity: 4)
    defer {
      values.deallocate()
      copies.deallocate()
    }
    var headerColumns: [Int?] = []
    Self.storage.withUnsafeBufferPointer { storage in
      Self.cells.map(StoredCell.init(reading:)).withUnsafeBufferPointer { kept in
        let row = Row(cells: Self.cells, line: 7)
        let analysis = RowAnalysis(
          row, storage: storage, values: values, keptCells: kept, headerColumns: &headerColumns)
        // By hand: no copy is made; the cells are those given.
        #expect(analysis.cells.baseAddress == kept.baseAddress)
        #expect(analysis.cells.count == 4)
        #expect(analysis.line == 7)
        // By hand: 规章 is a label (table 二's row `rules`), 3 and 4 numbers, the
        // third cell empty.
        #expect(analysis.lastLabel == 0)
        #expect(analysis.firstValue == 1)
        #expect(analysis.numberCount == 2)
        #expect(analysis.values[0] == .text)
        #expect(analysis.values[2] == .empty)
        guard case .proactive(let position) = analysis.kind else {
          Issue.record("规章 is table 二's row, not \(analysis.kind)")
          return
        }
        #expect(LabelMatcher.proactiveRows.values[position] == "rules")
        #expect(headerColumns.isEmpty)

        // The copying reader gives the same analysis, pointing at its copies.
        let copied = RowAnalysis(
          row, storage: storage, values: values, cells: copies, headerColumns: &headerColumns)
        #expect(copied.cells.baseAddress == UnsafePointer(copies.baseAddress))
        #expect(copied.cells.map(\.cell) == Self.cells)
        #expect(copied.kind == analysis.kind)
        #expect(copied.lastLabel == 0)
        #expect(copied.numberCount == 2)
        #expect(copied.values[3] == analysis.values[3])
      }
    }
  }

  @Test("Tables sharing another build's cells, or made by hand, read as the builder's own")
  func otherBuffersAgree() {
    var generator = ReportGenerator(seed: 91)
    var documents = 0
    var foreign = 0
    for (index, kind) in DamageKind.allCases.enumerated() {
      for damage in [[], [kind]] as [Set<DamageKind>] {
        let rendered = generator.next().render(.tsv, damage: damage, seed: UInt64(index))
        let built = TableRowsTests.tabSeparated(rendered.bytes)
        // The same text built again: equal tables whose rows share another buffer.
        let again = TableRowsTests.tabSeparated(rendered.bytes)
        #expect(again == built)
        var mixed = built
        var handMade = built
        var tableIndex = 0
        for position in built.blocks.indices {
          guard case .table(let table) = built.blocks[position] else { continue }
          // Every other table from the second build (the first table, which gives
          // the run its buffer, stays the first build's).
          if tableIndex % 2 == 1 {
            mixed.blocks[position] = again.blocks[position]
            foreign += 1
          }
          handMade.blocks[position] = .table(Table(rows: Array(table.rows)))
          tableIndex += 1
        }
        #expect(mixed == built)
        for blankAsZero in [false, true] {
          let interpreter = Interpreter(blankAsZero: blankAsZero)
          let expected = interpreter.interpret(built, layout: "tsv")
          #expect(interpreter.interpret(mixed, layout: "tsv") == expected)
          #expect(interpreter.interpret(handMade, layout: "tsv") == expected)
        }
        documents += 1
      }
    }
    #expect(documents == 2 * DamageKind.allCases.count)
    #expect(foreign > documents)
  }

  @Test("A small report's values read through the kept cells, by hand")
  func smallReport() {
    let text = """
      某县人民政府2021年政府信息公开工作年度报告

      二、主动公开政府信息情况

      信息内容\t本年制发件数\t本年废止件数\t现行有效件数
      规章\t3\t1\t4
      行政规范性文件\t12\t0\t30

      """
    let document = TableRowsTests.tabSeparated(Array(text.utf8))
    let report = Interpreter().interpret(document, layout: "tsv")
    func value(_ key: String) -> Int? {
      report.fields.first { $0.definition.key == key }?.value?.integer
    }
    // By hand: the rows as written.
    #expect(value("proactive.rules.issued") == 3)
    #expect(value("proactive.rules.repealed") == 1)
    #expect(value("proactive.rules.inForce") == 4)
    #expect(value("proactive.normativeDocuments.issued") == 12)
    #expect(value("proactive.normativeDocuments.inForce") == 30)
  }
}
