import Testing

@testable import DisclosureModel

/// The title's paragraph, found by a title word at its end before any search
/// (``MetadataReader/endsWith(_:_:)``).
@Suite("Metadata title search")
struct MetadataTitleSearchTests {
  static func endsWith(_ word: String, _ text: String) -> Bool {
    Array(word.utf8).withUnsafeBufferPointer { word in
      Array(text.utf8).withUnsafeBufferPointer { MetadataReader.endsWith(word, $0) }
    }
  }

  @Test("Whether a paragraph ends with a word, by hand")
  func endings() {
    #expect(Self.endsWith("年度报告", "某县人民政府2021年政府信息公开工作年度报告"))
    #expect(Self.endsWith("年度报告", "年度报告"))
    #expect(Self.endsWith("", "报告"))
    #expect(!Self.endsWith("年度报告", "某县2021年度报告（修订）"))
    #expect(!Self.endsWith("年度报告", "报告"))
    #expect(!Self.endsWith("报告", ""))
    // The last bytes alone, not a character: 告 is E5 91 8A.
    #expect(!Self.endsWith("告", "报告 "))
  }

  @Test("The title is the first paragraph holding a title word, at its end or inside it")
  func titleParagraph() {
    let paragraphs = [
      "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
      "某县人民政府2021年度报告（修订）",
      "某区人民政府2021年政府信息公开工作年度报告",
    ]
    let storage = Array(paragraphs.joined().utf8)
    var spans: [(span: TextSpan, line: Int)] = []
    var offset = 0
    for (index, paragraph) in paragraphs.enumerated() {
      spans.append((TextSpan(offset..<offset + paragraph.utf8.count), index + 1))
      offset += paragraph.utf8.count
    }
    let metadata = storage.withUnsafeBufferPointer { storage in
      MetadataReader.read(preamble: spans[...], in: storage, storageIsValid: true)
    }
    // By hand: the second paragraph holds 年度报告 inside it (the first holds
    // 报告 inside it, but 年度报告 is looked for first), and is the title.
    #expect(metadata.title == "某县人民政府2021年度报告（修订）")
    #expect(metadata.year == 2021)
    #expect(metadata.agency == "某县人民政府")
  }
}
