import Testing

@testable import DisclosureModel

/// ``MetadataReader/findYear(inBytes:)`` passes a three-byte scalar led by 0xE0 to
/// 0xEE (an ideograph, say) in one step instead of a byte at a time. These tests
/// check the offsets it gives by hand, and that it finds what a plain scalar-by-scalar
/// search finds on titles mixing every length of scalar.
@Suite("The year found past whole scalars")
struct MetadataYearStrideTests {
  /// The year of `text`'s UTF-8, as `findYear(inBytes:)` gives it.
  private static func year(_ text: String) -> (year: Int, lower: Int, upper: Int)? {
    Array(text.utf8).withUnsafeBufferPointer { MetadataReader.findYear(inBytes: $0) }
  }

  /// The year the same way found by walking `text` scalar by scalar, with the
  /// scalars' UTF-8 offsets: a run of exactly four digits (ASCII or full-width),
  /// between 1990 and 2099, then any spaces (the two the pieces below hold), then 年.
  private static func referenceYear(_ text: String) -> (year: Int, lower: Int, upper: Int)? {
    var scalars: [(value: Unicode.Scalar, offset: Int)] = []
    var offset = 0
    for scalar in text.unicodeScalars {
      scalars.append((scalar, offset))
      offset += String(scalar).utf8.count
    }
    func digit(_ scalar: Unicode.Scalar) -> Int? {
      switch scalar.value {
      case 0x30...0x39: Int(scalar.value - 0x30)
      case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)
      default: nil
      }
    }
    var position = 0
    while position < scalars.count {
      guard digit(scalars[position].value) != nil else {
        position += 1
        continue
      }
      let start = position
      var value = 0
      while position < scalars.count, let next = digit(scalars[position].value) {
        if position - start < 4 { value = value * 10 + next }
        position += 1
      }
      guard position - start == 4 else { continue }
      var after = position
      while after < scalars.count, [0x20, 0x3000].contains(scalars[after].value.value) { after += 1 }
      if after < scalars.count, (1990...2099).contains(value), scalars[after].value == "年" {
        let end = after + 1 < scalars.count ? scalars[after + 1].offset : offset
        return (value, scalars[start].offset, end)
      }
    }
    return nil
  }

  @Test("Offsets after ideographs, counted by hand")
  func handCounted() throws {
    // Ten ideographs of three bytes: the year starts at byte 30, its 年 ends at 37.
    let plain = try #require(Self.year("北京市朝阳区人民政府2023年政府信息公开工作年度报告"))
    #expect(plain.year == 2023 && plain.lower == 30 && plain.upper == 37)
    // Two ideographs (6 bytes), then four full-width digits of three bytes each
    // (led by 0xEF, never passed whole): the year spans bytes 6 to 21.
    let wide = try #require(Self.year("某局２０２１年报告"))
    #expect(wide.year == 2021 && wide.lower == 6 && wide.upper == 21)
    // A two-byte scalar (é) and a four-byte one (𠀀) before the year: 2 + 4 + 3 bytes.
    let mixed = try #require(Self.year("é𠀀局2019年"))
    #expect(mixed.year == 2019 && mixed.lower == 9 && mixed.upper == 16)
    // An ideograph right before and after a digit run that is not a year.
    #expect(Self.year("局12345年局") == nil)
    #expect(Self.year("局1989年局") == nil)
  }

  @Test("The same year as a scalar-by-scalar search, on mixed titles")
  func agreesWithScalarSearch() {
    let pieces = [
      "局", "政府", "2020", "２０２２", "年", " ", "　", "é", "𠀀", "19", "2019", "12345", "报告", "A", "\u{3000}",
      "年度", "（", "）",
    ]
    var generator = SystemRandomNumberGenerator()
    var texts: [String] = ["", "年", "2020", "2020年", "局2020年", "２０２０ 年"]
    for _ in 0..<2_000 {
      let count = Int.random(in: 1...8, using: &generator)
      texts.append((0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined())
    }
    for text in texts {
      let found = Self.year(text)
      let expected = Self.referenceYear(text)
      #expect(found?.year == expected?.year, "\(text)")
      #expect(found?.lower == expected?.lower, "\(text)")
      #expect(found?.upper == expected?.upper, "\(text)")
    }
  }
}
