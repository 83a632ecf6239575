import DisclosureKit
import DisclosureSynthesis
import Foundation
import Testing

/// The JSON line of a report as `JSONLinesWriter` wrote it before it had a writer of
/// its own: `JSONEncoder` with sorted keys and unescaped slashes over `Report`'s
/// `Codable` conformance, plus `path`, then a line feed.
enum EncoderReference {
  private struct ReportLine: Encodable {
    var path: String
    var report: Report

    enum CodingKeys: String, CodingKey {
      case path
    }

    func encode(to encoder: any Encoder) throws {
      try report.encode(to: encoder)
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(path, forKey: .path)
    }
  }

  private struct ErrorLine: Encodable {
    var path: String
    var error: String
  }

  private static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  static func line(path: String, report: Report) -> [UInt8] {
    do {
      return Array(try encoder().encode(ReportLine(path: path, report: report))) + [0x0A]
    } catch {
      return line(path: path, error: "The report could not be encoded as JSON: \(error)")
    }
  }

  static func line(path: String, error: String) -> [UInt8] {
    Array((try? encoder().encode(ErrorLine(path: path, error: error))) ?? Data("{}".utf8)) + [0x0A]
  }
}

@Suite("JSON Lines writer: the bytes of JSONEncoder")
struct ReportJSONWriterTests {
  /// Where a value was read (the model's, not the test library's source location).
  typealias Location = DisclosureModel.SourceLocation

  // MARK: Helpers

  static func written(path: String, report: Report) -> [UInt8] {
    var bytes: [UInt8] = []
    JSONLinesWriter().appendLine(path: path, report: report, to: &bytes)
    return bytes
  }

  static func written(path: String, error: String) -> [UInt8] {
    var bytes: [UInt8] = []
    JSONLinesWriter().appendLine(path: path, error: error, to: &bytes)
    return bytes
  }

  /// Where two byte strings first differ, with some text around it, for a failure
  /// message.
  static func difference(_ actual: [UInt8], _ expected: [UInt8]) -> String {
    let common = zip(actual, expected).prefix { $0 == $1 }.count
    let from = max(0, common - 60)
    func excerpt(_ bytes: [UInt8]) -> String {
      String(decoding: bytes[min(from, bytes.count)..<min(common + 60, bytes.count)], as: UTF8.self)
    }
    return "sizes \(actual.count) and \(expected.count), first difference at byte \(common):\n"
      + "written:  \(excerpt(actual))\nexpected: \(excerpt(expected))"
  }

  /// Expects the writer's line of `report` to be the encoder's, byte for byte.
  static func expectSameBytes(
    path: String, report: Report, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let actual = written(path: path, report: report)
    let expected = EncoderReference.line(path: path, report: report)
    #expect(actual == expected, "\(path): \(difference(actual, expected))", sourceLocation: sourceLocation)
  }

  /// A definition with `key` and nothing else of note.
  static func definition(_ key: String, _ type: ValueType = .integer) -> FieldDefinition {
    FieldDefinition(key, .both, section: "-", row: "-", column: "-", type: type)
  }

  /// A report with `fields` and the rest empty.
  static func report(fields: [Field], edition: Edition = .edition2021) -> Report {
    Report(
      metadata: ReportMetadata(title: nil, agency: nil, year: nil, edition: edition, layout: "tsv", encoding: "utf-8"),
      sections: [], fields: fields, checks: [], diagnostics: [])
  }

  // MARK: Hand-checked text

