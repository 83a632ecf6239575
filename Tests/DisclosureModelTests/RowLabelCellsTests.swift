import Testing

@testable import DisclosureModel

/// ``RowAnalysis/LabelCells`` gathers what a row's label cells tell, one label cell
/// at a time, out of the row's loop over its cells: the count, the last label and
/// its index, the header flags, the edition markers and a table 二 header's columns.
@Suite("What a row's label cells tell, noted one at a time")
struct RowLabelCellsTests {
  /// Notes each of `labels` (trimmed bounds found by hand: each label is laid out
  /// with one space before and after it) as the label cell at the index given, in a
  /// row of `cellCount` cells; returns the state and the header columns written.
  static func noted(_ labels: [(text: String, index: Int)], cellCount: Int) -> (RowAnalysis.LabelCells, [Int?]) {
    var text = labels.map { " \($0.text) " }.joined()
    var headerColumns: [Int?] = []
    let state = text.withUTF8 { bytes in
      var state = RowAnalysis.LabelCells(storage: bytes, cellCount: cellCount)
      let table = LabelClass.RawTable.shared
      var offset = 0
      for (label, index) in labels {
        let count = label.utf8.count
        state.note(from: offset + 1, to: offset + 1 + count, at: index, in: table, headerColumns: &headerColumns)
        offset += count + 2
      }
      return state
    }
    return (state, headerColumns)
  }

  @Test("A table 二 header: its first label 信息内容, its columns written by cell index")
  func proactiveHeader() {
    // 信息内容 at cell 0, 本年增/减 (a 2019 column) at cell 2, of four cells.
    let (state, columns) = Self.noted([("信息内容", 0), ("本年增/减", 2)], cellCount: 4)
    #expect(state.count == 2)
    #expect(state.lastIndex == 2)
    #expect(state.firstIsProactiveHeader)
    #expect(state.columnsStart == 0)
    #expect(columns.count == 4)
    #expect(columns[0] == nil && columns[1] == nil && columns[3] == nil)
    #expect(columns[2].map { LabelMatcher.proactiveColumns.values[$0] } == "change")
    #expect(state.markers.count2019 == 1 && state.markers.count2021 == 0)
    #expect(!state.anyApplicationHeader && !state.anyReviewHeader)
  }

  @Test("A data row of table 三: one label, its class kept as the last")
  func applicationRow() {
    let (state, columns) = Self.noted([("总计", 0)], cellCount: 8)
    #expect(state.count == 1)
    #expect(state.lastIndex == 0)
    #expect(!state.firstIsProactiveHeader)
    #expect(state.columnsStart == nil && columns.isEmpty)
    #expect(LabelClassTests.applicationRow(state.last) == .values("outcomeTotal"))
    #expect(state.markers == EditionMarkers())
  }

  @Test("Header flags of any label, and a column label that follows no 信息内容 writes nothing")
  func flags() {
    // 自然人 is one of table 三's header labels, 结果维持 of table 四's; 本年收费金额
    // names a table 二 column (and marks 2021), but the row is no table 二 header.
    let (state, columns) = Self.noted(
      [("自然人", 1), ("结果维持", 3), ("本年收费金额（单位：万元）", 5)], cellCount: 6)
    #expect(state.count == 3)
    #expect(state.lastIndex == 5)
    #expect(state.anyApplicationHeader && state.anyReviewHeader)
    #expect(!state.firstIsProactiveHeader && state.columnsStart == nil && columns.isEmpty)
    #expect(state.markers.count2021 == 1 && state.markers.count2019 == 0)
  }

  @Test("Header flags gathered by addHeaderFlags: the two header flags only, kept once set")
  func gatheredFlags() {
    // 自然人: table 三's header; 结果维持: table 四's; 本年收费金额（单位：万元）: a table 二
    // column that marks 2021, whose answers must not be gathered; 信息内容: table 二's
    // header label, no flag gathered either.
    let application = LabelClassTests.classified("自然人")
    let review = LabelClassTests.classified("结果维持")
    let fee = LabelClassTests.classified("本年收费金额（单位：万元）")
    let proactive = LabelClassTests.classified("信息内容")
    var flags = LabelClass()
    flags.addHeaderFlags(of: fee)
    flags.addHeaderFlags(of: proactive)
    #expect(flags == LabelClass())
    flags.addHeaderFlags(of: application)
    #expect(flags.isApplicationHeader && !flags.isReviewHeader)
    flags.addHeaderFlags(of: fee)
    #expect(flags.isApplicationHeader && !flags.isReviewHeader)
    flags.addHeaderFlags(of: review)
    #expect(flags.isApplicationHeader && flags.isReviewHeader)
    #expect(!flags.isProactiveHeader && flags.editionMarker == nil && flags.proactiveColumn == nil)
    #expect(flags.proactiveRow == nil && flags.applicationRow == nil)
  }

  @Test("No label noted: nothing told")
  func none() {
    let (state, columns) = Self.noted([], cellCount: 3)
    #expect(state.count == 0 && state.lastIndex == nil && state.last == nil && columns.isEmpty)
    #expect(!state.anyApplicationHeader && !state.anyReviewHeader && !state.firstIsProactiveHeader)
  }
}
