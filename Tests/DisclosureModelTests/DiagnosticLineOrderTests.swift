import Testing

@testable import DisclosureModel

/// The run leaves a report's diagnostics as they are when they are already in line
/// order (``InterpretationRun/isSortedByLine(_:)``) instead of sorting them: these
/// tests check that test by hand and against the stable sort it stands in for.
@Suite("Diagnostics already in line order")
struct DiagnosticLineOrderTests {
  /// Diagnostics with `lines`, told apart by their messages (`d0`, `d1`, …).
  private static func diagnostics(_ lines: [Int?]) -> [Diagnostic] {
    lines.enumerated().map { position, line in
      Diagnostic(code: .missingRow, severity: .warning, line: line, key: nil, message: "d\(position)")
    }
  }

  @Test(
    "Lines in order, equal lines and missing lines last are in order; anything else is not",
    arguments: [
      ([], true), ([nil], true), ([3], true), ([1, 2, 2, 5], true), ([1, 1, nil, nil], true), ([2, nil], true),
      ([2, 1], false), ([nil, 1], false), ([1, 3, 2], false), ([1, nil, 4], false), ([5, 5, 4, nil], false),
    ] as [([Int?], Bool)])
  func byHand(lines: [Int?], inOrder: Bool) {
    #expect(InterpretationRun.isSortedByLine(Self.diagnostics(lines)) == inOrder)
  }

  @Test("A list is found in order exactly when the stable sort by line leaves it as it is")
  func againstStableSort() {
    // Every list of up to five lines drawn from 1, 2, 3 and none (1,365 lists).
    let values: [Int?] = [1, 2, 3, nil]
    var lists: [[Int?]] = [[]]
    var last: [[Int?]] = [[]]
    for _ in 1...5 {
      last = last.flatMap { list in values.map { list + [$0] } }
      lists += last
    }
    for lines in lists {
      let list = Self.diagnostics(lines)
      let sorted = list.sorted { ($0.line ?? Int.max) < ($1.line ?? Int.max) }
      #expect(
        InterpretationRun.isSortedByLine(list) == (sorted.map(\.message) == list.map(\.message)),
        "lines \(lines)")
    }
  }
}
