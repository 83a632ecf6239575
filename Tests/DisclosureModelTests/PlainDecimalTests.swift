import Testing

@testable import DisclosureModel

/// ``CellValue/plainDecimal(_:_:_:)`` reads a plain ASCII decimal (`12.3400`,
/// `-417`) in one pass, ahead of the general reading in ``CellValue/readNumber(_:_:_:)``
/// and ``CellValue/digits(_:_:)``. These tests check hand-worked values, and that
/// whenever it reads a cell it reads exactly what the general reading
/// (``CellValue/readNumber(_:_:_:digits:written:)``) reads, digits included, on many
/// generated cells.
@Suite("Reading plain ASCII decimals at once")
struct PlainDecimalTests {
  /// The fast reading of `text` as a whole trimmed cell.
  static func fast(_ text: String) -> NumberText? {
    var text = text
    return text.withUTF8 { CellValue.plainDecimal($0, 0, $0.count) }
  }

  /// The general reading of `text` as a whole trimmed cell, and its digits.
  static func general(_ text: String) -> (NumberText?, String) {
    var text = text
    return text.withUTF8 { bytes in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { digits in
        var written = 0
        let number = CellValue.readNumber(bytes, 0, bytes.count, digits: digits, written: &written)
        return (number, String(decoding: UnsafeBufferPointer(rebasing: digits[0..<min(written, 32)]), as: UTF8.self))
      }
    }
  }

  /// What ``CellValue/digits(_:_:)`` gives for `text` as a whole cell.
  static func digits(_ text: String) -> String {
    var text = text
    return text.withUTF8 { CellValue.digits($0, TextSpan(0..<$0.count)) }
  }

  @Test("Hand-worked decimals: value of the integer part, sign, fraction, digit count")
  func handWorked() throws {
    let a = try #require(Self.fast("12.3400"))
    #expect(a.integerPart == 12 && a.hasFraction && !a.negative && !a.repaired && a.unit == nil)
    #expect(!a.isPlainCount && !a.isOverlong && a.integer == nil)
    let b = try #require(Self.fast("-417"))
    #expect(b.integerPart == 417 && b.negative && !b.hasFraction && b.integer == -417 && !b.isPlainCount)
    let c = try #require(Self.fast("0.5"))
    #expect(c.integerPart == 0 && c.hasFraction && !c.isZero)
    let d = try #require(Self.fast("7"))
    #expect(d.integerPart == 7 && d.isPlainCount && d.plainCount == 7)
    // 18 digits before the point fit; 19 are left to the general reading.
    let e = try #require(Self.fast("999999999999999999.25"))
    #expect(e.integerPart == 999_999_999_999_999_999)
    #expect(Self.fast("1234567890123456789") == nil)
    #expect(Self.digits("12.3400") == "12.3400")
    #expect(Self.digits(" -0.50 ") == "-0.50")
  }

  @Test("A plain decimal's digits are its ASCII bytes, the same string as decoding them")
  func asciiDigits() {
    for text in ["0", "7", "12.3400", "-417", "-0.5", "123456789012345.678"] {
      let digits = Self.digits(text)
      #expect(digits == text)
      #expect(Array(digits.utf8) == Array(text.utf8))
      #expect(digits.hashValue == String(decoding: Array(text.utf8), as: UTF8.self).hashValue)
      #expect(digits.count == text.utf8.count)
    }
    // Cut at 32 bytes, as every number's digits are.
    #expect(Self.digits("1234567890.12345678901234567890123") == "1234567890.123456789012345678901")
    var bytes = Array("12.5".utf8)
    #expect(bytes.withUnsafeMutableBufferPointer { ValidText.string(ascii: UnsafeBufferPointer($0)) } == "12.5")
  }

  @Test("Cells that are no plain decimal are left to the general reading")
  func refused() {
    for text in ["", "-", ".5", "5.", "-.5", "1..2", "1.2.3", "+5", "1,234", "12元", "１２", "1 2", "--1", "1-", "a1"] {
      #expect(Self.fast(text) == nil, "\(text)")
    }
  }

  @Test("Agrees with the general reading, digits included, on many cells")
  func agreesWithGeneral() {
    let pieces = ["0", "1", "9", "12", "007", "-", ".", "+", ",", "5", "34", "元", "万元", " ", "０", "a"]
    var random = SystemRandomNumberGenerator()
    var read = 0
    for _ in 0..<20_000 {
      let count = Int.random(in: 1...6, using: &random)
      let text = (0..<count).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
      guard let fast = Self.fast(text) else { continue }
      read += 1
      let (general, generalDigits) = Self.general(text)
      #expect(fast == general, "\(text)")
      #expect(Self.digits(text) == generalDigits, "\(text)")
    }
    // Long cells: 1 to 40 digits around a point, the 32-digit cut and overflow.
    for integerCount in 1...22 {
      for fractionCount in [0, 1, 5, 20] {
        for negative in [false, true] {
          let text =
            (negative ? "-" : "") + String(repeating: "9", count: integerCount)
            + (fractionCount > 0 ? "." + String(repeating: "3", count: fractionCount) : "")
          let (general, generalDigits) = Self.general(text)
          if let fast = Self.fast(text) {
            read += 1
            #expect(integerCount <= 18)
            #expect(fast == general, "\(text)")
            #expect(Self.digits(text) == generalDigits, "\(text)")
          } else {
            #expect(integerCount > 18, "\(text)")
          }
        }
      }
    }
    #expect(read > 1_000)
  }
}
