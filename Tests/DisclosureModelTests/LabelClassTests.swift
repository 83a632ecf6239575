import Testing

@testable import DisclosureModel

@Suite("Classifying labels")
struct LabelClassTests {
  /// The class the general path gives: the label normalised character by character,
  /// then matched group by group.
  static func general(_ label: String) -> LabelClass {
    var label = label
    return label.withUTF8 { bytes in
      LabelText.withNormalisedGenerally(bytes, 0, bytes.count) { _, text in LabelClass(matching: text) }
    }
  }

  /// The class ``RowAnalysis`` takes, with all its short paths.
  static func classified(_ label: String) -> LabelClass {
    var label = label
    return label.withUTF8 { LabelClass.of($0, TextSpan(0..<$0.count)) }
  }

  /// The class looked up for `label` as it stands, if the table holds it so.
  static func written(
    _ label: String, afterEnumerator: Bool = false, limit: Int = InputLimits.labelCharacters
  ) -> LabelClass? {
    var label = label
    return label.withUTF8 { LabelClass.of(asWritten: $0, afterEnumerator: afterEnumerator, limit: limit) }
  }

  /// Whether `label` is CJK ideographs only (U+4000 to U+9FFF).
  static func isIdeographsOnly(_ label: String) -> Bool {
    label.unicodeScalars.allSatisfy { (0x4000...0x9FFF).contains($0.value) }
  }

  /// Every label of the table as the template writes it.
  static let writtenLabels =
    LabelTable.proactiveRows.flatMap(\.labels) + LabelTable.proactiveColumns.flatMap(\.labels)
    + LabelTable.applicationRows.flatMap(\.labels) + LabelTable.applicationHeaderLabels
    + LabelTable.reviewHeaderLabels + LabelTable.editionMarkers.map(\.label) + [LabelTable.proactiveHeaderLabel]
    + LabelTable.otherTemplateLabels

