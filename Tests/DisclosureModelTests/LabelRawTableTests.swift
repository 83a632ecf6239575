import Testing

@testable import DisclosureModel

/// The row readers fetch the table of raw label texts once
/// (``LabelClass/RawTable/shared``) and hand it to every look-up
/// (``LabelClass/lookUp(_:trimmedFrom:to:in:)``): that must give what the look-up
/// reading the table itself gives, and what normalising gives.
@Suite("Looking labels up in the table fetched once")
struct LabelRawTableTests {
  /// The class of `text` (its trimmed bounds given by hand) looked up in a table
  /// fetched once for all the calls, and the way that fetches it itself.
  static func classes(_ text: String, _ lower: Int, _ upper: Int) -> (handed: LabelClass, own: LabelClass) {
    var text = text
    let table = LabelClass.RawTable.shared
    return text.withUTF8 { bytes in
      (
        LabelClass.lookUp(bytes, trimmedFrom: lower, to: upper, in: table),
        LabelClass.of(bytes, trimmedFrom: lower, to: upper)
      )
    }
  }

  @Test("Every label as written gets the same class either way, the class normalising gives")
  func writtenLabels() {
    var checked = 0
    for label in LabelClassTests.writtenLabels + ["（七）总计", "1.属于国家秘密", "结果", "法人或其", "结果 维持", "xyz"] {
      let count = label.utf8.count
      let (handed, own) = Self.classes(label, 0, count)
      #expect(handed == own, "\(label)")
      var copy = label
      #expect(handed == copy.withUTF8 { LabelClass.ofNormalising($0, TextSpan(0..<$0.count)) }, "\(label)")
      checked += 1
    }
    #expect(checked == LabelClassTests.writtenLabels.count + 6)
  }

  @Test("Hand-checked classes, and bounds outside the storage clamped")
  func handChecked() {
    // 信息内容 is table 二's header label; 总计 (six bytes) table 三's total row.
    #expect(Self.classes("信息内容", 0, 12).handed.isProactiveHeader)
    #expect(LabelClassTests.applicationRow(Self.classes("总计", 0, 6).handed) == .values("outcomeTotal"))
    // `  总计 `: the label at bytes 2 to 8.
    #expect(LabelClassTests.applicationRow(Self.classes("  总计 ", 2, 8).handed) == .values("outcomeTotal"))
    // Bounds beyond the storage read the whole of it; reversed ones the empty label.
    #expect(Self.classes("总计", -3, 40).handed == Self.classes("总计", 0, 6).handed)
    #expect(Self.classes("总计", 5, 1).handed == LabelClass())
    #expect(Self.classes("", 0, 0).handed == LabelClass())
  }
}
