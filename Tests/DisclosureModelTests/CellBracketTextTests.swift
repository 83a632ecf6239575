import Testing

@testable import DisclosureModel

/// ``CellValue/read(_:_:trimmed:)`` reads a cell that starts with an opening bracket
/// (`（` or `(`) as text at once, an ideograph-led label before trying plain
/// digits, and skips the placeholder test for a cell led by an ASCII digit: the
/// general way (the placeholder scan, then reading a number) must agree on every
/// such cell.
@Suite("Cells that start with an opening bracket are text")
struct CellBracketTextTests {
  /// The value reading gives `text`, and what the general steps find for its
  /// trimmed bytes: whether it is a placeholder, and the number read, if any.
  static func read(_ text: String) -> (value: CellValue, placeholder: Bool, number: NumberText?) {
    var text = text
    return text.withUTF8 { bytes in
      var bounds = (start: -1, end: -1)
      let value = CellValue.read(bytes, TextSpan(0..<bytes.count), trimmed: &bounds)
      guard bounds.start < bounds.end else { return (value, false, nil) }
      return (
        value, CellValue.placeholderScan(bytes, bounds.start, bounds.end),
        CellValue.readNumber(bytes, bounds.start, bounds.end)
      )
    }
  }

  @Test("Every cell of a bracket and what may follow it is text, as the general steps find")
  func generated() {
    let brackets = ["（", "("]
    let rests = [
      "", "一）予以公开", "二）部分公开", "七）总计", "1)", "12", "-", "—", "/", "无", "一", "０", "3件", "5万元", "）",
      "-3", "１２", "+1", " ", "\u{3000}", "1.5", "1,000",
    ]
    let pads = ["", " ", "\u{3000}", "\t"]
    var checked = 0
    for bracket in brackets {
      for rest in rests {
        for pad in pads {
          let (value, placeholder, number) = Self.read(pad + bracket + rest + pad)
          #expect(value == .text, "\(bracket + rest)")
          #expect(!placeholder && number == nil, "\(bracket + rest)")
          checked += 1
        }
      }
    }
    #expect(checked == 2 * 22 * 4)
  }

  @Test("No cell led by an ASCII digit is a placeholder, so reading skips that test for it")
  func digitLed() {
    let rests = ["", ".属于国家秘密", ". 属于国家秘密", ".5", "-", "—", "/", "无", "一", "件", "万元", ",000", " ", "0", "-1", "a"]
    var checked = 0
    for digit in 0...9 {
      for rest in rests {
        let text = "\(digit)" + rest
        var copy = text
        let (placeholder, mayStart) = copy.withUTF8 {
          (
            CellValue.placeholderScan($0, 0, $0.count),
            CellValue.mayStartPlaceholder($0, 0, $0.count)
          )
        }
        #expect(!placeholder && !mayStart, "\(text)")
        #expect(Self.read(text).value != .placeholder, "\(text)")
        checked += 1
      }
    }
    #expect(checked == 10 * 16)
    // Hand-checked: table 三's numbered labels are text, decimals and counts numbers.
    #expect(Self.read("1.属于国家秘密").value == .text)
    #expect(Self.read(" 2. 其他法律行政法规禁止公开 ").value == .text)
    #expect(
      Self.read("3件").value
        == .number(
          NumberText(negative: false, integerPart: 3, digitCount: 1, hasFraction: false, unit: .count, repaired: false))
    )
    #expect(
      Self.read("1.5").value
        == .number(
          NumberText(negative: false, integerPart: 1, digitCount: 3, hasFraction: true, unit: nil, repaired: false)))
  }

  @Test("Hand-checked cells next to the bracket rule")
  func handChecked() {
    #expect(Self.read("（一）予以公开").value == .text)
    #expect(Self.read(" (三) 不予公开 ").value == .text)
    // A full-width digit (EF BC 90) and the closing bracket (EF BC 89) share the
    // opening bracket's first two bytes; neither is it.
    #expect(
      Self.read("０").value
        == .number(
          NumberText(negative: false, integerPart: 0, digitCount: 1, hasFraction: false, unit: nil, repaired: true)))
    #expect(Self.read("）").value == .text)
    // Ideograph-led labels of up to 18 bytes, once read through the plain digits.
    #expect(Self.read("予以公开").value == .text)
    #expect(Self.read("总计").value == .text)
    // A lone ideograph placeholder, and plain digits, are still read as before.
    #expect(Self.read("无").value == .placeholder)
    #expect(Self.read("一").value == .placeholder)
    #expect(Self.read("1234").value == .number(NumberText(plainValue: 1234)))
    #expect(Self.read(" 907 ").value == .number(NumberText(plainValue: 907)))
  }
}
