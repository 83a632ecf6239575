import Testing

@testable import DisclosureModel

/// ``MetadataReader`` reads a title with its year straight from the storage's bytes
/// when the storage is known valid; otherwise from the title's string. Both must
/// give the same metadata.
@Suite("The metadata read from the title's bytes")
struct MetadataBytesTests {
  /// The metadata of `paragraphs` (joined by line feeds into one storage), read
  /// with the storage known valid (the bytes' path) and not (the strings' path).
  private static func bothWays(_ paragraphs: [String]) -> (
    bytes: MetadataReader.Metadata, strings: MetadataReader.Metadata
  ) {
    var storage: [UInt8] = []
    var spans: [(span: TextSpan, line: Int)] = []
    for (line, paragraph) in paragraphs.enumerated() {
      spans.append((TextSpan(storage.count..<storage.count + paragraph.utf8.count), line + 1))
      storage += Array(paragraph.utf8) + [0x0A]
    }
    return storage.withUnsafeBufferPointer { storage in
      (
        MetadataReader.read(preamble: spans[...], in: storage, storageIsValid: true),
        MetadataReader.read(preamble: spans[...], in: storage, storageIsValid: false)
      )
    }
  }

  @Test(
    "A title's year and agency are the same read from its bytes as from its string",
    arguments: [
      ("嘉祥县发展和改革局2022年政府信息公开工作年度报告", "嘉祥县发展和改革局", 2022),
      ("2019年上海市人民政府办公厅政府信息公开工作年度报告", "上海市人民政府办公厅", 2019),
      ("2019年度上海市人民政府办公厅政府信息公开工作年度报告", "上海市人民政府办公厅", 2019),
      // 度 then a space: 度 is dropped, then the space trimmed.
      ("2020年度 某县政务公开工作年度报告", "某县", 2020),
      // 度 then a combining acute accent: one character, which is not 度, so kept.
      ("2020年度\u{0301}某县政务公开工作年度报告", "度\u{0301}某县", 2020),
      // 度 then an ASCII letter.
      ("2021年度A局年度报告", "A局", 2021),
      // Full-width digits and spaces before 年.
      ("某局２０２１ 年政府信息公开工作年度报告", "某局", 2021),
      // A run of five digits is no year; the later run of four is.
      ("《某局12345年》2023年政府信息公开年度报告", "某局12345年》", 2023),
      // A year outside 1990 to 2099 is passed.
      ("某局1989年与2018年政府信息公开年度报告", "某局1989年与", 2018),
    ] as [(String, String?, Int)])
  func titleWithYear(title: String, agency: String?, year: Int) {
    let (bytes, strings) = Self.bothWays([title, "一、总体情况"])
    #expect(bytes.title == title)
    #expect(bytes.agency == agency)
    #expect(bytes.year == year)
    #expect(bytes.yearLine == 1)
    #expect(bytes.missing == (agency == nil ? ["agency"] : []))
    #expect(bytes.title == strings.title)
    #expect(bytes.agency == strings.agency)
    #expect(bytes.year == strings.year)
    #expect(bytes.yearLine == strings.yearLine)
    #expect(bytes.missing == strings.missing)
  }

  @Test("A title without its year takes the year from a later paragraph, either way")
  func yearElsewhere() {
    let (bytes, strings) = Self.bothWays(["某县教育局政府信息公开工作年度报告", "统计期限自2021年1月1日起"])
    #expect(bytes.agency == "某县教育局")
    #expect(bytes.year == 2021)
    #expect(bytes.yearLine == 2)
    #expect(strings.agency == bytes.agency)
    #expect(strings.year == bytes.year)
    #expect(strings.yearLine == bytes.yearLine)
  }

  @Test("The year's bytes: where it starts and where its 年 ends")
  func yearOffsets() {
    // 某局 is six bytes, each full-width digit three, 年 three.
    let found = Array("某局２０２１年报告".utf8).withUnsafeBufferPointer { MetadataReader.findYear(inBytes: $0) }
    #expect(found?.year == 2021)
    #expect(found?.lower == 6)
    #expect(found?.upper == 21)
    // ASCII digits, two spaces (one full-width) before 年.
    let spaced = Array("A 2019 　年".utf8).withUnsafeBufferPointer { MetadataReader.findYear(inBytes: $0) }
    #expect(spaced?.year == 2019)
    #expect(spaced?.lower == 2)
    #expect(spaced?.upper == 13)
    #expect(Array("某局2019报告".utf8).withUnsafeBufferPointer { MetadataReader.findYear(inBytes: $0) } == nil)
  }

  @Test("Past the year, 度 is skipped only as a character of its own")
  func restOffset() {
    func rest(_ title: String, after yearEnd: Int) -> Int {
      Array(title.utf8).withUnsafeBufferPointer { MetadataReader.restOffset(in: $0, after: yearEnd, title: title) }
    }
    // 2019年 is seven bytes; 度 three more.
    #expect(rest("2019年度某局", after: 7) == 10)
    #expect(rest("2019年度", after: 7) == 10)
    #expect(rest("2019年度 某局", after: 7) == 10)
    #expect(rest("2019年度\u{0301}某局", after: 7) == 7)
    #expect(rest("2019年某局", after: 7) == 7)
  }
}
