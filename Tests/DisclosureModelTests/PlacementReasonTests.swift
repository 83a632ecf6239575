import Testing

@testable import DisclosureModel

/// ``PlacementReason``: each reason's text, by hand (the texts the placement wrote
/// as strings before reasons were kept as their kind and numbers), and the same
/// bytes written into an arena as one piece.
@Suite("Why a row cannot be placed, written when recorded")
struct PlacementReasonTests {
  static let cases: [(reason: PlacementReason, text: String)] = [
    (.moreFilledThanColumns(filled: 9, columns: 7), "9 filled cells for the table's 7 columns"),
    (.fewerCellsThanColumns(cells: 2, columns: 3), "2 cells for 3 columns"),
    (.noValues, "the row has no values"),
    (
      .filledSpanTooWide(filled: 3, span: 12, columns: 10),
      "3 filled cells span 12 columns, more than the table's 10"
    ),
    (
      .shorterThanTheTable,
      "the row has fewer cells than the table's other rows, so a cell was lost and its place is unknown"
    ),
    (
      .emptyAtEitherEnd(cells: 8, columns: 7),
      "8 cells for 7 columns and the empty ones could sit at either end"
    ),
    (.text("two values stand under the one header 「主动公开」"), "two values stand under the one header 「主动公开」"),
  ]

  @Test("Each reason's text, and the same text as one piece of an arena")
  func texts() {
    for (reason, text) in Self.cases {
      #expect(reason.description == text)
      #expect("\(reason)" == text)
      var arena = MessageArena()
      arena.append("前面的片段")
      let start = arena.end
      reason.append(to: &arena)
      arena.append(7)
      arena.bytes.withUnsafeBufferPointer { bytes in
        var pieces = MessageArena.Pieces(bytes, from: start)
        #expect(String(decoding: pieces.next(), as: UTF8.self) == text)
        #expect(String(decoding: pieces.next(), as: UTF8.self) == "7")
        #expect(pieces.isAtEnd)
      }
    }
  }

  @Test("The general placement gives its reasons as their kind and numbers")
  func placements() {
    let short = ValuePlacement.place(ValuePlacementTests.cells(["1", "2"]), from: 0, columns: 3)
    #expect(short.rule == .cannotPlace(.fewerCellsThanColumns(cells: 2, columns: 3)))
    let empty = ValuePlacement.place(ValuePlacementTests.cells(["", "", ""]), from: 0, columns: 3)
    #expect(empty.rule == .cannotPlace(.noValues))
    // Equal by text, however kept: a literal is a reason given as text.
    let literal: PlacementReason = "2 cells for 3 columns"
    #expect(literal == .fewerCellsThanColumns(cells: 2, columns: 3))
    #expect(literal.hashValue == PlacementReason.fewerCellsThanColumns(cells: 2, columns: 3).hashValue)
    #expect(literal != .fewerCellsThanColumns(cells: 2, columns: 4))
  }
}