  @Test("A tiny report: the exact text, written by hand from the encoding rules")
  func handChecked() throws {
    let report = Report(
      metadata: ReportMetadata(
        title: nil, agency: nil, year: 2021, edition: .edition2021, layout: "tsv", encoding: "utf-8",
        blankCellsReadAsZero: true),
      sections: [Section(number: 1, heading: "一、总体情况", line: 3, text: "x\ty")],
      fields: [
        Field(definition: Self.definition("report.title", .text), value: .text("A\"/\\\n\u{1}é")),
        Field(definition: Self.definition("report.year"), value: .integer(2021), source: Location(line: 1)),
        Field(
          definition: Self.definition("review.total"), value: .integer(-3), source: Location(line: 9, cell: 2)),
        Field(definition: Self.definition("review.Upheld"), value: nil),
        Field(definition: Self.definition("proactive.fees.amount", .decimal), value: .decimal("0.50")),
      ],
      checks: [
        CheckResult(
          id: .reviewTotal, status: .fail,
          failures: [.init(key: "review.total", stated: -3, computed: 0, parts: ["review.Upheld"])])
      ],
      diagnostics: [
        Diagnostic(.emptyCell, .warning, line: 9, key: "review.Upheld", "空"),
        Diagnostic(.missingMetadata, .info, line: nil, "No agency"),
      ])
    // Members sorted by bytes ("Upheld" before "total": U < t); `nil` line and key
    // left out; `null` for the value that is missing; `/` and é as they are.
    let expected =
      #"{"blankCellsReadAsZero":true,"#
      + #""checks":[{"failures":[{"computed":0,"key":"review.total","parts":["review.Upheld"],"stated":-3}],"#
      + #""id":"review.total","status":"fail"}],"#
      + #""diagnostics":[{"code":"emptyCell","key":"review.Upheld","line":9,"message":"空","severity":"warning"},"#
      + #"{"code":"missingMetadata","message":"No agency","severity":"info"}],"#
      + #""encoding":"utf-8","#
      + #""fields":{"proactive":{"fees":{"amount":"0.50"}},"report":{"title":"A\"/\\\n\u0001é","year":2021},"#
      + #""review":{"Upheld":null,"total":-3}},"#
      + #""path":"dir/r\#u{2028}.txt","#
      + #""sections":[{"heading":"一、总体情况","line":3,"number":1,"text":"x\ty"}],"#
      + #""sources":{"report.year":{"line":1},"review.total":{"cell":2,"line":9}}}"#
      + "\n"
    let path = "dir/r\u{2028}.txt"
    #expect(String(decoding: Self.written(path: path, report: report), as: UTF8.self) == expected)
    #expect(Self.written(path: path, report: report) == Array(expected.utf8))
    // The encoder agrees with the hand-written text too.
    #expect(EncoderReference.line(path: path, report: report) == Array(expected.utf8))
  }

