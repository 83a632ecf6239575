import Testing

@testable import DisclosureModel

/// Rows of table 三 that lost a cell, among rows of the same label depth: a row is
/// as wide as its table should be only if no row of its depth is wider.
@Suite("Rows that lost a cell")
struct LostCellRowTests {
  /// The interpretation of `text`, a tab-separated table.
  static func report(_ text: String) -> Report {
    Interpreter().interpret(TableRowsTests.tabSeparated(Array(text.utf8)), layout: "tsv")
  }

  @Test("Two rows that each lost a cell do not outvote the intact row of their depth")
  func twoShortRows() {
    // By hand: three rows whose labels stand in the first cell, with two empty label
    // cells after them (ten cells in a full grid). The first lost its 法律服务机构
    // cell (0): read as written, its six numbers would sit one column to the right,
    // under 商业企业 … 总计, and still add up (68 + 12 + 2 + 0 + 3 = 85). The third
    // holds only its total and lost one of its empty cells.
    let report = Self.report(
      """
      一、本年新收政府信息公开申请数量\t\t\t68\t12\t2\t0\t3\t85
      二、上年结转政府信息公开申请数量\t\t\t7\t1\t1\t0\t0\t0\t9
      四、结转下年度继续办理\t\t\t\t\t\t\t\t1

      """)
    for column in ["naturalPerson", "commercial", "research", "nonprofit", "legal", "other", "total"] {
      let key = "applications.received.\(column)"
      #expect(report[key] == nil, "\(key)")
      #expect(report.diagnostics.contains { $0.key == key && $0.code == .cannotPlace && $0.line == 1 })
    }
    #expect(
      report.diagnostics.contains {
        $0.key == "applications.received.commercial"
          && $0.message.contains("fewer cells than the table's other rows")
      })
    // The intact row is read as written; the total-only row's one number is its total.
    #expect(report["applications.carriedOver.naturalPerson"] == .integer(7))
    #expect(report["applications.carriedOver.commercial"] == .integer(1))
    #expect(report["applications.carriedOver.total"] == .integer(9))
    #expect(report["applications.carriedForward.total"] == .integer(1))
    #expect(report["applications.carriedForward.naturalPerson"] == nil)
  }

  /// A table 三 cut by a page break: ten cells a row before it; after it, a page
  /// number, an empty header row and rows with three extra empty cells each (seed
  /// 003's shape), thirteen cells in all.
  static func splitTable(totalRow: String) -> Report {
    let tab = "\t"
    let zeros = Array(repeating: "0", count: 7).joined(separator: tab)
    let extra = String(repeating: tab, count: 3)
    return report(
      """
      一、本年新收政府信息公开申请数量\(tab)\(tab)\(tab)\(zeros)
      二、上年结转政府信息公开申请数量\(tab)\(tab)\(tab)\(zeros)
      三、本年度办理结果\(tab)（一）予以公开\(tab)\(tab)\(zeros)
      第3页 共6页
      \(String(repeating: tab, count: 12))
      \(totalRow)
      四、结转下年度继续办理\(tab)\(tab)\(tab)\(zeros)\(extra)

      """)
  }

  @Test("After a page break, a total-only row of another depth is read by the cells its part keeps after its values")
  func totalOnlyAfterPageBreak() {
    // By hand: `（七）总计` stands in the second cell, so its one filled cell, 18, has
    // four places among its ten cells after the label, and no intact row of its
    // depth shows which. The part's one intact row (四) ends with three empty cells
    // after its total, as every row of the part does; counted from the end, 18 is in
    // the total column.
    let tab = "\t"
    let report = Self.splitTable(
      totalRow: tab + "（七）总计" + String(repeating: tab, count: 8) + "18" + String(repeating: tab, count: 3))
    #expect(report["applications.outcomeTotal.total"] == .integer(18))
    #expect(report["applications.outcomeTotal.other"] == nil)
    #expect(report["applications.outcomeTotal.naturalPerson"] == nil)
    #expect(report.diagnostics.contains { $0.key == "applications.outcomeTotal.other" && $0.code == .emptyCell })
    #expect(report["applications.carriedForward.total"] == .integer(0))
  }

  @Test("After a page break, a row wider than the part's rows is not placed from its end")
  func widerRowAfterPageBreak() {
    // The same row with a fourth empty cell at its end: fourteen cells, wider than
    // every other row of the part, so its end says nothing certain (18 could be the
    // total, or 其他 with the total lost), and it stays null.
    let tab = "\t"
    let report = Self.splitTable(
      totalRow: tab + "（七）总计" + String(repeating: tab, count: 8) + "18" + String(repeating: tab, count: 4))
    #expect(report["applications.outcomeTotal.total"] == nil)
    #expect(report["applications.outcomeTotal.other"] == nil)
    #expect(report.diagnostics.contains { $0.key == "applications.outcomeTotal.total" && $0.code == .cannotPlace })
  }
}
