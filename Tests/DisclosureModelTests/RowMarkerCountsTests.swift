import Testing

@testable import DisclosureModel

/// A row's edition markers are added to the run's count as the row is read
/// (``RowAnalysis/init(_:storage:values:keptCells:headerColumns:labels:markerCounts:)``),
/// not kept in its analysis.
@Suite("Edition markers counted as rows are read")
struct RowMarkerCountsTests {
  /// Reads a row of `texts` (one cell each, laid out one after another), adding
  /// its markers to `counts`.
  static func read(_ texts: [String], into counts: inout EditionMarkers) {
    let storage = Array(texts.joined().utf8)
    var offset = 0
    let cells = texts.map { text in
      defer { offset += text.utf8.count }
      return Cell(span: TextSpan(offset..<offset + text.utf8.count), line: 1)
    }
    let values = UnsafeMutableBufferPointer<CellValue>.allocate(capacity: cells.count)
    defer { values.deallocate() }
    var headerColumns: [Int?] = []
    storage.withUnsafeBufferPointer { storage in
      cells.withUnsafeBufferPointer { kept in
        _ = RowAnalysis(
          Row(cells: cells, line: 1), storage: storage, values: values, keptCells: kept,
          headerColumns: &headerColumns, markerCounts: &counts)
      }
    }
  }

  @Test("Markers of each row are added to the count given; rows without markers add nothing")
  func added() {
    var counts = EditionMarkers(count2019: 2, count2021: 5)
    // 信息内容 is no marker; 本年增/减 marks the 2019 template.
    Self.read(["信息内容", "本年增/减", "3"], into: &counts)
    #expect(counts == EditionMarkers(count2019: 3, count2021: 5))
    // 本年收费金额（单位：万元） marks the 2021 template.
    Self.read(["本年收费金额（单位：万元）", "1"], into: &counts)
    #expect(counts == EditionMarkers(count2019: 3, count2021: 6))
    // A data row of table 三 and a row of numbers mark neither.
    Self.read(["总计", "1", "2"], into: &counts)
    Self.read(["4", "5"], into: &counts)
    #expect(counts == EditionMarkers(count2019: 3, count2021: 6))
  }
}
