import Testing

@testable import DisclosureModel

/// A label cell is trimmed once: ``CellValue/read(_:_:trimmed:)`` gives the bounds
/// of its bytes without white space at either end, and ``LabelClass/of(_:trimmedFrom:to:)``
/// looks the label up within them. It must give what normalising the whole cell
/// gives, whatever white space pads it; and the short ways of ``LabelClass/of(missed:)``
/// for fragments and for labels holding ASCII white space must too.
@Suite("Looking a label up within the bounds its cell was trimmed to")
struct LabelTrimmedLookUpTests {
  /// What ``RowAnalysis`` does with a cell holding `text`: its value and trimmed
  /// bounds, then, for a text cell, the class looked up within those bounds; with
  /// the class normalising the whole cell gives.
  static func rowClass(_ text: String) -> (value: CellValue, looked: LabelClass?, normalised: LabelClass) {
    var text = text
    return text.withUTF8 { bytes in
      var bounds = (start: -1, end: -1)
      let value = CellValue.read(bytes, TextSpan(0..<bytes.count), trimmed: &bounds)
      let looked: LabelClass? =
        if case .text = value { LabelClass.of(bytes, trimmedFrom: bounds.start, to: bounds.end) } else { nil }
      return (value, looked, LabelClass.ofNormalising(bytes, TextSpan(0..<bytes.count)))
    }
  }

  /// The trimmed bounds ``CellValue/read(_:_:trimmed:)`` gives the whole of `text`.
  static func bounds(_ text: String) -> (start: Int, end: Int) {
    var text = text
    return text.withUTF8 { bytes in
      var bounds = (start: -1, end: -1)
      _ = CellValue.read(bytes, TextSpan(0..<bytes.count), trimmed: &bounds)
      return bounds
    }
  }

  @Test("Reading a cell gives the bounds of its bytes without white space at either end")
  func trimmedBounds() {
    // Two spaces, 总计 (six bytes), a space and a tab.
    #expect(Self.bounds("  总计 \t") == (2, 8))
    // U+3000 is three bytes; 12 sits at bytes 3 and 4.
    #expect(Self.bounds("\u{3000}12\u{3000}") == (3, 5))
    // Zero-width space and byte-order mark (three bytes each), NBSP (two).
    #expect(Self.bounds("\u{200B}予以公开\u{FEFF}\u{A0}") == (3, 15))
    let blank = Self.bounds(" \t ")
    #expect(blank.start == blank.end)
    #expect(Self.bounds("") == (0, 0))
    // The value is the one reading without the bounds gives.
    var padded = " 12 "
    #expect(padded.withUTF8 { CellValue.read($0, TextSpan(0..<$0.count)) } == .number(NumberText(plainValue: 12)))
    #expect(Self.rowClass(" 12 ").value == .number(NumberText(plainValue: 12)))
  }

  @Test("A label padded with any white space gets, within its trimmed bounds, the class normalising gives")
  func paddedLabels() {
    let pads = [" ", "\t", "\r\n", "\u{A0}", "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{2003}", " \u{3000}\u{200B}"]
    var checked = 0
    for label in LabelClassTests.writtenLabels + ["（七）总计", "1.属于国家秘密", "结果", "法人或其", "结果 维持"] {
      for before in pads + [""] {
        for after in pads + [""] {
          let (_, looked, normalised) = Self.rowClass(before + label + after)
          #expect(looked == normalised, "\(before + label + after)")
          checked += 1
        }
      }
    }
    #expect(checked == (LabelClassTests.writtenLabels.count + 5) * 100)
    // Hand-checked: table 三's total behind a zero-width space, its header's 自然人
    // behind a byte-order mark, table 四's 结果维持 with an em space after it.
    let total = Self.rowClass("\u{200B}（七）总计\u{3000}").looked
    #expect(LabelClassTests.applicationRow(total) == .values("outcomeTotal"))
    #expect(Self.rowClass("\u{FEFF}自然人").looked?.isApplicationHeader == true)
    #expect(Self.rowClass("结果维持\u{2003}").looked?.isReviewHeader == true)
  }

  @Test("Bounds outside the storage are clamped to it")
  func outOfRangeBounds() {
    var text = "总计"
    let (whole, beyond, reversed, empty) = text.withUTF8 { bytes in
      (
        LabelClass.of(bytes, trimmedFrom: 0, to: bytes.count), LabelClass.of(bytes, trimmedFrom: -5, to: 100),
        LabelClass.of(bytes, trimmedFrom: 4, to: 2), LabelClass.of(bytes, trimmedFrom: 0, to: 0)
      )
    }
    #expect(LabelClassTests.applicationRow(whole) == .values("outcomeTotal"))
    #expect(beyond == whole)
    // Reversed bounds read as the empty label, which matches nothing.
    #expect(reversed == empty)
    #expect(empty == LabelClass())
  }

