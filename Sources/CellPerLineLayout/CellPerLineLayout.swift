public import DisclosureModel

/// Reads text whose tables have one cell per line (sample 004), the usual result of
/// converting a PDF or HTML table cell by cell.
///
/// - A line whose first non-space character is a tab is a cell; its text is
///   everything after that tab (so `" \t0"` is the cell `0`, and a lone tab is an
///   empty cell, which is kept).
/// - Consecutive cell lines form a row; a blank line ends the row. Rows separated by
///   single blank lines form one table; two or more blank lines in a row end it.
/// - A non-blank line without the leading tab that directly follows a line of the
///   open row continues that row's last cell (a wrapped header such as `\t社会` /
///   `公益` / `组织`): the cell's span then covers the lines, and ``Cell/endLine`` is
///   the last of them. A line that looks like a section heading (`一、` to `六、`,
///   possibly after spaces) is a paragraph instead.
/// - Any other non-blank line is a paragraph, which ends the open table.
///
/// ```swift
/// let layout = CellPerLineLayout()
/// let document = layout.makeDocument(from: SourceText("\t社会\n公益\n\t0\n"))
/// document.text(document.tables[0].rows[0].cells[0])   // "社会\n公益"
/// ```
public struct CellPerLineLayout: LayoutAdapter {
  /// `"cell-per-line"`.
  public let name = "cell-per-line"

  /// Creates the adapter.
  public init() {}

  /// The share of the text's table lines that are single-cell tab lines (see
  /// ``LineShapeCensus/singleCellTabLines``); 0 for a text without table lines.
  public func score(_ text: SourceText) -> Double {
    score(LineShapeCensus(text))
  }

  /// The score from the census ``LayoutRegistry/detect(_:)`` took once for all
  /// adapters.
  public func score(_ text: SourceText, census: LineShapeCensus) -> Double {
    score(census)
  }

  /// The score from a census already taken, so a caller that scores several layouts
  /// counts the text once.
  public func score(_ census: LineShapeCensus) -> Double {
    census.share(census.singleCellTabLines)
  }

  /// Reads `text` as cell-per-line tables and prose paragraphs.
  ///
  /// The cell lines and blank lines come in stretches
  /// (``SourceText/forEachLineShape(runsOf:run:otherwise:)``), each read in one step
  /// where the builder can (``DocumentBuilder/addCellLines(_:firstLine:blankLines:)``,
  /// which adds the cells, rows and tables its lines would add one by one), and
  /// otherwise a run of cell lines at a time: a run adds the cells its lines would add
  /// one by one (each to the open row, where the row's first line is the first cell's),
  /// and leaves no blank run, as each of its lines would.
  public func makeDocument(from text: SourceText) -> Document {
    var builder = DocumentBuilder(source: text)
    var blankRun = 0
    text.forEachLineShape(
      runsOf: { $0.leadingByte == 0x09 || $0.isBlank },
      run: { firstLine, _, shapes, _ in
        // A stretch of cell lines and blank lines in one step as far as the builder
        // can; the rest (and a line on its own) line by line.
        var index = shapes.count > 1 ? builder.addCellLines(shapes, firstLine: firstLine, blankLines: &blankRun) : 0
        while index < shapes.count {
          if shapes[index].isBlank {
            builder.endRow()
            blankRun += 1
            if blankRun >= 2 { builder.endTable() }
            index &+= 1
            continue
          }
          // The run of cell lines from here.
          var end = index &+ 1
          while end < shapes.count, !shapes[end].isBlank { end &+= 1 }
          blankRun = 0
          // The tab is each line's first content byte, so it lies before the line's
          // end: the cell's range is never reversed, and its start cannot overflow.
          let first = index
          builder.addCells(onLines: firstLine &+ first..<firstLine &+ end) { offset in
            Range(uncheckedBounds: (shapes[first &+ offset].contentStart &+ 1, shapes[first &+ offset].end))
          }
          index = end
        }
      },
      otherwise: { line, range, shape, buffer in
        blankRun = 0
        if builder.hasOpenRow, !Self.isSectionHeading(shape, in: buffer) {
          builder.extendLastCell(to: range.upperBound, line: line)
        } else {
          builder.addParagraph(range, line: line)
        }
      })
    return builder.finish()
  }

  /// The first bytes of the section headings `一、` to `六、`, without the `、`.
  private static let headingNumerals: [[UInt8]] = ["一", "二", "三", "四", "五", "六"].map {
    Array($0.utf8)
  }

  /// Whether the line's content starts with `一、` to `六、`.
  private static func isSectionHeading(
    _ shape: LineShapeCensus.Shape,
    in buffer: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let start = shape.contentStart
    // Every numeral is 3 bytes in UTF-8, and so is `、` (E3 80 81).
    guard shape.end - start >= 6 else { return false }
    guard buffer[start + 3] == 0xE3, buffer[start + 4] == 0x80, buffer[start + 5] == 0x81 else {
      return false
    }
    return headingNumerals.contains { numeral in
      numeral.count == 3 && numeral.indices.allSatisfy { buffer[start + $0] == numeral[$0] }
    }
  }
}
