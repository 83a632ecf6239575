import DisclosureModel
import Testing

/// `DocumentBuilder.addParagraph`: the common case inlined into the adapters, and the
/// paragraphs at a cap (`InputLimits.paragraphBytes`, `InputLimits.paragraphsPerDocument`)
/// left to its out-of-line path, on either side of each cap.
@Suite("Paragraph limits")
struct ParagraphLimitTests {
  /// The document of one paragraph spanning all of `text`.
  static func document(ofOneParagraph text: String) -> Document {
    var builder = DocumentBuilder(source: SourceText(text))
    builder.addParagraph(0..<text.utf8.count, line: 3)
    return builder.finish()
  }

  @Test("A paragraph of exactly InputLimits.paragraphBytes bytes is kept whole, with no note")
  func paragraphAtTheCap() throws {
    let document = Self.document(ofOneParagraph: String(repeating: "x", count: InputLimits.paragraphBytes))
    #expect(document.paragraphs.map(\.span) == [TextSpan(0..<262_144)])
    #expect(document.paragraphs.map(\.line) == [3])
    #expect(document.notes.isEmpty)
  }

  @Test("A paragraph one byte over the cap is cut to the cap, with a note naming its line")
  func paragraphOverTheCap() throws {
    let document = Self.document(ofOneParagraph: String(repeating: "x", count: InputLimits.paragraphBytes + 1))
    #expect(document.paragraphs.map(\.span) == [TextSpan(0..<262_144)])
    #expect(document.notes.count == 1)
    #expect(document.notes.first?.line == 3)
    #expect(document.notes.first?.message.contains("262145 bytes long") == true)
  }

  @Test("A paragraph over the cap is cut between characters")
  func paragraphCutBetweenCharacters() throws {
    // 87,382 three-byte characters are 262,146 bytes; the cap falls one byte into the
    // last whole character that fits, so the cut is at 87,381 × 3 = 262,143.
    let document = Self.document(ofOneParagraph: String(repeating: "很", count: 87_382))
    #expect(document.paragraphs.map(\.span) == [TextSpan(0..<262_143)])
    #expect(document.notes.count == 1)
  }

  @Test("Paragraphs past InputLimits.paragraphsPerDocument are dropped, with one note naming the first")
  func paragraphsPastTheCap() throws {
    var builder = DocumentBuilder(source: SourceText("ab"))
    for line in 1...(InputLimits.paragraphsPerDocument + 2) {
      builder.addParagraph(0..<2, line: line)
    }
    let document = builder.finish()
    #expect(document.paragraphs.count == 100_000)
    #expect(document.paragraphs.last?.line == 100_000)
    #expect(document.notes.count == 1)
    #expect(document.notes.first?.line == 100_001)
  }

  @Test("A paragraph ends the open row and table before it")
  func paragraphEndsTheTable() throws {
    var builder = DocumentBuilder(source: SourceText("a\tb\nc"))
    builder.addCell(0..<1, line: 1)
    builder.addCell(2..<3, line: 1)
    builder.addParagraph(4..<5, line: 2)
    let document = builder.finish()
    #expect(document.blocks.map(\.line) == [1, 2])
    #expect(document.tables.map(\.rows.count) == [1])
    #expect(document.paragraphs.map(\.span) == [TextSpan(4..<5)])
  }
}
