import Testing

@testable import DisclosureModel

/// ``RowAnalysis/labelText(_:)`` joins a row's labels in a temporary buffer sized
/// from its cells (on the heap when large): rows whose labels are long, or cut at
/// ``InputLimits/labelCharacters``, must still give every label whole.
@Suite("Row label text of long rows")
struct RowLabelTextLongRowTests {
  @Test("Labels longer than the character limit are cut at it, in every cell of a long row")
  func longLabels() {
    // 300 characters: normalising keeps the first 256, that is 42 times the six
    // characters and then 政府信息.
    let long = String(repeating: "政府信息公开", count: 50)
    let cut = String(repeating: "政府信息公开", count: 42) + "政府信息"
    #expect(cut.count == InputLimits.labelCharacters)
    let (new, old) = RowLabelTextSizingTests.texts([long, "总计", long, " 其他 ", long, "12"])
    #expect(new == [cut, "总计", cut, "其他", cut].joined(separator: " "))
    #expect(new == old)
  }

  @Test("Many short labels, more bytes in all than a small stack buffer")
  func manyLabels() {
    let cells = (0..<200).map { $0 % 2 == 0 ? "（一）部分公开" : "不予公开" }
    let (new, old) = RowLabelTextSizingTests.texts(cells + ["3"])
    #expect(new == Array(repeating: "部分公开 不予公开", count: 100).joined(separator: " "))
    #expect(new == old)
  }
}
