import Testing

@testable import DisclosureModel

@Suite("Reading cells")
struct CellValueTests {
  static func read(_ text: String) -> CellValue {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { CellValue.read($0, TextSpan(0..<bytes.count)) }
  }

  static func number(_ text: String) -> NumberText? {
    if case .number(let number) = read(text) { number } else { nil }
  }

  /// The digits of the number in `text`, read again from the cell as the assembler
  /// reads them.
  static func digits(_ text: String) -> String {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { CellValue.digits($0, TextSpan(0..<bytes.count)) }
  }

  @Test(
    "Integers, signed changes, full-width digits and grouping",
    arguments: [
      ("0", 0, false), ("  821 ", 821, false), ("-417", -417, false), ("－417", -417, true),
      ("1,234", 1234, true), ("１２３", 123, true), ("１,２３４", 1234, true), ("12,345,678", 12_345_678, true),
      ("+5", 5, false), ("3件", 3, false),
    ])
  func integers(text: String, value: Int, repaired: Bool) throws {
    let number = try #require(Self.number(text))
    #expect(number.integer == value)
    #expect(number.repaired == repaired)
  }

  @Test("Plain digits of every length keep their digits and value", arguments: 1...19)
  func plainDigits(length: Int) throws {
    // "1234567890123456789" cut to `length`: the one-pass reader takes up to 18
    // digits; 19 goes the general way. Both must give the same digits and value.
    let text = String("1234567890123456789".prefix(length))
    let number = try #require(Self.number(" \(text)\t"))
    #expect(Self.digits(" \(text)\t") == text)
    #expect(number.integer == Int(text))
    #expect(!number.repaired && !number.hasFraction && !number.negative && !number.isOverlong)
  }

  @Test(
    "Decimals keep their digits as written",
    arguments: [
      ("12.3400", "12.3400"), ("１,２３４.５", "1234.5"), ("0.0075", "0.0075"), ("-0.5", "-0.5"), ("3.2万元", "3.2"),
    ])
  func decimals(text: String, digits: String) throws {
    let number = try #require(Self.number(text))
    #expect(Self.digits(text) == digits)
    #expect(number.hasFraction)
    #expect(number.integer == nil)
  }

  @Test("Placeholders for nothing", arguments: ["-", "—", "——", "–", "/", "／", "无", "一", " - "])
  func placeholders(text: String) {
    #expect(Self.read(text) == .placeholder)
  }

  @Test("Empty cells", arguments: ["", " ", "\u{3000}", "\u{A0}\t"])
  func empties(text: String) {
    #expect(Self.read(text) == .empty)
  }

  @Test(
    "Labels and malformed numbers are text",
    arguments: [
      "1,23", "1.2.3", "规章", "4.无正当理由大", "12%", "2019年", "1,2345", "无效", "x12", "Z9", "万元12", "第1项", "Ａ1",
      "、1", "12345678901234567x", "一一", "无无", "一—", "无 /", "一\u{3000}一", "无一", "一 -",
    ])
  func texts(text: String) {
    #expect(Self.read(text) == .text)
  }

  @Test(
    "A cell that ends with neither a digit nor a unit is text without being read; one that does is read",
    arguments: [
      ("1.属于国家秘密", false), ("（本列数据的勾稽关系为）", false), ("12.", false), ("1,", false), ("-", true), ("3.5％", false),
      ("12个", true), ("4次", true), ("5条", true), ("6人", true), ("7项", true), ("8件", true), ("9元", true),
      ("１０", true), ("1.5万元", true), ("12 个", true),
    ])
  func numberEnds(text: String, isNumber: Bool) {
    let value = Self.read(text)
    if isNumber {
      #expect(value != .text)
    } else {
      #expect(value == .text)
    }
  }

  @Test("Units are recorded")
  func units() throws {
    #expect(try #require(Self.number("251000元")).unit == .yuan)
    #expect(try #require(Self.number("12.5万元")).unit == .tenThousandYuan)
    #expect(try #require(Self.number("7 项")).unit == .count)
    #expect(try #require(Self.number("7")).unit == nil)
  }

