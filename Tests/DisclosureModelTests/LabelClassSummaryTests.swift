import Testing

@testable import DisclosureModel

/// The one-test summaries of a label's class that the row reader branches on
/// (``LabelClass/namesColumnOrMarksEdition``, ``LabelClass/hasHeaderFlag``): each must
/// be true exactly when one of the answers it stands for is given.
@Suite("One-test summaries of a label's class")
struct LabelClassSummaryTests {
  @Test("Columns and markers: told by hand for template labels")
  func columnOrMarker() {
    // 本年增/减: a table 二 column that marks 2019; 申请人无正当理由逾期不补正: a table 三
    // row that marks 2021, no column; 总计 and 信息内容: neither.
    #expect(LabelClassTests.classified("本年增/减").namesColumnOrMarksEdition)
    #expect(LabelClassTests.classified("申请人无正当理由逾期不补正").namesColumnOrMarksEdition)
    #expect(!LabelClassTests.classified("总计").namesColumnOrMarksEdition)
    #expect(!LabelClassTests.classified("信息内容").namesColumnOrMarksEdition)
    #expect(!LabelClass().namesColumnOrMarksEdition)
  }

  @Test("Header flags: told by hand for template labels")
  func headerFlag() {
    // 信息内容: table 二's header; 自然人: table 三's; 结果维持: table 四's; 总计 and
    // 本年增/减 (a column, no header flag): none.
    #expect(LabelClassTests.classified("信息内容").hasHeaderFlag)
    #expect(LabelClassTests.classified("自然人").hasHeaderFlag)
    #expect(LabelClassTests.classified("结果维持").hasHeaderFlag)
    #expect(!LabelClassTests.classified("总计").hasHeaderFlag)
    #expect(!LabelClassTests.classified("本年增/减").hasHeaderFlag)
    #expect(!LabelClass().hasHeaderFlag)
  }

  @Test("Both summaries agree with the answers they stand for, over every raw text and single answers")
  func agreeWithAnswers() {
    var classes = LabelClass.rawTexts.map { text in
      text.withUnsafeBufferPointer { LabelClass.of($0, TextSpan(0..<$0.count)) }
    }
    // Each answer alone, at its smallest and largest position.
    for position in [0, 0xFFFE] {
      var column = LabelClass()
      column.proactiveColumn = position
      var row = LabelClass()
      row.proactiveRow = position
      var application = LabelClass()
      application.applicationRow = position
      classes += [column, row, application]
    }
    for edition in [Edition.edition2019, .edition2021] {
      var marker = LabelClass()
      marker.editionMarker = edition
      classes.append(marker)
    }
    var flags = [LabelClass(), LabelClass(), LabelClass()]
    flags[0].isProactiveHeader = true
    flags[1].isApplicationHeader = true
    flags[2].isReviewHeader = true
    classes += flags
    var columnsOrMarkers = 0
    var headers = 0
    for label in classes {
      let columnOrMarker = label.proactiveColumn != nil || label.editionMarker != nil
      let header = label.isProactiveHeader || label.isApplicationHeader || label.isReviewHeader
      #expect(label.namesColumnOrMarksEdition == columnOrMarker)
      #expect(label.hasHeaderFlag == header)
      if columnOrMarker { columnsOrMarkers += 1 }
      if header { headers += 1 }
    }
    // Both kinds of label are among them, and most labels are neither.
    #expect(columnsOrMarkers > 10 && headers > 10)
    #expect(columnsOrMarkers + headers < classes.count)
  }
}

/// The header mask ``RowAnalysis/LabelCells`` keeps from label to label: table 二's
/// header flag is taken from the first label only, the other two from any.
@Suite("Header flags gathered with the mask kept from label to label")
struct LabelHeaderMaskTests {
  @Test("The masks by hand: the first keeps all three flags, a later one two")
  func masks() {
    // 信息内容: table 二's header; 自然人: table 三's; 结果维持: table 四's.
    let proactive = LabelClassTests.classified("信息内容")
    let application = LabelClassTests.classified("自然人")
    let review = LabelClassTests.classified("结果维持")
    var later = LabelClass()
    later.addHeaderFlags(of: proactive, mask: LabelClass.laterLabelHeaderMask)
    #expect(later == LabelClass())
    later.addHeaderFlags(of: review, mask: LabelClass.laterLabelHeaderMask)
    #expect(later.isReviewHeader && !later.isProactiveHeader && !later.isApplicationHeader)
    var first = LabelClass()
    first.addHeaderFlags(of: proactive, mask: LabelClass.firstLabelHeaderMask)
    #expect(first.isProactiveHeader && !first.isApplicationHeader && !first.isReviewHeader)
    first.addHeaderFlags(of: application, mask: LabelClass.laterLabelHeaderMask)
    #expect(first.isProactiveHeader && first.isApplicationHeader && !first.isReviewHeader)
    // Nothing but flags is gathered: no column, marker or row.
    #expect(first.proactiveColumn == nil && first.editionMarker == nil && first.applicationRow == nil)
  }

  @Test("信息内容 tells a table 二 header only as a row's first label")
  func onlyFirst() {
    let (second, _) = RowLabelCellsTests.noted([("总计", 0), ("信息内容", 1)], cellCount: 3)
    #expect(!second.firstIsProactiveHeader && !second.headerFlags.hasHeaderFlag)
    let (firstThenApplication, _) = RowLabelCellsTests.noted([("信息内容", 0), ("自然人", 1)], cellCount: 3)
    #expect(firstThenApplication.firstIsProactiveHeader && firstThenApplication.anyApplicationHeader)
    #expect(!firstThenApplication.anyReviewHeader)
    let (twice, _) = RowLabelCellsTests.noted([("信息内容", 0), ("信息内容", 2)], cellCount: 3)
    #expect(twice.firstIsProactiveHeader && twice.count == 2 && twice.lastIndex == 2)
  }
}
