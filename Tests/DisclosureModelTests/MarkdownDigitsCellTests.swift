import Testing

@testable import DisclosureModel

/// The shortcut of ``CellValue/read(_:_:trimmed:)`` for a Markdown cell of plain
/// digits between two spaces (` 12 `), checked by hand and against trimming
/// followed by the general reading.
@Suite("Markdown cells of plain digits settled without trimming")
struct MarkdownDigitsCellTests {
  /// The value and bounds of the cell at `range` of `text`.
  static func read(_ text: String, _ range: Range<Int>) -> (value: CellValue, bounds: (Int, Int)) {
    Array(text.utf8).withUnsafeBufferPointer { storage in
      var bounds = (start: -1, end: -1)
      let value = CellValue.read(storage, TextSpan(range), trimmed: &bounds)
      return (value, (bounds.start, bounds.end))
    }
  }

  @Test("Digits between two spaces read as their plain count, bounds within the spaces, by hand")
  func handChecked() {
    // `| 12 | 907 | 1234 | 0 |`: the cells' spans lie between the pipes.
    let row = "| 12 | 907 | 1234 | 0 |"
    let twelve = Self.read(row, 1..<5)
    #expect(twelve.value == .number(NumberText(plainValue: 12)))
    #expect(twelve.bounds == (2, 4))
    let nineHundredSeven = Self.read(row, 6..<11)
    #expect(nineHundredSeven.value == .number(NumberText(plainValue: 907)))
    #expect(nineHundredSeven.bounds == (7, 10))
    let thousands = Self.read(row, 12..<18)
    #expect(thousands.value == .number(NumberText(plainValue: 1234)))
    #expect(thousands.value.plainCount == 1234)
    #expect(thousands.bounds == (13, 17))
    // Eighteen digits, the most plain digits take, and nineteen, read the general way.
    let eighteen = Self.read(" 123456789012345678 ", 0..<20)
    #expect(eighteen.value.plainCount == 123_456_789_012_345_678)
    #expect(eighteen.bounds == (1, 19))
    let nineteen = Self.read(" 1234567890123456789 ", 0..<21)
    #expect(nineteen.value.plainCount == 1_234_567_890_123_456_789)
    #expect(nineteen.bounds == (1, 20))
  }

  @Test("Cells like them that are no plain digits are read the general way, by hand")
  func notPlainDigits() {
    // A decimal, a grouped number, two numbers, two spaces each side, a tab.
    #expect(Self.read(" 1.5 ", 0..<5).value.plainCount == nil)
    #expect(Self.read(" 1.5 ", 0..<5).bounds == (1, 4))
    #expect(Self.read(" 1,234 ", 0..<7).value.plainCount == nil)
    #expect(Self.read(" 1 2 ", 0..<5).value == .text)
    #expect(Self.read("  12  ", 0..<6).value.plainCount == 12)
    #expect(Self.read("  12  ", 0..<6).bounds == (2, 4))
    #expect(Self.read(" 12\t", 0..<4).value.plainCount == 12)
    #expect(Self.read(" 12\t", 0..<4).bounds == (1, 3))
  }

  @Test("Every such cell reads as trimming and the general reading read it")
  func agreesWithTrimming() {
    let middles = ["12", "99", "907", "1234", "1.5", "1,234", "1 2", "0５", "12元", "1-2", "٣4", "12345678901234567890"]
    for middle in middles {
      for (before, after) in [(" ", " "), ("  ", " "), (" ", "  "), ("", " "), (" ", ""), ("\t", " ")] {
        let text = before + middle + after
        Array(text.utf8).withUnsafeBufferPointer { storage in
          var bounds = (start: -1, end: -1)
          let value = CellValue.read(storage, TextSpan(0..<storage.count), trimmed: &bounds)
          let (start, end) = ByteClass.trimmed(storage, TextSpan(0..<storage.count))
          #expect(bounds == (start, end), "\(text)")
          var again = (start: -1, end: -1)
          let inner = CellValue.read(storage, TextSpan(start..<end), trimmed: &again)
          #expect(value == inner, "\(text)")
        }
      }
    }
  }
}
