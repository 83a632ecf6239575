import Testing

@testable import DisclosureModel

/// Table 二 rows placed under their header's grid list their cells in the run's
/// block (``ValuePlacement/Plain/Cells/observed(start:count:)``), not in the
/// placement lists' `slots`: the cells read back, and the values they place, are
/// those the header's columns give.
@Suite("Observed cells of table 二 rows")
struct ObservedCellsTests {
  @Test("An observed placement reads its columns' cells from the observed list, nil past it")
  func slotsReadTheObservedList() {
    // By hand: the list holds the cells of two rows, 1, 3 (first row) and 2, 4, 5
    // (second row); the second row's placement starts at position 2.
    let list = [1, 3, 2, 4, 5]
    list.withUnsafeBufferPointer { observed in
      let placement = ValuePlacement.Plain(cells: .observed(start: 2, count: 3), rule: .direct)
      #expect(placement.columnCount == 3)
      #expect((0..<3).map { placement.slot($0, in: [], observed: observed) } == [2, 4, 5])
      // Past the list (never reached by a placement the run makes): no cell.
      #expect(placement.slot(3, in: [], observed: observed) == nil)
      #expect(placement.slot(-3, in: [], observed: observed) == nil)
      // Without the list: no cell.
      #expect(placement.slot(0, in: []) == nil)
      // A listed placement still reads `slots`, whatever the observed list holds.
      let listed = ValuePlacement.Plain(cells: .listed(start: 1, count: 2), rule: .direct)
      #expect((0..<2).map { listed.slot($0, in: [7, 8, nil], observed: observed) } == [8, nil])
    }
  }

  /// The integer value of `key` in `report`, if any.
  static func value(_ key: String, in report: Report) -> Int? {
    report.fields.first { $0.definition.key == key }?.value?.integer
  }

  @Test("Merged header cells: a column's first filled cell is its value; two values leave the row unplaced")
  func mergedHeaderCells() {
    // 本年制发件数 spans two cells (the empty header cell continues it).
    let text = """
      某县人民政府2021年政府信息公开工作年度报告

      二、主动公开政府信息情况

      信息内容\t本年制发件数\t\t本年废止件数\t现行有效件数
      规章\t\t3\t1\t4
      行政规范性文件\t12\t7\t0\t30

      """
    let document = TableRowsTests.tabSeparated(Array(text.utf8))
    let report = Interpreter().interpret(document, layout: "tsv")
    // By hand: 规章's 本年制发件数 is its first filled cell of the two, the third
    // cell (3); the other columns are the cells under their headers.
    #expect(Self.value("proactive.rules.issued", in: report) == 3)
    #expect(Self.value("proactive.rules.repealed", in: report) == 1)
    #expect(Self.value("proactive.rules.inForce", in: report) == 4)
    // 行政规范性文件 has two values (12 and 7) under 本年制发件数: none of its
    // values is placed, and a warning says why.
    #expect(Self.value("proactive.normativeDocuments.issued", in: report) == nil)
    #expect(Self.value("proactive.normativeDocuments.repealed", in: report) == nil)
    #expect(Self.value("proactive.normativeDocuments.inForce", in: report) == nil)
    let unplaced = report.diagnostics.filter { $0.code == .cannotPlace }
    #expect(unplaced.count == 3)
    #expect(unplaced.allSatisfy { $0.message.contains("two values stand under the one header 「issued」") })
  }

  @Test("A value under an empty header cell before the header's first named column is read by no column")
  func valueBeforeTheFirstNamedColumn() {
    // The header's second cell is empty and no named column precedes it.
    let text = """
      某县人民政府2021年政府信息公开工作年度报告

      二、主动公开政府信息情况

      信息内容\t\t本年制发件数\t本年废止件数\t现行有效件数
      规章\t9\t3\t1\t4

      """
    let document = TableRowsTests.tabSeparated(Array(text.utf8))
    let report = Interpreter().interpret(document, layout: "tsv")
    // By hand: 9 stands under no column; 3, 1 and 4 under their headers.
    #expect(Self.value("proactive.rules.issued", in: report) == 3)
    #expect(Self.value("proactive.rules.repealed", in: report) == 1)
    #expect(Self.value("proactive.rules.inForce", in: report) == 4)
    #expect(!report.diagnostics.contains { $0.code == .cannotPlace })
  }

  @Test("A row under a later header reads its cells after the earlier rows'")
  func severalRowsShareTheList() {
    let text = """
      某县人民政府2021年政府信息公开工作年度报告

      二、主动公开政府信息情况

      信息内容\t本年制发件数\t本年废止件数\t现行有效件数
      规章\t3\t1\t4
      信息内容\t本年制发件数\t本年废止件数\t现行有效件数
      行政规范性文件\t12\t0\t30

      """
    let document = TableRowsTests.tabSeparated(Array(text.utf8))
    let report = Interpreter().interpret(document, layout: "tsv")
    // By hand: the rows as written, the second under a header of its own (its
    // cells listed after the first row's).
    #expect(Self.value("proactive.rules.issued", in: report) == 3)
    #expect(Self.value("proactive.rules.repealed", in: report) == 1)
    #expect(Self.value("proactive.rules.inForce", in: report) == 4)
    #expect(Self.value("proactive.normativeDocuments.issued", in: report) == 12)
    #expect(Self.value("proactive.normativeDocuments.repealed", in: report) == 0)
    #expect(Self.value("proactive.normativeDocuments.inForce", in: report) == 30)
  }
}