  @Test("Every pair of bounds around the storage, in order or not: the clamped label, made without a slice")
  func everyBoundsPair() {
    // 总计 is six bytes; bounds from -3 to 9 either way. Clamped, only those covering
    // all six bytes give the label (table 三's total row); any part of it (one
    // ideograph, or bytes cut inside one) matches nothing, and so do reversed bounds.
    var text = "总计"
    let table = LabelClass.RawTable.shared
    var wholes = 0
    text.withUTF8 { bytes in
      for lower in -3...9 {
        for upper in -3...9 {
          let label = LabelClass.lookUp(bytes, trimmedFrom: lower, to: upper, in: table)
          let covers = lower <= 0 && upper >= 6
          if covers {
            wholes += 1
            #expect(LabelClassTests.applicationRow(label) == .values("outcomeTotal"), "\(lower) \(upper)")
          } else {
            #expect(label == LabelClass(), "\(lower) \(upper)")
          }
        }
      }
    }
    // Lower from -3 to 0, upper from 6 to 9.
    #expect(wholes == 16)
    // An empty storage (no base address): every pair reads the empty label.
    let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    for (lower, upper) in [(0, 0), (-1, 3), (2, 1), (5, 9)] {
      #expect(LabelClass.lookUp(empty, trimmedFrom: lower, to: upper, in: table) == LabelClass())
    }
  }

  @Test("Fragments of ideographs too short to match by prefix match nothing, as normalising finds")
  func shortFragments() {
    // 本年增减 (twelve bytes) is the shortest entry of four characters or more, and a
    // fragment of four characters has twelve bytes: below twelve, nothing matches.
    #expect(LabelMatcher.fragmentBytes == 12)
    var fragments: Set<String> = []
    for label in LabelClassTests.writtenLabels {
      let characters = Array(label)
      for length in 1...3 where length <= characters.count {
        for start in 0...(characters.count - length) {
          fragments.insert(String(characters[start..<start + length]))
        }
      }
    }
    var short = 0
    for fragment in fragments
    where LabelClassTests.isIdeographsOnly(fragment) && !LabelMissTests.isRaw(fragment) {
      let (missed, normalised) = LabelMissTests.missedAndNormalised(fragment)
      #expect(missed == normalised, "\(fragment)")
      #expect(missed == LabelClass(), "\(fragment)")
      short += 1
    }
    #expect(short > 300)
    // Four characters are searched, and may match: 法人或其 names table 三's header.
    #expect(LabelMissTests.missedAndNormalised("法人或其").missed.isApplicationHeader)
  }

  @Test("A label holding ASCII white space of any kind is looked up without it")
  func asciiWhiteSpaceInside() {
    var dropped = "社会\r\n公益\t组织 \u{0B}\u{0C}"
    let bytes = dropped.withUTF8 { LabelText.withASCIISpacesDropped($0) { Array($0) } }
    #expect(bytes == Array("社会公益组织".utf8))
    for text in ["社会\n公益组织", "社会\r\n公益组织", "结果\n维持", "尚未\t审结", "1.\n属于国家秘密", "法律\u{0B}服务机构"] {
      let (missed, normalised) = LabelMissTests.missedAndNormalised(text)
      #expect(missed == normalised, "\(text)")
    }
    #expect(LabelMissTests.missedAndNormalised("社会\n公益组织").missed.isApplicationHeader)
    #expect(LabelMissTests.missedAndNormalised("结果\r\n维持").missed.isReviewHeader)
    let secret = LabelMissTests.missedAndNormalised("1.\n属于国家秘密").missed
    #expect(LabelClassTests.applicationRow(secret) == .values("denied.stateSecret"))
  }

  @Test("A label with ASCII letters, digits and marks inside has its marks dropped without the general path")
  func asciiInsideMarkedLabels() {
    func dropped(_ text: String) -> String? {
      var text = text
      return text.withUTF8 { bytes in
        LabelText.withMarksDropped(bytes, 0, bytes.count, limit: InputLimits.labelCharacters) {
          String(decoding: $0, as: UTF8.self)
        }
      }
    }
    // Worked out by hand: `<` and `>` dropped, the letters kept; the tab skipped,
    // `#` and `-` dropped, the digits kept.
    #expect(dropped("结果<br>维持") == "结果br维持")
    #expect(dropped("其他\t#1-2") == "其他12")
    #expect(LabelText("结果<br>维持").text == "结果br维持")
    // A full-width letter is left to the general path.
    #expect(dropped("其他Ａ") == nil)
    // The class is the one normalising gives: nothing for a wrapped header.
    let (missed, normalised) = LabelMissTests.missedAndNormalised("结果<br>维持")
    #expect(missed == normalised && missed == LabelClass())
  }

  @Test("Every label of the template, wrapped over lines, gets the class normalising gives")
  func wrappedLabels() {
    var texts: Set<String> = []
    for label in LabelClassTests.writtenLabels {
      let characters = Array(label)
      for width in [1, 2, 4, 8] {
        let parts = stride(from: 0, to: characters.count, by: width).map {
          String(characters[$0..<min($0 + width, characters.count)])
        }
        for separator in ["\n", "\r\n", "\t", " \n "] { texts.insert(parts.joined(separator: separator)) }
      }
    }
    let (_, _, checked) = LabelMissTests.check(texts)
    #expect(checked == texts.count)
    #expect(checked > 500)
  }
}
