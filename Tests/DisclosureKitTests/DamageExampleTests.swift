import DisclosureKit
import Foundation
import Testing

/// One kind of conversion damage, shown on a known-truth report: the edit that
/// damages it, the values that change, and every diagnostic the parse must give.
///
/// The base reports are `handmade/h2021.*.txt`, whose parse has no diagnostics at
/// all, so each example's diagnostics are exactly the damage's. Line numbers are
/// those of the damaged text. `Documentation/Damage.md` shows the same examples.
struct DamageExample: Sendable, CustomTestStringConvertible {
  /// The damage kind, as `Documentation/Damage.md` names it.
  var kind: String
  /// The undamaged fixture.
  var fixture: String
  /// Replacements applied in order; each `before` must occur in the text.
  var edits: [Edit]
  /// Keys whose value is no longer the truth's: `nil` means `null`.
  var changed: [String: String?] = [:]
  /// Every diagnostic of the damaged parse, in report order.
  var diagnostics: [Expected]
  /// Check statuses that differ from the truth's (`pass` everywhere).
  var checks: [CheckID: CheckResult.Status] = [:]

  struct Edit: Sendable {
    var before: String
    var after: String
    /// Replace every occurrence instead of the first.
    var everywhere = false
  }

  /// A diagnostic reduced to what a test pins down: code, severity, line and key.
  struct Expected: Sendable, Hashable, CustomStringConvertible {
    var code: DiagnosticCode
    var severity: Diagnostic.Severity
    var line: Int?
    var key: String?

    init(_ code: DiagnosticCode, _ severity: Diagnostic.Severity, _ line: Int?, _ key: String? = nil) {
      (self.code, self.severity, self.line, self.key) = (code, severity, line, key)
    }

    init(_ diagnostic: Diagnostic) {
      self.init(diagnostic.code, diagnostic.severity, diagnostic.line, diagnostic.key)
    }

    var description: String { "(\(code), \(severity), \(line.map(String.init) ?? "-"), \(key ?? "-"))" }
  }

  var testDescription: String { "\(kind) (\(fixture))" }

  /// The seven keys of a table 三 row.
  static func row(_ name: String) -> [String] {
    LabelColumns.application.map { "applications.\(name).\($0)" }
  }

  /// The same diagnostic for every key of a table 三 row.
  static func each(
    _ code: DiagnosticCode, _ severity: Diagnostic.Severity, _ line: Int, row name: String, except: Set<String> = []
  ) -> [Expected] {
    row(name).filter { !except.contains($0) }.map { Expected(code, severity, line, $0) }
  }

  /// Every key of a table 三 row set to `null`.
  static func nulls(_ name: String, except: Set<String> = []) -> [String: String?] {
    Dictionary(uniqueKeysWithValues: row(name).filter { !except.contains($0) }.map { ($0, String?.none) })
  }
}

extension DamageExample {
  static let tsv = "handmade/h2021.tsv.txt"
  static let markdown = "handmade/h2021.md.txt"
  static let cellPerLine = "handmade/h2021.cpl.txt"
  static let grantedRow = "三、本年度办理结果\t（一）予以公开\t\t165\t122\t40\t56\t93\t8\t484"
  static let reviewData = "9\t3\t2\t5\t19\t7\t4\t1\t6\t18\t11\t8\t10\t12\t41"
  static let reviewHeaders = """
    行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t
    结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t
    \t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计
    """
  static let incompleteApplications: [CheckID: CheckResult.Status] = [
    .applicationsRowTotals: .incomplete, .applicationsOutcomeSum: .incomplete,
  ]

  /// `applications.received.total` is null: the received row's total and the
  /// balance (received + carried over = outcomes + carried forward) cannot be
  /// checked; the sum of outcomes does not use it.
  static let receivedTotalNull: [CheckID: CheckResult.Status] = [
    .applicationsRowTotals: .incomplete, .applicationsBalance: .incomplete,
  ]

