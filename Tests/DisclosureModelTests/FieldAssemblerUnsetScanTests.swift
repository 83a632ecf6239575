import Testing

@testable import DisclosureModel

/// The unrolled scan for unset states that ``FieldAssembler/diagnoseMissing(anchors:)``
/// walks with, against hand-placed states and a one-entry-at-a-time search.
@Suite("The assembler's scan for unset states")
struct FieldAssemblerUnsetScanTests {
  private static func scan(_ states: [FieldAssembler.State], from start: Int) -> Int {
    states.withUnsafeBufferPointer { FieldAssembler.firstUnset(in: $0, from: start) }
  }

  @Test("Hand-placed unset entries are found in order, then the count")
  func handPlaced() {
    // Unset at 0, 5 and 9 of 10: in the unrolled part (0, 5) and in the tail (9).
    var states = [FieldAssembler.State](repeating: .read, count: 10)
    states[0] = .unset
    states[5] = .unset
    states[9] = .unset
    #expect(Self.scan(states, from: 0) == 0)
    #expect(Self.scan(states, from: 1) == 5)
    #expect(Self.scan(states, from: 5) == 5)
    #expect(Self.scan(states, from: 6) == 9)
    #expect(Self.scan(states, from: 10) == 10)
    #expect(Self.scan(states, from: 25) == 10)
    // Every other state counts as set.
    let set: [FieldAssembler.State] = [.read, .inferable, .lost, .inferred, .conflicting, .read, .lost]
    #expect(Self.scan(set, from: 0) == 7)
    #expect(Self.scan([], from: 0) == 0)
    // One unset entry at the very end of a count that is a multiple of four.
    #expect(Self.scan([.read, .read, .read, .unset], from: 0) == 3)
  }

  @Test("Every start over every placement of unset entries agrees with a plain search")
  func agreesWithPlainSearch() {
    // All 2^9 patterns of unset and read over 9 entries, and the empty to 8-entry
    // prefixes of each, from every start (one past the end included).
    for pattern in 0..<512 {
      for count in 0...9 {
        let states = (0..<count).map { (pattern >> $0) & 1 == 1 ? FieldAssembler.State.unset : .lost }
        for start in 0...(count + 1) {
          let expected = start < count ? (states[start...].firstIndex(of: .unset) ?? count) : count
          #expect(Self.scan(states, from: start) == expected, "pattern \(pattern), count \(count), start \(start)")
        }
      }
    }
  }
}
