import DisclosureKit
import DisclosureSynthesis
import Testing

@Suite("Synthetic reports: determinism and truth by construction")
struct DeterminismTests {
  static func reports(_ count: Int, seed: UInt64 = 2024, brokenShare: Double = 0.1, zeroShare: Double = 0.25)
    -> [SyntheticReport]
  {
    var generator = ReportGenerator(seed: seed, brokenShare: brokenShare, zeroShare: zeroShare)
    return (0..<count).map { _ in generator.next() }
  }

  @Test("The same seeds give the same bytes; other seeds give other bytes")
  func sameSeedSameBytes() {
    let first = Self.reports(20)
    let second = Self.reports(20)
    #expect(first == second)
    let damage: Set<DamageKind> = [.missingCell, .interleavedProse, .headerWrapped, .fullWidthDigits]
    for (index, report) in first.enumerated() {
      for layout in SyntheticLayout.allCases {
        let a = report.render(layout, damage: damage, seed: UInt64(index))
        let b = second[index].render(layout, damage: damage, seed: UInt64(index))
        #expect(a.bytes == b.bytes)
        #expect(a.expected == b.expected)
        #expect(report.render(layout, seed: 1).bytes != report.render(layout, seed: 2).bytes)
      }
    }
    #expect(Self.reports(5, seed: 1) != Self.reports(5, seed: 2))
    #expect(SyntheticReport(seed: first[3].seed) == first[3])
  }

  @Test("Every numeric key of the edition has a value; the identities hold except the one broken on purpose")
  func identitiesHold() {
    let reports = Self.reports(300)
    for report in reports {
      #expect(Set(report.values.keys) == Set(report.numericKeys))
      #expect(report.edition == Edition(reportYear: report.year))
      let checks = report.render(.tsv, seed: 0).expectedChecks(nullKeys: [])
      #expect(checks.count == 6)
      for (id, status) in checks {
        #expect(status == (id == report.brokenCheck ? "fail" : "pass"), "\(id) of report \(report.seed)")
      }
    }
    let broken = reports.filter { $0.brokenCheck != nil }.count
    #expect((10...60).contains(broken))
    #expect(Set(reports.map(\.year)) == Set(2019...2025))
    #expect(Set(reports.map(\.level)) == Set(AgencyLevel.allCases))
    let zero = reports.filter(\.isAllZero)
    #expect(zero.count > 30)
    #expect(
      zero.allSatisfy {
        $0.values.values.allSatisfy { $0 == .integer(0) || $0.formatted.allSatisfy { "0.".contains($0) } }
      })
  }

  @Test("Every report breaks one identity when asked to, and each check gets broken")
  func brokenShareOne() {
    let reports = Self.reports(120, brokenShare: 1)
    #expect(reports.allSatisfy { $0.brokenCheck != nil })
    #expect(Set(reports.compactMap(\.brokenCheck)).count == 6)
    for report in reports {
      let checks = report.render(.markdown, seed: 0).expectedChecks(nullKeys: [])
      #expect(checks.filter { $0.value == "fail" }.map(\.key) == [report.brokenCheck])
    }
  }

  @Test("A null operand makes a check incomplete unless another equation fails")
  func nullOperands() throws {
    let report = try #require(Self.reports(50, brokenShare: 0, zeroShare: 0).first { $0.brokenCheck == nil })
    let rendered = report.render(.tsv, seed: 0)
    let checks = rendered.expectedChecks(nullKeys: ["review.upheld", "applications.granted.commercial"])
    #expect(checks["review.total"] == "incomplete")
    #expect(checks["applications.rowTotals"] == "incomplete")
    #expect(checks["applications.outcomeSum"] == "incomplete")
    #expect(checks["applications.balance"] == "pass")
    #expect(checks["litigation.direct.total"] == "pass")
  }

  @Test("Numbers look like real reports: natural persons dominate, decimals have up to four places, changes are signed")
  func realisticNumbers() {
    let reports = Self.reports(400, zeroShare: 0)
    func sum(_ column: String) -> Int {
      reports.reduce(0) { $0 + ($1.values["applications.received.\(column)"]?.integer ?? 0) }
    }
    let natural = sum("naturalPerson")
    let others = ["commercial", "research", "nonprofit", "legal", "other"].map(sum).reduce(0, +)
    #expect(natural > 2 * others)
    let largest = reports.compactMap { $0.values["applications.received.total"]?.integer }.max() ?? 0
    #expect(largest > 10_000)
    let decimals = reports.flatMap { report in
      report.values.values.compactMap { value -> String? in
        if case .decimal(let digits) = value { digits } else { nil }
      }
    }
    #expect(decimals.allSatisfy { ($0.split(separator: ".").dropFirst().first?.count ?? 0) <= 4 })
    #expect(decimals.contains { $0.split(separator: ".").dropFirst().first?.count == 4 })
    #expect(decimals.contains { !$0.contains(".") })
    let changes = reports.filter { $0.edition == .edition2019 }.compactMap {
      $0.values["proactive.licensing.change"]?.integer
    }
    #expect(changes.contains { $0 < 0 })
    #expect(changes.contains { $0 > 0 })
  }

  @Test("Damage hits the same cells in every layout, so the truth is the same", arguments: DamageKind.allCases)
  func damageIsLayoutIndependent(kind: DamageKind) {
    for report in Self.reports(8, seed: 99, zeroShare: 0) {
      let truths = SyntheticLayout.allCases.map { report.render($0, damage: [kind], seed: 5).expected }
      #expect(truths[0] == truths[1])
      #expect(truths[1] == truths[2])
      let notes = SyntheticLayout.allCases.map { report.render($0, damage: [kind], seed: 5).damageNotes }
      #expect(notes[0] == notes[1])
      #expect(notes[1] == notes[2])
    }
  }

  @Test("Each damage kind changes the text and records its truth")
  func damageRecordsTruth() {
    let report = Self.reports(30, seed: 7, zeroShare: 0).first {
      !$0.isAllZero && $0.values["applications.received.total"]?.integer ?? 0 > 2000
    }
    guard let report else {
      Issue.record("no large report among the first 30")
      return
    }
    let losing: Set<DamageKind> = [.missingCell, .totalOnly, .rowsLost, .emptyCells, .placeholders]
    for kind in DamageKind.allCases {
      for layout in SyntheticLayout.allCases {
        let plain = report.render(layout, seed: 11)
        let damaged = report.render(layout, damage: [kind], seed: 11)
        #expect(damaged.bytes != plain.bytes, "\(kind) in \(layout)")
        #expect(plain.nullKeys.isEmpty)
        if losing.contains(kind) {
          let zeroRow = damaged.damageNotes.contains { $0.contains("a row of zeros") }
          #expect(!damaged.nullKeys.isEmpty || zeroRow, "\(kind) in \(layout) loses values: \(damaged.damageNotes)")
        } else if kind != .repeatedTable {
          #expect(damaged.nullKeys.isEmpty, "\(kind) in \(layout) keeps every value")
        }
      }
    }
    let crlf = report.render(.tsv, damage: [.crlf], seed: 1).bytes
    #expect(crlf.contains(0x0D))
    #expect(report.render(.markdown, damage: [.byteOrderMark], seed: 1).bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    #expect(
      report.render(.tsv, damage: [.fullWidthDigits], seed: 1).text.contains("０")
        || report.render(.tsv, damage: [.fullWidthDigits], seed: 1).text.unicodeScalars.contains {
          (0xFF11...0xFF19).contains($0.value)
        })
    #expect(report.render(.tsv, damage: [.thousandsSeparators], seed: 1).text.contains(","))
  }
}
