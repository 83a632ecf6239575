import DisclosureSynthesis
import Testing

@testable import DisclosureModel

/// The census's short cut for the lines of a cell-per-line table (one tab, the
/// line's first byte, followed by no byte a delimiter line holds) against the
/// line-by-line reference of ``LineScanTests``: the lines it takes, the lines next
/// to them that it must leave to the general path (a second tab, a tab that is not
/// first, a dash or pipe after the tab, a line begun in an earlier block, a blank
/// line), at every position around the blocks' boundaries and with every terminator.
@Suite("Census short cut for cell-per-line lines")
struct CellLineShortCutTests {
  @Test("Hand-checked cell lines: the short cut's shapes and counts")
  func knownCellLines() {
    // Lines: "\t1" (short cut), "\t-" (a dash after the tab: general path, which
    // finds it holds only delimiter bytes), "\t" alone (short cut: the line end
    // follows the tab), "\t2\t3" (two tabs), "a\t4" (a tab not first), "" (blank),
    // "\t规" (short cut), then "\t5" ended by CR LF and "\t6" by CR.
    let text = Array("\t1\n\t-\n\t\n\t2\t3\na\t4\n\n\t规\n\t5\r\n\t6\r".utf8)
    var shapes = LineShapes(recording: true)
    let census = LineShapeCensus(SourceText(utf8: text), keeping: &shapes)
    #expect(LineScanTests.counts(census) == [8, 0, 0, 2, 6])
    #expect(
      shapes.shapes.map(LineShapeReferenceTests.fields) == [
        "0 2 9 1 false", "3 5 9 1 true", "6 7 9 1 false", "8 12 9 2 false", "13 16 97 1 false",
        "17 17 nil 0 false", "18 22 9 1 false", "23 25 9 1 false", "27 29 9 1 false",
      ])
    LineScanTests.expectMatch(text)
  }

  @Test("Hand-checked: the line limit met within long runs of cell lines")
  func lineLimitWithinCellLines() {
    // 300 lines "\t7" (3 bytes each with their line feed, 900 bytes, some 14 blocks):
    // the short cut counts them in one local, added to the counts before the margins
    // are tested; with a limit of 100 lines the census must stop at line 100 all the
    // same, and keep exactly those 100 shapes (the first at 0 ..< 2, the last at
    // 297 ..< 299).
    let text = Array(String(repeating: "\t7\n", count: 300).utf8)
    var shapes = LineShapes(recording: true)
    let census = LineShapeCensus(SourceText(utf8: text), lineLimit: 100, keeping: &shapes)
    #expect(LineScanTests.counts(census) == [100, 0, 0, 0, 100])
    #expect(shapes.shapes.count == 100)
    #expect(shapes.shapes.first.map(LineShapeReferenceTests.fields) == "0 2 9 1 false")
    #expect(shapes.shapes.last.map(LineShapeReferenceTests.fields) == "297 299 9 1 false")
    // Without a limit to meet, all 302 lines are counted (a prose line first, then the
    // cell lines, and a pipe row last: the deferred cell lines join the other counts).
    let mixed = Array(("规章\n" + String(repeating: "\t7\n", count: 300) + "| 1 |\n").utf8)
    var all = LineShapes(recording: true)
    let whole = LineShapeCensus(SourceText(utf8: mixed), keeping: &all)
    #expect(LineScanTests.counts(whole) == [302, 1, 0, 0, 300])
    // The room for shapes holds a line every 8 bytes and 16 more: 913 / 8 + 16 = 130
    // (the lines after those are left to the adapter), however many are counted.
    #expect(all.shapes.count == 130)
    for limit in [1, 63, 64, 65, 128, 129, 200, 301, 302, 303] {
      LineScanTests.expectMatch(mixed, lineLimit: limit)
    }
  }

  @Test("Cell lines of every length, after every offset in a block, with every terminator")
  func cellLinesAroundBlockBoundaries() {
    // What follows the leading tab: content the short cut takes, and bytes it must
    // leave to the general path (a delimiter byte, a second tab, a byte that shares
    // a delimiter byte's low six bits).
    let seconds: [[UInt8]] = [
      [0x31], Array("规".utf8), [], [0x2D], [0x7C], [0x20, 0x31], [0x3A], [0x09, 0x31], [0x3C], [0x31, 0x09],
    ]
    let terminators: [[UInt8]] = [[0x0A], [0x0D], [0x0D, 0x0A]]
    for offset in 0..<70 {
      for (index, second) in seconds.enumerated() {
        // A first line of `offset` bytes, then cell lines of growing length that
        // cross several blocks' boundaries at every position.
        var bytes = [UInt8](repeating: 0x61, count: offset) + [0x0A]
        for length in 0..<40 {
          bytes += [0x09] + second + [UInt8](repeating: 0x32, count: length % 7)
          bytes += terminators[(length + offset + index) % terminators.count]
        }
        LineScanTests.expectMatch(bytes)
        LineScanTests.expectMatch(Array(bytes.dropLast()))
      }
    }
  }

  @Test("Cell lines mixed with every other kind of line, pseudo-randomly")
  func mixedLines() {
    var random = SyntheticRandom(seed: 0xCE11)
    let lines: [[UInt8]] = [
      [0x09, 0x31], [0x09], [0x09, 0x2D], [0x09, 0x09], Array("\t规章".utf8), [0x7C, 0x20, 0x31, 0x7C],
      Array("|---|".utf8), [0x31, 0x09, 0x32], [], [0x20, 0x09, 0x31], Array("\u{3000}\t1".utf8), [0x61],
    ]
    let terminators: [[UInt8]] = [[0x0A], [0x0A], [0x0A], [0x0D], [0x0D, 0x0A]]
    for _ in 0..<400 {
      var bytes: [UInt8] = []
      let count = Int(random.next() % 120)
      for _ in 0..<count {
        bytes += lines[Int(random.next() % UInt64(lines.count))]
        bytes += terminators[Int(random.next() % UInt64(terminators.count))]
      }
      LineScanTests.expectMatch(bytes)
    }
  }
}
