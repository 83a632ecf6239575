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
  /// Every line the census kept comes in one run
  /// (``SourceText/forEachLineShape(runsOf:run:otherwise:)`` with every line a run
  /// line), and the lines the census did not keep one at a time. From each cell line
  /// or blank line on, the builder reads the stretch of such lines in one step where
  /// it can (``DocumentBuilder/addCellLines(_:firstLine:blankLines:)``, which adds the
  /// cells, rows and tables its lines would add one by one), and finds where the
  /// stretch ends as it reads it: a walk that cut the lines into runs first would look
  /// at each line once more. The line it stops at is read here, one line at a time,
  /// as each line is read when the builder cannot take the stretch (``read(_:line:range:blankRun:into:in:)``).
  public func makeDocument(from text: SourceText) -> Document {
    var builder = DocumentBuilder(source: text)
    var blankRun = 0
    text.forEachLineShape(
      runsOf: { _ in true },
      run: { firstLine, start, shapes, _, buffer in
        var index = 0
        while index < shapes.count {
          // A stretch of cell lines and blank lines in one step as far as the builder
          // can (not a line on its own, which costs less read here).
          if index &+ 1 < shapes.count, Self.isStretchLine(shapes[index]), Self.isStretchLine(shapes[index &+ 1]) {
            index &+= builder.addCellLines(
              UnsafeBufferPointer(rebasing: shapes[index...]), firstLine: firstLine &+ index, blankLines: &blankRun)
            guard index < shapes.count else { break }
          }
          // A line starts past the terminator of the line before, the first at `start`.
          let lineStart = index == 0 ? start : SourceText.lineStart(after: shapes[index &- 1].end, in: buffer)
          Self.read(
            shapes[index], line: firstLine &+ index, range: lineStart..<shapes[index].end, blankRun: &blankRun,
            into: &builder, in: buffer)
          index &+= 1
        }
      },
      otherwise: { _, _, _, _ in })
    return builder.finish()
  }

  /// Whether a line is a cell line (its first content byte a tab) or blank: a line
  /// that ``DocumentBuilder/addCellLines(_:firstLine:blankLines:)`` reads.
  @inline(__always)
  private static func isStretchLine(_ shape: LineShapeCensus.Shape) -> Bool {
    shape.firstByte == 0x09 || shape.isBlank
  }

  /// Reads one line, the way the layout reads each: a cell line adds its cell to the
  /// open row (the cell is the rest of the line after its leading tab), a blank line
  /// ends the row and, from the second in a row on, the table, and any other line
  /// continues the open row's last cell (a wrapped cell) or, when no row is open or it
  /// looks like a section heading, is a paragraph.
  @inline(__always)
  private static func read(
    _ shape: LineShapeCensus.Shape,
    line: Int,
    range: Range<Int>,
    blankRun: inout Int,
    into builder: inout DocumentBuilder,
    in buffer: UnsafeBufferPointer<UInt8>
  ) {
    if shape.isBlank {
      builder.endRow()
      blankRun += 1
      if blankRun >= 2 { builder.endTable() }
      return
    }
    blankRun = 0
    if shape.firstByte == 0x09 {
      // The tab is the line's first content byte, so it lies before the line's end:
      // the cell's range is never reversed, and its start cannot overflow.
      builder.addCells(onLines: line..<line &+ 1) { _ in
        Range(uncheckedBounds: (shape.contentStart &+ 1, shape.end))
      }
    } else if builder.hasOpenRow, !isSectionHeading(shape, in: buffer) {
      builder.extendLastCell(to: range.upperBound, line: line)
    } else {
      builder.addParagraph(range, line: line)
    }
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
