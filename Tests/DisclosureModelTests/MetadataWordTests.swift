import Testing

@testable import DisclosureModel

/// The title and agency end words, which ``MetadataReader`` looks for as UTF-8
/// bytes made once.
@Suite("The title and agency end words")
struct MetadataWordTests {
  @Test(
    "A title starting with its year names the agency up to the earliest end word",
    arguments: [
      // 政府信息公开 starts before the 信息公开 inside it: the cut is at the earlier.
      ("2019年上海市人民政府办公厅政府信息公开工作年度报告", "上海市人民政府办公厅"),
      ("2020年某县政务公开工作年度报告", "某县"),
      ("2021年某局信息公开年度报告", "某局"),
      ("2021年度某局年度报告", "某局"),
    ])
  func endWords(title: String, agency: String) throws {
    let found = try #require(MetadataReader.findYear(in: title))
    #expect(MetadataReader.agencyName(in: title, yearRange: found.range) == agency)
  }

  @Test("The title is the first paragraph holding the first title word found, in the words' order")
  func titleWords() {
    // 报告 is in the first paragraph, but 工作报告, looked for before 报告, is in the second.
    let paragraphs = ["关于报告的说明", "某县2021年工作报告", "正文"]
    var storage: [UInt8] = []
    var spans: [(span: TextSpan, line: Int)] = []
    for (position, paragraph) in paragraphs.enumerated() {
      spans.append((TextSpan(storage.count..<storage.count + paragraph.utf8.count), position + 1))
      storage += Array(paragraph.utf8)
    }
    let metadata = storage.withUnsafeBufferPointer { MetadataReader.read(preamble: spans[...], in: $0) }
    #expect(metadata.title == "某县2021年工作报告")
    #expect(metadata.agency == "某县")
    #expect(metadata.year == 2021)
    #expect(metadata.yearLine == 2)
    #expect(metadata.missing.isEmpty)
  }
}
