import Testing

@testable import DisclosureModel

/// The unrolled scan for unset entries that ``FieldAssembler/diagnoseMissing(anchors:)``
/// walks with, against hand-placed states and a one-entry-at-a-time search.
@Suite("The assembler's scan for unset entries")
struct FieldAssemblerUnsetScanTests {
  /// Entries of the given states (a value and a source that the scan must ignore).
  private static func entries(_ states: [FieldAssembler.State]) -> [FieldAssembler.Entry] {
    states.map { FieldAssembler.Entry(value: .integer(7), source: SourceLocation(line: 3, cell: 2), state: $0) }
  }

  private static func scan(_ entries: [FieldAssembler.Entry], from start: Int) -> Int {
    entries.withUnsafeBufferPointer { FieldAssembler.firstUnset(in: $0, from: start) }
  }

  @Test("Hand-placed unset entries are found in order, then the count")
  func handPlaced() {
    // Unset at 0, 5 and 9 of 10: in the unrolled part (0, 5) and in the tail (9).
    var states = [FieldAssembler.State](repeating: .read, count: 10)
    states[0] = .unset
    states[5] = .unset
    states[9] = .unset
    let entries = Self.entries(states)
    #expect(Self.scan(entries, from: 0) == 0)
    #expect(Self.scan(entries, from: 1) == 5)
    #expect(Self.scan(entries, from: 5) == 5)
    #expect(Self.scan(entries, from: 6) == 9)
    #expect(Self.scan(entries, from: 10) == 10)
    #expect(Self.scan(entries, from: 25) == 10)
    // Every other state counts as set.
    let set = Self.entries([.read, .inferable, .lost, .inferred, .conflicting, .read, .lost])
    #expect(Self.scan(set, from: 0) == 7)
    #expect(Self.scan([], from: 0) == 0)
    // One unset entry at the very end of a count that is a multiple of four.
    #expect(Self.scan(Self.entries([.read, .read, .read, .unset]), from: 0) == 3)
  }

  @Test("Every start over every placement of unset entries agrees with a plain search")
  func agreesWithPlainSearch() {
    // All 2^9 patterns of unset and read over 9 entries, and the empty to 8-entry
    // prefixes of each, from every start (one past the end included).
    for pattern in 0..<512 {
      for count in 0...9 {
        let states = (0..<count).map { (pattern >> $0) & 1 == 1 ? FieldAssembler.State.unset : .lost }
        let entries = Self.entries(states)
        for start in 0...(count + 1) {
          let expected = start < count ? (states[start...].firstIndex(of: .unset) ?? count) : count
          #expect(Self.scan(entries, from: start) == expected, "pattern \(pattern), count \(count), start \(start)")
        }
      }
    }
  }
}
