import Foundation
import Testing

@testable import DisclosureModel

@Suite("Diagnostic messages written when read")
struct DiagnosticMessageTests {
  /// A field definition keyed `key`, as a templated diagnostic keeps its key
  /// (``Diagnostic/keyField``).
  static func field(_ key: String) -> FieldDefinition {
    FieldDefinition(key, .both, section: "", row: "", column: "", type: .integer)
  }

  /// A diagnostic keyed `key` at `line` whose message `template` writes, with
  /// `pieces` written into an arena of its own after `before` (so that its pieces do
  /// not start at 0), as ``FieldAssembler`` makes one.
  static func templated(
    _ template: MessageTemplate, key: String? = "review.total", line: Int? = 12, pieces: [String] = [],
    before: [String] = ["前面的片段"]
  ) -> Diagnostic {
    var arena = MessageArena()
    for piece in before { arena.append(piece) }
    let start = arena.end
    for piece in pieces { arena.append(piece) }
    return Diagnostic(
      storedLine: line, code: .emptyCell, severity: .warning, template: template, pieceStart: UInt32(start),
      keyField: key.map(Self.field), body: template.hasPieces ? arena.string() : "")
  }

  /// Every template with pieces and the message it must write, by hand: the texts
  /// the code wrote before messages were templates.
  static let cases: [(template: MessageTemplate, key: String?, line: Int?, pieces: [String], expected: String)] = [
    (
      .blankReadAsZero, "review.total", 12, [],
      "The cell for review.total at line 12 is empty; it was read as 0 (blank cells read as zero)."
    ),
    (.emptyCell, "review.total", 12, [], "The cell for review.total at line 12 is empty; the value is null."),
    (
      .placeholderCell, "review.total", 12, [],
      "The cell for review.total at line 12 holds only a dash, a slash or 无 (the ways of writing nothing); the value is null."
    ),
    (.notANumber, "review.total", 12, [], "The cell for review.total at line 12 is not a number; the value is null."),
    (
      .normalizedNumber, "review.total", 7, [],
      "The number for review.total at line 7 was written with full-width digits or thousands separators."
    ),
    (
      .tooLarge, "review.total", 7, [],
      "The value for review.total at line 7 is too large for a 64-bit integer; the value is null."
    ),
    (
      .zeroRow, "review.total", 40, ["行政复议"],
      "Every value of the row 「行政复议」 at line 40 is 0 and at most one cell is missing or extra, so every column is 0."
    ),
    (.totalOnly, nil, 41, ["总计"], "The row 「总计」 at line 41 holds only its total."),
    (.totalOnly, nil, 41, [""], "The row 「」 at line 41 holds only its total."),
    (
      .totalOnlyColumn, "review.total", 41, ["总计"],
      "The row 「总计」 at line 41 holds only its total; this column's value is null."
    ),
    (
      .extraEmptyCells, nil, 67, ["本年新收政府信息公开申请数量"],
      "The row 「本年新收政府信息公开申请数量」 at line 67 has empty cells after its values, more than the table's columns; they were dropped."
    ),
    (
      .extraEmptyCells, nil, 67, [""],
      "The row of numbers at line 67 has empty cells after its values, more than the table's columns; they were dropped."
    ),
    (
      .duplicateRow, "review.total", 90, ["结果", "45"],
      "The row 「结果」 at line 90 repeats values already read at line 45; the values that agree were read once."
    ),
    (
      .cannotPlace, "review.total", 50, ["", "two values"],
      "The row of numbers at line 50 has values that cannot be placed in their columns with certainty (two values); the value is null."
    ),
    (
      .groupRow, nil, 8, ["其他处理", "2021"],
      "The group row 「其他处理」 holds numbers, which the 2021 template has no field for; they were not used."
    ),
    (
      .missingKeys, nil, 8, ["（一）", "2019", "a.b, a.c"],
      "The row 「（一）」 has columns that the 2019 template lacks (a.b, a.c); they were not used."
    ),
    (
      .overlong, "review.total", 3, ["1234"],
      "The value for review.total at line 3 has more than \(NumberText.maximumDigits) digits (1234…); the value is null."
    ),
    (
      .unitMismatch, "review.total", 3, ["251000", "a count"],
      "The value for review.total at line 3 is written in a unit the field does not use (251000 with a unit other than a count); the value is null."
    ),
    (
      .fraction, "review.total", 3, ["1.5"],
      "The value for review.total at line 3 (1.5) is not a whole number; the value is null."
    ),
    (
      .conflict, "review.total", 30, ["5", "20", "6"],
      "review.total is 5 at line 20 but 6 in the repeated row at line 30; the copies disagree, so the value is null."
    ),
    (
      .conflict, "review.total", 30, ["null", "?", "6"],
      "review.total is null at line ? but 6 in the repeated row at line 30; the copies disagree, so the value is null."
    ),
    (
      .inferredFromTotal, "review.a", nil, ["review.total"],
      "review.a is 0: its cell is empty or missing, but its row's total review.total is 0 and counts are never negative."
    ),
    (
      .inferredFromParts, "review.total", nil, [],
      "review.total is 0: its cell is empty or missing, but every other value of its row is 0, so the total is 0."
    ),
    (
      .missingRow, "review.total", 88, ["行政复议 总计"],
      "The row 「行政复议 总计」 is not in the text (its table ends near line 88); review.total is null."
    ),
    (
      .missingTable, "review.total", 88, ["四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"],
      "The table for review.total (四、因政府信息公开工作被申请行政复议、提起行政诉讼情况) was not found (looked up to line 88); the value is null."
    ),
  ]

