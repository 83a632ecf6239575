import Testing

@testable import DisclosureModel

/// The plain-count flag that the cell reader sets (``NumberText/isPlainCount``) and
/// that recording reads instead of decoding a number again (``CellValue/plainCount``).
@Suite("Plain counts told when a cell is read")
struct PlainCountFlagTests {
  static func read(_ text: String) -> CellValue {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { CellValue.read($0, TextSpan(0..<bytes.count)) }
  }

  /// What recording took for a plain count before the flag: the number decoded
  /// again, with no repair, overlong digits, fraction or unit other than a
  /// counting word, its integer whatever its sign.
  static func decodedCount(_ value: CellValue) -> Int? {
    guard case .number(let number) = value, !number.repaired, !number.isOverlong else { return nil }
    switch number.unit {
    case nil, .count: return number.integer
    case .yuan, .tenThousandYuan: return nil
    }
  }

  @Test(
    "Plain counts, hand-checked",
    arguments: [
      ("0", 0), ("  821 ", 821), ("3件", 3), ("7 项", 7), ("+5", 5), ("12人", 12),
      ("123456789012345678", 123_456_789_012_345_678), ("1234567890123456789", 1_234_567_890_123_456_789),
    ])
  func plainCounts(text: String, count: Int) {
    #expect(Self.read(text).plainCount == count)
  }

  @Test(
    "Cells that are no non-negative plain count",
    arguments: [
      "", "   ", "-", "无", "合计", "-417", "-0", "－417", "−3", "1,234", "１２３", "12.5", "12.0", "5元", "5万元",
      "99999999999999999999", String(repeating: "1", count: 40), "1.属于国家秘密",
    ])
  func notPlainCounts(text: String) {
    #expect(Self.read(text).plainCount == nil)
  }

  /// The flag agrees with decoding the number again on every cell made from these
  /// pieces: the same count for a non-negative one, and `nil` for a negative one,
  /// which recording's general path stores as the same integer.
  @Test("The flag agrees with decoding the number again")
  func agreesWithDecoding() {
    let signs = ["", "-", "+", "－", "−", "＋"]
    let numbers = [
      "0", "7", "42", "1,234", "12,34", "１２", "１,２３４", "123456789012345678", "1234567890123456789",
      "9223372036854775807", "9223372036854775808", "99999999999999999999", "12.5", "3.", ".5", "0.0",
      String(repeating: "1", count: 32), String(repeating: "1", count: 33),
    ]
    let suffixes = ["", "件", " 项", "个", "元", "万元", "人", "x", "件件"]
    let paddings = [("", ""), (" ", "  "), ("\u{3000}", "")]
    var checked = 0
    var plain = 0
    for sign in signs {
      for number in numbers {
        for suffix in suffixes {
          for (before, after) in paddings {
            let value = Self.read(before + sign + number + suffix + after)
            let decoded = Self.decodedCount(value)
            let negative = if case .number(let number) = value { number.negative } else { false }
            #expect(value.plainCount == (negative ? nil : decoded), "\(before + sign + number + suffix + after)")
            if value.plainCount != nil { plain += 1 }
            checked += 1
          }
        }
      }
    }
    #expect(checked == 6 * 18 * 9 * 3)
    // Some cells of every kind: the flag is not simply never set.
    #expect(plain > 100)
  }

  /// The four marks kept as bits of one byte read back as they were given, in all
  /// sixteen combinations, and only a number with none of them is a plain count.
  @Test("Each mark reads back as given")
  func marksReadBack() {
    for bits in 0..<16 {
      let (negative, overlong, fraction, repaired) = (bits & 1 != 0, bits & 2 != 0, bits & 4 != 0, bits & 8 != 0)
      let number = NumberText(
        negative: negative, integerPart: 5, digitCount: overlong ? 33 : 1, hasFraction: fraction, unit: .count,
        repaired: repaired)
      #expect(number.negative == negative)
      #expect(number.isOverlong == overlong)
      #expect(number.hasFraction == fraction)
      #expect(number.repaired == repaired)
      #expect(number.unit == .count)
      #expect(number.plainCount == (bits == 0 ? 5 : nil))
    }
  }

  @Test("Marks of cells, hand-checked")
  func marksOfCells() throws {
    let fullWidthMinus = try #require({ if case .number(let n) = Self.read("－417") { n } else { nil } }())
    #expect(fullWidthMinus.negative && fullWidthMinus.repaired && !fullWidthMinus.hasFraction)
    #expect(fullWidthMinus.integer == -417)
    let fraction = try #require({ if case .number(let n) = Self.read("12.5万元") { n } else { nil } }())
    #expect(fraction.hasFraction && !fraction.negative && !fraction.repaired && !fraction.isOverlong)
    #expect(fraction.unit == .tenThousandYuan)
    let overlong = try #require(
      { if case .number(let n) = Self.read(String(repeating: "1", count: 40)) { n } else { nil } }())
    #expect(overlong.isOverlong && !overlong.negative && !overlong.repaired)
  }

  @Test("A cell value stays 16 bytes with the flag")
  func cellValueSize() {
    #expect(MemoryLayout<CellValue>.stride == 16)
    #expect(MemoryLayout<NumberText>.size == 12)
  }
}

/// The catalogue fact that lets recording skip asking each value's field type in
/// rows of tables 三 and 四.
@Suite("Tables 三 and 四 hold counts only")
struct WindowTableTypeTests {
  @Test("Every field of tables 三 and 四 is an integer field", arguments: [Edition.edition2019, .edition2021])
  func countsOnly(edition: Edition) {
    // Tables 三 (applications) and 四 (reviews and litigation) count cases: the
    // template has no amount or text column in either.
    #expect(FieldAssembler.windowTablesHoldIntegers(in: edition))
    #expect(
      edition == .edition2019
        ? FieldAssembler.windowTablesHoldIntegers2019 : FieldAssembler.windowTablesHoldIntegers2021)
  }
}
