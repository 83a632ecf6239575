import Testing

@testable import DisclosureModel

/// A negative count in a row of table 三 is not a plain count
/// (``NumberText/isPlainCount``): recording takes the general path for it, which
/// keeps the number as written (the checks, not the reader, judge its sign).
@Suite("Negative counts")
struct NegativeCountRecordingTests {
  /// Three rows of table 三, ten cells each (a label, two empty cells, seven values),
  /// the first with two negative values among plain ones.
  static let rows = """
    一、本年新收政府信息公开申请数量\t\t\t-3\t2\t0\t0\t0\t0\t-1
    三、本年度办理结果\t\t\t1\t2\t0\t0\t0\t0\t3
    四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0

    """

  @Test("A row mixing negative and plain counts keeps every value as written")
  func negativeAmongPlain() {
    let document = TableRowsTests.tabSeparated(Array(Self.rows.utf8))
    let report = Interpreter().interpret(document, layout: "tsv")
    // By hand: the row's seven values in the columns' order.
    #expect(report["applications.received.naturalPerson"] == .integer(-3))
    #expect(report["applications.received.commercial"] == .integer(2))
    #expect(report["applications.received.research"] == .integer(0))
    #expect(report["applications.received.total"] == .integer(-1))
    #expect(report.field("applications.received.naturalPerson")?.source?.line == 1)
    #expect(report["applications.carriedForward.total"] == .integer(0))
  }
}
