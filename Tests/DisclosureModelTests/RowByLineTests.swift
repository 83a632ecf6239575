import Testing

@testable import DisclosureModel

/// The run reads the builder's rows from their cells and their first cell's line
/// (``RowAnalysis/init(line:storage:values:keptCells:headerColumns:labels:markerCounts:)``),
/// making no `Row`: the analysis is the one a `Row` of those cells gives.
@Suite("Rows read from their cells and line")
struct RowByLineTests {
  @Test("Each row read by its line is the row read as a Row: line, kind, labels, values, markers")
  func agreesWithRow() {
    // Rows laid out one after another: a table 二 header (2019 markers), a row of
    // table 二, of table 三, of numbers only, and a caption; one cell a text.
    let rows: [[String]] = [
      ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"], ["规章", "3", "", " 4 "],
      ["（一）予以公开", "98", "29", "0"], ["1", "2", "3"], ["第二十条第（一）项", "", ""],
    ]
    var text = ""
    var cellsOfRows: [[Cell]] = []
    for (number, row) in rows.enumerated() {
      cellsOfRows.append(
        row.map { cell in
          let start = text.utf8.count
          text += cell
          return Cell(span: TextSpan(start..<text.utf8.count), line: 10 + number)
        })
    }
    let bytes = Array(text.utf8)
    let values = UnsafeMutableBufferPointer<CellValue>.allocate(capacity: 8)
    let otherValues = UnsafeMutableBufferPointer<CellValue>.allocate(capacity: 8)
    defer {
      values.deallocate()
      otherValues.deallocate()
    }
    // The cells as the builder stores them and the row reader reads them.
    let storedOfRows = cellsOfRows.map { $0.map(StoredCell.init(reading:)) }
    bytes.withUnsafeBufferPointer { storage in
      for (number, cells) in cellsOfRows.enumerated() {
        storedOfRows[number].withUnsafeBufferPointer { kept in
          var columns: [Int?] = []
          var otherColumns: [Int?] = []
          var markers = EditionMarkers()
          var otherMarkers = EditionMarkers()
          // Each analysis gets one value slot a cell, as the run hands it.
          let rowValues = UnsafeMutableBufferPointer(rebasing: values[..<kept.count])
          let otherRowValues = UnsafeMutableBufferPointer(rebasing: otherValues[..<kept.count])
          let byLine = RowAnalysis(
            line: 10 + number, storage: storage, values: rowValues, keptCells: kept, headerColumns: &columns,
            labels: .shared, markerCounts: &markers)
          let byRow = RowAnalysis(
            Row(cells: cells, line: 10 + number), storage: storage, values: otherRowValues, keptCells: kept,
            headerColumns: &otherColumns, markerCounts: &otherMarkers)
          #expect(byLine.line == 10 + number && byRow.line == 10 + number)
          #expect(byLine.kind == byRow.kind)
          #expect(byLine.lastLabel == byRow.lastLabel)
          #expect(byLine.values.count == kept.count && Array(byLine.values) == Array(byRow.values))
          #expect(byLine.cells.baseAddress == kept.baseAddress)
          #expect(columns == otherColumns && markers == otherMarkers)
        }
      }
      // By hand: the header marks 2019 three times and names its columns.
      var columns: [Int?] = []
      var markers = EditionMarkers()
      storedOfRows[0].withUnsafeBufferPointer { kept in
        let header = RowAnalysis(
          line: 10, storage: storage, values: values, keptCells: kept, headerColumns: &columns, labels: .shared,
          markerCounts: &markers)
        #expect(header.kind == .proactiveHeader(0))
        #expect(markers == EditionMarkers(count2019: 3, count2021: 0))
        #expect(columns.count == 4 && columns[0] == nil && columns[1] != nil)
      }
    }
  }
}
