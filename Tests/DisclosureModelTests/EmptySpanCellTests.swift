import Testing

@testable import DisclosureModel

/// The shortcut of ``CellValue/read(_:_:trimmed:)`` for an empty span (the
/// tab-separated and cell-per-line layouts' empty cells), settled with no byte read,
/// checked by hand and against the general reading of the same cell.
@Suite("Empty spans settled without trimming")
struct EmptySpanCellTests {
  @Test("An empty span reads as empty, its bounds where it stands, by hand")
  func handChecked() {
    // `7⇥⇥8`: the empty cell between the two tabs is the span 2..<2.
    let bytes = Array("7\t\t8".utf8)
    bytes.withUnsafeBufferPointer { storage in
      for position in [0, 1, 2, 3, 4] {
        var bounds = (start: -1, end: -1)
        #expect(CellValue.read(storage, TextSpan(position..<position), trimmed: &bounds) == .empty)
        #expect(bounds == (position, position))
      }
      // Spans outside the storage (a hand-made document's) are empty too, and no
      // byte is read for them.
      var bounds = (start: 0, end: 0)
      #expect(CellValue.read(storage, TextSpan(9..<9), trimmed: &bounds) == .empty)
      #expect(CellValue.read(storage, TextSpan(-3 ..< -3), trimmed: &bounds) == .empty)
      // A span of one byte is no empty span: the digits read as numbers.
      #expect(CellValue.read(storage, TextSpan(0..<1), trimmed: &bounds).plainCount == 7)
      #expect(CellValue.read(storage, TextSpan(3..<4), trimmed: &bounds).plainCount == 8)
    }
  }

  @Test("Every empty span within a storage reads as the general trimming reads it")
  func agreesWithTrimming() {
    // Storages of white space, digits, ideographs and lone lead bytes: at every
    // position, the empty span's value and bounds are what trimming that span
    // gives (bounds at the span, and nothing between them, so empty).
    let storages =
      ["", " ", "\t0\t", "信息 内容", "\u{3000}\u{FEFF}", "１２", "- / 无"].map { Array($0.utf8) }
      + [[0xE4], [0xEF, 0xBB], [0xC2]]
    var compared = 0
    for bytes in storages {
      bytes.withUnsafeBufferPointer { storage in
        for position in 0...storage.count {
          var bounds = (start: -1, end: -1)
          let value = CellValue.read(storage, TextSpan(position..<position), trimmed: &bounds)
          let trimmed = ByteClass.trimmed(storage, TextSpan(position..<position))
          #expect(value == .empty, "\(bytes) at \(position)")
          #expect(bounds == trimmed, "\(bytes) at \(position)")
          compared += 1
        }
      }
    }
    #expect(compared == 1 + 2 + 4 + 14 + 7 + 7 + 8 + 2 + 3 + 2)
  }
}