  static let all: [DamageExample] = [
    DamageExample(
      kind: "missingCell", fixture: tsv,
      edits: [Edit(before: "\t165\t122\t", after: "\t165\t")],
      changed: nulls("granted"),
      diagnostics: each(.cannotPlace, .warning, 57, row: "granted"),
      checks: incompleteApplications),
    DamageExample(
      kind: "totalOnly", fixture: tsv,
      edits: [Edit(before: grantedRow, after: "三、本年度办理结果\t（一）予以公开\t\t\t\t\t\t484")],
      changed: nulls("granted", except: ["applications.granted.total"]),
      diagnostics: [Expected(.totalOnly, .info, 57, "applications.granted.total")]
        + each(.totalOnly, .warning, 57, row: "granted", except: ["applications.granted.total"]),
      checks: incompleteApplications),
    DamageExample(
      kind: "rowsLost", fixture: tsv,
      edits: [
        Edit(before: "\t（三）不予公开\t1.属于国家秘密\t229\t128\t19\t55\t99\t25\t555\n", after: ""),
        Edit(before: "\t\t2.其他法律行政法规禁止公开\t218\t104\t6\t34\t100\t69\t531\n", after: ""),
      ],
      changed: nulls("denied.stateSecret").merging(nulls("denied.prohibitedByLaw")) { $1 },
      diagnostics: each(.missingRow, .warning, 77, row: "denied.stateSecret")
        + each(.missingRow, .warning, 77, row: "denied.prohibitedByLaw"),
      checks: incompleteApplications),
    DamageExample(
      kind: "emptyCells", fixture: tsv,
      edits: [Edit(before: "\t165\t122\t", after: "\t165\t\t")],
      changed: ["applications.granted.commercial": nil],
      diagnostics: [Expected(.emptyCell, .warning, 57, "applications.granted.commercial")],
      checks: incompleteApplications),
    DamageExample(
      kind: "placeholders", fixture: tsv,
      edits: [Edit(before: "\t165\t122\t40\t56\t93\t", after: "\t165\t-\t—\t/\t无\t")],
      changed: [
        "applications.granted.commercial": nil, "applications.granted.research": nil,
        "applications.granted.nonprofit": nil, "applications.granted.legal": nil,
      ],
      diagnostics: ["commercial", "research", "nonprofit", "legal"].map {
        Expected(.placeholderCell, .warning, 57, "applications.granted.\($0)")
      },
      checks: incompleteApplications),
    DamageExample(
      kind: "fullWidthDigits", fixture: tsv,
      edits: [Edit(before: "\t3874\t", after: "\t３８７４\t")],
      diagnostics: [Expected(.normalizedNumber, .info, 55, "applications.received.naturalPerson")]),
    DamageExample(
      kind: "thousandsSeparators", fixture: tsv,
      edits: [Edit(before: "\t10278\n", after: "\t10,278\n")],
      diagnostics: [Expected(.normalizedNumber, .info, 55, "applications.received.total")]),
    DamageExample(
      kind: "numberTooLarge", fixture: tsv,
      edits: [Edit(before: "\t10278\n", after: "\t99999999999999999999\n")],
      changed: ["applications.received.total": nil],
      diagnostics: [Expected(.numberOverflow, .warning, 55, "applications.received.total")],
      checks: receivedTotalNull),
    DamageExample(
      kind: "numberTooLong", fixture: tsv,
      edits: [Edit(before: "\t10278\n", after: "\t" + String(repeating: "1027810278", count: 4) + "\n")],
      changed: ["applications.received.total": nil],
      diagnostics: [Expected(.numberOverflow, .warning, 55, "applications.received.total")],
      checks: receivedTotalNull),
    DamageExample(
      kind: "unitOnACount", fixture: tsv,
      edits: [Edit(before: "\t10278\n", after: "\t10278万元\n")],
      changed: ["applications.received.total": nil],
      diagnostics: [Expected(.unitMismatch, .warning, 55, "applications.received.total")],
      checks: receivedTotalNull),
    DamageExample(
      kind: "fractionOnACount", fixture: tsv,
      edits: [Edit(before: "\t10278\n", after: "\t10278.5\n")],
      changed: ["applications.received.total": nil],
      diagnostics: [Expected(.unreadableNumber, .warning, 55, "applications.received.total")],
      checks: receivedTotalNull),
    DamageExample(
      kind: "crlf", fixture: markdown,
      edits: [Edit(before: "\n", after: "\r\n", everywhere: true)],
      diagnostics: []),
    DamageExample(
      kind: "byteOrderMark", fixture: cellPerLine,
      edits: [Edit(before: "江宁区某某街道办事处2023年", after: "\u{FEFF}江宁区某某街道办事处2023年")],
      diagnostics: []),
    DamageExample(
      kind: "headingLost", fixture: tsv,
      edits: [Edit(before: "三、收到和处理政府信息公开申请情况\n", after: "\n")],
      diagnostics: [Expected(.foundByShape, .info, 55), Expected(.missingSection, .info, nil)]),
    DamageExample(
      kind: "reversedHeader", fixture: tsv,
      edits: [
        Edit(
          before: "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
          after: "持\t正\t果\t结\t\t维\t纠\t结\t审\t\t维\t纠\t结\t审\t")
      ],
      diagnostics: []),
    DamageExample(
      kind: "interleavedProse", fixture: tsv,
      edits: [
        Edit(
          before: "\t\t8.属于行政查询事项\t167\t131\t7\t35\t92\t16\t448\n",
          after: "\t\t8.属于行政查询事项\t167\t131\t7\t35\t92\t16\t448\n- 3 -\n江宁区某某街道办事处2023年政府信息公开工作年度报告\n第3页 共8页\n")
      ],
      diagnostics: []),
    DamageExample(
      kind: "labelVariants", fixture: tsv,
      edits: [
        Edit(before: "三、收到和处理政府信息公开申请情况", after: "三、政府信息依申请公开办理情况"),
        Edit(before: "其他法律行政法规禁止公开", after: "其他法律法规禁止公开"),
        Edit(before: "区分处理的", after: "区分的"),
        Edit(before: "（一）予以公开", after: "(一) 予以公开"),
        Edit(before: "结果维持", after: "结果 维持", everywhere: true),
      ],
      diagnostics: []),
    DamageExample(
      kind: "repeatedTable", fixture: tsv,
      edits: [Edit(before: reviewData + "\n", after: reviewData + "\n\n" + reviewHeaders + "\n" + reviewData + "\n")],
      diagnostics: [Expected(.duplicateRow, .info, 91, "review.upheld")]),
    DamageExample(
      kind: "repeatedTable (copies disagree)", fixture: tsv,
      edits: [
        Edit(
          before: reviewData + "\n",
          after: reviewData + "\n\n" + reviewHeaders + "\n" + reviewData.replacingFirst("9", with: "8") + "\n")
      ],
      changed: ["review.upheld": nil],
      diagnostics: [
        Expected(.conflictingDuplicate, .warning, 91, "review.upheld"),
        Expected(.duplicateRow, .info, 91, "review.upheld"),
      ],
      checks: [.reviewTotal: .incomplete]),
    DamageExample(
      kind: "labelInNumberColumn", fixture: markdown,
      edits: [
        Edit(
          before: "| | | 3.其他 | 185 | 125 | 24 | 47 | 82 | 62 | 525 |",
          after: "| 3.其他 | | 185 | 125 | 24 | 47 | 82 | 62 | 525 | |")
      ],
      diagnostics: [Expected(.extraEmptyCells, .info, 79, "applications.otherHandling.other.naturalPerson")]),
    DamageExample(
      kind: "splitTable", fixture: markdown,
      edits: [
        Edit(
          before: "| | | 8.属于行政查询事项 | 167 | 131 | 7 | 35 | 92 | 16 | 448 |\n",
          after: """
            | | | 8.属于行政查询事项 | 167 | 131 | 7 | 35 | 92 | 16 | 448 |

            - 5 -

            | | | | | | | | | | | |
            |---|---|---|---|---|---|---|---|---|---|---|
            | | （四）无法提供 | 1.本机关不掌握相关政府信息 | 151 | 139 | 11 | 54 | 72 | 30 | 457 | |

            """),
        Edit(before: "| | （四）无法提供 | 1.本机关不掌握相关政府信息 | 151 | 139 | 11 | 54 | 72 | 30 | 457 |\n", after: ""),
      ],
      diagnostics: [Expected(.extraEmptyCells, .info, 74, "applications.unavailable.notHeld.naturalPerson")]),
    DamageExample(
      kind: "headerMerged", fixture: tsv,
      edits: [
        Edit(before: reviewHeaders, after: "行政复议\t\t\t\t\t行政诉讼 未经复议直接起诉 复议后起诉\t\t\t\t\t\t\t\t\t")
      ],
      diagnostics: []),
    DamageExample(
      kind: "headerSpread", fixture: tsv,
      edits: [
        Edit(
          before: "\t\t\t申请人情况\t\t\t\t\t\t\n",
          after: "\t\t\t申请人\t\t\t\t\t\t\n\t\t\t情况\t\t\t\t\t\t\n")
      ],
      diagnostics: []),
    DamageExample(
      kind: "headerWrapped", fixture: cellPerLine,
      edits: [
        Edit(before: "\t5.要求行政机关确认或重新出具已获取信息\n", after: "\t5.要求行政机关确认或\n重新出具已获取信息\n"),
        Edit(before: "\t未经复议直接起诉\n", after: "\t未经复议\n直接起诉\n"),
      ],
      diagnostics: []),
  ]
}

