import CellPerLineLayout
import DisclosureModel
import Testing

/// The runs of cell lines a cell-per-line table is read in: the lines
/// `forEachLineShape(runsOf:run:otherwise:)` hands on, the cells
/// `DocumentBuilder.addCells(onLines:_:)` adds for a run, and the documents
/// `CellPerLineLayout` builds from them, each against the line-by-line way.
@Suite("Cell line runs")
struct CellLineRunTests {
  /// `text` with the line shapes a census keeps (as a parse hands it to the adapter),
  /// or without (every line scanned, as `makeDocument(from:)` called directly does).
  static func source(_ text: String, kept: Bool) -> SourceText {
    SourceText.forTests(text, keepingShapes: kept)
  }

  /// Texts with cell lines in every position: first and last, after blank lines and
  /// paragraphs, wrapped, after spaces, with CR LF and CR ends, and past the shapes a
  /// census keeps room for.
  static let texts: [String] = [
    "", "\t", "\t\n", "\t1", "\t1\n\t2\n\t3", "\t1\r\n\t2\r\t3\r\n", "一、总体情况\n\t规章\n\t0\n\n\t1\n\n\n\t2\n",
    "\t社会\n公益\n组织\n\t0\n\n二、主动公开\n\t1\n", " \t0\n\u{3000}\t1\n\t\n\t\t\n", "a\n\n\tx\n\ty\nb\n\tz",
    String(repeating: "\t1\n\t22\n\n", count: 700) + "\t3\n", String(repeating: "\t0\n", count: 2_500),
  ]

  /// What a pass hands on, a line at a time, as `line range shape` (a run's lines
  /// with the ranges their starts and ends give).
  static func linesByRuns(_ source: SourceText) -> (lines: [String], runs: [[Int]]) {
    var lines: [String] = []
    var runs: [[Int]] = []
    source.forEachLineShape(
      runsOf: { $0.leadingByte == 0x09 },
      run: { firstLine, start, shapes, _, bytes in
        #expect(!shapes.isEmpty)
        runs.append([firstLine, shapes.count])
        // Each line of the run starts past the terminator of the one before.
        var lineStart = start
        for (index, shape) in shapes.enumerated() {
          lines.append("\(firstLine + index) \(lineStart..<shape.end) \(shape)")
          lineStart = shape.end + (bytes[shape.end...].starts(with: [0x0D, 0x0A]) ? 2 : 1)
        }
      },
      otherwise: { line, range, shape, _ in
        lines.append("\(line) \(range) \(shape)")
      })
    return (lines, runs)
  }

  /// The same, from `forEachLineShape(_:)`, a line at a time.
  static func linesOneByOne(_ source: SourceText) -> [String] {
    var lines: [String] = []
    source.forEachLineShape { line, range, shape, _ in lines.append("\(line) \(range) \(shape)") }
    return lines
  }

  @Test("Runs hand on the lines and shapes that forEachLineShape hands on, kept or scanned", arguments: texts)
  func runsHandOnEveryLine(text: String) {
    for kept in [false, true] {
      let source = Self.source(text, kept: kept)
      #expect(Self.linesByRuns(source).lines == Self.linesOneByOne(source), "kept: \(kept)")
    }
  }

  @Test("Kept shapes come in whole runs; scanned lines in runs of one")
  func runBoundaries() {
    let text = "\t1\n\t2\n\n\t3\r\n段\n\t4\n\t5"
    // Lines 1-2, 4 and 6-7 are cell lines; 3 is blank and 5 a paragraph.
    #expect(Self.linesByRuns(Self.source(text, kept: true)).runs == [[1, 2], [4, 1], [6, 2]])
    #expect(Self.linesByRuns(Self.source(text, kept: false)).runs == [[1, 1], [2, 1], [4, 1], [6, 1], [7, 1]])
  }

  /// A builder's document after `cellsBefore` cells on line 1, then one cell for each
  /// of `count` lines from line 2 (the cell on line `n` spanning `n..<n + 1`), added
  /// in one run or one `addCell` a line, then the row ended.
  static func document(cellsBefore: Int, count: Int, inOneRun: Bool) -> Document {
    var builder = DocumentBuilder(source: SourceText(String(repeating: "x", count: 400)))
    for _ in 0..<cellsBefore { builder.addCell(0..<1, line: 1) }
    if inOneRun {
      builder.addCells(onLines: 2..<2 + count) { index in (2 + index)..<(3 + index) }
    } else {
      for line in 2..<2 + count { builder.addCell(line..<line + 1, line: line) }
    }
    builder.endRow()
    return builder.finish()
  }

  @Test(
    "A run adds the cells, row line and notes of one addCell a line, with the cap counting the cells already in the row",
    arguments: [(0, 0), (0, 1), (0, 3), (2, 3), (0, 256), (0, 257), (0, 300), (250, 10), (256, 4), (300, 2)])
  func runOfCellsMatchesOneByOne(cellsBefore: Int, count: Int) throws {
    let run = Self.document(cellsBefore: cellsBefore, count: count, inOneRun: true)
    let single = Self.document(cellsBefore: cellsBefore, count: count, inOneRun: false)
    #expect(run == single)
    let kept = min(cellsBefore + count, InputLimits.cellsPerRow)
    #expect(run.tables.first?.rows.first?.cells.count ?? 0 == kept)
    #expect(run.notes.count == (cellsBefore + count > InputLimits.cellsPerRow ? 1 : 0))
  }

  @Test("A run of three lines makes three one-line cells on its lines")
  func runOfThreeCells() throws {
    let document = Self.document(cellsBefore: 0, count: 3, inOneRun: true)
    let row = try #require(document.tables.first?.rows.first)
    #expect(row.line == 2)
    #expect(row.cells.map(\.line) == [2, 3, 4])
    #expect(row.cells.map(\.endLine) == [2, 3, 4])
    #expect(row.cells.map(\.span.start) == [2, 3, 4])
    #expect(row.cells.map(\.span.end) == [3, 4, 5])
    #expect(row.cells.map(\.columnSpan) == [1, 1, 1])
  }

  @Test("CellPerLineLayout builds the same document from kept shapes as from scanned lines", arguments: texts)
  func documentFromKeptShapes(text: String) {
    let layout = CellPerLineLayout()
    #expect(
      layout.makeDocument(from: Self.source(text, kept: true))
        == layout.makeDocument(from: Self.source(text, kept: false)))
  }

  @Test("A cell-per-line text read in runs: rows end at a blank line, a wrapped cell spans its lines")
  func cellPerLineInRuns() throws {
    let document = CellPerLineLayout().makeDocument(from: Self.source("\t社会\n公益\n\t0\n\t1\n\n\t2\n", kept: true))
    let table = try #require(document.tables.first)
    #expect(document.tables.count == 1)
    #expect(table.rows.map { $0.cells.map { document.text($0) } } == [["社会\n公益", "0", "1"], ["2"]])
    #expect(table.rows.map(\.line) == [1, 6])
    #expect(table.rows[0].cells.map(\.endLine) == [2, 3, 4])
  }
}
