import Testing

@testable import DisclosureModel

/// A row's labels run together are matched against table 三's rows only when its
/// first label's normalised text agrees with an entry
/// (``RowAnalysis/joinedApplicationRow(_:_:_:)``); a first label that is one of the
/// raw texts and agrees with none is told by one look-up
/// (``LabelClass/startsNoApplicationRow(_:trimmedFrom:to:)``).
@Suite("Telling a raw label that starts no table 三 row")
struct LabelStartsNoApplicationRowTests {
  static func startsNone(_ text: String, _ lower: Int, _ upper: Int) -> Bool {
    var text = text
    return text.withUTF8 { LabelClass.startsNoApplicationRow($0, trimmedFrom: lower, to: upper) }
  }

  static func agrees(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      LabelText.withNormalised(bytes, TextSpan(0..<bytes.count)) { _, normalised in
        LabelMatcher.applicationRows.agreesWithAnEntry(normalised)
      }
    }
  }

  @Test("Hand-checked: header pieces start no row; row labels and unknown texts are left to normalising")
  func handChecked() {
    // 结果 and 维持 are pieces of table 四's header 结果维持 (six bytes each); no
    // row of table 三 starts with either.
    #expect(Self.startsNone("结果", 0, 6))
    #expect(Self.startsNone("维持", 0, 6))
    // Trimmed bounds given by hand: the two spaces before and one after left out.
    #expect(Self.startsNone("  维持 ", 2, 8))
    // Bounds outside the storage are clamped to it.
    #expect(Self.startsNone("维持", -5, 100))
    // A row label of table 三, and a piece that starts one, agree with an entry.
    #expect(!Self.startsNone("（一）予以公开", 0, "（一）予以公开".utf8.count))
    #expect(!Self.startsNone("本年新收政府信息公开申请数量", 0, 42))
    // Not a raw text: normalising decides.
    #expect(!Self.startsNone("xyz", 0, 3))
    #expect(!Self.startsNone("", 0, 0))
  }

  @Test("A hit never differs from what normalising tells")
  func agreesWithNormalising() {
    for label in ["结果", "维持", "纠正", "审结", "组织", "机构", "本年", "予以公开", "总计", "其他", "xyz"] {
      if Self.startsNone(label, 0, label.utf8.count) { #expect(!Self.agrees(label), "\(label)") }
    }
  }
}