  @Test("A number of more than 32 digits keeps its first 32 and is overlong")
  func overlong() throws {
    let written = String(repeating: "1234567890", count: 4)
    let number = try #require(Self.number(written))
    #expect(number.isOverlong)
    #expect(number.integer == nil)
    #expect(Self.digits(written) == "12345678901234567890123456789012")
    let longest = String(repeating: "9", count: 30) + ".5"
    let kept = try #require(Self.number(longest))
    #expect(!kept.isOverlong)
    #expect(Self.digits(longest) == longest)
    #expect(Self.digits("-0012.50") == "-0012.50")
    #expect(Self.digits("１,２３４件") == "1234")
    #expect(Self.digits("总计") == "")
  }

  @Test("An integer too large for Int has no value")
  func overflow() throws {
    let number = try #require(Self.number("99999999999999999999"))
    #expect(number.integer == nil)
    #expect(Self.digits("99999999999999999999") == "99999999999999999999")
  }

  /// The interpreter keeps a report's cell values and cells in blocks that it frees
  /// without deinitialising them: that is sound only while they hold no references.
  /// A row analysis points into them and is copied freely, so it holds none either.
  @Test("A cell value, a cell and a row analysis are plain values, with no references to release")
  func plainValue() {
    #expect(_isPOD(CellValue.self))
    #expect(_isPOD(NumberText.self))
    // Small enough that writing and reading one is a word or two.
    #expect(MemoryLayout<CellValue>.stride == 16)
    #expect(_isPOD(Cell.self))
    #expect(_isPOD(StoredCell.self))
    #expect(_isPOD(RowAnalysis.self))
  }

  /// Whether the trimmed `text` is a placeholder, by the first-byte check and scan
  /// together (`fast`) and by the scan alone (`scan`).
  static func placeholder(_ text: String) -> (fast: Bool, scan: Bool) {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      let (start, end) = ByteClass.trimmed(buffer, TextSpan(0..<buffer.count))
      return (
        CellValue.isPlaceholder(buffer, start, end), CellValue.placeholderScan(buffer, start, end)
      )
    }
  }

  @Test(
    "Placeholders, by their first bytes and scanned, against hand-checked answers",
    arguments: [
      ("-", true), ("/", true), ("\\", true), ("－", true), ("／", true), ("＼", true), ("无", true), ("一", true),
      ("—", true), ("――", true), ("‐", true), ("−", true), ("─", true), ("ー", true), ("- -", true), ("----", true),
      ("-----", false), ("（一）", false), ("（", false), ("1.属于国家秘密", false), ("1", false), ("a", false),
      ("一一", false), ("无无", false), ("/-", false), ("＋", false), ("（-）", false), ("0-", false), ("", false),
      ("不", false), ("元", false), ("、", false), ("…", false), ("‘", false),
    ])
  func placeholderFastPath(text: String, expected: Bool) {
    let (fast, scan) = Self.placeholder(text)
    #expect(fast == expected)
    #expect(scan == expected)
  }

  @Test("The first-byte check never turns away a placeholder the scan finds")
  func placeholderFirstBytes() {
    // Every character the scan counts or skips, and others with the same lead bytes
    // (E2, E3, E4, E6, EF) or none of them, alone and before and after the others.
    let characters: [String] = [
      "-", "/", "\\", "－", "／", "＼", "无", "一", "—", "–", "‐", "‑", "‒", "―", "−", "─", "ー", " ", "\u{3000}",
      "\u{A0}", "\u{200B}", "（", "）", "＋", "０", "1", "a", "、", "…", "€", "丁", "旡", "丈", "ㄅ", "﹣", "－－",
      "\u{FEFF}",
    ]
    var checked = 0
    for first in characters {
      for second in [""] + characters {
        for third in ["", "-", "一", "（"] {
          let (fast, scan) = Self.placeholder(first + second + third)
          #expect(fast == scan, "\((first + second + third).debugDescription)")
          checked += 1
        }
      }
    }
    #expect(checked == 37 * 38 * 4)
  }

  @Test(
    "A number is zero when it is the integer 0, whichever sign is written",
    arguments: [
      ("0", true), ("-0", true), ("－0", true), ("00", true), ("０", true), ("0元", true), ("0 件", true),
      ("0.0", false), ("0.", false), ("5", false), ("-5", false), ("10", false), ("1,000", false),
      ("99999999999999999999", false), ("0.5万元", false),
    ])
  func zero(text: String, isZero: Bool) {
    let number = Self.number(text)
    if text == "0." {
      #expect(number == nil)
      return
    }
    #expect(number?.isZero == isZero, "\(text)")
    #expect((number?.integer == 0) == isZero, "\(text)")
  }
}
