import Testing

@testable import DisclosureModel

/// ``CellValue/readNumber(_:_:_:digits:written:)`` reads each character after the
/// sign as one ASCII byte (full-width and overlong forms mapped to the byte they
/// decode to); before, it compared each decoded scalar with both the ASCII and the
/// full-width forms. These tests check hand-worked values, and that it reads
/// exactly what the scalar-by-scalar reader (``Reference``, the former code) read,
/// on many generated cells, with and without a digits buffer.
@Suite("Reading numbers byte by byte")
struct NumberByteReadTests {
  /// The former reader, scalar by scalar, kept here as the definition.
  enum Reference {
    static func readNumber(
      _ storage: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, digits: UnsafeMutableBufferPointer<UInt8>,
      written: inout Int
    ) -> NumberText? {
      written = 0
      var index = start
      var negative = false
      var repaired = false
      var value: Int? = 0
      var sawDigit = false
      var hasFraction = false
      var groupLength = 0
      var sawGroup = false
      var unit: NumberText.Unit?
      let (first, firstLength) = ByteClass.scalar(in: storage, at: index)
      switch first {
      case 0x2D, 0xFF0D, 0x2212:
        negative = true
        digits[written] = 0x2D
        written += 1
        index += firstLength
        if first != 0x2D { repaired = true }
      case 0x2B, 0xFF0B:
        index += firstLength
      default: break
      }
      while index < end {
        let (scalar, length) = ByteClass.scalar(in: storage, at: index)
        if let digit = ByteClass.digit(scalar) {
          if scalar > 0x7F { repaired = true }
          digits[written] = UInt8(0x30 + digit)
          written += 1
          sawDigit = true
          if !hasFraction {
            if let current = value {
              let (times, overflow1) = current.multipliedReportingOverflow(by: 10)
              let (sum, overflow2) = times.addingReportingOverflow(digit)
              value = overflow1 || overflow2 ? nil : sum
            }
            groupLength += 1
          }
          index += length
          continue
        }
        switch scalar {
        case 0x2C, 0xFF0C:
          guard sawDigit, !hasFraction, groupLength >= 1, groupLength <= 3, !(sawGroup && groupLength != 3) else {
            return nil
          }
          sawGroup = true
          repaired = true
          groupLength = 0
          index += length
          continue
        case 0x2E, 0xFF0E:
          guard sawDigit, !hasFraction, !(sawGroup && groupLength != 3) else { return nil }
          if scalar != 0x2E { repaired = true }
          hasFraction = true
          digits[written] = 0x2E
          written += 1
          index += length
          continue
        default:
          break
        }
        // The unit suffix's reading did not change: the library's own is the reference.
        guard sawDigit, let suffix = CellValue.unitSuffix(storage, index, end) else { return nil }
        unit = suffix
        index = end
      }
      guard sawDigit, digits[written - 1] != 0x2E else { return nil }
      if sawGroup, !hasFraction, groupLength != 3 { return nil }
      return NumberText(
        negative: negative, integerPart: value, digitCount: written, hasFraction: hasFraction, unit: unit,
        repaired: repaired)
    }
  }

  /// What each reader finds in `bytes[start..<end]`: the number, and the digits it
  /// writes (the reader without a buffer must find the same number).
  static func compare(_ bytes: [UInt8], _ start: Int, _ end: Int) {
    bytes.withUnsafeBufferPointer { storage in
      let capacity = end - start + 1
      let expected = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { digits in
        var written = 0
        let number = Reference.readNumber(storage, start, end, digits: digits, written: &written)
        return (number, Array(digits[0..<(number == nil ? 0 : written)]))
      }
      let actual = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { digits in
        var written = 0
        let number = CellValue.readNumber(storage, start, end, digits: digits, written: &written)
        return (number, Array(digits[0..<(number == nil ? 0 : written)]))
      }
      #expect(actual.0 == expected.0, "\(bytes[start..<end])")
      #expect(actual.1 == expected.1, "\(bytes[start..<end])")
      #expect(CellValue.readNumber(storage, start, end) == expected.0, "\(bytes[start..<end])")
    }
  }

  static func number(_ text: String) -> NumberText? {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { CellValue.readNumber($0, 0, bytes.count) }
  }

  @Test(
    "Hand-checked numbers",
    arguments: [
      // (text, integer part, negative, fraction, repaired, unit)
      ("０", 0, false, false, true, nil), ("１２", 12, false, false, true, nil),
      ("1,234", 1234, false, false, true, nil), ("１，２３４", 1234, false, false, true, nil),
      ("12.5", 12, false, true, false, nil), ("１２．５", 12, false, true, true, nil),
      ("－３", 3, true, false, true, nil), ("−7", 7, true, false, true, nil), ("-7", 7, true, false, false, nil),
      ("＋８", 8, false, false, true, nil), ("3件", 3, false, false, false, NumberText.Unit.count),
      ("２万元", 2, false, false, true, .tenThousandYuan), ("5 元", 5, false, false, false, .yuan),
    ] as [(String, Int, Bool, Bool, Bool, NumberText.Unit?)])
  func handChecked(_ example: (String, Int, Bool, Bool, Bool, NumberText.Unit?)) throws {
    let (text, integerPart, negative, hasFraction, repaired, unit) = example
    let number = try #require(Self.number(text))
    #expect(number.integerPart == integerPart)
    #expect(number.negative == negative)
    #expect(number.hasFraction == hasFraction)
    #expect(number.repaired == repaired)
    #expect(number.unit == unit)
  }

