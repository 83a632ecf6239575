import DisclosureModel
import MarkdownLayout
import TabSeparatedLayout
import Testing

/// The pipe-row split that the builder does sixteen bytes at a time
/// (``DocumentBuilder/addCells(_:separatedBy:upToEscape:in:line:)``), checked against a
/// plain byte-by-byte reading of the Markdown rule, with rows whose pipes, backslashes
/// and ends fall at every offset of a sixteen-byte block.
@Suite("Pipe row split")
struct PipeRowSplitTests {
  /// The cells of the pipe row `row` (a line starting with `|`) by the documented rule,
  /// one byte at a time: cells end at unescaped pipes, `\|` reads `|`, a backslash
  /// escapes the byte after it, and the text after the last pipe is a cell only when
  /// it holds more than spaces and tabs (or an escape).
  static func reference(_ row: String) -> [String] {
    let bytes = Array(row.utf8.dropFirst())
    var cells: [[UInt8]] = []
    var cell: [UInt8] = []
    var escapes = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x5C, index + 1 < bytes.count {
        if bytes[index + 1] == 0x7C { escapes = true } else { cell.append(byte) }
        cell.append(bytes[index + 1])
        index += 2
        continue
      }
      if byte == 0x7C {
        cells.append(cell)
        cell = []
        escapes = false
      } else {
        cell.append(byte)
      }
      index += 1
    }
    if escapes || cell.contains(where: { $0 != 0x20 && $0 != 0x09 }) { cells.append(cell) }
    return cells.map { String(decoding: $0, as: UTF8.self) }
  }

  /// The cells MarkdownLayout reads from the one-row text `row` followed by `after`.
  static func adapterCells(_ row: String, after: String) -> [String] {
    let document = MarkdownLayout().makeDocument(from: SourceText(row + after))
    guard let first = document.tables.first?.rows.first else { return [] }
    return first.cells.map { document.text($0) }
  }

  /// Expects every row `|` + `filler` w's + a piece + `|` + a piece + a trailing
  /// text, followed by each of `afters`, to split as ``reference(_:)`` says.
  static func expectRowsMatchTheReference(
    fillers: Range<Int>, pieces: [String], trailings: [String], afters: [String]
  ) {
    for filler in fillers {
      for first in pieces {
        for second in pieces {
          for trailing in trailings {
            let row = "|" + String(repeating: "w", count: filler) + first + "|" + second + trailing
            for after in afters {
              let cells = adapterCells(row, after: after)
              #expect(cells == reference(row), "row \(Array(row.utf8)) after \(Array(after.utf8))")
            }
          }
        }
      }
    }
  }

  @Test("Rows split as the byte-by-byte rule says, wherever pipes, escapes and the end fall")
  func matchesTheReference() {
    let pieces = ["a", "规章", "", " ", "\\|", "\\\\", "x\\y", "12345678901234567", "\t"]
    // Lines after the row: none (the row ends the buffer, read byte by byte), a short
    // one, and one long enough that sixteen bytes can be read past the row's end.
    let afters = ["", "\n", "\n| z |\n", "\n\n" + String(repeating: "|", count: 40)]
    Self.expectRowsMatchTheReference(
      fillers: 0..<17, pieces: pieces, trailings: ["|", "", " ", "x", "\\|"], afters: afters)
  }

  @Test("Rows as long as two or three steps of thirty-two bytes split as the rule says")
  func longRowsMatchTheReference() {
    // Pipes, escapes and ends at every offset of a thirty-two-byte step and of the
    // sixteen-byte block after it, in either of the step's two vectors.
    let pieces = ["a", "", "\\|", "规章", "\\\\"]
    let afters = ["", "\n", "\n\n" + String(repeating: "|", count: 40)]
    Self.expectRowsMatchTheReference(fillers: 0..<72, pieces: pieces, trailings: ["|", "", " x"], afters: afters)
  }

  @Test("Hand-checked cell bounds of rows with pipes at the edges of a thirty-two-byte step")
  func longRowBounds() {
    // The first cell is bytes 1..<32: its closing pipe is byte 32, the last byte of
    // the first step (bytes 1..<33, lane 15 of its second vector).
    let row = "|0123456789abcdefghijklmnopqrstu|x\\|y|z|"
    let document = MarkdownLayout().makeDocument(from: SourceText(row + "\n"))
    let cells = document.tables.first?.rows.first?.cells.map { $0 } ?? []
    #expect(cells.map { document.text($0) } == ["0123456789abcdefghijklmnopqrstu", "x|y", "z"])
    #expect(cells.first.map { [$0.span.start, $0.span.end] } == [1, 32])
    #expect(cells.last.map { [$0.span.start, $0.span.end] } == [38, 39])
    // `|a` then 48 pipes (bytes 2...49): the cell `a` (1..<2), then an empty cell
    // before each pipe after the first, 3..<3 to 49..<49, found by the first step
    // (bytes 1..<33), a sixteen-byte block (33..<49) and the last byte (49).
    let pipes = "|a" + String(repeating: "|", count: 48)
    let empty = MarkdownLayout().makeDocument(from: SourceText(pipes + "\n"))
    let spans = empty.tables.first?.rows.first?.cells.map { [$0.span.start, $0.span.end] } ?? []
    #expect(spans.count == 48)
    #expect(spans.first == [1, 2])
    #expect(spans.dropFirst().first == [3, 3])
    #expect(spans.last == [49, 49])
  }

  @Test("Concrete rows: trailing blanks dropped, escapes read, empty cells kept")
  func concreteRows() {
    #expect(Self.adapterCells("| 规章 | 0 |", after: "\n") == [" 规章 ", " 0 "])
    #expect(Self.adapterCells("| a || b \t", after: "\n") == [" a ", "", " b \t"])
    #expect(Self.adapterCells("| a |  \t", after: "") == [" a "])
    #expect(Self.adapterCells("|0123456789abcdef|x\\|y|z", after: "\n") == ["0123456789abcdef", "x|y", "z"])
    #expect(Self.adapterCells("|0123456789abc|\\\\|y", after: "\n") == ["0123456789abc", "\\\\", "y"])
  }

  @Test("The builder stops at the cell that holds the first escape, and says where it starts")
  func builderStopsAtTheEscapedCell() {
    let source = SourceText("|ab|cd\\|e|f|\n")
    var builder = DocumentBuilder(source: source)
    let rest = source.bytes.withUnsafeBufferPointer {
      builder.addCells(1..<12, separatedBy: 0x7C, upToEscape: 0x5C, in: $0, line: 1)
    }
    #expect(rest == 4)
    builder.endRow()
    let document = builder.finish()
    #expect(document.tables.first?.rows.first?.cells.map { document.text($0) } == ["ab"])
  }

  @Test("Tab rows split into every piece, wherever the tabs and the row's end fall in a block")
  func tabRowsMatchSplitting() {
    let afters = ["", "\n", "\n" + String(repeating: "\t", count: 40)]
    for length in 0..<72 {
      for tabEvery in [1, 2, 3, 7, 16, 17] {
        let row = String((0..<length).map { $0 % tabEvery == tabEvery - 1 ? "\t" : "a" })
        let expected = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        for after in afters {
          let document = TabSeparatedLayout().makeDocument(from: SourceText("x\t" + row + after))
          let cells = document.tables.first?.rows.first.map { $0.cells.map { document.text($0) } } ?? []
          #expect(cells == ["x"] + expected, "row \(Array(row.utf8)) after \(Array(after.utf8))")
        }
      }
    }
  }
}
