public import DisclosureModel

/// Reads text whose tables are Markdown pipe tables (samples 001 and 003), the usual
/// result of converting a report to Markdown.
///
/// - A line whose first non-space character is `|` is a pipe row. Its cells are the
///   text between unescaped pipes, untrimmed; the leading and trailing pipes are
///   optional, and empty cells are kept. `\|` is a literal pipe inside a cell (the
///   cell's text then reads `|`; a backslash also escapes any other byte, which keeps
///   `\\|` a backslash followed by a cell border).
/// - Delimiter lines such as `|---|:--:|` are not rows. A delimiter line in the
///   middle of a table marks a table split at a page break: the row just above it is
///   the header of a new table, so the current table ends before that row.
/// - A blank line ends the table. Any other line (such as `- 1.推动…`) is a paragraph.
///
/// ```swift
/// let layout = MarkdownLayout()
/// let document = layout.makeDocument(from: SourceText("| 规章 | 0 |\n|---|---|\n"))
/// document.text(document.tables[0].rows[0].cells[0])   // " 规章 "
/// ```
public struct MarkdownLayout: LayoutAdapter {
  /// `"markdown"`.
  public let name = "markdown"

  /// Creates the adapter.
  public init() {}

  /// The share of the text's table lines that are pipe rows (see
  /// ``LineShapeCensus/pipeRows``), halved when the text has no delimiter line; 0 for
  /// a text without table lines.
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
    let share = census.share(census.pipeRows)
    return census.pipeDelimiters == 0 ? share / 2 : share
  }

  /// Reads `text` as pipe tables and prose paragraphs.
  ///
  /// The pipe rows come in runs (``SourceText/forEachLineShape(runsOf:run:otherwise:)``):
  /// a run's rows but its last are followed by a pipe row, never by a delimiter line,
  /// so they are given to the builder at once, in one step where it can
  /// (``DocumentBuilder/addRows(_:firstLine:separatedBy:upToEscape:in:)``). So is the
  /// last when the census kept the line after the run (which the run is handed):
  /// that line, not a pipe row, tells what the held-back row would be. Otherwise
  /// the last row is held back, as each row is when read line by line.
  public func makeDocument(from text: SourceText) -> Document {
    var reader = PipeTableReader(builder: DocumentBuilder(source: text))
    text.forEachLineShape(
      runsOf: { $0.isPipeRow },
      run: { firstLine, _, shapes, next, buffer in
        reader.read(run: shapes, firstLine: firstLine, next: next, in: buffer)
      },
      otherwise: { line, range, shape, buffer in
        reader.read(line: line, range: range, shape: shape, in: buffer)
      })
    return text.bytes.withUnsafeBufferPointer { reader.finish(in: $0) }
  }
}

/// The state of one pass over a Markdown text: the builder, plus the latest pipe row,
/// held back until the next line shows whether it heads a new table part.
///
/// The held-back row is kept as its line, not as cells, and split into cells only when
/// it is given to the builder, so the builder's cap on cells per row
/// (``InputLimits/cellsPerRow``) bounds the memory a long row can take.
private struct PipeTableReader {
  private var builder: DocumentBuilder
  /// The latest pipe row, not yet given to the builder: its line number and the bytes
  /// after its leading pipe.
  private var pending: (line: Int, range: Range<Int>)?
  /// Reused to unescape the rare cell that holds `\|`.
  private var scratch: [UInt8] = []

  init(builder: DocumentBuilder) {
    self.builder = builder
  }

  mutating func read(
    line: Int,
    range: Range<Int>,
    shape: LineShapeCensus.Shape,
    in buffer: UnsafeBufferPointer<UInt8>
  ) {
    if shape.isPipeDelimiter {
      // A delimiter under a table's first row is its header rule. Under a later row,
      // it is a page break: that row heads a new table.
      if pending != nil, builder.hasOpenTable { builder.endTable() }
      commitPending(in: buffer)
    } else if shape.isPipeRow {
      commitPending(in: buffer)
      pending = (line, Self.cells(of: shape))
    } else if shape.isBlank {
      commitPending(in: buffer)
      builder.endTable()
    } else {
      commitPending(in: buffer)
      builder.addParagraph(range, line: line)
    }
  }

