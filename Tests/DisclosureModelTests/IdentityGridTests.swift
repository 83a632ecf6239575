import DisclosureSynthesis
import Testing

@testable import DisclosureModel

/// Table 三's identities read as one grid (``IdentityGrid``) give the same checks as
/// the identities read one by one.
@Suite("The checks over table 三's grid")
struct IdentityGridTests {
  /// The catalogue's table 三, counted by hand from `fields.tsv`: 2021 has 25 rows
  /// (received, carriedOver, granted, partiallyGranted, 8 denied, 3 unavailable, 5
  /// notProcessed, 3 otherHandling, outcomeTotal, carriedForward), 2019 has 23 (one
  /// otherHandling row, `otherHandling.total`).
  @Test("Both editions' identities form a grid", arguments: Edition.allCases)
  func grids(edition: Edition) throws {
    let grid = try #require(Identity.all(for: edition).grid)
    #expect(grid.start == FieldCatalogue.index(of: "applications.received.naturalPerson", in: edition))
    #expect(grid.rowCount == (edition == .edition2021 ? 25 : 23))
    #expect(grid.outcomeRowStart == 2)
    #expect(grid.outcomeRowEnd == (edition == .edition2021 ? 23 : 21))
    #expect(grid.outcomeTotalRow == grid.outcomeRowEnd)
    #expect(
      grid.position(row: grid.outcomeTotalRow, column: 6)
        == FieldCatalogue.index(of: "applications.outcomeTotal.total", in: edition))
    #expect(
      grid.position(row: 1, column: 0)
        == FieldCatalogue.index(of: "applications.carriedOver.naturalPerson", in: edition))
  }

  /// Identities made from keys, their positions then set by hand.
  private static func identity(total: Int, parts: [Int]) throws -> Identity {
    var identity = try #require(
      Identity(total: "review.total", parts: ["review.upheld"], edition: .edition2021))
    identity.total = total
    identity.parts = PermanentBuffer(parts)
    return identity
  }

  /// A grid of `rows` rows from position 10, outcome rows 1 and 2, outcome total row 3.
  private static func gridIdentities(rows: Int) throws -> (rowTotals: [Identity], outcomeSums: [Identity]) {
    let rowTotals = try (0..<rows).map { row in
      try identity(total: 10 + row * 7 + 6, parts: (0..<6).map { 10 + row * 7 + $0 })
    }
    let outcomeSums = try (0..<7).map { column in
      try identity(total: 10 + 3 * 7 + column, parts: [10 + 7 + column, 10 + 14 + column])
    }
    return (rowTotals, outcomeSums)
  }

  @Test("A hand-made grid is found, and anything else is not")
  func handMadeGrids() throws {
    let (rowTotals, outcomeSums) = try Self.gridIdentities(rows: 5)
    let grid = try #require(IdentityGrid(rowTotals: rowTotals, outcomeSums: outcomeSums))
    #expect(grid.start == 10)
    #expect(grid.rowCount == 5)
    #expect(grid.outcomeRowStart == 1)
    #expect(grid.outcomeRowEnd == 3)
    #expect(grid.outcomeTotalRow == 3)
    #expect(grid.position(row: 2, column: 3) == 27)

    // Rows out of order.
    #expect(IdentityGrid(rowTotals: [rowTotals[1], rowTotals[0]] + rowTotals[2...], outcomeSums: outcomeSums) == nil)
    // A row with a part missing.
    var short = rowTotals
    short[2] = try Self.identity(total: 10 + 14 + 6, parts: [24, 25, 26, 27, 28])
    #expect(IdentityGrid(rowTotals: short, outcomeSums: outcomeSums) == nil)
    // A column summing rows that are not consecutive.
    var gapped = outcomeSums
    gapped[4] = try Self.identity(total: 10 + 21 + 4, parts: [10 + 7 + 4, 10 + 21 + 4])
    #expect(IdentityGrid(rowTotals: rowTotals, outcomeSums: gapped) == nil)
    // Six columns, not seven.
    #expect(IdentityGrid(rowTotals: rowTotals, outcomeSums: Array(outcomeSums.dropLast())) == nil)
    // An outcome total row past the grid.
    #expect(IdentityGrid(rowTotals: Array(rowTotals.prefix(3)), outcomeSums: outcomeSums) == nil)
    // No rows.
    #expect(IdentityGrid(rowTotals: [], outcomeSums: outcomeSums) == nil)
  }

  private static func integers(_ edition: Edition, _ values: [String: Int]) throws -> [Int?] {
    var integers = [Int?](repeating: nil, count: FieldCatalogue.fields(for: edition).count)
    for (key, value) in values { integers[try #require(FieldCatalogue.index(of: key, in: edition))] = value }
    return integers
  }

  /// Every value of table 三 set to hold every identity: each applicant column
  /// 1 in every outcome row, so the outcome total row is the number of outcome rows
  /// in each applicant column, and every row's total is its six columns' sum.
  private static func consistent(_ edition: Edition) throws -> [Int?] {
    let grid = try #require(Identity.all(for: edition).grid)
    var integers = [Int?](repeating: nil, count: FieldCatalogue.fields(for: edition).count)
    let outcomeRows = grid.outcomeRowEnd - grid.outcomeRowStart
    for row in 0..<grid.rowCount {
      let cell = row == grid.outcomeTotalRow ? outcomeRows : (row == 0 ? outcomeRows : 1)
      for column in 0..<6 { integers[grid.position(row: row, column: column)] = cell }
      integers[grid.position(row: row, column: 6)] = 6 * cell
    }
    // received + carriedOver = outcomeTotal + carriedForward in every column.
    for column in 0..<7 {
      integers[grid.position(row: 1, column: column)] = integers[grid.position(row: grid.rowCount - 1, column: column)]
    }
    return integers
  }

  @Test("Hand-made values: a row and a column that fail, and a missing value", arguments: Edition.allCases)
  func handMadeValues(edition: Edition) throws {
    var integers = try Self.consistent(edition)
    let passing = integers.withUnsafeBufferPointer { Checker.check(edition: edition, integers: $0) }
    #expect(
      passing.allSatisfy { $0.id == .reviewTotal || $0.id.rawValue.hasPrefix("litigation") || $0.status == .pass })
    #expect(passing[0].status == .pass)
    #expect(passing[2].status == .pass)

    // granted.research 1 → 3: its row's total (6) and the research column's
    // outcome total both fail, stated 6 against 8, and stated 19 or 17 against
    // 21 or 19.
    let research = try #require(FieldCatalogue.index(of: "applications.granted.research", in: edition))
    integers[research] = 3
    let failing = integers.withUnsafeBufferPointer { Checker.check(edition: edition, integers: $0) }
    let outcomeRows = edition == .edition2021 ? 21 : 19
    #expect(failing[0].status == .fail)
    #expect(
      failing[0].failures == [
        CheckResult.Failure(
          key: "applications.granted.total", stated: 6, computed: 8,
          parts: ["naturalPerson", "commercial", "research", "nonprofit", "legal", "other"].map {
            "applications.granted.\($0)"
          })
      ])
    #expect(failing[2].status == .fail)
    #expect(failing[2].failures.map(\.key) == ["applications.outcomeTotal.research"])
    #expect(failing[2].failures.first?.stated == outcomeRows)
    #expect(failing[2].failures.first?.computed == outcomeRows + 2)

    // A missing part: that row and that column are incomplete, the failures stay.
    let denied = try #require(FieldCatalogue.index(of: "applications.denied.stateSecret.legal", in: edition))
    integers[denied] = nil
    let incomplete = integers.withUnsafeBufferPointer { Checker.check(edition: edition, integers: $0) }
    #expect(incomplete[0].status == .fail)
    #expect(incomplete[0].failures.count == 1)
    integers[research] = 1
    let restored = integers.withUnsafeBufferPointer { Checker.check(edition: edition, integers: $0) }
    #expect(restored[0].status == .incomplete)
    #expect(restored[2].status == .incomplete)
    #expect(restored[0].failures.isEmpty)
  }

  @Test("The grid and the identities one by one agree on many reports", arguments: Edition.allCases)
  func agree(edition: Edition) throws {
    var generator = SyntheticRandom(seed: edition == .edition2021 ? 2021 : 2019)
    let base = try Self.consistent(edition)
    let bound = Identity.all(for: edition).fieldBound
    for trial in 0..<600 {
      var integers = base
      // From no change (every check passes) to many: values changed, removed,
      // set to the extremes (sums wrap) or to a value that fails.
      let changes = trial % 10 == 0 ? 0 : Int.random(in: 1...12, using: &generator)
      for _ in 0..<changes {
        let position = Int.random(in: 0..<bound, using: &generator)
        switch Int.random(in: 0..<5, using: &generator) {
        case 0: integers[position] = nil
        case 1: integers[position] = Int.random(in: 0...3, using: &generator)
        case 2: integers[position] = [Int.max, Int.min, -1][Int.random(in: 0...2, using: &generator)]
        default: integers[position] = (integers[position] ?? 0) &+ 1
        }
      }
      // Some reports cut short: positions past the end read as missing.
      let list = trial % 7 == 3 ? Array(integers.prefix(Int.random(in: 0..<bound, using: &generator))) : integers
      let byGrid = list.withUnsafeBufferPointer { Checker.check(edition: edition, integers: $0) }
      let oneByOne = list.withUnsafeBufferPointer {
        Checker.check(edition: edition, integers: $0, readingGrid: false)
      }
      #expect(byGrid == oneByOne, "trial \(trial)")
      #expect(byGrid.map(\.id) == CheckID.allCases)
    }
  }
}
