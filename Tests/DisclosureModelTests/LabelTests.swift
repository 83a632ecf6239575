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

  /// Enumerators written plainly before ideographs take a short path; these are the
  /// results the general path gives (each worked out by hand from its rules).
  @Test(
    "A plain enumerator before ideographs is read as the general path reads it",
    arguments: [
      ("一、本年新收政府信息公开申请数量", LabelText.Enumerator.chinese(1), "本年新收政府信息公开申请数量"),
      ("（一）予以公开", .parenthesized(1), "予以公开"),
      ("（十）其他", .parenthesized(10), "其他"),
      ("(3)其他", .parenthesized(3), "其他"),
      ("（3)其他", .parenthesized(3), "其他"),
      ("1.属于国家秘密", .arabic(1), "属于国家秘密"),
      ("12、其他", .arabic(12), "其他"),
      ("１．属于国家秘密", .arabic(1), "属于国家秘密"),
      ("（一）、予以公开", .parenthesized(1), "予以公开"),
      ("（一） 予以公开", .parenthesized(1), "予以公开"),
      ("一、", .chinese(1), ""),
    ] as [(String, LabelText.Enumerator, String)])
  func plainEnumerators(label: String, enumerator: LabelText.Enumerator, text: String) {
    let normalised = LabelText(label)
    #expect(normalised.enumerator == enumerator)
    #expect(normalised.text == text)
  }

  @Test("The short paths give what the general path gives, on every mix of enumerator, label and padding")
  func shortPathsAgree() {
    let heads = [
      "", "一、", "十、", "十一、", "（一）", "(1)", "（9)", "(十）", "（一）、", "〔一〕", "1.", "12、", "123.", "1234.",
      "1.5", "１．", "（１）", "一", "(", "（一", "1", " 一、", "一 、",
    ]
    let limit = InputLimits.labelCharacters
    // Long tails around the character limit, which the short paths must respect too.
    let tails =
      ["", "予以公开", "本年新收政府信息公开申请数量", "其他", "公开 办理", "万元", "5", "、其他", "（其他）", "A"]
      // Template labels with the punctuation that normalising drops, and near misses.
      + [
        "部分公开（区分处理的，只计这一情形，不计其他情形）", "危及“三安全一稳定”", "本年增/减", "第二十条第（一）项",
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "本年收费金额(单位:万元)", "结果 维持",
        "(其他)", "（一）其他", "(1)其他", "（十）", "（一", "其他（", "其他，5", "其他；A", "其他。", "其他／其它",
        "其他.", "其他〔一〕", "其他、", "其他\u{3000}结果", "（ 其他）", "一是", "其他（一）",
        // ASCII letters, digits and marks inside (a wrap written `<br>`), and controls.
        "结果<br>维持", "社会<br>公益<br>组织", "其他1.5", "其他A-b_c", "其他\u{1}\u{7F}结果", "其他\n\u{0B}结果", "(其他)<br>2",
        "其他 #1", "采购总金额[单位]", "其他z", "其他0",
      ]
      + [limit - 5, limit - 4, limit - 3, limit - 2, limit - 1, limit, limit + 1].flatMap {
        [String(repeating: "公", count: $0), String(repeating: "公，", count: $0 / 2) + "公"]
      }
    // White space around the label (cells are often padded), which the short paths
    // cut off before looking.
    let pads = [("", ""), (" ", " "), ("\u{3000}", "\t"), ("\u{A0} ", "\u{A0}"), ("\n", "\u{3000}\r\n")]
    var checked = 0
    for head in heads {
      for tail in tails {
        for (before, after) in pads {
          let label = before + head + tail + after
          var bytes = label
          bytes.withUTF8 { bytes in
            let span = TextSpan(0..<bytes.count)
            let short = LabelText.withNormalised(bytes, span) { enumerator, text in (enumerator, Array(text)) }
            let general = LabelText.withNormalisedGenerally(bytes, 0, bytes.count) { enumerator, text in
              (enumerator, Array(text))
            }
            #expect(short.0 == general.0, "\(label)")
            #expect(short.1 == general.1, "\(label)")
          }
          checked += 1
        }
      }
    }
    #expect(checked == heads.count * tails.count * pads.count)
    // The general path's own reading of two of them, worked out by hand.
    #expect(LabelText("（一）予以公开").text == "予以公开")
    #expect(LabelText("十一、其他").text == "十一其他")
  }

  @Test(
    "What only looks like an enumerator is kept as text",
    arguments: [
      ("十一、其他", "十一其他"), ("1234.其他", "1234其他"), ("1.5万元", "15万元"), ("（十一）其他", "十一其他"),
      ("一二、其他", "一二其他"),
    ])
  func notEnumerators(label: String, text: String) {
    let normalised = LabelText(label)
    #expect(normalised.enumerator == nil)
    #expect(normalised.text == text)
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