  @Test(
    "Not numbers",
    arguments: [
      "１，２", "1,23", "1.", "１．", "．５", ",1", "1.2.3", "3件件", "Ｐ", "１Ｐ", "１　Ａ", "1-", "1−2", "－－1", "+-1", "−",
    ])
  func notNumbers(text: String) {
    #expect(Self.number(text) == nil)
  }

  /// Overlong forms of ASCII (`E0 80 B5` decodes to `5`, `F0 80 80 AC` to `,`)
  /// and a full-width form written with other high bits (`EF FC 90` decodes to
  /// U+FF10) are read as their decoded scalars were.
  @Test("Ill-formed forms read as they decode")
  func illFormed() throws {
    let overlongFive: [UInt8] = [0x31, 0xE0, 0x80, 0xB5]
    let number = try #require(overlongFive.withUnsafeBufferPointer { CellValue.readNumber($0, 0, 4) })
    #expect(number.integerPart == 15)
    #expect(!number.repaired)
    let looseZero: [UInt8] = [0xEF, 0xFC, 0x90]
    let zero = try #require(looseZero.withUnsafeBufferPointer { CellValue.readNumber($0, 0, 3) })
    #expect(zero.integerPart == 0)
    #expect(zero.repaired)
    for bytes in [overlongFive, looseZero, [0x31, 0xF0, 0x80, 0x80, 0xAC, 0x32, 0x33, 0x34], [0x31, 0xEF, 0xBC]] {
      Self.compare(bytes, 0, bytes.count)
    }
  }

  /// Cells of full-width digits only, read three bytes a digit, read as the
  /// general reading reads them: up to 18 digits by the short cut, 19 or more, or
  /// with anything else, by the general reading.
  @Test("Full-width digits only")
  func fullWidthDigitsOnly() throws {
    let zero = try #require(Self.number("０"))
    #expect(zero.integerPart == 0 && zero.repaired && !zero.negative && !zero.hasFraction && zero.unit == nil)
    #expect(Self.number("９０７")?.integerPart == 907)
    #expect(Self.number("１２３４５６７８９０１２３４５６７８")?.integerPart == 123_456_789_012_345_678)
    #expect(Self.number("１２３４５６７８９０１２３４５６７８９")?.integerPart == 1_234_567_890_123_456_789)
    #expect(Self.number("１２３４５６７８９０１２３４５６７８９０") != nil)
    #expect(Self.number("１２３４５６７８９０１２３４５６７８９０")?.integerPart == nil)
    #expect(CellValueTests.digits(" ０１２ ") == "012")
    for text in ["０", "９", "１２", "０１２", "１２３４５６７８９０１２３４５６７８", "１２３４５６７８９０１２３４５６７８９", "０ ", "０Ａ", "０\u{FF1A}"] {
      let bytes = Array(text.utf8)
      Self.compare(bytes, 0, bytes.count)
      if bytes.count > 1 { Self.compare(bytes, 1, bytes.count) }
      Self.compare(bytes + [0xBC, 0x90], 0, bytes.count - 1)
    }
  }

  /// Every cell of one to five pieces drawn from digits, separators, points, signs
  /// and units in ASCII and full width, other characters, white space and broken
  /// bytes, read in place and with its last bytes cut off (a cell that ends inside
  /// a character): both readers agree on each.
  @Test("Agrees with reading scalar by scalar on generated cells")
  func agreesWithScalarReading() {
    let pieces: [String] = [
      "0", "7", "１", "９", "０", ",", "，", ".", "．", "-", "－", "−", "+", "＋", "元", "万元", "件", " ", "　", "a",
      "Ｐ", "、", "一", "\u{00A0}", "\u{FF00}", "\u{FF5E}",
    ]
    var generator = SystemRandomNumberGenerator()
    let broken: [[UInt8]] = [[0xEF], [0xEF, 0xBC], [0xE0, 0x80, 0xB3], [0xC0, 0xAE], [0x80], [0xFF]]
    for _ in 0..<20_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 1...5, using: &generator) {
        if Int.random(in: 0..<10, using: &generator) == 0 {
          bytes += broken.randomElement(using: &generator) ?? []
        } else {
          bytes += Array((pieces.randomElement(using: &generator) ?? "0").utf8)
        }
      }
      let padded = bytes + [0xBC, 0x90]
      Self.compare(padded, 0, bytes.count)
      if bytes.count > 1 { Self.compare(padded, 0, bytes.count - 1) }
    }
  }
}
