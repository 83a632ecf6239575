import Testing

@testable import DisclosureModel

/// ``ValuePlacement/placedDirectly(_:from:columns:)``, the short cut for a row with
/// exactly as many value cells as columns and both end cells filled, by hand and
/// against ``ValuePlacement/placedByEnds(_:from:columns:)`` on every small row.
@Suite("Placing a row directly from its two end cells")
struct ValuePlacementDirectTests {
  /// Places `texts` (classified as ``ValuePlacementTests/cells(_:)`` does) directly.
  static func directly(_ texts: [String], from first: Int, columns: Int) -> ValuePlacement? {
    ValuePlacementTests.cells(texts).withUnsafeBufferPointer {
      ValuePlacement.placedDirectly($0, from: first, columns: columns)
    }
  }

  @Test("Exactly the columns' cells, both ends filled: direct, from the first value cell")
  func handChecked() {
    let row = Self.directly(["label", "1", "", "3"], from: 1, columns: 3)
    #expect(row?.rule == .direct)
    #expect(row?.slots == [1, 2, 3])
    let single = Self.directly(["9"], from: 0, columns: 1)
    #expect(single?.rule == .direct)
    #expect(single?.slots == [0])
    // An empty end cell, a cell too many or too few, a negative start, no columns.
    #expect(Self.directly(["label", "", "2", "3"], from: 1, columns: 3) == nil)
    #expect(Self.directly(["label", "1", "2", ""], from: 1, columns: 3) == nil)
    #expect(Self.directly(["label", "1", "2", "3", "4"], from: 1, columns: 3) == nil)
    #expect(Self.directly(["label", "1", "2"], from: 1, columns: 3) == nil)
    #expect(Self.directly(["1", "2"], from: -1, columns: 3) == nil)
    #expect(Self.directly([], from: 0, columns: 0) == nil)
    #expect(Self.directly(["1"], from: 1, columns: 0) == nil)
  }

  @Test("Wherever it places a row, placing by the ends gives the same placement")
  func agreesWithEnds() {
    let all = ValuePlacementTests.smallRows
    var placedDirectly = 0
    for texts in all {
      ValuePlacementTests.cells(texts).withUnsafeBufferPointer { values in
        for first in -1...values.count + 1 {
          for columns in 0...6 {
            guard let direct = ValuePlacement.placedDirectly(values, from: first, columns: columns) else { continue }
            placedDirectly += 1
            #expect(
              direct == ValuePlacement.placedByEnds(values, from: first, columns: columns),
              "\(texts) from \(first), \(columns) columns")
          }
        }
      }
    }
    // Every row whose cells from `first` on are at least one, with both ends filled.
    #expect(placedDirectly > 1_000)
  }
}
