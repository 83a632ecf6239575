import Testing

@testable import DisclosureModel

@Suite("Table shapes")
struct TableShapeTests {
  /// The grid width of rows of numbers of the given widths (every cell `0`).
  static func gridWidth(_ widths: [Int], inheritedGrid: Int? = nil) -> Int? {
    let storage: [UInt8] = Array("0".utf8)
    let cellCount = widths.reduce(0, +)
    let values = UnsafeMutableBufferPointer<CellValue>.allocate(capacity: cellCount)
    let cells = UnsafeMutableBufferPointer<Cell>.allocate(capacity: cellCount)
    defer {
      values.deallocate()
      cells.deallocate()
    }
    var headerColumns: [Int?] = []
    var used = 0
    return storage.withUnsafeBufferPointer { storage in
      let rows = widths.map { width in
        let row = Row(cells: Array(repeating: Cell(span: TextSpan(0..<1), line: 1), count: width), line: 1)
        defer { used += width }
        return RowAnalysis(
          row, storage: storage, values: UnsafeMutableBufferPointer(rebasing: values[used..<used + width]),
          cells: UnsafeMutableBufferPointer(rebasing: cells[used..<used + width]), headerColumns: &headerColumns)
      }
      return rows.withUnsafeBufferPointer {
        TableShape.gridWidth($0, inheritedGrid: inheritedGrid, include: { $0 == .numbersOnly })
      }
    }
  }

  @Test(
    "The grid width is the width most rows share, when two thirds do, counted on the stack or, past 63 cells, in a tally",
    arguments: [
      ([9, 9, 9, 8], 9), ([9, 8, 9, 8], nil), ([9, 8, 7], nil), ([70, 70, 70, 9], 70), ([9, 9, 70, 70], nil),
      ([70, 70, 70, 70, 9, 9], 70), ([63, 63, 64], 63), ([9, 70, 8], nil),
    ] as [([Int], Int?)])
  func gridWidths(widths: [Int], expected: Int?) {
    #expect(Self.gridWidth(widths) == expected)
  }

  @Test("Too few rows to tell inherit the grid of the table's previous part")
  func inherited() {
    #expect(Self.gridWidth([9, 8], inheritedGrid: 12) == 12)
    #expect(Self.gridWidth([9, 8, 7], inheritedGrid: 12) == nil)
  }
}