  @Test("Labels written with marks are looked up as they stand and get the class of their normal form")
  func writtenWithMarks() {
    let partial = Self.classified("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")
    #expect(partial.applicationRow.map { LabelMatcher.applicationRows.values[$0] } == .values("partiallyGranted"))
    #expect(partial.proactiveRow == nil)
    #expect(Self.written("部分公开（区分处理的，只计这一情形，不计其他情形）", afterEnumerator: true) == partial)
    let security = Self.classified("3.危及“三安全一稳定”")
    #expect(
      security.applicationRow.map { LabelMatcher.applicationRows.values[$0] } == .values("denied.securityStability"))
    let fee = Self.classified("本年收费金额（单位：万元）")
    #expect(fee.proactiveColumn.map { LabelMatcher.proactiveColumns.values[$0] } == "amount")
    #expect(fee.editionMarker == .edition2021)
    let change = Self.classified(" 本年增/减 ")
    #expect(change.proactiveColumn.map { LabelMatcher.proactiveColumns.values[$0] } == "change")
    #expect(change.editionMarker == .edition2019)
    let article = Self.classified("第二十条第（一）项")
    #expect(article.proactiveColumn == nil && article.proactiveRow == nil && article.applicationRow == nil)
    #expect(!article.isProactiveHeader && !article.isApplicationHeader && !article.isReviewHeader)
    #expect(Self.written("第二十条第（一）项") == article)
  }

  @Test("Labels of ideographs only are looked up as they stand, also after an enumerator")
  func ideographsOnly() {
    let granted = Self.written("予以公开")
    #expect(granted?.applicationRow.map { LabelMatcher.applicationRows.values[$0] } == .values("granted"))
    #expect(Self.written("予以公开", afterEnumerator: true) == granted)
    #expect(Self.written("予以公开", limit: 3) == nil)
    #expect(Self.written("危及三安全一稳定") == Self.written("危及“三安全一稳定”"))
    #expect(Self.classified("（一）予以公开") == granted)
    #expect(Self.written("予以公开了") == nil)
    #expect(Self.written("（一）予以公开") == nil)
  }

  @Test("A label written otherwise, longer than the limit, or that normalising reads otherwise, is not looked up")
  func notWritten() {
    // 危及“三安全一稳定” has ten characters.
    #expect(Self.written("危及“三安全一稳定”", limit: 10) != nil)
    #expect(Self.written("危及“三安全一稳定”", limit: 9) == nil)
    #expect(Self.written("危及“三安全一稳定") == nil)
    #expect(Self.written("危及\"三安全一稳定\"") == nil)
    // The note starts with a bracket: as a whole label it is looked up, but after an
    // enumerator normalising reads it another way.
    let note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    #expect(Self.written(note) != nil)
    #expect(Self.written(note, afterEnumerator: true) == nil)
    #expect(Self.classified("（一）" + note) == Self.general("（一）" + note))
  }

  @Test("The classes of table labels, written, varied and damaged, are those the general path gives")
  func agreesWithGeneralPath() {
    let heads = ["", "（二）", "(3)", "1.", "12、", "一、", "十一、", "（一）、", "123.", "1234.", "一"]
    let pads = [("", ""), (" ", " "), ("\u{3000}", "\t")]
    var labels: [String] = []
    for label in Self.writtenLabels {
      labels.append(label)
      labels.append(label.replacing("（", with: "(").replacing("）", with: ")"))
      labels.append(label + "（单位：万元）")
      labels.append(String(label.dropLast()))
      labels.append(String(label.dropFirst()))
      labels.append(label.replacing("，", with: ", "))
      labels.append(label.replacing("“", with: "\""))
    }
    var checked = 0
    var lookedUpAsWritten = 0
    for head in heads {
      for label in labels {
        for (before, after) in pads {
          let cell = before + head + label + after
          #expect(Self.classified(cell) == Self.general(cell), "\(cell)")
          checked += 1
        }
      }
    }
    for label in Set(labels) where Self.written(label) != nil && !Self.isIdeographsOnly(label) {
      lookedUpAsWritten += 1
    }
    #expect(checked == heads.count * labels.count * pads.count)
    // The fourteen labels written with marks: table 三's two 部分公开, 危及“三安全一稳定”
    // and its two 申请人… rows, 本年增/减, the five 第二十条 titles, the two columns
    // with units and the note; none of their variants.
    #expect(lookedUpAsWritten == 14)
  }
  /// The class of `label` by one look-up of its bytes as they stand, if
  /// ``LabelClass/rawTexts`` holds them.
  static func raw(_ label: String) -> LabelClass? {
    var label = label
    return label.withUTF8 { LabelClass.of(raw: $0) }
  }

  /// The value of table 三's row that `label` gets, if any.
  static func applicationRow(_ label: LabelClass?) -> LabelTable.ApplicationRow? {
    label?.applicationRow.map { LabelMatcher.applicationRows.values[$0] }
  }

  @Test("Table 三's labels as the template numbers them are found by one look-up of their bytes")
  func rawLookUp() {
    #expect(Self.applicationRow(Self.raw("（七）总计")) == .values("outcomeTotal"))
    #expect(Self.applicationRow(Self.raw("四、结转下年度继续办理")) == .values("carriedForward"))
    #expect(Self.applicationRow(Self.raw("(三)不予公开")) == .group)
    #expect(Self.applicationRow(Self.raw("10.属于国家秘密")) == .values("denied.stateSecret"))
    #expect(Self.applicationRow(Self.raw("1.属于国家秘密")) == .values("denied.stateSecret"))
    let fee = Self.raw("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")
    #expect(Self.applicationRow(fee) == .values("otherHandling.unpaidFee"))
    #expect(fee?.editionMarker == .edition2021)
    let partial = Self.raw("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")
    #expect(Self.applicationRow(partial) == .values("partiallyGranted"))
    // Table 二's labels, as written and normalised, are held too.
    #expect(Self.raw("信息内容")?.isProactiveHeader == true)
    #expect(Self.raw("本年增/减")?.editionMarker == .edition2019)
    #expect(Self.raw("本年增减")?.editionMarker == .edition2019)
    // Not held: other numbers and forms, padding (cut off before the look-up), damage.
    #expect(Self.raw("十一、本年新收政府信息公开申请数量") == nil)
    #expect(Self.raw("11.属于国家秘密") == nil)
    #expect(Self.raw("1、属于国家秘密") == nil)
    #expect(Self.raw(" （七）总计") == nil)
    #expect(Self.raw("（七）总") == nil)
    #expect(Self.raw("（一）信息内容") == nil)
    // Padded, the cell still gets the class of the look-up.
    #expect(Self.applicationRow(Self.classified("\u{3000}（七）总计 \t")) == .values("outcomeTotal"))
  }

  @Test("Every text found by one look-up gets the class the general path gives, also padded or damaged")
  func rawAgreesWithGeneralPath() {
    var checked = 0
    for bytes in LabelClass.rawTexts {
      let text = String(decoding: bytes, as: UTF8.self)
      let variants = [
        text, " \(text)\u{3000}", "\t\(text)\u{A0}", String(text.dropLast()), String(text.dropFirst()),
        text + "情况", text.replacing("（", with: "( "), text.replacing("、", with: "."),
      ]
      for variant in variants {
        #expect(Self.classified(variant) == Self.general(variant), "\(variant)")
        var copy = variant
        let normalising = copy.withUTF8 { LabelClass.ofNormalising($0, TextSpan(0..<$0.count)) }
        #expect(Self.classified(variant) == normalising, "\(variant)")
        checked += 1
      }
      #expect(Self.raw(text) != nil, "\(text)")
    }
    // Table 三's 33 row labels as written, each after 40 enumerators, and the
    // labels without one.
    #expect(LabelClass.rawTexts.count > 33 * 40)
    #expect(checked == 8 * LabelClass.rawTexts.count)
  }

  @Test("A class holds every answer as set, in eight bytes, and each group's positions fit")
  func packedAnswers() {
    var label = LabelClass(matchingUnknown: UnsafeBufferPointer(start: nil, count: 0))
    #expect(label.proactiveColumn == nil && label.proactiveRow == nil && label.applicationRow == nil)
    #expect(!label.isProactiveHeader && !label.isApplicationHeader && !label.isReviewHeader)
    #expect(label.editionMarker == nil)
    label.proactiveColumn = 0
    label.proactiveRow = 7
    label.applicationRow = 29
    label.isApplicationHeader = true
    label.editionMarker = .edition2019
    #expect(label.proactiveColumn == 0 && label.proactiveRow == 7 && label.applicationRow == 29)
    #expect(label.isApplicationHeader && !label.isProactiveHeader && !label.isReviewHeader)
    #expect(label.editionMarker == .edition2019)
    label.editionMarker = .edition2021
    label.isApplicationHeader = false
    label.isReviewHeader = true
    label.proactiveRow = nil
    #expect(label.editionMarker == .edition2021 && label.isReviewHeader && !label.isApplicationHeader)
    #expect(label.proactiveRow == nil && label.proactiveColumn == 0)
    label.editionMarker = nil
    #expect(label.editionMarker == nil)
    #expect(MemoryLayout<LabelClass>.size == 8)
    // Packed into one word (flags, then positions plus one at bits 16, 32 and 48)
    // and back: review header, column 0, row 7 gone, table 三 row 29.
    #expect(label.packed == 0x001E_0000_0001_0004)
    #expect(LabelClass(packed: label.packed) == label)
    // 12 column values (two columns share `amount`: 11), 8 rows, 30 table 三 rows.
    #expect(LabelMatcher.proactiveColumns.values.count == 11)
    #expect(LabelMatcher.proactiveRows.values.count == 8)
    #expect(LabelMatcher.applicationRows.values.count < 0xFFFF)
  }

  /// Labels no group holds exactly are matched by prefix alone; each must get what
  /// the full match (exact look-ups first) gives, and many must match something.
  @Test("A label no group holds exactly gets the same class from the prefix matches alone")
  func unknownLabels() {
    var compared = 0
    var matched = 0
    var labels = Self.writtenLabels.map { LabelText($0).text }
    labels += labels.map { $0 + "情况" } + labels.map { String($0.dropLast()) }
    labels += ["第二十条第一项", "总", "无正当理由大", "其他处理情形统计", "本年新"]
    for label in labels where !Self.isHeldExactly(label) {
      var label = label
      let (unknown, full) = label.withUTF8 {
        ($0.isEmpty ? nil : LabelClass(matchingUnknown: $0), LabelClass(matching: $0))
      }
      guard let unknown else { continue }
      #expect(unknown == full, "\(label)")
      compared += 1
      if unknown.proactiveColumn != nil || unknown.proactiveRow != nil || unknown.applicationRow != nil
        || unknown.editionMarker != nil || unknown.isApplicationHeader || unknown.isReviewHeader
      {
        matched += 1
      }
    }
    #expect(compared > 100)
    #expect(matched > 20)
  }

  /// The prefix match searches only the entries that share a label's first three
  /// bytes (and the shorter ones); it must find what scanning every entry finds.
  @Test("The prefix match by lead finds what a scan of every entry finds, in every group")
  func prefixSearch() {
    var labels = Self.writtenLabels.map { LabelText($0).text }
    labels += labels.map { $0 + "情况" } + labels.map { String($0.dropLast()) } + labels.map { String($0.prefix(2)) }
    labels += ["", "a", "ab", "第二十条第一项", "总", "无正当理由大", "其他处理情形统计", "本年新", "信息"]
    var found = 0
    for label in labels {
      var label = label
      label.withUTF8 { bytes in
        func check<Value>(_ index: LabelMatcher.Index<Value>) {
          let searched = LabelMatcher.prefixValue(bytes, in: index)
          #expect(searched == LabelMatcher.prefixValueScanningAll(bytes, in: index), "\(label)")
          if searched != nil { found += 1 }
        }
        check(LabelMatcher.proactiveColumns)
        check(LabelMatcher.applicationHeaders)
        check(LabelMatcher.reviewHeaders)
        check(LabelMatcher.proactiveRows)
        check(LabelMatcher.applicationRows)
        check(LabelMatcher.editionMarkers)
      }
    }
    #expect(found > 50)
  }

  /// The six groups' prefix matches of `bytes` made at once, each expected to be
  /// the group's own prefix match.
  static func prefixValuesAgree(_ bytes: UnsafeBufferPointer<UInt8>) -> LabelMatcher.PrefixValues {
    let values = LabelMatcher.prefixValues(bytes)
    #expect(values.proactiveColumn == LabelMatcher.prefixValue(bytes, in: LabelMatcher.proactiveColumns))
    #expect(values.applicationHeader == LabelMatcher.prefixValue(bytes, in: LabelMatcher.applicationHeaders))
    #expect(values.reviewHeader == LabelMatcher.prefixValue(bytes, in: LabelMatcher.reviewHeaders))
    #expect(values.proactiveRow == LabelMatcher.prefixValue(bytes, in: LabelMatcher.proactiveRows))
    #expect(values.applicationRow == LabelMatcher.prefixValue(bytes, in: LabelMatcher.applicationRows))
    #expect(values.editionMarker == LabelMatcher.prefixValue(bytes, in: LabelMatcher.editionMarkers))
    return values
  }

  /// The six groups' prefix matches made at once must be each group's own.
  @Test("The prefix matches of all groups at once are each group's own prefix match")
  func prefixValuesAtOnce() {
    var labels = Self.writtenLabels.map { LabelText($0).text }
    labels += labels.map { $0 + "情况" } + labels.map { String($0.dropLast()) } + labels.map { String($0.prefix(2)) }
    labels += ["", "a", "ab", "abc", "第二十条第一项", "总", "无正当理由大", "其他处理情形统计", "本年新", "信息", "本年收费金额单位万元"]
    var found = 0
    for label in labels {
      var label = label
      label.withUTF8 { bytes in
        let values = Self.prefixValuesAgree(bytes)
        if values.applicationRow != nil || values.proactiveColumn != nil { found += 1 }
      }
    }
    #expect(found > 30)
    // Hand-checked: a column header with its unit finds its column; a cut row label
    // of at least four characters finds its row; the template's groups have no
    // entries shorter than three bytes.
    var fee = "本年收费金额单位万元"
    let feeValues = fee.withUTF8 { LabelMatcher.prefixValues($0) }
    #expect(feeValues.proactiveColumn.map { LabelMatcher.proactiveColumns.values[$0] } == "amount")
    #expect(feeValues.editionMarker.map { LabelMatcher.editionMarkers.values[$0] } == .edition2021)
    var excessive = "无正当理由大"
    let excessiveValues = excessive.withUTF8 { LabelMatcher.prefixValues($0) }
    #expect(
      excessiveValues.applicationRow.map { LabelMatcher.applicationRows.values[$0] }
        == .values("notProcessed.excessive"))
    #expect(!LabelMatcher.prefixGroups.hasShortEntries)
  }

  /// Whether any group holds `label` exactly (or it is table 二's header label).
  static func isHeldExactly(_ label: String) -> Bool {
    var label = label
    return label.withUTF8 { bytes in
      bytes.elementsEqual(LabelMatcher.proactiveHeader.utf8)
        || LabelMatcher.proactiveColumns.exactMatches.find(bytes) != nil
        || LabelMatcher.applicationHeaders.exactMatches.find(bytes) != nil
        || LabelMatcher.reviewHeaders.exactMatches.find(bytes) != nil
        || LabelMatcher.proactiveRows.exactMatches.find(bytes) != nil
        || LabelMatcher.applicationRows.exactMatches.find(bytes) != nil
        || LabelMatcher.editionMarkers.exactMatches.find(bytes) != nil
    }
  }
}
