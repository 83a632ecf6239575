import DisclosureModel
import MarkdownLayout
import Testing

/// The run of pipe rows searched once for its first backslash: the rows that end
/// before it are split without testing each block for an escape, the rows from the
/// one holding it on as before. Both ways must add the same cells as the rows read
/// one at a time.
@Suite("Pipe run escape scan")
struct PipeRunEscapeScanTests {
  /// `DocumentBuilder.firstIndex(of:in:from:to:)` over `text`'s bytes.
  static func firstBackslash(_ text: String, from start: Int, to end: Int) -> Int {
    Array(text.utf8).withUnsafeBufferPointer {
      DocumentBuilder.firstIndex(of: 0x5C, in: $0, from: start, to: end)
    }
  }

  @Test("The first backslash in a range, or the range's end when it holds none")
  func firstIndexFindsTheFirst() {
    // "ab\cd\" : backslashes at 2 and 5.
    let text = "ab\\cd\\"
    #expect(Self.firstBackslash(text, from: 0, to: 6) == 2)
    #expect(Self.firstBackslash(text, from: 2, to: 6) == 2)
    #expect(Self.firstBackslash(text, from: 3, to: 6) == 5)
    #expect(Self.firstBackslash(text, from: 3, to: 5) == 5)
    #expect(Self.firstBackslash(text, from: 0, to: 2) == 2)
    #expect(Self.firstBackslash(text, from: 4, to: 4) == 4)
    #expect(Self.firstBackslash(text, from: 5, to: 3) == 3)
    #expect(Self.firstBackslash("", from: 0, to: 0) == 0)
    // Past the first 64 bytes, and after ideographs (规 is E8 A7 84).
    let long = String(repeating: "规", count: 40) + "\\"
    #expect(Self.firstBackslash(long, from: 0, to: 121) == 120)
    #expect(Self.firstBackslash(long, from: 0, to: 120) == 120)
  }

  @Test("The search agrees with a byte-by-byte one over every range of a text")
  func firstIndexAgreesWithALoop() {
    let text = "| a\\|b | 0 |\n" + String(repeating: "x", count: 70) + "\\\\" + String(repeating: "|y", count: 20)
    let bytes = Array(text.utf8)
    for start in 0...bytes.count {
      for end in start...bytes.count {
        let expected = bytes[start..<end].firstIndex(of: 0x5C) ?? end
        #expect(Self.firstBackslash(text, from: start, to: end) == expected)
      }
    }
  }

  /// Every row's cells as text, per table.
  static func cellTexts(_ document: Document) -> [[[String]]] {
    document.tables.map { $0.rows.map { $0.cells.map { document.text($0) } } }
  }

  /// Runs with a backslash in the first, a middle or the last row, escaping a pipe
  /// or another byte, next to rows without a trailing pipe, blank rows, CR LF line
  /// ends and trailing spaces.
  static let texts: [String] = [
    "|a\\|b|c|\n|d|e|\n|f|g|\n",
    "|a|b|\n|c\\|d|e|\n|f|g|\n",
    "|a|b|\n|c|d|\n|e\\\\|f|\n",
    "|a|b|\r\n|c|d\r\n|  \r\n|e\\x|f|  \r\n|g|h|\r\n",
    "| 规章 | 0 |  \n| 行政 | 1 \n|\\|\n| 尾 |\n",
    "|" + String(repeating: "0|", count: 40) + "\\\n|" + String(repeating: "1|", count: 40) + "\n",
    "|" + String(repeating: "0|", count: 40) + "\n|" + String(repeating: "1|", count: 40) + "\\|2|\n|3|\n",
  ]

  @Test("Runs with and without backslashes add what rows one at a time add", arguments: texts)
  func runsMatchRows(text: String) {
    let inRuns = MarkdownLayout().makeDocument(from: SourceText.forTests(text, keepingShapes: true))
    let byRow = MarkdownLayout().makeDocument(from: SourceText.forTests(text, keepingShapes: false))
    #expect(inRuns == byRow)
  }

  @Test("Rows before the first backslash are read without escapes, the rest with them")
  func cellsAroundAnEscape() {
    let text = "|a|b|\n|c\\|d|e|\n|f\\\\|g\n"
    let document = MarkdownLayout().makeDocument(from: SourceText.forTests(text, keepingShapes: true))
    #expect(Self.cellTexts(document) == [[["a", "b"], ["c|d", "e"], ["f\\\\", "g"]]])
    #expect(document.tables[0].rows.map(\.line) == [1, 2, 3])
  }
}