extension String {
  /// The string with its first occurrence of `target` replaced.
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}

@Suite("Damage, one kind at a time")
struct DamageExampleTests {
  @Test("Each damage kind gives the exact values and diagnostics", arguments: DamageExample.all)
  func example(_ example: DamageExample) throws {
    var text = try Fixtures.text(example.fixture)
    for edit in example.edits {
      try #require(text.contains(edit.before), "the edit's text is not in \(example.fixture): \(edit.before)")
      text =
        edit.everywhere
        ? text.replacing(edit.before, with: edit.after) : text.replacingFirst(edit.before, with: edit.after)
    }
    let report = try ReportParser.standard.parse(Array(text.utf8))

    // Values: the truth, except what the damage changed.
    let truth = try Fixtures.expected(example.fixture).split(separator: "\n").map {
      $0.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
    }
    for line in truth where !line[0].hasPrefix("check.") {
      let key = String(line[0])
      let expected = example.changed[key] ?? String(line[1])
      #expect(report[key]?.formatted == expected.flatMap { $0.isEmpty ? nil : $0 }, "\(key)")
    }
    let unchanged = example.changed.keys.filter { report[$0] != nil }
    #expect(unchanged.isEmpty, "keys expected null but read: \(unchanged.sorted())")

    // Diagnostics: exactly the damage's, nothing else.
    let diagnostics = report.diagnostics.map(DamageExample.Expected.init)
    #expect(diagnostics == example.diagnostics)

    // Checks.
    for check in report.checks {
      #expect(check.status == example.checks[check.id] ?? .pass, "\(check.id)")
    }
  }
}
