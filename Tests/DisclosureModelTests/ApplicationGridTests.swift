import Testing

@testable import DisclosureModel

/// The grid width a table of table 三's rows passes on to its next part
/// (``InterpretationRun/ApplicationGrid``), counted only when a row asks for it.
@Suite("Application grid")
struct ApplicationGridTests {
  /// Three intact rows of table 三, ten cells each: a label, two empty cells, seven
  /// values.
  static let firstPart = """
    一、本年新收政府信息公开申请数量\t\t\t1\t2\t0\t0\t0\t0\t3
    三、本年度办理结果\t\t\t1\t2\t0\t0\t0\t0\t3
    四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0

    """

  /// A second part of two rows: one of nine cells whose values sit one cell to the
  /// left and whose last cell is empty (a cell lost), and an intact one whose
  /// labels stand at another depth (so it says nothing of the first one's width).
  static let secondPart = """
    二、上年结转政府信息公开申请数量\t\t5\t0\t0\t0\t0\t0\t
    三、本年度办理结果\t（一）予以公开\t\t1\t2\t0\t0\t0\t0\t3

    """

  /// The reasons the report gives for rows it could not place.
  static func messages(_ text: String) -> [String] {
    let document = TableRowsTests.tabSeparated(Array(text.utf8))
    return Interpreter().interpret(document, layout: "tsv").diagnostics.map(\.message)
  }

  @Test("A short part inherits the grid of the part before it, counted when its row asks")
  func inheritsCountedGrid() {
    // By hand: the second part has two rows (too few to tell its grid), so it
    // inherits the first part's, ten cells; the nine-cell row is then one cell
    // short, and its place is unknown.
    let inherited = Self.messages(Self.firstPart + "\n" + Self.secondPart)
    #expect(inherited.contains { $0.contains("fewer cells than the table's other rows") })
    // By hand: alone, the second part has no grid; its two rows disagree on their
    // width, have their labels at different depths, and the nine-cell row's eight
    // cells after its label leave two windows for seven columns that place
    // different values.
    let alone = Self.messages(Self.secondPart)
    #expect(!alone.contains { $0.contains("fewer cells than the table's other rows") })
    #expect(alone.contains { $0.contains("the empty ones could sit at either end") })
  }
}
