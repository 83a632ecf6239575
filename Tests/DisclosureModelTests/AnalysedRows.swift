@testable import DisclosureModel

/// Rows of cell texts read by the row reader (``RowAnalysis``) as the interpreter
/// reads a table's rows, for the tests that record rows by hand: the cells' texts
/// laid out one after another in one storage, each row's cells analysed in slots of
/// their own.
enum AnalysedRows {
  /// Calls `body` with the storage of `rows` (each a row's cell texts and its line)
  /// and each row's analysis, in order. The analyses point at the storage and at
  /// slots valid only during the call.
  static func withAnalyses<Result>(
    of rows: [(texts: [String], line: Int)],
    _ body: (_ storage: UnsafeBufferPointer<UInt8>, _ analyses: [RowAnalysis]) -> Result
  ) -> Result {
    var markerCounts = EditionMarkers()
    return withAnalyses(of: rows, markerCounts: &markerCounts, body)
  }

  /// ``withAnalyses(of:_:)``, adding the rows' edition markers to `markerCounts` as
  /// the run adds them to its count.
  static func withAnalyses<Result>(
    of rows: [(texts: [String], line: Int)],
    markerCounts: inout EditionMarkers,
    _ body: (_ storage: UnsafeBufferPointer<UInt8>, _ analyses: [RowAnalysis]) -> Result
  ) -> Result {
    var storage: [UInt8] = []
    var spans: [[Range<Int>]] = []
    for row in rows {
      var rowSpans: [Range<Int>] = []
      for text in row.texts {
        rowSpans.append(storage.count..<storage.count + text.utf8.count)
        storage.append(contentsOf: text.utf8)
      }
      spans.append(rowSpans)
    }
    let cellCount = max(1, rows.reduce(0) { $0 + $1.texts.count })
    let values = UnsafeMutableBufferPointer<CellValue>.allocate(capacity: cellCount)
    let copies = UnsafeMutableBufferPointer<StoredCell>.allocate(capacity: cellCount)
    defer {
      values.deallocate()
      copies.deallocate()
    }
    var headerColumns: [Int?] = []
    return storage.withUnsafeBufferPointer { storage in
      var used = 0
      var analyses: [RowAnalysis] = []
      for (row, rowSpans) in zip(rows, spans) {
        let cells = rowSpans.map { Cell(span: TextSpan($0), line: row.line) }
        let end = used + cells.count
        let kept = RowAnalysis.copyCells(
          of: Row(cells: cells, line: row.line), into: UnsafeMutableBufferPointer(rebasing: copies[used..<end]))
        analyses.append(
          RowAnalysis(
            Row(cells: cells, line: row.line), storage: storage,
            values: UnsafeMutableBufferPointer(rebasing: values[used..<end]), keptCells: kept,
            headerColumns: &headerColumns, markerCounts: &markerCounts))
        used = end
      }
      return body(storage, analyses)
    }
  }
}
