import Testing

@testable import DisclosureModel

/// Inferring from zero totals reads only the count groups that name a value marked
/// open (``CountGroupIndex``): these check the index by hand and compare the short
/// path with the general one, which reads every group, on many sets of states.
@Suite("Inference reads only the groups of open values")
struct CountGroupInferenceTests {
  private static func index(_ key: String, _ edition: Edition) -> Int {
    FieldCatalogue.index(of: key, in: edition) ?? -1
  }

  @Test("A group's total and parts are indexed under that group", arguments: [Edition.edition2019, .edition2021])
  func masks(edition: Edition) {
    let index = CountGroupIndex.of(edition)
    let groups = Identity.all(for: edition).countGroups
    #expect(groups.count <= 64)
    // The review group is the third from the end (review, litigation direct,
    // litigation after review): its total and parts name it and nothing else.
    let review = groups.count - 3
    for key in ["review.total", "review.upheld", "review.corrected", "review.other", "review.pending"] {
      #expect(index.mask(of: Self.index(key, edition)) == 1 << UInt64(review), "\(key)")
    }
    // The litigation groups come last.
    #expect(index.mask(of: Self.index("litigation.afterReview.total", edition)) == 1 << UInt64(groups.count - 1))
    #expect(index.mask(of: Self.index("litigation.direct.pending", edition)) == 1 << UInt64(groups.count - 2))
    // Table 三's row totals: one group a row, the first row's first.
    #expect(index.mask(of: groups[0].total) == 1)
    #expect(index.mask(of: groups[1].parts[0]) == 2)
    // The report's own fields and table 二's are in no group; outside the fields, none.
    #expect(index.mask(of: Self.index("report.year", edition)) == 0)
    #expect(index.mask(of: -1) == 0)
    #expect(index.mask(of: 10_000) == 0)
  }

  @Test("Positions past a mask's bits are always selected")
  func selects() {
    #expect(CountGroupIndex.selects(0b101, 0))
    #expect(!CountGroupIndex.selects(0b101, 1))
    #expect(CountGroupIndex.selects(0b101, 2))
    #expect(!CountGroupIndex.selects(0, 63))
    #expect(CountGroupIndex.selects(1 << 63, 63))
    #expect(CountGroupIndex.selects(0, 64))
    // An edition with more groups than bits indexes every field under every group.
    let many = Array(repeating: Identity.all(for: .edition2021).countGroups[0], count: 65)
    #expect(CountGroupIndex(many, fieldCount: 3).mask(of: 2) == .max)
  }

  @Test("A total of 0 makes its open part 0, with a note", arguments: [Edition.edition2019, .edition2021])
  func reviewPartInferred(edition: Edition) {
    var assembler = FieldAssembler(edition: edition)
    assembler.setForInference(Self.index("review.total", edition), count: 0, line: 7)
    assembler.setForInference(Self.index("review.upheld", edition), count: nil, line: 7)
    assembler.setForInference(Self.index("review.corrected", edition), count: 0, line: 7)
    // Open, but its group's total is not 0: nothing to infer there.
    assembler.setForInference(Self.index("litigation.direct.total", edition), count: 3, line: 8)
    assembler.setForInference(Self.index("litigation.direct.upheld", edition), count: nil, line: 8)
    assembler.inferFromZeroTotals()
    let fields = assembler.fields()
    #expect(fields[Self.index("review.upheld", edition)].value == .integer(0))
    // Marked open with no source, and inferring keeps the source it had.
    #expect(fields[Self.index("review.upheld", edition)].source == nil)
    #expect(fields[Self.index("review.total", edition)].source == SourceLocation(line: 7))
    #expect(fields[Self.index("litigation.direct.upheld", edition)].value == nil)
    #expect(assembler.diagnostics.map(\.key) == ["review.upheld"])
    #expect(assembler.diagnostics.map(\.code) == [.inferredFromZeroTotal])
    #expect(
      assembler.diagnostics.first?.message
        == "review.upheld is 0: its cell is empty or missing, but its row's total review.total is 0 and counts are never negative."
    )
  }

  /// A small deterministic generator (a linear congruential one), so that the sets
  /// of states are the same at every run.
  private struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33) % bound
    }
  }

  @Test("The short path infers what reading every group infers", arguments: [Edition.edition2019, .edition2021])
  func agreesWithEveryGroup(edition: Edition) {
    let groups = Identity.all(for: edition).countGroups
    let positions = Array(Set(groups.flatMap { [$0.total] + Array($0.parts) })).sorted()
    var generator = Generator(state: 2021)
    var inferredSome = 0
    for trial in 0..<300 {
      var short = FieldAssembler(edition: edition)
      var general = FieldAssembler(edition: edition)
      // Mostly zeros and open values, so that groups infer; the first trials are
      // the edges: nothing set, every value open, every value 0 but one open.
      for (number, position) in positions.enumerated() {
        let count: Int?
        switch trial {
        case 0: continue
        case 1: count = nil
        case 2: count = number == 5 ? nil : 0
        default:
          switch generator.next(6) {
          case 0: continue
          case 1, 2: count = nil
          case 3, 4: count = 0
          default: count = 1 + generator.next(3)
          }
        }
        short.setForInference(position, count: count, line: number + 1)
        general.setForInference(position, count: count, line: number + 1)
      }
      short.inferFromZeroTotals()
      general.inferFromZeroTotalsInEveryGroup()
      #expect(short.fields() == general.fields(), "trial \(trial)")
      #expect(short.diagnostics == general.diagnostics, "trial \(trial)")
      #expect(short.diagnostics.map(\.message) == general.diagnostics.map(\.message), "trial \(trial)")
      if !short.diagnostics.isEmpty { inferredSome += 1 }
    }
    // The trials are not all trivial: many of them infer something.
    #expect(inferredSome > 100)
  }
}
