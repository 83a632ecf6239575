import Testing

@testable import DisclosureModel

/// ``ValuePlacement/placedByEnds(_:from:columns:)``, the short cut that places a row
/// whose end columns are filled from the cells at either end, against
/// ``ValuePlacement/placeGenerally(_:from:columns:context:rowTotals:)``.
@Suite("Placing values by the row's ends")
struct ValuePlacementByEndsTests {
  /// Places `texts` (classified as ``ValuePlacementTests/cells(_:)`` does) by ends.
  static func byEnds(_ texts: [String], from first: Int, columns: Int) -> ValuePlacement? {
    ValuePlacementTests.cells(texts).withUnsafeBufferPointer {
      ValuePlacement.placedByEnds($0, from: first, columns: columns)
    }
  }

  @Test("A row whose end columns hold values is placed from its ends, directly or as a window")
  func handChecked() {
    let direct = Self.byEnds(["label", "1", "", "3"], from: 1, columns: 3)
    #expect(direct?.rule == .direct)
    #expect(direct?.slots == [1, 2, 3])
    // Empty cells around the values: a window from the first filled cell.
    let window = Self.byEnds(["label", "", "0", "-", "7", ""], from: 1, columns: 3)
    #expect(window?.rule == .window)
    #expect(window?.slots == [2, 3, 4])
    // One column, one number.
    let single = Self.byEnds(["", "9", ""], from: 0, columns: 1)
    #expect(single?.rule == .window)
    #expect(single?.slots == [1])
  }

  @Test("Rows whose filled cells do not span exactly the columns are left to the general rules")
  func leftToTheRules() {
    // Spread wider than the columns.
    #expect(Self.byEnds(["1", "", "", "4"], from: 0, columns: 3) == nil)
    // Narrower: a cell lost, or only the total.
    #expect(Self.byEnds(["3", "1", "4"], from: 0, columns: 4) == nil)
    #expect(Self.byEnds(["", "", "12"], from: 0, columns: 4) == nil)
    // Nothing filled, nothing after the labels, no columns.
    #expect(Self.byEnds(["label", "", ""], from: 1, columns: 2) == nil)
    #expect(Self.byEnds(["label"], from: 1, columns: 2) == nil)
    #expect(Self.byEnds(["1", "2"], from: 0, columns: 0) == nil)
    // A filled cell before `first` does not count.
    #expect(Self.byEnds(["5", "", "6"], from: 1, columns: 2) == nil)
  }

  @Test("The short cut and the general rules agree on every small row")
  func agreesWithGeneralRules() {
    // Every row of up to five cells (`ValuePlacementTests.smallRows`), from each first value cell,
    // for one to five columns, with and without what a table could say.
    let contexts = ValuePlacementTests.smallRowContexts
    let all = ValuePlacementTests.smallRows
    var placedByEnds = 0
    for texts in all {
      let values = ValuePlacementTests.cells(texts)
      values.withUnsafeBufferPointer { values in
        for first in 0...values.count {
          for columns in 1...5 {
            let fast = ValuePlacement.placedByEnds(values, from: first, columns: columns)
            if fast != nil { placedByEnds += 1 }
            for context in contexts {
              let general = ValuePlacement.placeGenerally(values, from: first, columns: columns, context: context)
              if let fast { #expect(fast == general, "\(texts) from \(first), \(columns) columns") }
              let placed = ValuePlacement.place(values, from: first, columns: columns, context: context)
              #expect(placed == general, "\(texts) from \(first), \(columns) columns")
            }
          }
        }
      }
    }
    // The short cut does take a good share of the rows (those whose filled cells
    // span exactly the columns).
    #expect(placedByEnds > 1000)
  }
}
