import CellPerLineLayout
import DisclosureModel
import Foundation
import MarkdownLayout
import TabSeparatedLayout
import Testing

@Suite("LineShapeCensus and layout scores")
struct LineShapeCensusTests {
  let registry = LayoutRegistry(adapters: [
    TabSeparatedLayout(), MarkdownLayout(), CellPerLineLayout(),
  ])

  /// The shape of `line`, classified as an adapter does.
  func shape(_ line: String) -> LineShapeCensus.Shape {
    let bytes = Array(line.utf8)
    return bytes.withUnsafeBufferPointer { LineShapeCensus.Shape($0, 0..<bytes.count) }
  }

  /// Which of the counted shapes `shape` is, as letters: B blank, P pipe row,
  /// D delimiter, M multi-cell tab line, S single-cell tab line.
  func flags(_ shape: LineShapeCensus.Shape) -> String {
    [
      (shape.isBlank, "B"), (shape.isPipeRow, "P"), (shape.isPipeDelimiter, "D"),
      (shape.isMultiCellTab, "M"), (shape.isSingleCellTab, "S"),
    ].filter(\.0).map(\.1).joined()
  }

  @Test(arguments: [
    ("", "B"),
    ("   ", "B"),
    ("\u{3000}\u{A0}\u{FEFF}\u{0C}", "B"),
    ("一、总体情况", ""),
    ("- 1.推动政务公开", ""),
    ("---", ""),
    ("| 规章 | 0 |", "P"),
    ("  | a", "P"),
    ("|", "P"),
    ("|---|:--:|", "D"),
    ("| --- | :--- |", "D"),
    ("\u{3000}|-|", "D"),
    ("|:|", "P"),
    ("|a\t|b|", "PM"),
    ("\t0", "S"),
    (" \t0", "S"),
    ("\t", "S"),
    ("\t\t", "M"),
    ("\ta\tb", "M"),
    ("规章\t0", "M"),
    ("x\t", "M"),
  ])
  func classifiesLines(line: String, expected: String) {
    #expect(flags(shape(line)) == expected)
  }

  @Test func shapeFindsContentStartAndTabs() {
    let spaced = shape("  \u{3000}\t0")
    #expect(spaced.contentStart == 5)
    #expect(spaced.leadingByte == 0x09)
    #expect(spaced.tabCount == 1)
    #expect(spaced.end == 7)
    let blank = shape("   ")
    #expect(blank.contentStart == 3)
    #expect(blank.leadingByte == nil)
  }

  @Test func shapeClampsItsRange() {
    let bytes = Array("a\tb".utf8)
    let clamped = bytes.withUnsafeBufferPointer { LineShapeCensus.Shape($0, 1..<99) }
    #expect(clamped.end == 3)
    #expect(clamped.tabCount == 1)
    #expect(clamped.isSingleCellTab)
  }