  @Test("Each template writes its message as the eager code wrote it")
  func templates() {
    for (template, key, line, pieces, expected) in Self.cases {
      let diagnostic = Self.templated(template, key: key, line: line, pieces: pieces)
      #expect(diagnostic.message == expected, "\(template)")
      // Pieces at the arena's start read the same.
      #expect(Self.templated(template, key: key, line: line, pieces: pieces, before: []).message == expected)
      // Written at once from the arena's bytes, as the assembler's fallback writes it.
      var arena = MessageArena()
      for piece in pieces { arena.append(piece) }
      let now = arena.bytes.withUnsafeBufferPointer { template.message(key: key, line: line, pieces: $0, start: 0) }
      #expect(now == expected)
    }
    // Every template but `text` and the sections' (``sections()``) is covered.
    let covered = Set(Self.cases.map(\.template.rawValue))
    let sections: [MessageTemplate] = [.text, .keyedText, .foundByShape, .missingSection]
    #expect(covered == Set(MessageTemplate.allCases.filter { !sections.contains($0) }.map(\.rawValue)))
  }

  @Test("A section's message names the section kept in place of the pieces' start")
  func sections() {
    func section(_ template: MessageTemplate, _ number: UInt32, line: Int?) -> Diagnostic {
      Diagnostic(
        storedLine: line, code: .missingSection, severity: .info, template: template, pieceStart: number,
        keyField: nil, body: "")
    }
    #expect(
      section(.foundByShape, 3, line: 40).message
        == "The heading of section 三、收到和处理政府信息公开申请情况 is missing; its table was found by its labels and shape at line 40."
    )
    #expect(
      section(.foundByShape, 2, line: 7).message
        == "The heading of section 二、主动公开政府信息情况 is missing; its table was found by its labels and shape at line 7.")
    #expect(section(.missingSection, 1, line: nil).message == "Section 一、总体情况 has no heading in the text.")
    #expect(section(.missingSection, 6, line: nil).message == "Section 六、其他需要报告的事项 has no heading in the text.")
    // A number without a name is written as the number.
    #expect(section(.missingSection, 9, line: nil).message == "Section 9 has no heading in the text.")
    #expect(
      section(.missingSection, 4, line: nil)
        == Diagnostic(.missingSection, .info, line: nil, "Section 四、政府信息公开行政复议、行政诉讼情况 has no heading in the text."))
    #expect(section(.missingSection, 4, line: nil) != section(.missingSection, 5, line: nil))
  }

  @Test("Pieces of every length come back whole, and a cut arena reads no further than its end")
  func arenaPieces() {
    let lengths = [0, 1, 63, 64, 65, 4095, 4096, 4097, 262_144, 300_001]
    var arena = MessageArena()
    let texts = lengths.map { String(repeating: "a", count: $0) } + ["一二三", "😀"]
    for text in texts { arena.append(text) }
    arena.append(-9_223_372_036_854_775_807 - 1)
    arena.append(0)
    arena.append(Int.max)
    arena.bytes.withUnsafeBufferPointer { bytes in
      var pieces = MessageArena.Pieces(bytes, from: 0)
      for text in texts { #expect(String(decoding: pieces.next(), as: UTF8.self) == text) }
      #expect(String(decoding: pieces.next(), as: UTF8.self) == "-9223372036854775808")
      #expect(String(decoding: pieces.next(), as: UTF8.self) == "0")
      #expect(String(decoding: pieces.next(), as: UTF8.self) == "9223372036854775807")
      #expect(pieces.next().isEmpty)
      #expect(pieces.next().isEmpty)
    }
    // A length of 64 is two bytes (0x40, 0x01); 4096 is three (0x40, 0x40, 0x01).
    var small = MessageArena()
    small.append(String(repeating: "b", count: 64))
    #expect(Array(small.bytes.prefix(2)) == [0x40, 0x01])
    var large = MessageArena()
    large.append(String(repeating: "b", count: 4096))
    #expect(Array(large.bytes.prefix(3)) == [0x40, 0x40, 0x01])
    // Cut inside a piece, or inside a length: the piece ends at the arena's end.
    let cut = Array(large.bytes.prefix(10))
    cut.withUnsafeBufferPointer { bytes in
      var pieces = MessageArena.Pieces(bytes, from: 0)
      #expect(pieces.next().count == 7)
      #expect(pieces.next().isEmpty)
      var inLength = MessageArena.Pieces(UnsafeBufferPointer(rebasing: bytes[..<2]), from: 0)
      #expect(inLength.next().isEmpty)
      var past = MessageArena.Pieces(bytes, from: 100)
      #expect(past.next().isEmpty)
    }
    // The arena is valid UTF-8: its string holds the same bytes.
    #expect(Array(arena.string().utf8) == arena.bytes)
  }

  @Test("A templated diagnostic equals, and hashes as, the same diagnostic made with its text")
  func equalityAndHash() {
    for (template, key, line, pieces, expected) in Self.cases {
      let templated = Self.templated(template, key: key, line: line, pieces: pieces)
      let text = Diagnostic(.emptyCell, .warning, line: line, key: key, expected)
      #expect(templated == text)
      #expect(text == templated)
      #expect(templated.hashValue == text.hashValue)
      #expect(Set([templated, text]).count == 1)
      var other = text
      other.message += "!"
      #expect(templated != other)
    }
    // Same template, key and line, different pieces: different messages.
    let first = Self.templated(.totalOnly, pieces: ["总计"])
    let second = Self.templated(.totalOnly, pieces: ["合计"])
    #expect(first != second)
    #expect(first == Self.templated(.totalOnly, pieces: ["总计"], before: ["其他", "片段"]))
  }

  @Test("Codable: the message is coded as text, with the same keys as before")
  func codable() throws {
    let templated = Self.templated(.cannotPlace, pieces: ["（一）", "two values"])
    let data = try JSONEncoder().encode(templated)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(Set(object.keys) == ["code", "severity", "line", "key", "message"])
    #expect(
      object["message"] as? String
        == "The row 「（一）」 at line 12 has values that cannot be placed in their columns with certainty (two values); the value is null."
    )
    #expect(object["line"] as? Int == 12)
    let decoded = try JSONDecoder().decode(Diagnostic.self, from: data)
    #expect(decoded == templated)
    #expect(decoded.message == templated.message)
    // `nil` line and key are left out, as the synthesised coding left them out.
    let bare = Diagnostic(.missingSection, .info, line: nil, "No heading.")
    let bareObject = try #require(
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(bare)) as? [String: Any])
    #expect(Set(bareObject.keys) == ["code", "severity", "message"])
    #expect(try JSONDecoder().decode(Diagnostic.self, from: JSONEncoder().encode(bare)) == bare)
  }

  @Test("Setting the message keeps the text; setting the key or line keeps a templated message as made")
  func setters() {
    var diagnostic = Self.templated(.emptyCell)
    #expect(diagnostic.message == "The cell for review.total at line 12 is empty; the value is null.")
    diagnostic.key = "review.other"
    diagnostic.line = 99
    #expect(diagnostic.key == "review.other")
    #expect(diagnostic.line == 99)
    #expect(diagnostic.message == "The cell for review.total at line 12 is empty; the value is null.")
    diagnostic.message = "自定义"
    #expect(diagnostic.message == "自定义")
    diagnostic.key = nil
    #expect(diagnostic.message == "自定义")
    #expect(diagnostic == Diagnostic(.emptyCell, .warning, line: 99, key: nil, "自定义"))
  }

  @Test("Printed as when the message was a stored property")
  func printed() {
    let diagnostic = Self.templated(.emptyCell, line: 3)
    #expect(
      String(describing: diagnostic)
        == #"Diagnostic(code: DisclosureModel.DiagnosticCode.emptyCell, severity: DisclosureModel.Diagnostic.Severity.warning, line: Optional(3), key: Optional("review.total"), message: "The cell for review.total at line 3 is empty; the value is null.")"#
    )
  }

  @Test("A diagnostic is 40 bytes (48 when its key was a String, 56 when its message was a stored String)")
  func size() {
    #expect(MemoryLayout<Diagnostic>.size == 40)
    #expect(MemoryLayout<Diagnostic>.stride == 40)
  }

  @Test("A key given as text is kept with the message, whatever its length and characters")
  func keyedText() throws {
    let long = String(repeating: "键", count: 30)  // 90 bytes: a length of two bytes
    for key in ["", "report.title", "a\u{0}b", long, String(repeating: "k", count: 5_000)] {
      for message in ["", "The report's title was not found.", "自定义\u{0}", long] {
        let diagnostic = Diagnostic(.missingMetadata, .warning, line: 4, key: key, message)
        #expect(diagnostic.template == .keyedText)
        #expect(diagnostic.keyField == nil)
        #expect(diagnostic.key == key)
        #expect(diagnostic.message == message)
        let text = Diagnostic.keyedText(key: key, message: message)
        #expect(Diagnostic.keyAndMessage(keyedText: text) == (key, message))
        #expect(try JSONDecoder().decode(Diagnostic.self, from: JSONEncoder().encode(diagnostic)) == diagnostic)
      }
    }
    // The form by hand: each piece's length in base 64, lowest six bits first.
    #expect(Array(Diagnostic.keyedText(key: "ab", message: "c").utf8) == [0x02, 0x61, 0x62, 0x01, 0x63])
    #expect(Array(Diagnostic.keyedText(key: "", message: "").utf8) == [0x00, 0x00])
    #expect(Array(Diagnostic.keyedText(key: long, message: "").utf8.prefix(2)) == [0x40 | 26, 0x01])
    // Without a key, the message alone is the text.
    let bare = Diagnostic(.missingSection, .info, line: nil, "No heading.")
    #expect(bare.template == .text && bare.body == "No heading." && bare.key == nil)
  }

  @Test("A key kept as a field and the same key given as text make equal diagnostics")
  func keyForms() {
    let field = Self.templated(.emptyCell, key: "review.total", line: 12)
    let message = "The cell for review.total at line 12 is empty; the value is null."
    let text = Diagnostic(.emptyCell, .warning, line: 12, key: "review.total", message)
    #expect(field.keyField?.key == "review.total" && field.template == .emptyCell)
    #expect(text.keyField == nil && text.template == .keyedText)
    #expect(field == text && text == field)
    #expect(field.hashValue == text.hashValue)
    #expect(field != Diagnostic(.emptyCell, .warning, line: 12, key: "review.other", message))
    #expect(field != Diagnostic(.emptyCell, .warning, line: 12, key: nil, message))
    // Setting the message keeps the key in either form.
    var fieldKeyed = field
    fieldKeyed.message = "新的"
    #expect(fieldKeyed.template == .text && fieldKeyed.keyField?.key == "review.total")
    #expect(fieldKeyed.key == "review.total" && fieldKeyed.message == "新的")
    var textKeyed = text
    textKeyed.message = "新的"
    #expect(textKeyed.template == .keyedText && textKeyed.key == "review.total" && textKeyed.message == "新的")
    #expect(fieldKeyed == textKeyed)
    // Setting the key keeps the message and keeps the key as text.
    fieldKeyed.key = "review.a"
    #expect(fieldKeyed.template == .keyedText && fieldKeyed.keyField == nil)
    #expect(fieldKeyed.key == "review.a" && fieldKeyed.message == "新的")
    fieldKeyed.key = nil
    #expect(fieldKeyed.template == .text && fieldKeyed.key == nil && fieldKeyed.message == "新的")
  }
}
