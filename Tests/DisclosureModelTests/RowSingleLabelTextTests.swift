import Testing

@testable import DisclosureModel

/// A row with one label has its label text passed on where normalising put it,
/// without the joining buffer (``RowAnalysis``'s `withJoinedLabels`): the text must
/// be that label's normalised text, as joining gave it.
@Suite("Row label texts of one label")
struct RowSingleLabelTextTests {
  @Test(
    "One label, among numbers and blanks, is its normalised text",
    arguments: [
      (["（一）部分公开（区分处理的）", " 12 ", "０", ""], "部分公开区分处理的"),
      (["1.属于国家秘密", "3", "-"], "属于国家秘密"),
      (["  总计 ", "5"], "总计"),
      (["", "7", "结果 维持"], "结果维持"),
      (["本年增/减", "1,234"], "本年增减"),
    ])
  func oneLabel(texts: [String], expected: String) {
    let (joined, each) = RowLabelTextTests.labels(texts)
    #expect(joined == expected)
    #expect(each == [expected])
  }

  /// Rows of one label drawn from many forms (enumerators, marks, spaces, letters,
  /// full-width forms) and some value cells: the text is the label's own
  /// normalised text (``LabelText``), as the joined text of two labels starts with it.
  @Test("Agrees with the label's normalised text on generated rows")
  func agreesWithNormalising() {
    let labels = [
      "（二）部分公开", "1.属于国家秘密", "一、总体情况", "其他 处理", "危及“三安全一稳定”", "ＡＢ公开", "(3)其他", "本年新收",
      "a", "——无", "\u{3000}总计\u{3000}", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    ]
    let values = ["", "0", "１２", "-", "3件", " "]
    for label in labels {
      for value in values {
        let expected = LabelText(label).text
        #expect(RowLabelTextTests.labels([label, value]).joined == expected, "\(label)")
        #expect(RowLabelTextTests.labels([value, label]).joined == expected, "\(label)")
        #expect(RowLabelTextTests.labels([label, "其他"]).joined.hasPrefix(expected), "\(label)")
      }
    }
  }
}
