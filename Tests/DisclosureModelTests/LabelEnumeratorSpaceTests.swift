import Testing

@testable import DisclosureModel

/// Table 三's row labels written with one space after their enumerator
/// (`1. 属于国家秘密`), which ``LabelClass/rawTexts`` holds so that they are found by
/// the one look-up of a cell's bytes instead of ``LabelClass/of(missed:)``.
@Suite("Table 三's labels with a space after the enumerator")
struct LabelEnumeratorSpaceTests {
  @Test("A row label with a space after its enumerator is found by one look-up, with its row")
  func spacedLookUp() {
    // Hand-checked: the rows these labels name in the template.
    let expected: [(String, LabelTable.ApplicationRow)] = [
      ("1. 属于国家秘密", .values("denied.stateSecret")),
      ("10. 属于国家秘密", .values("denied.stateSecret")),
      ("(七) 总计", .values("outcomeTotal")),
      ("（七） 总计", .values("outcomeTotal")),
      ("四、 结转下年度继续办理", .values("carriedForward")),
      ("(三) 不予公开", .group),
      ("3. 危及“三安全一稳定”", .values("denied.securityStability")),
      ("(二) 部分公开（区分处理的，只计这一情形，不计其他情形）", .values("partiallyGranted")),
    ]
    for (label, row) in expected {
      #expect(LabelClassTests.applicationRow(LabelClassTests.raw(label)) == row, "\(label)")
      #expect(LabelClassTests.applicationRow(LabelClassTests.classified(label)) == row, "\(label)")
    }
    // Only one ASCII space is listed: two, a tab or an ideographic space still take
    // the longer way (and get the same row there).
    for label in ["1.  属于国家秘密", "1.\t属于国家秘密", "1.\u{3000}属于国家秘密", "11. 属于国家秘密"] {
      #expect(LabelClassTests.raw(label) == nil, "\(label)")
    }
    #expect(LabelClassTests.applicationRow(LabelClassTests.classified("1.  属于国家秘密")) == .values("denied.stateSecret"))
    #expect(LabelClassTests.applicationRow(LabelClassTests.classified("1.\t属于国家秘密")) == .values("denied.stateSecret"))
  }

  @Test("Every spaced row label gets from the look-up the class the longer way and the general path give")
  func spacedAgreesWithMissedWay() {
    let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    let enumerators =
      numerals.map { "\($0)、" } + numerals.map { "（\($0)）" } + numerals.map { "(\($0))" }
      + (1...10).map { "\($0)." }
    var checked = 0
    for label in LabelTable.applicationRows.flatMap(\.labels) {
      for enumerator in enumerators {
        let spaced = enumerator + " " + label
        let found = LabelClassTests.raw(spaced)
        #expect(found != nil, "\(spaced)")
        // The way a miss takes (spaces dropped, then looked up or normalised) and the
        // general path, character by character, both agree with the look-up.
        var bytes = spaced
        let missed = bytes.withUTF8 { LabelClass.of(missed: $0) }
        #expect(found == missed, "\(spaced)")
        #expect(found == LabelClassTests.general(spaced), "\(spaced)")
        // The same label without the space gets the same class.
        #expect(found == LabelClassTests.raw(enumerator + label), "\(spaced)")
        checked += 1
      }
    }
    #expect(checked == 40 * LabelTable.applicationRows.flatMap(\.labels).count)
    #expect(checked >= 33 * 40)
  }
}
