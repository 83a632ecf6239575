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

  @Test("Longer lists, read eight states at a time, agree with a plain search")
  func agreesOnLongLists() {
    // Lists of 0 to 40 states, each other state a different one of the five set
    // states, with `unset` at one position (every one in turn), at two, or at none,
    // from every start: words whole, words cut by the start, and the tail.
    let setStates: [FieldAssembler.State] = [.read, .inferable, .lost, .inferred, .conflicting]
    for count in 0...40 {
      let base = (0..<count).map { setStates[$0 % setStates.count] }
      var lists = [base]
      for position in 0..<count {
        var one = base
        one[position] = .unset
        lists.append(one)
        if position + 9 < count {
          one[position + 9] = .unset
          lists.append(one)
        }
      }
      for states in lists {
        for start in 0...(count + 1) {
          let expected = start < count ? (states[start...].firstIndex(of: .unset) ?? count) : count
          #expect(Self.scan(states, from: start) == expected, "count \(count), start \(start)")
        }
      }
    }
    // Hand-checked: the only unset state at 13, so the second word's sixth byte.
    var states = [FieldAssembler.State](repeating: .read, count: 205)
    states[13] = .unset
    #expect(Self.scan(states, from: 0) == 13)
    #expect(Self.scan(states, from: 13) == 13)
    #expect(Self.scan(states, from: 14) == 205)
    states[204] = .unset
    #expect(Self.scan(states, from: 14) == 204)
  }

  @Test("A state takes one byte, and unset is 0")
  func stateLayout() {
    #expect(MemoryLayout<FieldAssembler.State>.stride == 1)
    #expect(FieldAssembler.unsetByte == 0)
  }
}
