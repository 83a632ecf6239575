import Testing

@testable import DisclosureModel

/// The short cuts of the cell reader (``CellValue/read(_:_:trimmed:)``) and of
/// trimming (``ByteClass/trimmed(_:_:)``) added for cells the general reading
/// settles only after several tests: table 三's enumerated labels, cells of
/// full-width digits, and full-width forms at a cell's end. Each is checked by hand
/// and against the general reading, or against the definition, on many cells.
@Suite("Cells settled by their first bytes")
struct CellShortCutTests {
  /// Runs `body` over the bytes of `text`.
  static func with<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    Array(text.utf8).withUnsafeBufferPointer(body)
  }

  /// The value the general reading gives a trimmed, non-empty cell that starts with
  /// no CJK ideograph of more than one character and is no plain digits or bracket:
  /// a placeholder, else the number ``CellValue/readNumber(_:_:_:digits:written:)``
  /// reads, else text. What the reader gave these cells before the short cuts.
  static func general(_ storage: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> CellValue {
    if CellValue.isPlaceholder(storage, start, end) { return .placeholder }
    var written = 0
    if let number = CellValue.readNumber(storage, start, end, digits: nil, written: &written) {
      return .number(number)
    }
    return .text
  }

  /// The bounds of `span` with white space cut off both ends, scalar by scalar:
  /// the definition that ``ByteClass/trimmed(_:_:)`` settles with fewer steps. The
  /// end is cut scalar by scalar from the start, so that a scalar the decoding
  /// finds across the end is cut as ``ByteClass/trimmed(_:_:)`` cuts it (lead byte to
  /// lead byte, decoded within the storage).
  static func trimmedByDefinition(_ storage: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> (Int, Int) {
    var start = span.start
    let end = span.end
    while start < end {
      let (scalar, length) = ByteClass.scalar(
        in: UnsafeBufferPointer(start: storage.baseAddress, count: end), at: start)
      guard ByteClass.isSpace(scalar) else { break }
      start += length
    }
    var last = end
    while last > start {
      var lead = last - 1
      while lead > start, storage[lead] & 0xC0 == 0x80 { lead -= 1 }
      guard ByteClass.isSpace(ByteClass.scalar(in: storage, at: lead).value) else { break }
      last = lead
    }
    return (start, last)
  }

  @Test(
    "Table 三's enumerated labels are text at once, by hand",
    arguments: [
      ("1.属于国家秘密", true), ("10.其他", true), ("2.其他法律行政法规禁止公开", true), ("1.5", false),
      ("12", false), ("1.", false), ("1.元", true), ("3.５", false), ("1、属于", false), ("1.a", false),
      ("12.34万元", false), ("1.（一）", false), ("007.信访", true),
    ])
  func enumeratedByHand(text: String, isLabel: Bool) {
    Self.with(text) { storage in
      #expect(CellValue.isEnumeratedLabel(storage, 0, storage.count) == isLabel)
      if isLabel {
        var bounds = (start: -1, end: -1)
        #expect(CellValue.read(storage, TextSpan(0..<storage.count), trimmed: &bounds) == .text)
        #expect(bounds == (0, storage.count))
      }
    }
  }

  @Test("Every enumerated label is text by the general reading too")
  func enumeratedAgreesWithGeneralReading() {
    // Digits (one to three, and none), a point or another byte, then characters of
    // every kind that may follow: ideographs, units, full-width digits, marks.
    let leads = ["", "1", "7", "10", "123"]
    let middles = [".", ",", "、", ". ", ""]
    let tails = [
      "属于国家秘密", "元", "万元", "件", "５", "0", "0元", "（一）", "a", "其他法律", "属", "人", "”", "—", "一",
    ]
    var labels = 0
    var compared = 0
    for lead in leads {
      for middle in middles {
        for tail in tails {
          let text = lead + middle + tail
          Self.with(text) { storage in
            guard storage.first.map({ $0 &- 0x30 < 10 }) == true else { return }
            let isLabel = CellValue.isEnumeratedLabel(storage, 0, storage.count)
            let general = Self.general(storage, 0, storage.count)
            if isLabel {
              #expect(general == .text, "\(text)")
              labels += 1
            }
            // The whole reading agrees with the general one for every such cell but
            // plain digits, which the reader settles first as the same number.
            #expect(CellValue.read(storage, TextSpan(0..<storage.count)) == general, "\(text)")
            compared += 1
          }
        }
      }
    }
    // Four leads with digits, each with `.` and a tail led by an ideograph (eight
    // of them: 属于国家秘密 元 万元 件 其他法律 属 人 一); every text of those leads,
    // and the two of no lead or middle that start with `0`.
    #expect(labels == 4 * 8)
    #expect(compared == 4 * 5 * 15 + 2)
  }

  @Test(
    "Cells of full-width digits read in the placeholder's call, by hand",
    arguments: [
      ("０", 0 as Int?), ("１２", 12), ("９９９", 999), ("０ ", nil), ("０a", nil), ("－", nil), ("／", nil),
      ("（一）", nil), ("＋１", nil),
    ])
  func fullWidthByHand(text: String, value: Int?) {
    Self.with(text) { storage in
      let read = CellValue.placeholderOrFullWidthNumber(storage, 0, storage.count)
      if let value {
        guard case .number(let number) = read else {
          Issue.record("\(text) read as \(String(describing: read))")
          return
        }
        #expect(number.integerPart == value && number.repaired && !number.negative && !number.hasFraction)
        #expect(number.unit == nil && !number.isPlainCount)
      } else {
        let expected: CellValue? = CellValue.isPlaceholder(storage, 0, storage.count) ? .placeholder : nil
        #expect(read == expected, "\(text)")
      }
    }
  }

  @Test(
    "A lone full-width digit is read in the three-byte branch, by hand",
    arguments: [("０", 0), ("１", 1), ("５", 5), ("９", 9)])
  func loneFullWidthDigitByHand(text: String, value: Int) {
    Self.with(text) { storage in
      #expect(storage.count == 3)
      var bounds = (start: -1, end: -1)
      let read = CellValue.read(storage, TextSpan(0..<3), trimmed: &bounds)
      guard case .number(let number) = read else {
        Issue.record("\(text) read as \(read)")
        return
      }
      #expect(number.integerPart == value && number.repaired && !number.negative && !number.hasFraction)
      #expect(number.unit == nil && !number.isPlainCount && !number.isOverlong && number.plainCount == nil)
      #expect(bounds == (0, 3))
      // The general reading's number, field for field.
      #expect(read == Self.general(storage, 0, 3))
    }
  }

  @Test("Every three-byte cell led by EF BC reads as the general reading reads it")
  func threeByteFullWidthAgreesWithGeneralReading() {
    // EF BC 80 to EF BC BF: the full-width digits (90 to 99), the forms either side
    // of them (`／` 8F, `：` 9A), the brackets; and EF BD 90, no digit.
    var digits = 0
    for third in [UInt8](0x80...0xBF) + [0x90] {
      let second: UInt8 = third == 0x90 && digits == 10 ? 0xBD : 0xBC
      let bytes: [UInt8] = [0xEF, second, third]
      bytes.withUnsafeBufferPointer { storage in
        var bounds = (start: -1, end: -1)
        let read = CellValue.read(storage, TextSpan(0..<3), trimmed: &bounds)
        #expect(read == Self.general(storage, 0, 3), "\(bytes)")
        #expect(bounds == (0, 3))
        if case .number = read { digits += 1 }
      }
    }
    #expect(digits == 10)
  }

  @Test("Cells led by a byte other than an ASCII digit read as the general reading reads them")
  func fullWidthAgreesWithGeneralReading() {
    // Full-width digits alone and with other characters, placeholders of every
    // kind, signs and units: each read whole (with spaces around it, the general
    // trimming first) and compared with the general reading of its trimmed bytes.
    let pieces = ["０", "１", "９", "５０", "－", "—", "／", "无", "一", "元", "万元", "．", "，", "＋", "−", "a", " "]
    var compared = 0
    for first in pieces {
      for second in [""] + pieces {
        for third in ["", "０", "元"] {
          let text = " " + first + second + third + " "
          Self.with(text) { storage in
            let (start, end) = ByteClass.trimmed(storage, TextSpan(0..<storage.count))
            guard start < end, storage[start] &- 0x30 >= 10 else { return }
            // Ideographs of more than one character, and brackets, are settled
            // earlier as text; the others take the general way.
            let value = CellValue.read(storage, TextSpan(0..<storage.count))
            if ByteClass.isIdeographLead(storage[start]), end - start > 3 {
              #expect(value == .text)
            } else {
              #expect(value == Self.general(storage, start, end), "\(text)")
            }
            compared += 1
          }
        }
      }
    }
    #expect(compared > 500)
  }

  @Test("A full-width form at a cell's end is kept, the byte-order mark and other white space cut, by hand")
  func fullWidthEndByHand() {
    // ０ EF BC 90, ） EF BC 89, the byte-order mark EF BB BF, the ideographic space
    // E3 80 80, a no-break space C2 A0.
    let cases: [(String, String)] = [
      (" ０ ", "０"), ("（一）\u{3000}", "（一）"), ("１\u{FEFF}", "１"), ("\u{FEFF}", ""), ("ab\u{A0}", "ab"),
      ("０\u{FEFF}\u{FEFF} ", "０"), ("a）", "a）"),
    ]
    for (text, trimmed) in cases {
      Self.with(text) { storage in
        let (start, end) = ByteClass.trimmed(storage, TextSpan(0..<storage.count))
        #expect(Array(storage[start..<end]) == Array(trimmed.utf8), "\(text)")
      }
    }
  }

  @Test("Trimming agrees with cutting white space scalar by scalar, on spans ending in every EF-led form")
  func fullWidthEndAgreesWithDefinition() {
    // Every second byte after EF (so invalid forms too, and the byte-order mark's
    // BB), a few third bytes, after several beginnings and before spaces or none.
    let beginnings: [[UInt8]] = [[], [0x61], [0x20], [0xE4, 0xB8, 0x80], [0xEF, 0xBC, 0x90]]
    let thirds: [UInt8] = [0x80, 0x88, 0x89, 0x90, 0xBF, 0x20, 0x41]
    let afters: [[UInt8]] = [[], [0x20], [0xE3, 0x80, 0x80], [0xEF, 0xBB, 0xBF]]
    var compared = 0
    for beginning in beginnings {
      for second in UInt8.min...UInt8.max {
        for third in thirds {
          for after in afters {
            let bytes = beginning + [0xEF, second, third] + after
            bytes.withUnsafeBufferPointer { storage in
              let span = TextSpan(0..<storage.count)
              let (start, end) = ByteClass.trimmed(storage, span)
              let (definedStart, definedEnd) = Self.trimmedByDefinition(storage, span)
              #expect(start == definedStart && end == definedEnd, "\(bytes)")
              compared += 1
            }
          }
        }
      }
    }
    #expect(compared == 5 * 256 * 7 * 4)
  }

  @Test(
    "Trimmed cells: plain digits read before the label test, labels and placeholders unchanged, by hand",
    arguments: [
      ("\t12\t", 12 as Int?, false), ("\t1234", 1234, false), ("\u{3000}987654321", 987_654_321, false),
      ("\t123456789012345678", 123_456_789_012_345_678, false), ("\t信息", nil, true), ("\t一", nil, false),
      ("\t12万元", nil, false), ("\t1.属于国家秘密", nil, true), ("\t00", 0, false),
    ])
  func trimmedDigitsByHand(text: String, count: Int?, isText: Bool) {
    // A leading tab (or ideographic space) keeps every shortcut before the trimming
    // away, so these cells are read the general way, trimmed first.
    let value = Self.with(text) { storage in CellValue.read(storage, TextSpan(0..<storage.count)) }
    #expect(value.plainCount == count, "\(text)")
    #expect((value == .text) == isText, "\(text)")
  }
}
