import Testing

@testable import DisclosureModel

/// The compact size of a ``Block``: a builder's table keeps its range of rows and its
/// first cell as 32-bit offsets (``Table/Rows/Shared``), so that a block takes 32
/// bytes and a report's blocks (about 25) fit the 1 KiB that `malloc` serves from
/// its per-thread cache.
@Suite("Block layout")
struct BlockLayoutTests {
  @Test("A block takes 32 bytes, a paragraph 24")
  func blockSize() {
    // A paragraph is a span (two Ints) and a line; a shared table two array
    // references and three 32-bit offsets (28 bytes), which a tag byte follows.
    #expect(MemoryLayout<Paragraph>.size == 24)
    #expect(MemoryLayout<Table.Rows.Shared>.size == 28)
    #expect(MemoryLayout<Block>.stride == 32)
  }

  @Test("A shared table's rows and first cell read back as they were given")
  func sharedOffsets() {
    let cells = (0..<6).compactMap { StoredCell(exactly: Cell(span: TextSpan($0..<($0 + 1)), line: 10 + $0)) }
    let ends = [2, 5, 6].map { DocumentBuilder.RowEnd(cells: $0) }
    let shared = Table.Rows.Shared(cells: cells, ends: ends, rows: 1..<3, start: 2)
    #expect(shared.rows == 1..<3)
    #expect(shared.start == 2)
    // Row 1 is cells 2..<5 (lines 12 to 14), row 2 cell 5 (line 15).
    #expect(shared.cellCount == 4)
    #expect(Table.Rows(shared: shared).map(\.line) == [12, 15])
  }

  @Test("Bounds past 32 bits are not taken as a shared table's")
  func sharedBoundsFit() {
    let cells = [StoredCell(unchecked: 0, 1, line: 1)]
    let ends = [DocumentBuilder.RowEnd(cells: 1)]
    #expect(Table.Rows.Shared.isValid(cells: cells, ends: ends, rows: 0..<1, start: 0))
    // A range of rows reaching past `Int32.max` fails before the ends are read.
    #expect(!Table.Rows.Shared.isValid(cells: cells, ends: ends, rows: 0..<(Int(Int32.max) + 1), start: 0))
  }
}
