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

/// The pieces of table 三's and 四's header labels and of table 三's note as written
/// (`法人或其`, `结果`, `（本列数据的勾稽`), which
/// ``LabelClass/rawTexts`` holds so that a wrapped header's pieces are found by the one
/// look-up of a cell's bytes instead of ``LabelClass/of(missed:)``.
@Suite("Pieces of table 三's and 四's header labels")
struct LabelHeaderPieceTests {
  @Test("A header's pieces are found by one look-up, with the class the longer way gives")
  func handChecked() {
    // Four characters or more that start table 三's header 法人或其他组织, which is
    // matched by prefix: a header piece.
    #expect(LabelClassTests.raw("法人或其")?.isApplicationHeader == true)
    #expect(LabelClassTests.raw("本列数据的勾稽")?.isApplicationHeader == true)
    // Table 四's headers are matched only whole: a piece of one is no header.
    #expect(LabelClassTests.raw("未经复议")?.isReviewHeader == false)
    #expect(LabelClassTests.raw("未经复议直接起诉")?.isReviewHeader == true)
    // Fewer than four characters: no match by prefix in any group.
    for piece in ["结果", "维持", "尚未", "他组织", "机构", "况", "诉"] {
      #expect(LabelClassTests.raw(piece) == LabelClass(), "\(piece)")
    }
    // Pieces of table 三's note as written, marks and all: the first starts with the
    // header 本列数据的勾稽关系 (seven characters normalised), the second does not.
    #expect(LabelClassTests.raw("（本列数据的勾稽")?.isApplicationHeader == true)
    #expect(LabelClassTests.raw("关系为：第一项加")?.isApplicationHeader == false)
    #expect(LabelClassTests.raw("和）") == LabelClass())
    // Not a piece of one header as written: left to the longer way, as before.
    for text in ["行政复议结果维持", "维持结果", "持结果", "关系为第一项加", "(本列数据的勾稽"] {
      #expect(LabelClassTests.raw(text) == nil, "\(text)")
    }
  }

  @Test("Every piece of every header label gets from the look-up what the general path gives")
  func everyPiece() {
    var checked = 0
    let note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    for label in LabelTable.applicationHeaderLabels + LabelTable.reviewHeaderLabels + [note] {
      let characters = Array(label)
      for start in characters.indices {
        for end in start + 1...characters.count {
          let piece = String(characters[start..<end])
          let found = LabelClassTests.raw(piece)
          #expect(found != nil, "\(piece)")
          // The general path, character by character, gives the same class (a whole
          // header is no miss, so `of(missed:)` is not asked here).
          #expect(found == LabelClassTests.general(piece), "\(piece)")
          // Padded, the cell gets the same class through the look-up.
          #expect(LabelClassTests.classified(" \(piece)\u{3000}") == found, "\(piece)")
          checked += 1
        }
      }
    }
    // 16 labels of 81 characters in all and the note of 34: the runs of each,
    // n(n+1)/2 for n characters.
    #expect(checked == 45 + 15 + 6 + 28 + 10 + 10 + 21 + 21 + 6 * 10 + 36 + 15 + 595)
    // Within the slots the raw table had before the pieces (at most a quarter full).
    #expect(LabelClass.rawTexts.count <= 4096)
    // Each text once: a text listed twice would only take another slot.
    #expect(Set(LabelClass.rawTexts).count == LabelClass.rawTexts.count)
  }
}

/// ``LabelText/withASCIISpacesDropped(_:_:)`` reading eight bytes at a time and going
/// on from the byte after the first one below 0x21: hand-checked labels where such
/// bytes come in runs, at a word's first and last byte, and where none is white space.
@Suite("ASCII white space dropped, word by word from each space")
struct ASCIISpaceRunTests {
  static func dropped(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      LabelText.withASCIISpacesDropped(bytes) { String(decoding: $0, as: UTF8.self) }
    }
  }

  @Test("Spaces in runs, at word edges, and bytes below 0x21 that are kept")
  func handChecked() {
    #expect(Self.dropped("社会\n公益\n组织") == "社会公益组织")
    #expect(Self.dropped("社会\r\n公益\r\n组织") == "社会公益组织")
    #expect(Self.dropped("结果   维持") == "结果维持")
    // A space as the first byte and as the eighth, then as the ninth.
    #expect(Self.dropped(" abcdefghij") == "abcdefghij")
    #expect(Self.dropped("abcdefg hijklmnop") == "abcdefghijklmnop")
    #expect(Self.dropped("abcdefgh ijklmnop") == "abcdefghijklmnop")
    // Every byte below 0x21: control bytes kept, white space dropped.
    #expect(
      Self.dropped("\u{1}\u{2} \u{3}\u{4}\t\u{5}\u{6}\u{7}\u{8}\u{E}")
        == "\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}\u{E}")
    #expect(Self.dropped("          ") == "")
  }
}

/// ``LabelMatcher/Index/agreesWithAnEntry(_:)`` ruling entries out by their first three
/// bytes before comparing: held to the definition, read byte by byte.
@Suite("Texts that agree with an entry, ruled out by their first three bytes")
struct AgreesWithAnEntryTests {
  /// Whether `text` is empty or agrees with an entry of table 三's rows on their
  /// shorter length, comparing arrays.
  static func agreesByDefinition(_ text: [UInt8]) -> Bool {
    text.isEmpty
      || LabelMatcher.applicationRows.labels.contains { label in
        let shorter = min(label.count, text.count)
        return shorter > 0 && label.prefix(shorter).elementsEqual(text.prefix(shorter))
      }
  }

  @Test("On every prefix and piece of table 三's row labels, and those bytes changed, the definition holds")
  func generated() {
    var texts: Set<[UInt8]> = [[], [0x61], [0xE7], [0xE7, 0xBB], Array("结果".utf8), Array("本年新收".utf8)]
    for label in LabelMatcher.applicationRows.labels {
      for end in 1...label.count {
        let prefix = Array(label[..<end])
        texts.insert(prefix)
        texts.insert(Array(label[min(3, end - 1)..<end]))
        // The second or the third byte changed: agrees only with another entry.
        for position in [1, 2] where position < prefix.count {
          var changed = prefix
          changed[position] ^= 0x01
          texts.insert(changed)
        }
        texts.insert(prefix + Array("维持".utf8))
      }
    }
    var agreeing = 0
    for text in texts {
      let found = text.withUnsafeBufferPointer { LabelMatcher.applicationRows.agreesWithAnEntry($0) }
      #expect(found == Self.agreesByDefinition(text), "\(text)")
      if found { agreeing += 1 }
    }
    // Both answers are common among them.
    #expect(agreeing > 500 && texts.count - agreeing > 500)
  }
}
