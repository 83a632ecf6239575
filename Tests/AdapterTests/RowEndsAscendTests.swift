import CellPerLineLayout
import MarkdownLayout
import TabSeparatedLayout
import Testing

@testable import DisclosureModel

/// ``DocumentBuilder/finish()`` shares the buffer of cells with a table after
/// testing only the table's first and last rows while the builder knows that its
/// rows' ends rise from row to row (``DocumentBuilder/rowEndsAscend``); the full
/// test walks every row. The short test must accept exactly what the full one
/// accepts for every document the builder makes, and the builder keeps its flag
/// set only while no row can be left empty.
@Suite("Row ends ascend")
struct RowEndsAscendTests {
  /// The rows' ends `values`, as the builder keeps them.
  static func ends(_ values: [Int]) -> [DocumentBuilder.RowEnd] {
    values.map { DocumentBuilder.RowEnd(cells: $0) }
  }

  /// Four cells, on lines 1 to 4.
  static let cells = (1...4).compactMap { StoredCell(exactly: Cell(span: TextSpan(0..<0), line: $0)) }

  @Test("Known ascending ends: the first row's start and the last row's end decide")
  func shortTest() {
    typealias Shared = Table.Rows.Shared
    // Rows 0..<1, 1..<3, 3..<4 of four cells.
    #expect(Shared.isValid(cells: Self.cells, ends: Self.ends([1, 3, 4]), rows: 0..<3, start: 0, knownAscending: true))
    #expect(Shared.isValid(cells: Self.cells, ends: Self.ends([1, 3, 4]), rows: 1..<3, start: 1, knownAscending: true))
    // The first row would start at its own end (empty).
    #expect(
      !Shared.isValid(cells: Self.cells, ends: Self.ends([1, 3, 4]), rows: 0..<3, start: 1, knownAscending: true))
    // The last row would end past the cells.
    #expect(
      !Shared.isValid(cells: Self.cells, ends: Self.ends([1, 3, 5]), rows: 0..<3, start: 0, knownAscending: true))
    // Out of the ends' range.
    #expect(
      !Shared.isValid(cells: Self.cells, ends: Self.ends([1, 3, 4]), rows: 0..<4, start: 0, knownAscending: true))
    // No rows: within the cells as the full test says.
    #expect(Shared.isValid(cells: Self.cells, ends: Self.ends([1, 3, 4]), rows: 3..<3, start: 4, knownAscending: true))
  }

  @Test("A run whose tab counts fall short of its tabs: the cells are found in the bytes, every row kept")
  func disagreeingTabCounts() {
    // Line 1 is "a\tb" (bytes 0..<3), line 2 "c\td" (bytes 4..<7); each shape claims
    // no tab. The run path splits the bytes, not the counts, so no row is left
    // empty and the flag stays set.
    let source = SourceText("a\tb\nc\td")
    let shapes = [
      LineShapeCensus.Shape(contentStart: 0, end: 3, leadingByte: 0x61, tabCount: 0, delimiterBytesOnly: false),
      LineShapeCensus.Shape(contentStart: 4, end: 7, leadingByte: 0x63, tabCount: 0, delimiterBytesOnly: false),
    ]
    var builder = DocumentBuilder(source: source)
    source.bytes.withUnsafeBufferPointer { bytes in
      shapes.withUnsafeBufferPointer { shapes in
        builder.addRows(shapes, from: 0, firstLine: 1, separatedBy: 0x09, in: bytes)
      }
    }
    #expect(builder.rowEndsAscend)
    let document = builder.finish()
    #expect(document.tables.count == 1)
    let rows = document.tables.first.map { Array($0.rows) } ?? []
    #expect(rows.map(\.line) == [1, 2])
    #expect(rows.map { row in row.cells.map { document.text($0) } } == [["a", "b"], ["c", "d"]])
  }

  @Test("Tab counts that agree with the bytes keep the flag")
  func agreeingTabCounts() {
    let source = SourceText.forTests("a\tb\nc\td\t\n", keepingShapes: true)
    var builder = DocumentBuilder(source: source)
    source.forEachLineShape(
      runsOf: { $0.containsTab },
      run: { firstLine, start, shapes, _, bytes in
        builder.addRows(shapes, from: start, firstLine: firstLine, separatedBy: 0x09, in: bytes)
      },
      otherwise: { _, _, _, _ in })
    #expect(builder.rowEndsAscend)
    let document = builder.finish()
    let rows = document.tables.first.map { Array($0.rows) } ?? []
    #expect(rows.map { row in row.cells.map { document.text($0) } } == [["a", "b"], ["c", "d", ""]])
  }

  /// Lines of every layout, so that each adapter meets rows, blank lines, prose and
  /// the other layouts' lines.
  static let lines = [
    "", "  ", "段落", "一、总体情况", "规章\t0\t0\t0", "\t0", "\t社会", "公益", "| 规章 | 0 | 0 |", "|---|---|---|",
    "| a \\| b | c |", "|  |", "\t", "a\tb", "| x", "\t\t",
  ]

  @Test("Every table of every adapter's documents passes the full test when it is shared")
  func adaptersAgree() {
    let adapters: [any LayoutAdapter] = [TabSeparatedLayout(), MarkdownLayout(), CellPerLineLayout()]
    var shared = 0
    for text in GeneratedLineTexts.make(400, from: Self.lines, maxLines: 40) {
      for adapter in adapters {
        for kept in [true, false] {
          let document = adapter.makeDocument(from: SourceText.forTests(text, keepingShapes: kept))
          for table in document.tables {
            guard case .shared(let rows) = table.rows.form else { continue }
            shared += 1
            #expect(Table.Rows.Shared.isValid(cells: rows.cells, ends: rows.ends, rows: rows.rows, start: rows.start))
          }
        }
      }
    }
    // The generated texts hold tables in every layout.
    #expect(shared > 1_000)
  }
}