  @Test("An error line: the exact text, written by hand")
  func handCheckedError() {
    let line = Self.written(path: "a/\"b\".txt", error: "Not a report:\tno \\ heading\u{7}")
    #expect(
      String(decoding: line, as: UTF8.self) == #"{"error":"Not a report:\tno \\ heading\u0007","path":"a/\"b\".txt"}"#
        + "\n")
    #expect(line == EncoderReference.line(path: "a/\"b\".txt", error: "Not a report:\tno \\ heading\u{7}"))
  }

  @Test("Lines are appended after what the buffer holds")
  func appends() throws {
    let report = try Fixtures.parse("handmade/h2019.md.txt")
    var bytes: [UInt8] = [0x41, 0x0A]
    JSONLinesWriter().appendLine(path: "x", report: report, to: &bytes)
    JSONLinesWriter().appendLine(path: "y", error: "e", to: &bytes)
    let expected =
      [0x41, 0x0A] + EncoderReference.line(path: "x", report: report) + EncoderReference.line(path: "y", error: "e")
    #expect(bytes == expected)
    #expect(bytes.filter { $0 == 0x0A }.count == 3)
  }

  // MARK: Fixtures and generated reports

  @Test("Every fixture file: its report line, or its error line, is the encoder's")
  func fixtures() throws {
    let root = try Fixtures.url("")
    let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
    var paths: [String] = []
    for case let url as URL in enumerator where !url.hasDirectoryPath {
      paths.append(String(url.path.dropFirst(root.path.count)).trimmingCharacters(in: ["/"]))
    }
    paths.sort()
    var reports = 0
    var errors = 0
    for path in paths {
      let bytes = try Fixtures.bytes(path)
      for options in [ParseOptions(), ParseOptions(blankAsZero: true)] {
        do {
          let report = try ReportParser(registry: .standard, options: options).parse(bytes)
          Self.expectSameBytes(path: path, report: report)
          reports += 1
        } catch {
          let actual = Self.written(path: path, error: error.description)
          #expect(actual == EncoderReference.line(path: path, error: error.description), "\(path)")
          errors += 1
        }
      }
    }
    // 18 reports (5 seeds, 9 hand-made, 3 Shanghai texts and the Shanghai HTML
    // page), each parsed twice; the 13 others (README, truths) are error lines.
    #expect(paths.count == 31)
    #expect(reports == 36)
    #expect(errors == 26)
    #expect(reports + errors == paths.count * 2)
  }

  @Test("300 clean and 300 damaged generated reports, in every layout")
  func generated() throws {
    var generator = ReportGenerator(seed: 41_017)
    var random = SyntheticRandom(seed: 41_017 ^ 0x5EED)
    let layouts = SyntheticLayout.allCases
    let kinds = DamageKind.allCases
    var compared = 0
    var withCells = 0
    var withNulls = 0
    var withFailures = 0
    for index in 0..<600 {
      var damage: Set<DamageKind> = []
      if index >= 300 {
        let count = Int(random.next() % 3) + 1
        while damage.count < count { damage.insert(kinds[Int(random.next() % UInt64(kinds.count))]) }
      }
      let layout = layouts[index % layouts.count]
      let rendered = generator.next().render(layout, damage: damage, seed: random.next())
      let report = try ReportParser.standard.parse(rendered.bytes)
      let path = "corpus/\(index < 300 ? "clean" : "damaged")/\(index)-\(layout.rawValue).txt"
      Self.expectSameBytes(path: path, report: report)
      compared += 1
      if report.fields.contains(where: { $0.source?.cell != nil }) { withCells += 1 }
      if report.fields.contains(where: { $0.value == nil }) { withNulls += 1 }
      if report.checks.contains(where: { !$0.failures.isEmpty }) { withFailures += 1 }
    }
    #expect(compared == 600)
    // The corpus exercises the members that may be absent or empty.
    #expect(withCells == 600)
    #expect(withNulls > 100)
    #expect(withFailures > 20)
  }

  // MARK: Hostile strings

  /// Strings that need every kind of escape, and some that need none but look as if
  /// they might.
  static let hostileStrings: [String] = [
    "",
    "\"",
    "\\",
    "/",
    "\\/",
    "\"\"\\\\//",
    "a\"b\\c/d",
    String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }),
    "\u{0}",
    "\u{1F}",
    "\u{7F}",
    "\u{80}\u{9F}\u{A0}",
    "\u{2028}\u{2029}",
    "😀👩‍👩‍👧🇨🇳",
    "e\u{301}",
    "\u{FEFF}\u{FFFD}",
    "\r\n\t\u{8}\u{C}\u{B}",
    "中华人民共和国政府信息公开条例",
    "end\\",
    "\"start",
    String(repeating: "\"\\\n", count: 300) + "x",
  ]

  /// A hostile string, named in the test output by its escaped first characters.
  struct Hostile: Sendable, CustomTestStringConvertible {
    var text: String
    var testDescription: String { String(text.debugDescription.prefix(40)) }
  }

  @Test("Hostile strings in every string of a report and in its path", arguments: hostileStrings.map(Hostile.init))
  func hostile(_ hostile: Hostile) throws {
    let text = hostile.text
    var report = try Fixtures.parse("handmade/h2021.md.txt")
    report.metadata.encoding = text
    for index in report.fields.indices where report.fields[index].definition.type == .text {
      report.fields[index].value = .text(text)
    }
    report.fields[0].value = .text("title " + text)
    report.fields[1].value = .text(text + " agency")
    report.sections = [
      Section(number: 1, heading: text, line: 1, text: text),
      Section(number: 2, heading: "二、\(text)", line: Int.max, text: "\(text)\n\(text)"),
    ]
    report.diagnostics.append(Diagnostic(.unreadableNumber, .warning, line: 7, key: text, text))
    report.diagnostics.append(Diagnostic(.replacedBytes, .error, line: nil, key: nil, "«\(text)»"))
    report.checks.append(
      CheckResult(
        id: .litigationDirectTotal, status: .fail,
        failures: [.init(key: text, stated: Int.min, computed: Int.max, parts: [text, "", text + text])]))
    for path in [text, "dir/\(text)/r.txt", "\(text).txt"] {
      Self.expectSameBytes(path: path, report: report)
      #expect(Self.written(path: path, error: text) == EncoderReference.line(path: path, error: text))
    }
  }

  @Test("Different hostile strings in each place, and extreme numbers")
  func hostileMixed() throws {
    var report = try Fixtures.parse("seeds/000_89d79d270a8f58c8.txt")
    let strings = Self.hostileStrings
    for index in report.fields.indices {
      switch index % 5 {
      case 0: report.fields[index].value = .text(strings[index % strings.count])
      case 1: report.fields[index].value = .integer([Int.min, Int.max, 0, -1, 9, 10, -10][index % 7])
      case 2: report.fields[index].value = .decimal(["-0.5", "12.3400", "0", "1e5"][index % 4])
      case 3: report.fields[index].value = nil
      default: break
      }
      report.fields[index].source = index % 3 == 0 ? nil : Location(line: index, cell: index % 2 == 0 ? nil : -index)
    }
    report.diagnostics = strings.enumerated().map { offset, text in
      Diagnostic(
        DiagnosticCode.allCases[offset % DiagnosticCode.allCases.count], .info, line: offset % 2 == 0 ? nil : offset,
        key: offset % 3 == 0 ? nil : strings[(offset + 1) % strings.count], text)
    }
    report.metadata.blankCellsReadAsZero = true
    Self.expectSameBytes(path: strings.joined(), report: report)
  }

  @Test("Numbers of every length: each side of every power of ten, in values and sources")
  func numbersOfEveryLength() throws {
    var report = try Fixtures.parse("seeds/000_89d79d270a8f58c8.txt")
    var numbers: [Int] = [0, Int.max, Int.min, Int.min + 1]
    var power = 1
    for _ in 0...18 {
      numbers += [power - 1, power, power + 1, -power, -(power - 1)]
      if power <= Int.max / 10 { power *= 10 }
    }
    for index in report.fields.indices {
      let number = numbers[index % numbers.count]
      report.fields[index].value = .integer(number)
      let other = numbers[(index / numbers.count + index) % numbers.count]
      report.fields[index].source = Location(line: number, cell: index % 3 == 0 ? nil : other)
    }
    Self.expectSameBytes(path: "numbers.txt", report: report)
  }

  // MARK: Keys other than the catalogue's

  @Test("Field keys that are not the catalogue's nest, collide and sort exactly as the encoder's")
  func unusualKeys() {
    let keyLists: [[String]] = [
      [],
      ["a"],
      ["a", "a.b"],  // the value at a gives way to an object
      ["a.b", "a"],  // the object at a gives way to a value
      ["a.b", "a.b", "a.c"],  // the later a.b wins
      ["", "a"],  // a key with no part replaces the whole tree
      ["a", ""],
      ["x..y", ".lead", "trail.", "..."],
      ["B", "a", "_", "Z", "item10", "item9", "中", "ｚ", "~", "a.B", "a.a"],
      ["é", "e\u{301}", "e\u{301}.x"],  // canonically equal keys meet
      ["e\u{301}", "é"],
      ["é", "e\u{301}x", "Å", "A\u{30A}b"],  // distinct keys whose bytes and Unicode order disagree
      ["q\"uote", "back\\slash", "sl/ash", "tab\tkey", "nul\u{0}key", "line\u{2028}sep"],
      [".\u{301}split", "a.\u{301}b"],  // a combining mark joins the dot: no split there
      [(0..<64).map { "p\($0)" }.joined(separator: "."), "p0.q"],  // the deepest key written directly
      [(0..<65).map { "p\($0)" }.joined(separator: "."), "p0.q"],  // one part more: the encoder writes it
      FieldCatalogue.fields(for: .edition2019).map(\.key).reversed(),
      FieldCatalogue.fields(for: .edition2021).map(\.key) + ["extra.key"],
    ]
    var compared = 0
    for (listIndex, keys) in keyLists.enumerated() {
      // Some fields without a source, then every field with one (so that which of
      // two equal keys keeps its source shows).
      for everySource in [false, true] {
        let fields = keys.enumerated().map { offset, key in
          Field(
            definition: Self.definition(key), value: offset % 4 == 3 ? nil : .integer(offset * 1_000 - 7),
            source: offset % 3 == 1 && !everySource
              ? nil : Location(line: offset + 1, cell: offset % 2 == 0 ? offset : nil))
        }
        for edition in Edition.allCases {
          Self.expectSameBytes(path: "keys-\(listIndex)", report: Self.report(fields: fields, edition: edition))
          compared += 1
        }
      }
    }
    #expect(compared == keyLists.count * 4)
  }

  @Test("The catalogue's fields of the other edition, and one field less, take the general path")
  func otherEdition() throws {
    let report2019 = try Fixtures.parse("handmade/h2019.tsv.txt")
    var relabelled = report2019
    relabelled.metadata.edition = .edition2021
    Self.expectSameBytes(path: "2019 as 2021", report: relabelled)
    var shorter = report2019
    shorter.fields.removeLast()
    Self.expectSameBytes(path: "one field less", report: shorter)
    var duplicated = report2019
    duplicated.fields.append(duplicated.fields[10])
    duplicated.fields[duplicated.fields.count - 1].source = Location(line: 99_999, cell: 1)
    Self.expectSameBytes(path: "a key twice", report: duplicated)
    let line = String(decoding: Self.written(path: "a key twice", report: duplicated), as: UTF8.self)
    #expect(line.contains(#""\#(duplicated.fields[10].key)":{"cell":1,"line":99999}"#))
  }

  @Test("A key nested deeper than the encoder allows gives the encoder's error line")
  func tooDeep() {
    let key = (0..<600).map { "k\($0)" }.joined(separator: ".")
    let report = Self.report(fields: [Field(definition: Self.definition(key), value: .integer(1))])
    let line = String(decoding: Self.written(path: "deep", report: report), as: UTF8.self)
    let reference = String(decoding: EncoderReference.line(path: "deep", report: report), as: UTF8.self)
    // The encoder's message names the value's type and a run-time address, so only
    // its frame can be compared: both lines are the same error line around it.
    let prefix = #"{"error":"The report could not be encoded as JSON: EncodingError.invalidValue: "#
    let suffix = #"Debug description: Unable to encode the given top-level value to JSON.","path":"deep"}"# + "\n"
    for text in [line, reference] {
      #expect(text.hasPrefix(prefix))
      #expect(text.hasSuffix(suffix))
    }
    #expect(line.contains("DisclosureKit.JSONLinesWriter."))
  }

  @Test("Empty reports: empty arrays and objects")
  func empty() {
    for edition in Edition.allCases {
      let report = Self.report(fields: [], edition: edition)
      let expected =
        #"{"blankCellsReadAsZero":false,"checks":[],"diagnostics":[],"encoding":"utf-8","fields":{},"path":"","#
        + #""sections":[],"sources":{}}"# + "\n"
      #expect(Self.written(path: "", report: report) == Array(expected.utf8))
      #expect(EncoderReference.line(path: "", report: report) == Array(expected.utf8))
    }
  }
}