  /// Reads a run of consecutive pipe rows (never empty), as ``read(line:range:shape:in:)``
  /// reads each: the row held back before the run is followed by a pipe row, and so is
  /// every row of the run but the last, so all of them are given to the builder (in
  /// one step as far as the builder can, the general way for a row it leaves, such
  /// as one holding `\|`).
  ///
  /// The last row is held back only when `next`, the shape of the line after the
  /// run, is not known. That line is no pipe row (a run takes every one in a row), so
  /// it would give the held-back row to the builder first thing: a blank line or
  /// prose leaves it in the open table, and so do the other rows here, in the same
  /// step; a delimiter line first ends the table if it has rows (the row then heads
  /// a new one), which is done here before the row is added, and then finds no row
  /// held back.
  mutating func read(
    run shapes: UnsafeBufferPointer<LineShapeCensus.Shape>,
    firstLine: Int,
    next: LineShapeCensus.Shape?,
    in buffer: UnsafeBufferPointer<UInt8>
  ) {
    commitPending(in: buffer)
    guard let last = shapes.indices.last else { return }
    guard let next else {
      addRows(shapes, from: 0, to: last, firstLine: firstLine, in: buffer)
      pending = (firstLine &+ last, Self.cells(of: shapes[last]))
      return
    }
    guard next.isPipeDelimiter else {
      addRows(shapes, from: 0, to: shapes.count, firstLine: firstLine, in: buffer)
      return
    }
    addRows(shapes, from: 0, to: last, firstLine: firstLine, in: buffer)
    if builder.hasOpenTable { builder.endTable() }
    addRows(shapes, from: last, to: shapes.count, firstLine: firstLine, in: buffer)
  }

  /// Gives the rows `shapes[start..<end]` to the builder, in one step as far as the
  /// builder can, the general way for a row it leaves (such as one holding `\|`).
  private mutating func addRows(
    _ shapes: UnsafeBufferPointer<LineShapeCensus.Shape>,
    from start: Int,
    to end: Int,
    firstLine: Int,
    in buffer: UnsafeBufferPointer<UInt8>
  ) {
    var index = start
    while index < end {
      index &+= builder.addRows(
        UnsafeBufferPointer(rebasing: shapes[index..<end]), firstLine: firstLine &+ index, separatedBy: 0x7C,
        upToEscape: 0x5C, in: buffer)
      guard index < end else { break }
      commit((firstLine &+ index, Self.cells(of: shapes[index])), in: buffer)
      index &+= 1
    }
  }

  /// The bytes of a pipe row after its leading pipe (its first content byte).
  @inline(__always)
  private static func cells(of shape: LineShapeCensus.Shape) -> Range<Int> {
    shape.contentStart + 1..<shape.end
  }

  mutating func finish(in buffer: UnsafeBufferPointer<UInt8>) -> Document {
    commitPending(in: buffer)
    return builder.finish()
  }

  /// Gives the held-back row, if any, to the builder. Always inlined, so that a line
  /// with no row held back (a paragraph, a blank line, a table's first row) costs a
  /// test, not a call.
  @inline(__always)
  private mutating func commitPending(in buffer: UnsafeBufferPointer<UInt8>) {
    guard let row = pending else { return }
    pending = nil
    commit(row, in: buffer)
  }

  /// Gives a held-back row to the builder.
  private mutating func commit(_ row: (line: Int, range: Range<Int>), in buffer: UnsafeBufferPointer<UInt8>) {
    // The builder splits the row at pipes, sixteen bytes at a time, up to the cell that
    // holds the first backslash (most rows have none); the rest is read here.
    if let escaped = builder.addCells(row.range, separatedBy: 0x7C, upToEscape: 0x5C, in: buffer, line: row.line) {
      readCells(from: escaped, to: row.range.upperBound, line: row.line, in: buffer)
    }
    builder.endRow()
  }

