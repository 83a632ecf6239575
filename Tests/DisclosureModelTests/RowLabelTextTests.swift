import Testing

@testable import DisclosureModel

@Suite("Row label texts")
struct RowLabelTextTests {
  /// The joined label text of a row whose cells are `texts`, and its label texts.
  static func labels(_ texts: [String]) -> (joined: String, each: [String]) {
    RowLabelTextSizingTests.withRow(texts: texts) { row, storage in
      (row.labelText(storage), row.labelTexts(storage))
    }
  }

  /// The labels are normalised into one buffer instead of a string each; the text
  /// must be the label texts joined by spaces.
  @Test("A row's label text is its normalised label texts joined by spaces, numbers and blanks left out")
  func joined() {
    let (joined, each) = Self.labels(["（一）部分公开（区分处理的）", " 12 ", "", "其他 处理", "-", "总计"])
    #expect(each == ["部分公开区分处理的", "其他处理", "总计"])
    #expect(joined == "部分公开区分处理的 其他处理 总计")
    #expect(joined == each.joined(separator: " "))
    let (lone, _) = Self.labels(["1.属于国家秘密", "3"])
    #expect(lone == "属于国家秘密")
    let (none, _) = Self.labels(["1", "2", ""])
    #expect(none == "")
    // A label that normalises to nothing still takes its place between the others.
    let (marks, parts) = Self.labels(["（二）", "、", "总计"])
    #expect(marks == parts.joined(separator: " "))
  }
}
