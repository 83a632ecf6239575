import DisclosureSynthesis
import Foundation
import Testing

@testable import DisclosureModel

/// ``LabelClass/of(missed:)``, the short ways for labels the table of raw texts lacks
/// (fragments of ideographs, labels with spaces inside), must give what normalising
/// gives (``LabelClass/ofNormalising(_:_:)``) on every label damage makes.
@Suite("Classifying labels the raw table lacks")
struct LabelMissTests {
  /// What ``LabelClass/of(missed:)`` gives `text` with white space cut off both ends
  /// (meaningful only for a text the raw table lacks), and what normalising gives the
  /// whole text.
  static func missedAndNormalised(_ text: String) -> (missed: LabelClass, normalised: LabelClass) {
    var text = text
    return text.withUTF8 { bytes in
      let (lower, upper) = LabelText.trimmed(bytes, TextSpan(0..<bytes.count))
      let missed = LabelClass.of(missed: UnsafeBufferPointer(rebasing: bytes[lower..<upper]))
      return (missed, LabelClass.ofNormalising(bytes, TextSpan(0..<bytes.count)))
    }
  }

  /// Whether ``LabelClass/rawTexts`` holds `text` with white space cut off both ends.
  static func isRaw(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      let (lower, upper) = LabelText.trimmed(bytes, TextSpan(0..<bytes.count))
      return LabelClass.of(raw: UnsafeBufferPointer(rebasing: bytes[lower..<upper])) != nil
    }
  }

  /// How many of `texts` each short way of ``LabelClass/of(missed:)`` takes, after
  /// checking that every one gets the class normalising gives, through
  /// ``LabelClass/of(missed:)`` and through ``LabelClass/of(_:_:)``.
  static func check(_ texts: some Sequence<String>) -> (ideographs: Int, spaces: Int, checked: Int) {
    var ideographs = 0
    var spaces = 0
    var checked = 0
    for text in texts {
      let (missed, normalised) = missedAndNormalised(text)
      #expect(LabelClassTests.classified(text) == normalised, "\(text)")
      checked += 1
      // Only labels the raw table lacks are passed to `of(missed:)`.
      guard !isRaw(text) else { continue }
      #expect(missed == normalised, "\(text)")
      let trimmed = text.trimmingCharacters(in: .whitespaces)
      if !trimmed.isEmpty, LabelClassTests.isIdeographsOnly(trimmed) { ideographs += 1 }
      if trimmed.contains(" "), isRaw(trimmed.replacing(" ", with: "")) { spaces += 1 }
    }
    return (ideographs, spaces, checked)
  }

  /// The pieces of a rendered line that may be cells: the line, and its parts
  /// between `|` and TAB.
  static func pieces(of text: String) -> Set<String> {
    var pieces: Set<String> = []
    for line in text.split(whereSeparator: \.isNewline) {
      pieces.insert(String(line))
      for part in line.split(whereSeparator: { $0 == "|" || $0 == "\t" }) { pieces.insert(String(part)) }
    }
    return pieces
  }

  /// The short way for labels of ideographs only rests on the raw table holding every
  /// label the normalising way looks up: every group's labels normalised (the table
  /// of ``LabelClass/of(_:)``) and the template's labels as written (the table of
  /// ``LabelClass/of(asWritten:afterEnumerator:limit:)``).
  @Test("The raw table holds every label that normalising looks up")
  func rawHoldsLookedUpLabels() {
    var labels = LabelClassTests.writtenLabels
    labels += LabelTable.otherTemplateLabels.map { LabelText($0).text } + [LabelMatcher.proactiveHeader]
    let groups = [
      LabelMatcher.proactiveColumns.labels, LabelMatcher.applicationHeaders.labels, LabelMatcher.reviewHeaders.labels,
      LabelMatcher.proactiveRows.labels, LabelMatcher.applicationRows.labels, LabelMatcher.editionMarkers.labels,
    ]
    labels += groups.flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) }
    for label in labels { #expect(Self.isRaw(label), "\(label)") }
    #expect(labels.count > 150)
  }

  @Test("Hand-checked classes of fragments and labels with spaces")
  func handChecked() {
    // A fragment of fewer than four characters matches nothing.
    for fragment in ["结果", "况", "他组织", "审结"] {
      let (missed, normalised) = Self.missedAndNormalised(fragment)
      #expect(missed == normalised)
      #expect(missed.applicationRow == nil && missed.proactiveRow == nil && missed.proactiveColumn == nil)
      #expect(!missed.isApplicationHeader && !missed.isReviewHeader && missed.editionMarker == nil)
    }
    // Four characters cut from 法人或其他组织 still name table 三's header.
    #expect(Self.missedAndNormalised("法人或其").missed.isApplicationHeader)
    // Spaces inside: the label without them.
    #expect(Self.missedAndNormalised("结果 维持").missed.isReviewHeader)
    #expect(Self.missedAndNormalised("尚未 审结").missed.isReviewHeader)
    let secret = Self.missedAndNormalised("1. 属于国家秘密").missed
    #expect(LabelClassTests.applicationRow(secret) == .values("denied.stateSecret"))
    let partial = Self.missedAndNormalised("（二） 部分公开(区分处理的，只计这一情形，不计其他情形) ").missed
    #expect(LabelClassTests.applicationRow(partial) == .values("partiallyGranted"))
    let article = Self.missedAndNormalised("第二十条第(六) 项")
    #expect(article.missed == article.normalised && article.missed.proactiveColumn == nil)
    #expect(Self.missedAndNormalised("").missed == Self.missedAndNormalised("  ").normalised)
  }

  @Test("Every variant of the template's labels that damage makes gets the class normalising gives")
  func damagedVariants() {
    let heads = ["", "1.", "1. ", "（二）", "(二) ", "三、"]
    var texts: Set<String> = []
    for label in LabelClassTests.writtenLabels {
      let characters = Array(label)
      var variants = [
        label, label.replacing("（", with: "(").replacing("）", with: ") "),
        label.replacing("区分处理的", with: "区分的"), label.replacing("其他法律行政法规", with: "其他法律法规"),
      ]
      // Spread over two rows, wrapped in pieces of two, four and eight characters,
      // written one character a row.
      let cut = (characters.count + 1) / 2
      variants += [String(characters[..<cut]), String(characters[cut...])]
      for width in [2, 4, 8] {
        let parts = stride(from: 0, to: characters.count, by: width).map {
          String(characters[$0..<min($0 + width, characters.count)])
        }
        variants += parts + [parts.joined(separator: "<br>"), parts.joined(separator: " ")]
      }
      variants += characters.map { String($0) }
      // A space at every place inside.
      variants += (1..<characters.count).map { String(characters[..<$0]) + " " + String(characters[$0...]) }
      for head in heads {
        for variant in variants { texts.insert(head + variant) }
      }
    }
    // Header rows merged: neighbouring labels joined.
    let labels = LabelClassTests.writtenLabels
    for (first, second) in zip(labels, labels.dropFirst()) { texts.insert(first + second) }
    let (ideographs, spaces, checked) = Self.check(texts)
    #expect(checked == texts.count)
    #expect(ideographs > 500)
    #expect(spaces > 500)
  }

  @Test("Every cell of generated reports, damaged every way, gets the class normalising gives")
  func generatedReports() {
    var generator = ReportGenerator(seed: 2024)
    var texts: Set<String> = []
    for (index, kind) in DamageKind.allCases.enumerated() {
      for layout in SyntheticLayout.allCases {
        let report = generator.next()
        let rendered = report.render(layout, damage: [kind], seed: UInt64(index))
        texts.formUnion(Self.pieces(of: String(decoding: rendered.bytes, as: UTF8.self)))
      }
    }
    let (ideographs, spaces, checked) = Self.check(texts)
    #expect(checked == texts.count)
    #expect(ideographs > 20)
    // Table 三's labels with a space after the enumerator (`1. 属于国家秘密`) and the
    // header labels broken by a space (`结果 维持`) are held by the raw table, so no
    // label with spaces of these reports takes the short way for spaces (the
    // template's variants above take it).
    #expect(spaces == 0)
  }

  @Test("Header labels broken as a narrow column wraps them are raw texts, classed as normalising classes them")
  func brokenHeaderLabels() {
    // Broken by a space: normalising skips it, so each names its header.
    for text in ["结果 维持", "尚未 审结", "其他 结果", "复议后 起诉", "未经复议 直接起诉"] {
      #expect(Self.isRaw(text), "\(text)")
      let classified = LabelClassTests.classified(text)
      #expect(classified == Self.missedAndNormalised(text).normalised, "\(text)")
      #expect(classified.isReviewHeader, "\(text)")
    }
    for text in ["法人或其 他组织", "申请人 情况", "社会公益 组织", "本列数据的 勾稽关系"] {
      #expect(Self.isRaw(text), "\(text)")
      let classified = LabelClassTests.classified(text)
      #expect(classified == Self.missedAndNormalised(text).normalised, "\(text)")
      #expect(classified.isApplicationHeader, "\(text)")
    }
    // Broken by `<br>`: found at once, with the class normalising gives such a cell
    // (none: it keeps the tag's letters, so the text names no header).
    for text in ["结果<br>纠正", "其他<br>结果", "复议后<br>起诉", "法人或其<br>他组织", "社会公益<br>组织"] {
      #expect(Self.isRaw(text), "\(text)")
      let classified = LabelClassTests.classified(text)
      #expect(classified == Self.missedAndNormalised(text).normalised, "\(text)")
      #expect(classified == LabelClass(), "\(text)")
    }
    // Wrapped after every two characters, or broken by a line feed or a CR LF: listed.
    for text in ["申请<br>人情<br>况", "社会\n公益\n组织", "法律\r\n服务\r\n机构", "结果\n维持", "本列数\n据的勾\n稽关系"] {
      #expect(Self.isRaw(text), "\(text)")
      let classified = LabelClassTests.classified(text)
      #expect(classified == Self.missedAndNormalised(text).normalised, "\(text)")
    }
    #expect(LabelClassTests.classified("社会\n公益\n组织").isApplicationHeader)
    #expect(LabelClassTests.classified("结果\n维持").isReviewHeader)
    // Broken at uneven places twice, or by two spaces: not listed, classed the longer
    // way, the same.
    for text in ["申请<br>人<br>情况", "社会公\n益\n组织", "结果  维持", "结 果 维 持", "结果\t维持"] {
      #expect(!Self.isRaw(text), "\(text)")
      let (missed, normalised) = Self.missedAndNormalised(text)
      #expect(missed == normalised && LabelClassTests.classified(text) == normalised, "\(text)")
    }
    #expect(LabelClassTests.classified("结 果 维 持").isReviewHeader)
  }

  @Test("Every cell of the fixtures gets the class normalising gives")
  func fixtures() throws {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("DisclosureKitTests/Fixtures")
    let files = try #require(FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil))
    var texts: Set<String> = []
    var read = 0
    for case let file as URL in files where ["txt", "tsv", "md", "html"].contains(file.pathExtension) {
      let data = try Data(contentsOf: file)
      texts.formUnion(Self.pieces(of: String(decoding: data, as: UTF8.self)))
      read += 1
    }
    #expect(read > 20)
    let (_, _, checked) = Self.check(texts)
    #expect(checked > 1000)
  }

  @Test("A label shorter than four characters and than every longer entry matches nothing by prefix")
  func shortLabelsMatchNothing() {
    // 本年增减 (本年增/减 normalised) is the shortest entry of four characters or more.
    #expect(LabelMatcher.prefixGroups.shortestLongEntry == 12)
    for label in ["结果", "他组织", "ab", "abc", "本年增", "复议后", "本年增减", "法人或其"] {
      var label = label
      label.withUTF8 { bytes in
        _ = LabelClassTests.prefixValuesAgree(bytes)
      }
    }
    var short = "本年增"
    #expect(short.withUTF8 { LabelMatcher.prefixValues($0).proactiveColumn } == nil)
    var four = "法人或其"
    #expect(four.withUTF8 { LabelMatcher.prefixValues($0).applicationHeader } != nil)
  }
}