  /// Splits the bytes after a row's leading pipe into cells at unescaped pipes. The
  /// text after the last pipe is a cell only when it is not blank (a row without a
  /// trailing pipe).
  ///
  /// Pipes and backslashes are found eight bytes at a time and read in order; a
  /// backslash escapes the byte after it, whatever that is.
  private mutating func readCells(
    from start: Int,
    to end: Int,
    line: Int,
    in buffer: UnsafeBufferPointer<UInt8>
  ) {
    var cells = CellSplit(start: start)
    var index = start
    if let base = buffer.baseAddress {
      while index + 8 <= end {
        var found = Self.pipesAndBackslashes(
          UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self)))
        while found != 0 {
          read(mark: index + found.trailingZeroBitCount >> 3, of: &cells, end: end, line: line, in: buffer)
          found &= found &- 1
        }
        index += 8
      }
    }
    while index < end {
      if buffer[index] == 0x7C || buffer[index] == 0x5C {
        read(mark: index, of: &cells, end: end, line: line, in: buffer)
      }
      index += 1
    }
    guard cells.cellStart < end else { return }
    if cells.escapes || !Self.isBlank(cells.cellStart..<end, in: buffer) {
      addCell(cells.cellStart..<end, escapes: cells.escapes, line: line, in: buffer)
    }
  }

  /// The pipes (0x7C) and backslashes (0x5C) among the eight bytes of `word` (byte `i`
  /// in bits `8 * i ..< 8 * i + 8`): the high bit of each such byte set, every other
  /// bit clear.
  ///
  /// A byte is zero after `^` exactly when it matched; `(x | 0x80) - 1` cannot borrow
  /// across bytes and leaves the high bit clear only for `x & 0x7F == 0`, and `~x`
  /// keeps only `x < 0x80` of those.
  @inline(__always)
  private static func pipesAndBackslashes(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    let pipes = word ^ (ones &* 0x7C)
    let backslashes = word ^ (ones &* 0x5C)
    return (~((pipes | highBits) &- ones) & ~pipes | ~((backslashes | highBits) &- ones) & ~backslashes) & highBits
  }

  /// Where ``readCells(from:to:line:in:)`` is in a row.
  private struct CellSplit {
    /// Where the open cell starts.
    var cellStart: Int
    /// Whether the open cell holds `\|`.
    var escapes = false
    /// A pipe or backslash before this offset is escaped (it follows a backslash).
    var unescapedFrom: Int

    init(start: Int) {
      cellStart = start
      unescapedFrom = start
    }
  }

  /// Reads the pipe or backslash at `offset`: a backslash escapes the next byte, an
  /// unescaped pipe ends the open cell.
  @inline(__always)
  private mutating func read(
    mark offset: Int,
    of cells: inout CellSplit,
    end: Int,
    line: Int,
    in buffer: UnsafeBufferPointer<UInt8>
  ) {
    guard offset >= cells.unescapedFrom else { return }
    if buffer[offset] == 0x5C {
      if offset + 1 < end, buffer[offset + 1] == 0x7C { cells.escapes = true }
      cells.unescapedFrom = offset + 2
    } else {
      addCell(cells.cellStart..<offset, escapes: cells.escapes, line: line, in: buffer)
      cells.cellStart = offset + 1
      cells.escapes = false
    }
  }

  /// Adds a cell to the builder's open row; a cell holding `\|` gets its unescaped text
  /// appended to the document's storage.
  private mutating func addCell(
    _ range: Range<Int>,
    escapes: Bool,
    line: Int,
    in buffer: UnsafeBufferPointer<UInt8>
  ) {
    guard escapes else {
      builder.addCell(range, line: line)
      return
    }
    scratch.removeAll(keepingCapacity: true)
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = buffer[index]
      if byte == 0x5C, index + 1 < range.upperBound {
        if buffer[index + 1] != 0x7C { scratch.append(byte) }
        scratch.append(buffer[index + 1])
        index += 2
      } else {
        scratch.append(byte)
        index += 1
      }
    }
    builder.addCell(Cell(span: builder.appendBytes(scratch), line: line))
  }

  /// Whether `range` holds only spaces and tabs.
  private static func isBlank(_ range: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    for index in range where buffer[index] != 0x20 && buffer[index] != 0x09 { return false }
    return true
  }
}
