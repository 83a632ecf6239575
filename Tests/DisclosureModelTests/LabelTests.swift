import Testing

@testable import DisclosureModel

@Suite("Labels")
struct LabelTests {
  @Test("Normalising strips enumerators, spaces, punctuation and full-width forms")
  func normalising() {
    let partial = LabelText("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")
    #expect(partial.enumerator == .parenthesized(2))
    #expect(partial.text == "部分公开区分处理的只计这一情形不计其他情形")
    #expect(LabelText("(二) 部分公开 (区分的, 只计这一情形, 不计其他情形)").text == "部分公开区分的只计这一情形不计其他情形")
    #expect(LabelText("结果 维持").text == "结果维持")
    #expect(LabelText("一、本年新收政府信息公开申请数量").enumerator == .chinese(1))
    #expect(LabelText("4.无正当理由大").enumerator == .arabic(4))
    #expect(LabelText("4.无正当理由大").text == "无正当理由大")
    #expect(LabelText("3. 危及“三安全一稳定”").text == "危及三安全一稳定")
    #expect(LabelText("第二十条第（一）项").enumerator == nil)
    #expect(LabelText("1.5").enumerator == nil)
  }

  @Test("A label of ideographs only is its own normal form, up to the character limit")
  func ideographsOnly() {
    let granted = LabelText("予以公开")
    #expect(granted.enumerator == nil)
    #expect(granted.text == "予以公开")
    // 一 alone or followed by ideographs is no enumerator: that needs 、 after it.
    #expect(LabelText("一二三").enumerator == nil)
    #expect(LabelText("一二三").text == "一二三")
    #expect(LabelText("一、二三").enumerator == .chinese(1))
    #expect(LabelText("一、二三").text == "二三")
    // U+4000 and U+9FFF, the ends of the ideographs passed on as they are; U+3400
    // (lead byte E3) takes the normalising path and is kept too.
    #expect(LabelText("\u{4000}\u{9FFF}").text == "\u{4000}\u{9FFF}")
    #expect(LabelText("\u{3400}公开").text == "\u{3400}公开")
    // At the limit every character is kept; past it, only the first 256 are read.
    let limit = InputLimits.labelCharacters
    #expect(LabelText(String(repeating: "公", count: limit)).text.count == limit)
    #expect(LabelText(String(repeating: "公", count: limit + 1)).text.count == limit)
    #expect(LabelText(String(repeating: "公", count: limit + 1)).text == String(repeating: "公", count: limit))
  }

  static func applicationRow(_ label: String) -> LabelTable.ApplicationRow? {
    LabelMatcher.match(LabelText(label).text, in: LabelMatcher.applicationRows)
  }

  @Test(
    "Table 三 row labels and their variants",
    arguments: [
      ("一、本年新收政府信息公开申请数量", "received"),
      ("(二) 部分公开(区分的, 只计这一情形, 不计其他情形)", "partiallyGranted"),
      ("2.其他法律法规禁止公开", "denied.prohibitedByLaw"),
      ("2. 其他法律行政法规禁止公开", "denied.prohibitedByLaw"),
      ("4.无正当理由大", "notProcessed.excessive"),
      ("3.其他", "otherHandling.other"),
      ("（七）总计", "outcomeTotal"),
      ("四、结转下年度继续办理", "carriedForward"),
    ])
  func applicationRows(label: String, row: String) {
    #expect(Self.applicationRow(label) == .values(row))
  }

  @Test("Short or foreign labels match nothing", arguments: ["公开", "其他结果", "规章", "申请", ""])
  func noMatch(label: String) {
    #expect(Self.applicationRow(label) == nil)
  }

  @Test("Group labels and 其他处理")
  func groups() {
    #expect(Self.applicationRow("（三）不予公开") == .group)
    #expect(Self.applicationRow("三、本年度办理结果") == .group)
    #expect(Self.applicationRow("（六）其他处理") == .otherHandling)
  }

  @Test("Table 二 columns match with their unit notes")
  func proactiveColumns() {
    let match = { (label: String) in LabelMatcher.match(LabelText(label).text, in: LabelMatcher.proactiveColumns) }
    #expect(match("本年收费金额（单位：万元，保留4位小数）") == "amount")
    #expect(match("采购总金额(单位:万元,保留4位小数)") == "amount")
    #expect(match("本年增/减") == "change")
    #expect(match("本年新 制作数量") == "made")
    #expect(match("处理决定数量") == "decisions")
  }
}
