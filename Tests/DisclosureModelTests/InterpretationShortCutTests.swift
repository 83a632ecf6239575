import Testing

@testable import DisclosureModel

@Suite("The interpreter's short cuts outside the tables")
struct InterpretationShortCutTests {
  /// The section number that normalising `bytes` by the general path gives, read
  /// from the normalised text by the interpreter's own test
  /// (``InterpretationRun/headingNumber(_:_:)``), without its short cuts.
  private static func generalSectionNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    LabelText.withNormalisedGenerally(bytes, 0, bytes.count, InterpretationRun.headingNumber)
  }

  @Test(
    "A heading's section number agrees with the general normaliser",
    arguments: [
      ("一、总体情况", 1), ("四、政府信息公开行政复议、行政诉讼情况", 4), ("六、其他需要报告的事项", 6),
      ("一是政策解读的形式还不够丰富，解读质量有待提高；二是依申请公开答复的规范性有待进一步加强。", nil),
      ("二是依申请公开答复", nil), ("三 、收到和处理政府信息公开申请情况", 3), ("五　、存在的主要问题", 5),
      ("二〇二二年主动公开", nil), ("一、", nil), ("一是", nil), ("二、主动公开政府信息情况（续）", 2),
    ] as [(String, Int?)])
  func sectionNumbers(paragraph: String, expected: Int?) {
    var text = paragraph
    text.withUTF8 { bytes in
      let found = InterpretationRun.sectionNumber(TextSpan(0..<bytes.count), in: bytes)
      #expect(found == expected, "\(paragraph)")
      #expect(found == Self.generalSectionNumber(bytes), "\(paragraph)")
    }
  }

  @Test("The template's headings are taken as they stand, and the general normaliser agrees", arguments: 1...6)
  func officialHeadings(number: Int) {
    var text = InterpretationRun.officialHeadings[number].text
    #expect(text == LabelTable.sectionNames[number])
    text.withUTF8 { bytes in
      let found = InterpretationRun.section(TextSpan(0..<bytes.count), in: bytes)
      #expect(found?.number == number)
      #expect(found?.isOfficial == true)
      #expect(Self.generalSectionNumber(bytes) == number)
    }
    // With a space inside, the heading takes the general path, to the same section.
    var spaced = String(text.prefix(2)) + " " + String(text.dropFirst(2))
    spaced.withUTF8 { bytes in
      let found = InterpretationRun.section(TextSpan(0..<bytes.count), in: bytes)
      #expect(found?.number == number)
      #expect(found?.isOfficial == false)
    }
  }

  @Test("Zero totals infer nothing when no value is open", arguments: [Edition.edition2019, .edition2021])
  func nothingOpen(edition: Edition) {
    var assembler = FieldAssembler(edition: edition)
    assembler.set(.year, .integer(2021), source: nil)
    let before = assembler.fields()
    assembler.inferFromZeroTotals()
    #expect(assembler.diagnostics.isEmpty)
    #expect(assembler.fields() == before)
    // The same fields, each missing, are then diagnosed as before.
    assembler.diagnoseMissing(anchors: FieldAssembler.Anchors(proactive: 1, applications: 2, review: 3))
    #expect(assembler.diagnostics.count == before.filter { $0.value == nil }.count - 4)
  }

  @Test(
    "The agency's name ends at the earliest end word, wherever each is found",
    arguments: [
      ("某局政务公开信息公开年度报告", "某局"), ("某局年度报告政府信息公开", "某局"), ("《某区人民政府》关于政府信息公开的年度报告", "某区人民政府》"),
      ("政府信息公开年度报告", nil), ("某县教育局", "某县教育局"),
    ] as [(String, String?)])
  func agencyEnds(title: String, agency: String?) {
    #expect(MetadataReader.agencyName(in: title, yearRange: nil) == agency)
    // A substring that starts inside the title takes the same bytes.
    let padded = "2021年" + title
    let found = MetadataReader.findYear(in: padded)
    #expect(MetadataReader.agencyName(in: padded, yearRange: found?.range) == agency)
  }

  /// The metadata read from `paragraphs` as spans of their bytes joined by line
  /// feeds, and as strings.
  private static func bothWays(_ paragraphs: [[UInt8]]) -> (MetadataReader.Metadata, MetadataReader.Metadata) {
    var storage: [UInt8] = []
    var spans: [(span: TextSpan, line: Int)] = []
    for (line, paragraph) in paragraphs.enumerated() {
      spans.append((TextSpan(storage.count..<storage.count + paragraph.count), line + 1))
      storage += paragraph + [0x0A]
    }
    let fromSpans = storage.withUnsafeBufferPointer { MetadataReader.read(preamble: spans[...], in: $0) }
    let fromStrings = MetadataReader.read(
      preamble: paragraphs.enumerated().map { (String(decoding: $1, as: UTF8.self), $0 + 1) })
    return (fromSpans, fromStrings)
  }

  @Test("The preamble read as spans gives what it gives read as strings")
  func preambleSpans() {
    let title = Array("嘉祥县发展和改革局2022年政府信息公开工作年度报告".utf8)
    let prose = Array("本报告由嘉祥县发展和改革局根据《条例》要求编制。".utf8)
    let period = Array("本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。".utf8)
    let noYearTitle = Array("嘉祥县发展和改革局政府信息公开工作报告".utf8)
    // An ill-formed byte inside the title word, and one next to it.
    let brokenWord = Array("某局2020年度报".utf8) + [0xE5] + Array("告".utf8)
    let brokenBefore = Array("某局2020年".utf8) + [0xFF] + Array("年度报告".utf8)
    let cases: [([[UInt8]], title: String?, agency: String?, year: Int?, yearLine: Int?)] = [
      ([prose, title, period], "嘉祥县发展和改革局2022年政府信息公开工作年度报告", "嘉祥县发展和改革局", 2022, 2),
      ([noYearTitle, prose, period], "嘉祥县发展和改革局政府信息公开工作报告", "嘉祥县发展和改革局", 2021, 3),
      // "报告" in the prose makes it the title, with no year: the year is the period's.
      ([prose, period], "本报告由嘉祥县发展和改革局根据《条例》要求编制。", "本报告由嘉祥县发展和改革局根据《条例》要求编制。", 2021, 2),
      ([Array("统计期限自2021年1月1日起。".utf8)], nil, nil, 2021, 1),
      ([brokenWord, title], "嘉祥县发展和改革局2022年政府信息公开工作年度报告", "嘉祥县发展和改革局", 2022, 2),
      ([brokenBefore], "某局2020年\u{FFFD}年度报告", "某局", 2020, 1),
      ([], nil, nil, nil, nil),
    ]
    for (paragraphs, title, agency, year, yearLine) in cases {
      let (fromSpans, fromStrings) = Self.bothWays(paragraphs)
      #expect(fromSpans.title == title)
      #expect(fromSpans.agency == agency)
      #expect(fromSpans.year == year)
      #expect(fromSpans.yearLine == yearLine)
      #expect(fromSpans.title == fromStrings.title)
      #expect(fromSpans.agency == fromStrings.agency)
      #expect(fromSpans.year == fromStrings.year)
      #expect(fromSpans.yearLine == fromStrings.yearLine)
      #expect(fromSpans.missing == fromStrings.missing)
    }
  }
}