  /// A shape's end and tab count against a byte-by-byte reading, on lines of every
  /// length up to 80 bytes and at every offset of a buffer, so that the word and vector
  /// blocks of the tab count meet line ends, tabs and the buffer's end at every position.
  @Test func shapeEndsAndTabsMatchAByteByByteReading() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    let pieces: [[UInt8]] = [
      Array("a".utf8), Array("规".utf8), [0x09], [0x0A], [0x0D], Array("|".utf8), Array("-".utf8),
      Array(" ".utf8), Array("\u{3000}".utf8), [0x0B], [0x0E], [0x08],
    ]
    for round in 0..<400 {
      var bytes: [UInt8] = []
      let length = Int(next() % 96)
      // Rare line ends in most rounds, so that long lines occur too.
      let breaks = round % 3 == 0 ? 12 : 2_000
      while bytes.count < length {
        let roll = Int(next() % UInt64(breaks))
        let piece = roll < 2 ? pieces[2 + roll + 1] : roll < 12 ? pieces[roll] : pieces[Int(next() % 2)]
        bytes += piece
      }
      bytes.withUnsafeBufferPointer { buffer in
        for start in 0...buffer.count {
          for limit in [buffer.count, min(buffer.count, start + Int(next() % 40))] {
            let shape = LineShapeCensus.Shape(buffer, start..<limit)
            var end = start
            while end < limit, buffer[end] != 0x0A, buffer[end] != 0x0D { end += 1 }
            let tabs = buffer[start..<end].filter { $0 == 0x09 }.count
            #expect(shape.end == end, "start \(start), limit \(limit), bytes \(Array(buffer))")
            #expect(shape.tabCount == tabs, "start \(start), limit \(limit), bytes \(Array(buffer))")
          }
        }
      }
    }
  }

  @Test func censusCountsEveryShape() {
    let text = "标题\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n规章\t0\n\t0\n \t1\n   \n"
    let census = LineShapeCensus(SourceText(text))
    #expect(census.nonBlankLines == 7)
    #expect(census.pipeRows == 2)
    #expect(census.pipeDelimiters == 1)
    #expect(census.multiCellTabLines == 1)
    #expect(census.singleCellTabLines == 2)
    #expect(census.tableLines == 5)
    #expect(census.share(2) == 0.4)
  }

  @Test(arguments: ["a\tb\r\n\tc\r\n|x|\r\n", "a\tb\r\tc\r|x|\r", "a\tb\n\tc\n|x|"])
  func censusSplitsLinesLikeSourceText(source: String) {
    let census = LineShapeCensus(SourceText(source))
    #expect(census.nonBlankLines == 3)
    #expect(census.multiCellTabLines == 1)
    #expect(census.singleCellTabLines == 1)
    #expect(census.pipeRows == 1)
  }

  @Test func censusStopsAtTheLineLimit() {
    let text = String(repeating: "\n行\t0\n", count: 10) + String(repeating: "\t0\n", count: 10)
    let limited = LineShapeCensus(SourceText(text), lineLimit: 3)
    #expect(limited.nonBlankLines == 3)
    #expect(limited.multiCellTabLines == 3)
    #expect(limited.singleCellTabLines == 0)
    let full = LineShapeCensus(SourceText(text))
    #expect(full.nonBlankLines == 20)
    #expect(full.singleCellTabLines == 10)
    #expect(LineShapeCensus.defaultLineLimit == 2_000)
  }

  @Test func emptyCensusSharesNothing() {
    let census = LineShapeCensus(SourceText(""))
    #expect(census == LineShapeCensus())
    #expect(census.tableLines == 0)
    #expect(census.share(0) == 0)
  }

  @Test(arguments: [
    ("000", SeedExcerpts.tsv000, "tsv"),
    ("002", SeedExcerpts.tsv002, "tsv"),
    ("001", SeedExcerpts.markdown001, "markdown"),
    ("003", SeedExcerpts.markdown003, "markdown"),
    ("004 head", SeedExcerpts.cellPerLine004Head, "cell-per-line"),
    ("004 review", SeedExcerpts.cellPerLine004Review, "cell-per-line"),
  ])
  func seedExcerptsAreDetectedWithAClearMargin(sample: String, text: SourceText, layout: String) {
    let detection = registry.detect(text)
    #expect(detection.chosen == layout, "sample \(sample)")
    for score in detection.scores {
      if score.layout == layout {
        #expect(score.score >= 0.9, "sample \(sample): \(score.layout)")
      } else {
        #expect(score.score <= 0.1, "sample \(sample): \(score.layout)")
      }
    }
  }

  /// Where the full samples live on the development machine.
  static let seedDirectory = "/work/shared/seeds"

  @Test(
    .enabled(if: FileManager.default.fileExists(atPath: seedDirectory), "needs the sample files"),
    arguments: [
      ("000_89d79d270a8f58c8.txt", "tsv"),
      ("001_d65aec0ee04b8f9a.txt", "markdown"),
      ("002_b52cc8c9a01f7305.txt", "tsv"),
      ("003_e6d10310d5a8465b.txt", "markdown"),
      ("004_295e3622999d89af.txt", "cell-per-line"),
    ]
  )
  func fullSamplesAreDetectedWithAClearMargin(file: String, layout: String) throws {
    let url = URL(fileURLWithPath: Self.seedDirectory).appendingPathComponent(file)
    let text = SourceText(utf8: Array(try Data(contentsOf: url)))
    let detection = registry.detect(text)
    #expect(detection.chosen == layout)
    let chosen = detection.scores.filter { $0.layout == layout }.map(\.score)
    let others = detection.scores.filter { $0.layout != layout }.map(\.score)
    #expect(chosen == [1])
    #expect(others == [0, 0])
  }

  @Test func scoresAreSharesOfTheTableLines() {
    // 3 pipe rows, 1 delimiter, 2 multi-cell and 1 single-cell tab lines: 6 table lines.
    let text = SourceText("| a |\n|---|\n| 1 |\n| 2 |\na\tb\nc\td\n\te\n")
    #expect(MarkdownLayout().score(text) == 0.5)
    #expect(TabSeparatedLayout().score(text) == 2.0 / 6.0)
    #expect(CellPerLineLayout().score(text) == 1.0 / 6.0)
  }

  @Test func markdownWithoutDelimiterIsHalved() {
    let text = SourceText("| a | b |\n| 1 | 2 |\n")
    #expect(MarkdownLayout().score(text) == 0.5)
    #expect(TabSeparatedLayout().score(text) == 0)
    #expect(CellPerLineLayout().score(text) == 0)
  }

  @Test func scoreFromTextEqualsScoreFromCensus() {
    let text = SeedExcerpts.tsv000
    let census = LineShapeCensus(text)
    #expect(TabSeparatedLayout().score(text) == TabSeparatedLayout().score(census))
    #expect(MarkdownLayout().score(text) == MarkdownLayout().score(census))
    #expect(CellPerLineLayout().score(text) == CellPerLineLayout().score(census))
    #expect(TabSeparatedLayout().score(census) == 1)
  }

  /// The adapter a parse takes is the one detection chooses, found without the list
  /// of scores; no adapter when detection chooses none.
  @Test(arguments: [
    (SeedExcerpts.tsv000, "tsv"), (SeedExcerpts.markdown001, "markdown"),
    (SeedExcerpts.cellPerLine004Head, "cell-per-line"), (SourceText("一、总体情况\n"), "none"),
    (SourceText("| a |\n|---|\na\tb\nc\td\n"), "tsv"),
  ])
  func chosenAdapterIsTheDetectedOne(text: SourceText, layout: String) {
    var shapes = LineShapes(recording: true)
    let chosen = registry.chosenAdapter(for: text, keeping: &shapes)?.name ?? "none"
    #expect(chosen == layout)
    #expect(chosen == registry.detect(text).chosen ?? "none")
    var detected = LineShapes(recording: true)
    _ = registry.detect(text, keeping: &detected)
    #expect(shapes.shapes == detected.shapes)
  }

  /// A census given shapes with room (a parse gives the thread's spare) empties
  /// them and writes the same shapes into that room as into a new list.
  @Test(arguments: [SeedExcerpts.tsv000, SeedExcerpts.markdown001, SeedExcerpts.cellPerLine004Head])
  func shapesWrittenIntoTheRoomGiven(text: SourceText) {
    var fresh = LineShapes(recording: true)
    _ = LineShapeCensus(text, keeping: &fresh)
    #expect(fresh.shapes.count > 10)
    // Room for many more shapes, holding stale ones from another text.
    var given = LineShapes(recording: true)
    given.shapes = Array(repeating: fresh.shapes[0], count: 3)
    given.shapes.reserveCapacity(4096)
    let room = given.shapes.capacity
    _ = LineShapeCensus(text, keeping: &given)
    #expect(given.shapes == fresh.shapes)
    #expect(given.shapes.capacity == room)
  }

  @Test(arguments: [
    "",
    "\n\n",
    "一、总体情况\n\n2021年，我镇未收到政府信息公开申请。\n- 1.推动政务公开\n---\n",
  ])
  func proseScoresZeroEverywhere(source: String) {
    let detection = registry.detect(SourceText(source))
    #expect(detection.scores.map(\.score) == [0, 0, 0])
    #expect(detection.chosen == nil)
  }
}
