#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Builds a ``Document`` row by row, the way an adapter reads its layout.
///
/// ```swift
/// var builder = DocumentBuilder(source: text)
/// builder.addParagraph(range, line: 1)
/// builder.addCell(cellRange, line: 3)
/// builder.addCell(otherRange, line: 3)
/// builder.endRow()
/// builder.endTable()
/// let document = builder.finish()
/// ```
///
/// Cells added between two ``endRow()`` calls form a row; rows added between two
/// ``endTable()`` calls form a table. Adding a paragraph ends any open row and table.
///
/// The builder enforces ``InputLimits``: cells beyond ``InputLimits/cellsPerRow`` in a
/// row, rows beyond ``InputLimits/rowsPerTable`` in a table or
/// ``InputLimits/rowsPerDocument`` in the document, paragraphs beyond
/// ``InputLimits/paragraphsPerDocument`` and the bytes of a paragraph beyond
/// ``InputLimits/paragraphBytes`` are dropped, each time with a `limitExceeded`
/// warning in ``Document/notes`` naming the line. The source's own notes (from
/// lenient decoding) come first in ``Document/notes``.
public struct DocumentBuilder: Sendable {
  private var storage: [UInt8]
  /// The document's blocks so far, in reading order: its paragraphs as they are added,
  /// and for each closed table a placeholder (``tablePlaceholder``) that ``finish()``
  /// fills in once every cell is in `cells` (a row made earlier would share the buffer
  /// of cells while it still grows, and every later cell would copy it). Only the
  /// tables are touched when the document is finished, each found at the place its
  /// first row records (``RowEnd/block``): its paragraphs are already in place, and
  /// this array is the document's own, with no second list to walk or copy.
  @usableFromInline var blocks: [Block] = []
  /// The finished rows of the document, in order (those of the open table last), each
  /// as where its cells end in `cells`; the first row of each closed table holds the
  /// table's number of rows and its place in `blocks`.
  /// The rows tile `cells` from its start (a row's cells start where the row before
  /// ends: every cell belongs to the open row, and a dropped row's cells are removed),
  /// and a row's line is its first cell's, so the end is all a row needs.
  @usableFromInline var rows: [RowEnd] = []
  /// The cells of every finished row of the document, then the open row's (from
  /// `rowStart` on, at most ``InputLimits/cellsPerRow`` of them). When the document is
  /// finished, all its tables share this one buffer and `rows` (``Table/Rows``): no
  /// allocation or copy per row or per table, and no `Row` until one is read.
  /// Each cell is held as a ``StoredCell`` (16 bytes, not the public cell's 48);
  /// one whose values do not fit it is also kept whole in `wideCells`.
  @usableFromInline var cells: [StoredCell] = []
  /// The cells of `cells` that have no ``StoredCell`` (see
  /// ``StoredCell/init(exactly:)``), whole, by their index in `cells` (whose entry
  /// there only holds the index's place): empty for every document an adapter
  /// builds over a text of less than 2 GiB (whose offsets fit 32 bits and whose
  /// line numbers fit `Int32`), so that it costs no allocation. When it
  /// is not, ``finish()`` gives the document's tables rows of their own, their cells
  /// exactly as they were added.
  /// (Made with `init()`, not a literal, which cost a call a document.)
  @usableFromInline var wideCells = [Int: Cell]()
  /// Where the open row's cells start in `cells`.
  @usableFromInline var rowStart = 0
  /// The rows of the open table: the last `tableRows` entries of `rows`.
  @usableFromInline var tableRows = 0
  /// The blocks and rows that an earlier ``finish()`` already made final: the tables
  /// before `finishedBlocks` in `blocks` hold their rows, which are the rows before
  /// `finishedRows` (a builder may go on after `finish()`, and finish again).
  private var finishedBlocks = 0
  private var finishedRows = 0
  /// A finished row: where its cells end in `cells`, and, on the first row of a closed
  /// table, how many rows the table has and where its placeholder is in `blocks` (0
  /// and 0 on every other row), so that ``finish()`` takes each table's rows at once
  /// instead of looking for its last row, and goes from table to table, not through
  /// every block. 16 bytes, so that room for the rows of an ordinary report takes
  /// less than 1 KiB: the counts fit 32 bits, a table holding at most
  /// ``InputLimits/rowsPerTable`` rows, and a document at most
  /// ``InputLimits/paragraphsPerDocument`` paragraphs and a table a kept row.
  @usableFromInline struct RowEnd: Sendable {
    @usableFromInline var cells: Int
    /// On a table's first row, the table's number of rows; 0 on every other row.
    @usableFromInline var tableRows: Int32 = 0
    /// On a table's first row, the index of the table's placeholder in `blocks`.
    @usableFromInline var block: Int32 = 0

    /// Creates the end of a row whose cells end at `cells`.
    @inlinable init(cells: Int) {
      self.cells = cells
    }

    /// Marks the row as the first of a closed table of `rows` rows whose placeholder
    /// is block `block`.
    mutating func markTable(rows: Int, block: Int) {
      tableRows = Int32(truncatingIfNeeded: rows)
      self.block = Int32(truncatingIfNeeded: block)
    }
  }

  /// What a closed table's place in `blocks` holds until ``finish()`` puts the table
  /// there: an empty paragraph, which holds no reference, so that it costs no retain
  /// when it is added nor release when it is replaced. Every placeholder is replaced
  /// (each closed table marks its first row with its place), so none is ever seen.
  private static var tablePlaceholder: Block { .paragraph(Paragraph(span: TextSpan(0..<0), line: 0)) }
  /// The line of the open row's first cell.
  @usableFromInline var rowLine = 0
  /// Whether every entry of `rows` ends above the one before it (the first above
  /// 0), so that each finished row holds at least one cell: every way of ending a
  /// row keeps it only with a cell (the run paths find their rows' cells in the
  /// bytes, not in the census's counts). A path that could leave a row empty must
  /// clear this flag; ``finish()`` then tests every row before it shares the buffers
  /// (``Table/Rows/Shared/isValid(cells:ends:rows:start:knownAscending:)``);
  /// while it is set, the first and last rows of each table tell.
  private(set) var rowEndsAscend = true
  private var notes: [Diagnostic]
  /// Whether ``storage`` is known to be valid UTF-8 (see
  /// ``Document/isKnownValidUTF8``): the source's flag, kept by ``appendText(_:)``
  /// (a string's bytes) and cleared by ``appendBytes(_:)``.
  private var storageIsValidUTF8: Bool
  /// Cells dropped from the open row.
  @usableFromInline var droppedCells = 0
  /// Rows dropped from the open table, and the line of the first.
  @usableFromInline var droppedRows = (count: 0, line: 0)
  /// Rows kept in the whole document.
  @usableFromInline var keptRows = 0
  /// Rows dropped by the document cap, and the line of the first.
  private var droppedDocumentRows = (count: 0, line: 0)
  /// Paragraphs kept, and those dropped with the line of the first.
  @usableFromInline var keptParagraphs = 0
  private var droppedParagraphs = (count: 0, line: 0)

  /// Starts a document over `source`; spans of the source's bytes are valid as they are.
  ///
  /// `source` is borrowed: the builder keeps its bytes and notes, not the rest (such
  /// as the kept line shapes), so the caller need not copy the whole text to hand it
  /// over, nor the builder release what it does not keep.
  public init(source: borrowing SourceText) {
    self.storage = source.bytes
    self.notes = source.notes
    self.storageIsValidUTF8 = source.isKnownValidUTF8
    // The thread's spare buffers, emptied with their room by the last parse
    // (``SpareDocumentBuffers``): then the reservations below find room enough.
    SpareDocumentBuffers.take(into: &blocks, &rows, &cells)
    // Room for the paragraphs and tables of an ordinary report (about 25), and for its
    // rows (about 50): 31 blocks, or 62 rows, take less than 1 KiB, a size that malloc
    // serves from its per-thread cache, for fewer instructions than a larger block (a
    // longer text's lists grow as they need).
    self.blocks.reserveCapacity(31)
    self.rows.reserveCapacity(62)
    // Room for every cell of an ordinary report (a template report has about 400; a
    // tab-separated row of counts such as `0\t0\t0` takes only 2 bytes a cell, and
    // a row is given room for as many cells as it could hold before it is split), so
    // that the buffer seldom grows: growing copies every cell. A long text's buffer
    // grows as it needs.
    self.cells.reserveCapacity(min(max(256, source.bytes.count / 4), 4096))
  }

  /// The bytes that spans point into (the source, plus any text added with
  /// ``appendText(_:)``).
  public var bytes: [UInt8] { storage }

  /// Appends text that is not in the source (for example a reassembled cell) and
  /// returns its span.
  public mutating func appendText(_ text: some StringProtocol) -> TextSpan {
    let start = storage.count
    storage.append(contentsOf: text.utf8)
    return TextSpan(start..<storage.count)
  }

  /// Appends bytes that are not in the source and returns their span.
  public mutating func appendBytes(_ bytes: some Sequence<UInt8>) -> TextSpan {
    let start = storage.count
    storage.append(contentsOf: bytes)
    // Bytes of any kind make the whole storage unknown, and the interpreter checks
    // every span again. (Checking them here instead changed how the optimiser
    // compiled the decoder's validation, which then cost more than this saves.)
    storageIsValidUTF8 = false
    return TextSpan(start..<storage.count)
  }

  /// Adds a paragraph (a line of prose), ending any open row and table.
  @inlinable
  public mutating func addParagraph(_ range: Range<Int>, line: Int) {
    addParagraph(TextSpan(range), line: line)
  }

  /// Adds a paragraph from a span, ending any open row and table.
  ///
  /// Inlinable: the common case (room for another paragraph, a line no longer than
  /// ``InputLimits/paragraphBytes``) is an append, which adapters make for every line
  /// of prose, and cost a call more than that; a paragraph at a cap goes through
  /// ``addParagraphAtLimit(_:line:)``.
  @inlinable
  public mutating func addParagraph(_ span: TextSpan, line: Int) {
    endTable()
    guard keptParagraphs < InputLimits.paragraphsPerDocument, span.end &- span.start <= InputLimits.paragraphBytes
    else {
      addParagraphAtLimit(span, line: line)
      return
    }
    keptParagraphs &+= 1
    blocks.append(.paragraph(Paragraph(span: span, line: line)))
  }

  /// The span form of `addParagraph(_:line:)` for a paragraph past the cap on
  /// paragraphs (dropped) or on a paragraph's bytes (cut), each with its note; the
  /// open table is already ended.
  @usableFromInline
  mutating func addParagraphAtLimit(_ span: TextSpan, line: Int) {
    guard keptParagraphs < InputLimits.paragraphsPerDocument else {
      if droppedParagraphs.count == 0 { droppedParagraphs.line = line }
      droppedParagraphs.count += 1
      return
    }
    keptParagraphs += 1
    var span = span
    let length = span.end - span.start
    if length > InputLimits.paragraphBytes {
      // Cut at a character boundary: never inside a UTF-8 sequence.
      var end = span.start + InputLimits.paragraphBytes
      while end > span.start, end < storage.count, storage[end] & 0xC0 == 0x80 { end -= 1 }
      span.end = end
      notes.append(
        Diagnostic(
          .limitExceeded, .warning, line: line,
          "Line \(line) is \(length) bytes long, more than the \(InputLimits.paragraphBytes) bytes a line of prose may have (InputLimits.paragraphBytes); only its first \(end - span.start) bytes were read."
        ))
    }
    blocks.append(.paragraph(Paragraph(span: span, line: line)))
  }

  /// Adds a cell to the open row (opening one if needed).
  @inlinable
  public mutating func addCell(_ range: Range<Int>, line: Int, columnSpan: Int = 1) {
    append(Cell(span: TextSpan(range), line: line, columnSpan: columnSpan))
  }

  /// Adds a fully described cell to the open row (opening one if needed). A cell
  /// beyond ``InputLimits/cellsPerRow`` is dropped.
  @inlinable
  public mutating func addCell(_ cell: Cell) {
    append(cell)
  }

  /// Adds one cell for each line of `lines` to the open row, in order: the cell on
  /// line `lines.lowerBound + index` spans `range(index)`. The same cells, row line
  /// and cap on cells as one ``addCell(_:line:columnSpan:)`` a line, in one step: the
  /// room left under the cap is worked out once, and the kept cells are written
  /// straight into the buffer of cells (one check that it is the builder's own and
  /// has room, not one a cell). A cell-per-line table, whose rows come as runs of
  /// lines, spent most of its time on those checks. `range` is called at most once a
  /// line, in order. Inlinable, so that `range` is inlined into the adapter's loop
  /// rather than called for every cell.
  @inlinable @inline(__always)
  package mutating func addCells(onLines lines: Range<Int>, _ range: (_ index: Int) -> Range<Int>) {
    #if compiler(>=6.2)
      if #available(macOS 10.14.4, iOS 12.2, watchOS 5.2, tvOS 12.2, visionOS 1.0, *) {
        let count = lines.count
        guard count > 0 else { return }
        // What `append` does for the first cell; the cells after it find the row open.
        let rowCount = cells.count &- rowStart
        if rowCount == 0, droppedCells == 0 { rowLine = lines.lowerBound }
        // `append` keeps a cell while the row holds fewer than the cap, and the row
        // only grows: the first `kept` cells are kept, the rest dropped.
        let kept = min(count, max(0, InputLimits.cellsPerRow &- rowCount))
        droppedCells &+= count &- kept
        guard kept > 0 else { return }
        let first = lines.lowerBound
        // Lines that fit a stored cell; a range that does not (never one of a text of
        // less than 4 GiB) stops the writing, and it and the rest are appended whole.
        if StoredCell.fits(lines: first, count: kept) {
          var stopped: (index: Int, range: Range<Int>)? = nil
          cells.append(addingCapacity: kept) { span in
            span.withUnsafeMutableBufferPointer { buffer, written in
              while written < kept {
                let cellRange = range(written)
                guard StoredCell.fits(offset: cellRange.lowerBound), StoredCell.fits(offset: cellRange.upperBound)
                else {
                  stopped = (written, cellRange)
                  return
                }
                buffer.initializeElement(
                  at: written,
                  to: StoredCell(unchecked: cellRange.lowerBound, cellRange.upperBound, line: first &+ written))
                written &+= 1
              }
            }
          }
          guard let stopped else { return }
          append(Cell(span: TextSpan(stopped.range), line: first &+ stopped.index))
          for index in stopped.index &+ 1..<kept {
            append(Cell(span: TextSpan(range(index)), line: first &+ index))
          }
          return
        }
        for index in 0..<kept {
          append(Cell(span: TextSpan(range(index)), line: first &+ index))
        }
        return
      }
    #endif
    // Toolchains without `OutputSpan`: one `append` a line, as the definition goes.
    for index in 0..<lines.count {
      append(Cell(span: TextSpan(range(index)), line: lines.lowerBound &+ index))
    }
  }

  /// Reads a stretch of cell-per-line text in one step, as far as it can: `shapes`
  /// are lines (the first on line `firstLine`), read from the first on while each is
  /// a cell line (first content byte a tab; the cell is the rest of the line) or
  /// blank; the first other line (prose, or a wrapped cell's continuation) ends the
  /// stretch, and is left to the caller. So an adapter may hand on every line it has
  /// from a cell line on, and the stretch's end is found here, in the loop that reads
  /// it, not in a walk of its own over the lines before. A cell line adds
  /// its cell to the open row and sets `blankLines` to 0; a blank line ends the row
  /// (``endRow()``) and adds 1 to `blankLines`, and from the second blank line in a
  /// row on it ends the table too (``endTable()``). These are the calls a
  /// cell-per-line adapter makes for each such line, in its order.
  ///
  /// The lines' cells are written straight into the buffer of cells, with one check
  /// that the buffer is the builder's own and has room for a part of up to
  /// ``InputLimits/cellsPerRow`` lines, and their rows and tables are added after,
  /// where a line at a time costs a call and those checks for every run of cell
  /// lines. A part is read so only when no cap can be met in it (it has fewer lines
  /// than the room left in the open row, the table and the document) and nothing was
  /// dropped before: then every call it stands for takes its common path, with no
  /// note.
  ///
  /// - Returns: how many of the lines were read, from the first on; the caller reads
  ///   the line it stopped at itself (the first line that is neither a cell line nor
  ///   blank, or one at a cap), and may call again for the lines after it.
  package mutating func addCellLines(
    _ shapes: UnsafeBufferPointer<LineShapeCensus.Shape>,
    firstLine: Int,
    blankLines: inout Int
  ) -> Int {
    var done = 0
    // The lines' spans lie in the source, the start of the storage: when it and the
    // lines fit stored cells, so does every cell of the stretch (otherwise the caller
    // reads each line the general way).
    guard StoredCell.fits(offset: storage.count), StoredCell.fits(lines: firstLine, count: shapes.count) else {
      return 0
    }
    #if compiler(>=6.2)
      if #available(macOS 10.14.4, iOS 12.2, watchOS 5.2, tvOS 12.2, visionOS 1.0, *) {
        while done < shapes.count, droppedCells == 0, droppedRows.count == 0 {
          // A part of this many lines adds at most this many cells to a row, and rows
          // to a table or the document.
          let part = min(
            shapes.count &- done, InputLimits.cellsPerRow &- (cells.count &- rowStart),
            InputLimits.rowsPerTable &- tableRows, InputLimits.rowsPerDocument &- keptRows)
          guard part > 0 else { break }
          let read = addCellLinesInPlace(
            UnsafeBufferPointer(rebasing: shapes[done..<done &+ part]), firstLine: firstLine &+ done,
            blankLines: &blankLines)
          done &+= read
          // A line that is neither a cell line nor blank ends the stretch; a part that
          // stopped with its rows' ends full goes on in the next.
          guard read == part || shapes[done].firstByte == 0x09 || shapes[done].isBlank else { break }
        }
      }
    #endif
    return done
  }

  /// How many rows' ends a part of ``addCellLines(_:firstLine:blankLines:)`` keeps on
  /// the stack: 64 of 16 bytes are 1 KiB, the most that
  /// `withUnsafeTemporaryAllocation` takes from the stack without asking whether the
  /// stack has room (a larger part's ends, one a line, were allocated on the heap,
  /// about 550 instructions). A part whose rows need more ends there stops, and the
  /// next part goes on from that line.
  static var stretchRowEnds: Int { 64 }

  #if compiler(>=6.2)
    /// ``addCellLines(_:firstLine:blankLines:)`` for a part in which no cap can be met
    /// and after no dropped cell or row: the cells written into the buffer of cells
    /// (room made for one a line), the ends of the rows that blank lines end kept on
    /// the stack (each marked when a blank line ends its table), then the rows and the
    /// tables' placeholders added, and the counts brought up to date as ``endRow()``
    /// and ``endTable()`` would leave them. The state the lines change is held in
    /// locals of the loop, so that it stays in registers, and stored once at the end.
    /// Returns how many lines were read: all of them, or those before the first line
    /// that is neither a cell line nor blank, or before the blank line that would end
    /// a row when ``stretchRowEnds`` rows have ended in the part.
    @available(macOS 10.14.4, iOS 12.2, watchOS 5.2, tvOS 12.2, visionOS 1.0, *)
    private mutating func addCellLinesInPlace(
      _ shapes: UnsafeBufferPointer<LineShapeCensus.Shape>,
      firstLine: Int,
      blankLines: inout Int
    ) -> Int {
      let count = shapes.count
      var read = 0
      let base = cells.count
      // Cells in the open row, rows in the open table, the open row's first line, the
      // blank lines in a row, rows ended, tables ended.
      var state = (
        open: base &- rowStart, tableRows: tableRows, rowLine: rowLine, blankLines: blankLines, ended: 0,
        tables: 0
      )
      // A table that a blank line closed and whose first row was ended before the
      // part: where that row is, counted back from the part's first row (-1 for the
      // last entry of `rows` before the part), and the table's rows; (0, 0) for none.
      // Only the table open when the part starts can be one.
      var earlierTable = (offset: 0, rows: 0)
      // The placeholders of the tables the part closes go after the blocks there are,
      // in order (the part adds no other block).
      let firstBlock = blocks.count
      withUnsafeTemporaryAllocation(of: RowEnd.self, capacity: Self.stretchRowEnds) { ends in
        cells.append(addingCapacity: count) { span in
          span.withUnsafeMutableBufferPointer { buffer, written in
            var (open, tableRows, rowLine, blankLines, ended, tables) = state
            // Room for at least one cell (the part has a line) has an address; were it
            // to have none, no line would be read here.
            guard let first = buffer.baseAddress else { return }
            // Where the next cell goes, one running value a cell line; the cells
            // written so far (``cellsWritten(from:to:)``) are worked out at a blank line.
            var cursor = first
            // Where the open row starts among the part's cells (at or below 0 when it
            // started before the part): the row is open while the cells written are
            // past it.
            // Tracked instead of a count of the open row's cells, and the row's line
            // read back from its first cell after the loop, so that a cell line costs
            // no count and no test more than its cell.
            var rowFirst = -open
            var earlier = (offset: 0, rows: 0)
            // The line read next: where the part stopped, once the loop ends (kept in
            // a local, and `read` set once after the loop, so that the loop's state
            // stays in registers).
            var index = 0
            // The part's lines before `stop` end with one that is no cell line (the
            // last such line, or none): a run of cell lines that starts before it
            // ends before it too, so such a run is read with no test of the count.
            // A part handed on ends where the kept lines end, after prose in a
            // report; one that ends with more than a few cell lines has them all
            // read one by one (`stop` 0) rather than walked back over, so that the
            // calls for a text's stretches never walk the same lines again and again.
            var stop = count
            while stop > 0, shapes[stop &- 1].firstByte == 0x09 {
              stop &-= 1
              if count &- stop > 16 {
                stop = 0
                break
              }
            }
            while index < count {
              let shape = shapes[index]
              // One test of the line's first content byte for a cell line, the
              // common line; a second tells a blank line from one that ends the stretch.
              if shape.firstByte == 0x09 {
                blankLines = 0
                // The tab is the line's first content byte, so it lies before the
                // line's end: the range is never reversed. `cursor` stays within the
                // room for `count` cells, one cell at most a line.
                guard index < stop else {
                  cursor.initialize(
                    to: StoredCell(unchecked: shape.contentStart &+ 1, shape.end, line: firstLine &+ index))
                  cursor += 1
                  index &+= 1
                  continue
                }
                // The run from this line on, up to the first line that is no cell
                // line, which lies before `stop`. A blank line's stored first byte
                // is 0, no tab, so the test of that byte alone is the same as
                // `leadingByte == 0x09`, without the optional's two tests.
                repeat {
                  let cell = shapes[index]
                  cursor.initialize(
                    to: StoredCell(unchecked: cell.contentStart &+ 1, cell.end, line: firstLine &+ index))
                  cursor += 1
                  index &+= 1
                } while shapes[index].firstByte == 0x09
                continue
              }
              // Prose or a continuation line ends the stretch.
              guard shape.isBlank else { break }
              // A blank line: `endRow()`, then `endTable()` from the second on. When
              // the room for rows' ends is full, the part ends before the line.
              let next = Self.cellsWritten(from: first, to: cursor)
              if next > rowFirst {
                guard ended < Self.stretchRowEnds else { break }
                ends.initializeElement(at: ended, to: RowEnd(cells: base &+ next))
                ended &+= 1
                tableRows &+= 1
                rowFirst = next
              }
              blankLines &+= 1
              if blankLines >= 2, tableRows > 0 {
                // The table's first row: one of the part's, or one before it.
                let first = ended &- tableRows
                if first >= 0 {
                  ends[first].markTable(rows: tableRows, block: firstBlock &+ tables)
                } else {
                  // Only the first table the part closes, whose placeholder is then
                  // the first the part adds, starts before it.
                  earlier = (first, tableRows)
                }
                tables &+= 1
                tableRows = 0
              }
              index &+= 1
            }
            let next = Self.cellsWritten(from: first, to: cursor)
            open = next &- rowFirst
            // The open row's line is its first cell's (it matters only while a row is
            // open): one of the part's, or the line it had before the part.
            if open > 0, rowFirst >= 0 { rowLine = buffer[rowFirst].line }
            written = next
            read = index
            state = (open, tableRows, rowLine, blankLines, ended, tables)
            earlierTable = earlier
          }
        }
        appendRowEnds(ends, count: state.ended)
      }
      // The first row of a table closed in the part but started before it.
      let earlier = rows.count &- state.ended &+ earlierTable.offset
      if earlierTable.rows > 0, earlier >= 0, earlier < rows.count {
        rows[earlier].markTable(rows: earlierTable.rows, block: firstBlock)
      }
      for _ in 0..<state.tables { blocks.append(Self.tablePlaceholder) }
      keptRows &+= state.ended
      tableRows = state.tableRows
      rowStart = cells.count &- state.open
      rowLine = state.rowLine
      blankLines = state.blankLines
      return read
    }
  #endif

  /// Adds the pieces of `range` between `separator` bytes to the open row as cells,
  /// every piece kept, empty ones too: `addCell` once per piece, left to right, in one
  /// call. `range` is clamped to `bytes`, which are the bytes the spans point into.
  ///
  /// With Swift 6.2 toolchains on, the cells are written straight into the buffer of
  /// cells (one check that the buffer is the builder's own and has room, for the
  /// whole row); older toolchains append them sixteen at a time from the stack.
  package mutating func addCells(
    _ range: Range<Int>,
    separatedBy separator: UInt8,
    in bytes: UnsafeBufferPointer<UInt8>,
    line: Int
  ) {
    _ = addPieces(range, separatedBy: separator, escape: nil, in: bytes, line: line)
  }

  /// Adds the cells of a Markdown pipe row's bytes after its leading pipe, up to the
  /// first `escape` byte: the pieces between `separator` bytes, as
  /// ``addCells(_:separatedBy:in:line:)`` adds them, except that the piece after the
  /// last separator is a cell only when it holds more than spaces and tabs (a row
  /// without a trailing pipe).
  ///
  /// - Returns: `nil` when the whole range was read; otherwise the start of the cell
  ///   holding the first `escape` byte, which is not added, nor any cell after it (the
  ///   caller reads the rest of the row, escapes and all, itself).
  package mutating func addCells(
    _ range: Range<Int>,
    separatedBy separator: UInt8,
    upToEscape escape: UInt8,
    in bytes: UnsafeBufferPointer<UInt8>,
    line: Int
  ) -> Int? {
    addPieces(range, separatedBy: separator, escape: escape, in: bytes, line: line)
  }

  /// Adds one row for each line of a run of lines whose cells are split by
  /// `separator` (a tab-separated table's rows): for each line, the cells
  /// ``addCells(_:separatedBy:in:line:)`` adds for its range, then ``endRow()``. The
  /// run's lines are `shapes`, the first on line `firstLine` and starting at `start`
  /// in `bytes`, each next one past the terminator of the one before.
  ///
  /// As many rows as the buffer of cells has room for are written straight into it,
  /// in one step (``addSplitRowsInRoom(_:from:firstLine:separatedBy:in:lineFeedsOnly:)``): one
  /// check that the buffer is the builder's own for the run instead of two checks
  /// and a call for every row. A row that step leaves (no room left for it, a row
  /// longer than the cap on cells, a cap on rows met, a row open before the run) is
  /// added the general way, and the step goes on after it. Either way the cells are
  /// split as ``addCells(_:separatedBy:in:line:)`` splits them
  /// (``splitRow(from:to:separatedBy:escape:dropsBlankLast:in:into:)``).
  ///
  /// When `lineFeedsOnly` (the text's ``SourceText/endsLinesWithLineFeedsOnly``),
  /// each next line starts one past the end of the one before, its terminator not
  /// read (``SourceText/lineStart(after:in:lineFeedsOnly:)``).
  package mutating func addRows(
    _ shapes: UnsafeBufferPointer<LineShapeCensus.Shape>,
    from start: Int,
    firstLine: Int,
    separatedBy separator: UInt8,
    in bytes: UnsafeBufferPointer<UInt8>,
    lineFeedsOnly: Bool = false
  ) {
    var index = 0
    var lineStart = start
    while index < shapes.count {
      #if compiler(>=6.2)
        if #available(macOS 10.14.4, iOS 12.2, watchOS 5.2, tvOS 12.2, visionOS 1.0, *) {
          let added = addSplitRowsInRoom(
            UnsafeBufferPointer(rebasing: shapes[index...]), from: lineStart, firstLine: firstLine &+ index,
            separatedBy: separator, in: bytes, lineFeedsOnly: lineFeedsOnly)
          index &+= added.rows
          lineStart = added.next
          guard index < shapes.count else { return }
        }
      #endif
      let end = shapes[index].end
      addCells(lineStart..<end, separatedBy: separator, in: bytes, line: firstLine &+ index)
      endRow()
      lineStart = SourceText.lineStart(after: end, in: bytes, lineFeedsOnly: lineFeedsOnly)
      index &+= 1
    }
  }

  #if compiler(>=6.2)
    /// How many cells lie between `first` and `cursor` (`cursor` at or after `first`,
    /// in one buffer): the distance in bytes over a cell's 16, as an unsigned shift.
    /// (A pointer's `-` divides a signed distance, rounding toward zero: five
    /// instructions, where the run paths know the distance is never negative.)
    @inline(__always)
    static func cellsWritten(
      from first: UnsafeMutablePointer<StoredCell>, to cursor: UnsafeMutablePointer<StoredCell>
    ) -> Int {
      Int(
        bitPattern: (UInt(bitPattern: cursor) &- UInt(bitPattern: first)) / UInt(MemoryLayout<StoredCell>.stride))
    }

    /// Appends the first `count` rows of `ends`, for the run paths that collect a
    /// run's rows on the stack while they write its cells.
    @available(macOS 10.14.4, iOS 12.2, watchOS 5.2, tvOS 12.2, visionOS 1.0, *)
    @inline(__always)
    private mutating func appendRowEnds(_ ends: UnsafeMutableBufferPointer<RowEnd>, count: Int) {
      rows.append(addingCapacity: count) { span in
        span.withUnsafeMutableBufferPointer { buffer, written in
          while written < count {
            buffer.initializeElement(at: written, to: ends[written])
            written &+= 1
          }
        }
      }
    }

    /// The rows of ``addRows(_:from:firstLine:separatedBy:in:lineFeedsOnly:)`` that the spare room
    /// of the buffer of cells takes, from the first on, added as that method adds
    /// them when no row is open, no cell was dropped and no cap is met: the cells
    /// written into the spare room, each row's end kept on the stack, then the rows
    /// into the buffer of rows, and the counts brought up to date as ``endRow()``
    /// would leave them.
    ///
    /// A row is given room only when the room left holds as many cells as it could
    /// have, one more than its bytes, and that is no more than the cap on cells: so
    /// no write can pass the room nor the cap, and no cell is tested for either. The
    /// split finds the cells in the bytes, not in the census's counts, and every
    /// line's last piece is a cell, so each row holds a cell and the rows' ends
    /// ascend. The step stops at the first row it cannot take, or at the caps on
    /// rows in a table and the document, and adds nothing when a row is open or
    /// cells were dropped from it.
    ///
    /// - Returns: how many rows were added, and where the line after the last of
    ///   them starts (`start` when none was).
    @available(macOS 10.14.4, iOS 12.2, watchOS 5.2, tvOS 12.2, visionOS 1.0, *)
    private mutating func addSplitRowsInRoom(
      _ shapes: UnsafeBufferPointer<LineShapeCensus.Shape>,
      from start: Int,
      firstLine: Int,
      separatedBy separator: UInt8,
      in bytes: UnsafeBufferPointer<UInt8>,
      lineFeedsOnly: Bool
    ) -> (rows: Int, next: Int) {
      guard cells.count == rowStart, droppedCells == 0 else { return (0, start) }
      let count = min(shapes.count, InputLimits.rowsPerTable &- tableRows, InputLimits.rowsPerDocument &- keptRows)
      // The cells' spans lie in `bytes`, and their lines among the run's.
      guard count > 0, StoredCell.fits(offset: bytes.count), StoredCell.fits(lines: firstLine, count: count) else {
        return (0, start)
      }
      let base = cells.count
      let room = cells.capacity &- base
      var added = 0
      var lineStart = start
      withUnsafeTemporaryAllocation(of: RowEnd.self, capacity: count) { ends in
        cells.append(addingCapacity: room) { span in
          span.withUnsafeMutableBufferPointer { buffer, written in
            // No room has no address: then no row is added here.
            guard let first = buffer.baseAddress else { return }
            // Where the next cell goes, kept in a register, not in the span's count,
            // which lives in memory (set once, at the end); a cell moves it on, and a
            // row works out from it how many cells are written, so that a cell costs
            // one running value, not a pointer and a count.
            var cursor = first
            // The end of the room, against which the room left is told.
            let roomEnd = first + room
            while added < count {
              let end = shapes[added].end
              // A row's range lies within the bytes (`0 <= lineStart <= end <=
              // bytes.count`, as a census's shapes of those bytes do): two unsigned
              // tests, where `addCells` clamps the range. A row whose range does not
              // is left to the caller, which clamps it.
              guard
                UInt(bitPattern: end) <= UInt(bitPattern: bytes.count),
                UInt(bitPattern: lineStart) <= UInt(bitPattern: end)
              else { break }
              let most = end &- lineStart &+ 1
              guard most <= InputLimits.cellsPerRow, most <= Self.cellsWritten(from: cursor, to: roomEnd) else {
                break
              }
              let line = firstLine &+ added
              _ = Self.splitRow(
                from: lineStart, to: end, separatedBy: separator, escape: nil, dropsBlankLast: false, in: bytes
              ) { cellStart, cellEnd in
                cursor.initialize(to: StoredCell(unchecked: cellStart, cellEnd, line: line))
                cursor += 1
              }
              ends.initializeElement(at: added, to: RowEnd(cells: base &+ Self.cellsWritten(from: first, to: cursor)))
              added &+= 1
              lineStart = SourceText.lineStart(after: end, in: bytes, lineFeedsOnly: lineFeedsOnly)
            }
            written = Self.cellsWritten(from: first, to: cursor)
          }
        }
        appendRowEnds(ends, count: added)
      }
      keptRows &+= added
      tableRows &+= added
      rowStart = cells.count
      if added > 0 { rowLine = firstLine &+ added &- 1 }
      return (added, lineStart)
    }
  #endif

  /// Adds one row for each line of `shapes`, a run of lines whose first content byte
  /// opens the row (a Markdown pipe row's leading pipe), as long as each can be added
  /// in one pass, and returns how many were: the rows from the first on, each the
  /// cells ``addCells(_:separatedBy:upToEscape:in:line:)`` adds for the bytes after
  /// that first byte (`shape.contentStart + 1 ..< shape.end`, line `firstLine + index`),
  /// then ``endRow()``.
  ///
  /// It stops, leaving the row it stopped at and those after it to the caller (who
  /// adds the next row the general way, and may call again for the rest), at a row
  /// that holds an `escape` byte (its cells then need unescaping), a row of
  /// ``InputLimits/cellsPerRow`` bytes or more after its first byte (which could
  /// hold more cells than that cap; a shorter one cannot, so its cells need no test
  /// against the cap), a row the buffer of cells has no room left for (the room it reserved for the document, see ``init(source:)``), and at
  /// the caps on rows in a table and in the document. It adds nothing when a row is
  /// open or cells were dropped from it. So every row it adds is one that the general
  /// way would add with no cap met and no note, and it leaves the same state behind:
  /// the cells, the rows' ends, the counts. The rows' cells are written straight into
  /// the spare room of the buffer of cells, with one check that the buffer is the
  /// builder's own for the whole run instead of one, and a call, for every row; a row
  /// it stops at has its cells taken back (a cell holds no reference, so taking one
  /// back is lowering the count). Toolchains before Swift 6.2 add no row here.
  package mutating func addRows(
    _ shapes: UnsafeBufferPointer<LineShapeCensus.Shape>,
    firstLine: Int,
    separatedBy separator: UInt8,
    upToEscape escape: UInt8,
    in bytes: UnsafeBufferPointer<UInt8>
  ) -> Int {
    #if compiler(>=6.2)
      if #available(macOS 10.14.4, iOS 12.2, watchOS 5.2, tvOS 12.2, visionOS 1.0, *), cells.count == rowStart,
        droppedCells == 0
      {
        let count = min(shapes.count, InputLimits.rowsPerTable &- tableRows, InputLimits.rowsPerDocument &- keptRows)
        // The cells' spans lie in `bytes`, and their lines among the run's.
        guard count > 0, StoredCell.fits(offset: bytes.count), StoredCell.fits(lines: firstLine, count: count) else {
          return 0
        }
        return addEscapableRowsInPlace(
          UnsafeBufferPointer(rebasing: shapes[..<count]), firstLine: firstLine, separatedBy: separator,
          escape: escape, in: bytes)
      }
    #endif
    return 0
  }

  #if compiler(>=6.2)
    /// ``addRows(_:firstLine:separatedBy:upToEscape:in:)`` once it is known that no
    /// open row, dropped cell or cap on rows is in the way: the rows' cells written
    /// into the spare room of the buffer of cells, each kept row's end on the stack,
    /// then the rows into the buffer of rows. A row is given room only when the spare
    /// room left holds as many cells as it could have (one more than its bytes, never
    /// more than the cap on cells), so no write can pass the room.
    ///
    /// The run's bytes are searched once for their first `escape` byte
    /// (``firstIndex(of:in:from:to:)``, `memchr` where the C library has it): the rows
    /// that end at or before it hold none, and are split without testing each block
    /// for one (nearly every row: a clean report's tables hold no backslash). A
    /// run's rows are consecutive lines, so the bytes between its first row's
    /// content and its last row's end are the rows' bytes, their line ends and
    /// leading spaces, none of them a backslash: a row that ends at or before the
    /// first escape in that range holds no escape, and the split that tests for
    /// none adds the cells the escape-testing one would. The rows from the one
    /// holding it on are split as before, testing each block.
    @available(macOS 10.14.4, iOS 12.2, watchOS 5.2, tvOS 12.2, visionOS 1.0, *)
    private mutating func addEscapableRowsInPlace(
      _ shapes: UnsafeBufferPointer<LineShapeCensus.Shape>,
      firstLine: Int,
      separatedBy separator: UInt8,
      escape: UInt8,
      in bytes: UnsafeBufferPointer<UInt8>
    ) -> Int {
      let count = shapes.count
      let base = cells.count
      let room = cells.capacity &- base
      var added = 0
      var kept = 0
      // The rows ending at or before this offset hold no escape byte.
      let plainBefore: Int
      if let last = shapes.last, let first = shapes.first {
        let runEnd = min(max(0, last.end), bytes.count)
        plainBefore = Self.firstIndex(of: escape, in: bytes, from: min(max(0, first.contentStart), runEnd), to: runEnd)
      } else {
        plainBefore = 0
      }
      withUnsafeTemporaryAllocation(of: RowEnd.self, capacity: count) { ends in
        cells.append(addingCapacity: room) { span in
          span.withUnsafeMutableBufferPointer { buffer, written in
            // No room has no address: then no row is added here.
            guard let first = buffer.baseAddress else { return }
            // Where the next cell goes, one running value a cell (as in
            // ``addSplitRowsInRoom(_:from:firstLine:separatedBy:in:lineFeedsOnly:)``).
            var cursor = first
            // The end of the room, against which the room left is told.
            let roomEnd = first + room
            while added < count {
              let shape = shapes[added]
              // The first content byte lies before the line's end (the line is not
              // blank), so the row's bytes after it are never reversed; the line ends
              // within the bytes, as a census's shapes of those bytes do (one unsigned
              // test, where the general path clamps: a row that does not is left to
              // the caller, as is one past the room).
              let end = shape.end
              let start = shape.contentStart &+ 1
              guard UInt(bitPattern: end) <= UInt(bitPattern: bytes.count), start <= end else { break }
              // A row has at most one piece more than its bytes: one of fewer bytes
              // than the cap on cells can meet neither the cap nor, given that much
              // room, the room's end, so its pieces are written with no test each. A
              // longer row (seldom seen) is left to the caller.
              let most = end &- start &+ 1
              guard most <= InputLimits.cellsPerRow, most <= Self.cellsWritten(from: cursor, to: roomEnd) else {
                break
              }
              let rowFirst = cursor
              let line = firstLine &+ added
              let escaped: Int?
              if end <= plainBefore {
                escaped = Self.splitRow(
                  from: start, to: end, separatedBy: separator, escape: nil, dropsBlankLast: true, in: bytes
                ) { cellStart, cellEnd in
                  cursor.initialize(to: StoredCell(unchecked: cellStart, cellEnd, line: line))
                  cursor += 1
                }
              } else {
                escaped = Self.splitRow(
                  from: start, to: end, separatedBy: separator, escape: escape, dropsBlankLast: true, in: bytes
                ) { cellStart, cellEnd in
                  cursor.initialize(to: StoredCell(unchecked: cellStart, cellEnd, line: line))
                  cursor += 1
                }
              }
              guard escaped == nil else {
                // The row's cells are taken back (plain values: not written is enough).
                cursor = rowFirst
                break
              }
              // A row without cells (only blanks after its pipe) is no row, as
              // `endRow()` leaves it.
              if cursor > rowFirst {
                ends.initializeElement(at: kept, to: RowEnd(cells: base &+ Self.cellsWritten(from: first, to: cursor)))
                kept &+= 1
              }
              added &+= 1
            }
            written = Self.cellsWritten(from: first, to: cursor)
          }
        }
        appendRowEnds(ends, count: kept)
      }
      keptRows &+= kept
      tableRows &+= kept
      rowStart = cells.count
      if added > 0 { rowLine = firstLine &+ added &- 1 }
      return added
    }
  #endif

  /// The two ``addCells`` in one: inlined into each, so the tab-separated one, whose
  /// `escape` is `nil`, has the escape tests compiled out.
  ///
  /// Toolchains from Swift 6.2 on write the cells straight into the buffer of cells
  /// (``addPiecesInPlace(_:separatedBy:escape:in:line:)``, through `OutputSpan`);
  /// older ones, which have no `OutputSpan` nor
  /// `Array.append(addingCapacity:initializingWith:)`, gather them on the stack
  /// (``addPiecesBatched(_:separatedBy:escape:in:line:)``). Both split the row the same
  /// way (``splitRow(from:to:separatedBy:escape:dropsBlankLast:in:into:)``) and add the same cells.
  @inline(__always)
  private mutating func addPieces(
    _ range: Range<Int>,
    separatedBy separator: UInt8,
    escape: UInt8?,
    in bytes: UnsafeBufferPointer<UInt8>,
    line: Int
  ) -> Int? {
    #if compiler(>=6.2)
      // `OutputSpan` is back-deployed on Apple systems to the 2019 releases; the
      // check is no code where the deployment target is as recent (and on Linux).
      // The pieces' spans lie in `bytes`: when it and the line fit stored cells, so
      // does every piece (otherwise each is appended whole where it does not).
      if #available(macOS 10.14.4, iOS 12.2, watchOS 5.2, tvOS 12.2, visionOS 1.0, *),
        StoredCell.fits(offset: bytes.count), StoredCell.fits(lines: line, count: 1)
      {
        return addPiecesInPlace(range, separatedBy: separator, escape: escape, in: bytes, line: line)
      }
    #endif
    return addPiecesBatched(range, separatedBy: separator, escape: escape, in: bytes, line: line)
  }

  #if compiler(>=6.2)
    /// ``addPieces(_:separatedBy:escape:in:line:)`` writing the cells straight into the
    /// buffer of cells, past its end: room is made first for as many cells as the row
    /// can add (a piece takes at least its separator's byte, the last piece none), so
    /// no write checks for room, and the buffer is checked to be the builder's own once
    /// for the whole row. Internal, not private, so that a test can compare it with
    /// the fallback.
    @available(macOS 10.14.4, iOS 12.2, watchOS 5.2, tvOS 12.2, visionOS 1.0, *)
    @inline(__always)
    mutating func addPiecesInPlace(
      _ range: Range<Int>,
      separatedBy separator: UInt8,
      escape: UInt8?,
      in bytes: UnsafeBufferPointer<UInt8>,
      line: Int
    ) -> Int? {
      let (start, end, most) = openRow(range, in: bytes, line: line)
      var dropped = 0
      var escapedCell: Int? = nil
      cells.append(addingCapacity: most) { span in
        span.withUnsafeMutableBufferPointer { buffer, written in
          escapedCell = Self.splitRow(
            from: start, to: end, separatedBy: separator, escape: escape, dropsBlankLast: escape != nil, in: bytes
          ) {
            cellStart, cellEnd in
            // While fewer than `most` cells are written, the cap is not reached
            // either: `most` is the room left under the cap whenever the row could
            // reach it.
            guard written < most else {
              dropped &+= 1
              return
            }
            buffer.initializeElement(
              at: written, to: StoredCell(unchecked: cellStart, cellEnd, line: line))
            written &+= 1
          }
        }
      }
      droppedCells &+= dropped
      return escapedCell
    }
  #endif

  /// ``addPieces(_:separatedBy:escape:in:line:)`` without `OutputSpan`, for toolchains
  /// before Swift 6.2, and for pieces that may not fit a ``StoredCell``: the cells are
  /// written into a batch on the stack and stored sixteen at a time, each as
  /// ``store(_:)`` stores it (a stored cell, or a whole one where it does not fit).
  /// The same cells as
  /// ``addPiecesInPlace(_:separatedBy:escape:in:line:)``; compiled by every
  /// toolchain, so that a test compares the two.
  @inline(__always)
  mutating func addPiecesBatched(
    _ range: Range<Int>,
    separatedBy separator: UInt8,
    escape: UInt8?,
    in bytes: UnsafeBufferPointer<UInt8>,
    line: Int
  ) -> Int? {
    let (start, end, most) = openRow(range, in: bytes, line: line)
    var kept = 0
    var dropped = 0
    let escapedCell = withUnsafeTemporaryAllocation(of: Cell.self, capacity: Self.batch) { batch in
      var written = 0
      let escapedCell = Self.splitRow(
        from: start, to: end, separatedBy: separator, escape: escape, dropsBlankLast: escape != nil, in: bytes
      ) {
        cellStart, cellEnd in
        guard kept < most else {
          dropped &+= 1
          return
        }
        kept &+= 1
        batch.initializeElement(
          at: written, to: Cell(span: TextSpan(Range(uncheckedBounds: (cellStart, cellEnd))), line: line))
        written &+= 1
        if written == Self.batch {
          store(UnsafeBufferPointer(batch))
          batch.deinitialize()
          written = 0
        }
      }
      if written > 0 {
        store(UnsafeBufferPointer(rebasing: batch[..<written]))
        _ = batch[..<written].deinitialize()
      }
      return escapedCell
    }
    droppedCells &+= dropped
    return escapedCell
  }

  /// How many cells ``addPiecesBatched(_:separatedBy:escape:in:line:)`` gathers before
  /// it appends them.
  private static var batch: Int { 16 }

  /// What both ways of adding a row's pieces do first, as `append` does for each
  /// piece: the row's line is its first cell's. Returns `range` clamped to `bytes`,
  /// and how many of the row's pieces can be kept: the room left under the cap, or
  /// every piece the range can hold (one more than its bytes) when that is fewer.
  @inline(__always)
  private mutating func openRow(
    _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, line: Int
  ) -> (start: Int, end: Int, most: Int) {
    let end = min(max(0, range.upperBound), bytes.count)
    let start = min(max(0, range.lowerBound), end)
    let rowCount = cells.count - rowStart
    if rowCount == 0, droppedCells == 0 { rowLine = line }
    let room = max(0, InputLimits.cellsPerRow - rowCount)
    return (start, end, min(room, end &- start &+ 1))
  }

  /// The offset of the first `byte` in `start..<end` of `bytes` (bounds within
  /// `bytes`), or `end` when there is none: through the C library's `memchr`, which
  /// reads 32 or 64 bytes a step, where it is available, else byte by byte.
  package static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
    -> Int
  {
    guard start < end else { return end }
    #if canImport(Glibc) || canImport(Darwin)
      if let base = bytes.baseAddress {
        guard let found = memchr(base + start, Int32(byte), end &- start) else { return end }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
      }
    #endif
    var index = start
    while index < end, bytes[index] != byte { index &+= 1 }
    return index
  }

  /// Splits `start..<end` of `bytes` at `separator` bytes, calling `addPiece` with
  /// each piece's bounds, left to right, empty pieces too. With an `escape`, it stops at
  /// the first `escape` byte. With `dropsBlankLast` (a Markdown row, whose trailing
  /// pipe is optional), the piece after the last separator is added only when it
  /// holds more than spaces and tabs.
  ///
  /// Thirty-two bytes are tested at a time as two vectors, then sixteen; each test's
  /// lanes, one bit a byte (``ByteBlock/bits(_:)``, a `pmovmskb` on x86-64), are
  /// walked lowest bit first, so a separator's offset is its bit's index: one word
  /// and one loop a block, where the two halves of a vector as words (the high bit of
  /// each matching byte) took two loops and a shift a separator. Sixteen bytes are
  /// read wherever the buffer holds them, even past `end` (the next lines), with the
  /// marks past the end cleared, so a row's last bytes need no loop byte by byte.
  /// Always inlined, with `addPiece`, into its callers.
  ///
  /// - Returns: `nil` when the whole range was split; otherwise the start of the piece
  ///   holding the first `escape` byte, which is not added, nor any piece after it.
  @inline(__always)
  private static func splitRow(
    from start: Int,
    to end: Int,
    separatedBy separator: UInt8,
    escape: UInt8?,
    dropsBlankLast: Bool,
    in bytes: UnsafeBufferPointer<UInt8>,
    into addPiece: (_ cellStart: Int, _ cellEnd: Int) -> Void
  ) -> Int? {
    var cellStart = start
    var escapedCell: Int? = nil
    /// Adds the pieces ending at the separators marked in `found` (bit `i` set for a
    /// separator at `offset + i`).
    @inline(__always)
    func add(marked found: UInt64, at offset: Int) {
      var found = found
      while found != 0 {
        let at = offset &+ found.trailingZeroBitCount
        addPiece(cellStart, at)
        cellStart = at &+ 1
        found &= found &- 1
      }
    }
    var index = cellStart
    if let base = bytes.baseAddress {
      let separators = ByteBlock.Vector(repeating: separator)
      let escapes = ByteBlock.Vector(repeating: escape ?? 0)
      // The row's whole blocks of thirty-two bytes, then of sixteen, up to one
      // holding an escape.
      while end &- index >= 32 {
        let first = ByteBlock.loadVector(base, at: index)
        let second = ByteBlock.loadVector(base, at: index &+ 16)
        if escape != nil, ByteBlock.bits(first .== escapes) | ByteBlock.bits(second .== escapes) != 0 { break }
        add(marked: ByteBlock.bits(first .== separators) | ByteBlock.bits(second .== separators) &<< 16, at: index)
        index &+= 32
      }
      if end &- index >= 16 {
        let block = ByteBlock.loadVector(base, at: index)
        if escape == nil || ByteBlock.bits(block .== escapes) == 0 {
          add(marked: ByteBlock.bits(block .== separators), at: index)
          index &+= 16
        }
      }
      // The row's last bytes, or the block that holds its first escape: sixteen
      // bytes read where the buffer holds them, the marks from `limit` on cleared.
      if index < end, bytes.count &- index >= 16 {
        let block = ByteBlock.loadVector(base, at: index)
        var limit = min(end &- index, 16)
        if escape != nil {
          let escapeBits = ByteBlock.bits(block .== escapes)
          if escapeBits != 0, escapeBits.trailingZeroBitCount < limit {
            limit = escapeBits.trailingZeroBitCount
            escapedCell = index
          }
        }
        add(marked: ByteBlock.bits(block .== separators) & ((1 &<< UInt64(limit)) &- 1), at: index)
        index = end
      }
    }
    // The row's last bytes when the buffer ends fewer than sixteen bytes on.
    while escapedCell == nil, index < end {
      let byte = bytes[index]
      if byte == separator {
        addPiece(cellStart, index)
        cellStart = index &+ 1
      } else if let escape, byte == escape {
        escapedCell = index
      }
      index &+= 1
    }
    if escapedCell != nil {
      return cellStart
    }
    if !dropsBlankLast || !Self.isBlank(cellStart..<end, in: bytes) {
      addPiece(cellStart, end)
    }
    return nil
  }

  /// Whether `range` of `bytes` holds only spaces and tabs (or nothing).
  private static func isBlank(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for index in range where bytes[index] != 0x20 && bytes[index] != 0x09 { return false }
    return true
  }

  /// Adds `cell` to the open row. Inlined into both `addCell`s, and with them into
  /// the adapters, so a cell made from a range goes from registers into the row, not
  /// through a copy in memory or a call.
  @inlinable @inline(__always)
  mutating func append(_ cell: Cell) {
    // `rowStart` never passes `cells.count` (it is set to the count when a row ends,
    // and cells are only removed from it on), so the difference cannot overflow.
    let rowCount = cells.count &- rowStart
    if rowCount == 0, droppedCells == 0 { rowLine = cell.line }
    guard rowCount < InputLimits.cellsPerRow else {
      droppedCells += 1
      return
    }
    guard let stored = StoredCell(exactly: cell) else {
      storeWide(cell)
      return
    }
    cells.append(stored)
  }

  /// Appends `cells` to the buffer of cells (past any cap: the caller applied it),
  /// each as a ``StoredCell`` where it fits and whole (``storeWide(_:)``) where not.
  mutating func store(_ cells: UnsafeBufferPointer<Cell>) {
    for cell in cells {
      if let stored = StoredCell(exactly: cell) {
        self.cells.append(stored)
      } else {
        storeWide(cell)
      }
    }
  }

  /// Appends `cell`, which has no ``StoredCell``, to the buffer of cells: kept whole
  /// in ``wideCells`` under its index, with a stored cell of 0s holding its place.
  @usableFromInline
  mutating func storeWide(_ cell: Cell) {
    wideCells[cells.count] = cell
    cells.append(StoredCell(unchecked: 0, 0, line: 0))
  }

  /// The cell at `index` of the buffer of cells, as it was added.
  @usableFromInline
  func cell(at index: Int) -> Cell {
    wideCells.isEmpty ? cells[index].cell : wideCells[index] ?? cells[index].cell
  }

  /// Sets the cell at `index` of the buffer of cells: stored, or kept whole when it
  /// does not fit.
  @usableFromInline
  mutating func setCell(_ cell: Cell, at index: Int) {
    if let stored = StoredCell(exactly: cell) {
      cells[index] = stored
      if !wideCells.isEmpty { wideCells[index] = nil }
    } else {
      wideCells[index] = cell
      cells[index] = StoredCell(unchecked: 0, 0, line: 0)
    }
  }

  /// Takes the open row's cells back off the buffer of cells (a dropped row), and
  /// any of them kept whole.
  mutating func removeOpenRowCells() {
    if !wideCells.isEmpty { wideCells = wideCells.filter { $0.key < rowStart } }
    cells.removeSubrange(rowStart...)
  }

  /// Extends the last cell of the open row with a continuation line ending at
  /// `end` on `line` (a wrapped cell); the text between is kept as it is in the storage.
  /// Does nothing when no row is open, or when the row's last cells were dropped.
  @inlinable
  public mutating func extendLastCell(to end: Int, line: Int) {
    guard droppedCells == 0, cells.count > rowStart else { return }
    let last = cells.count - 1
    // A stored cell that stays one when extended (a wrapped cell of a text under
    // 4 GiB, a few lines long) is changed in place.
    if wideCells.isEmpty, let extended = cells[last].extended(to: end, line: line) {
      cells[last] = extended
      return
    }
    var cell = self.cell(at: last)
    cell.span.end = max(cell.span.end, end)
    cell.endLine = line
    setCell(cell, at: last)
  }

  /// Whether a row is open (has at least one cell).
  @inlinable public var hasOpenRow: Bool { cells.count > rowStart }

  /// Whether a table is open (has at least one finished row).
  @inlinable public var hasOpenTable: Bool { tableRows > 0 }

  /// Closes the open row, if any, and adds it to the open table (unless the table or
  /// the document already holds as many rows as ``InputLimits`` allow). Always
  /// inlined: the common case is a few loads and stores, less than the call.
  @inlinable @inline(__always)
  public mutating func endRow() {
    let cellCount = cells.count - rowStart
    guard cellCount > 0 else {
      droppedCells = 0
      return
    }
    // The common case: nothing dropped, and room in the table and the document.
    guard
      droppedCells > 0 || tableRows >= InputLimits.rowsPerTable
        || keptRows >= InputLimits.rowsPerDocument
    else {
      keptRows += 1
      tableRows += 1
      rows.append(RowEnd(cells: cells.count))
      rowStart = cells.count
      return
    }
    endRowAtLimit()
  }

  /// ``endRow()`` for a row with dropped cells, or one that the table or the document
  /// has no room for: noted, or dropped and noted.
  @usableFromInline
  mutating func endRowAtLimit() {
    defer { droppedCells = 0 }
    let cellCount = cells.count - rowStart
    guard cellCount > 0 else { return }
    // A dropped row's cells are taken back off the buffer.
    guard tableRows < InputLimits.rowsPerTable else {
      if droppedRows.count == 0 { droppedRows.line = rowLine }
      droppedRows.count += 1
      removeOpenRowCells()
      return
    }
    guard keptRows < InputLimits.rowsPerDocument else {
      if droppedDocumentRows.count == 0 { droppedDocumentRows.line = rowLine }
      droppedDocumentRows.count += 1
      removeOpenRowCells()
      return
    }
    if droppedCells > 0 {
      notes.append(
        Diagnostic(
          .limitExceeded, .warning, line: rowLine,
          "The row at line \(rowLine) has \(cellCount + droppedCells) cells, more than the \(InputLimits.cellsPerRow) a row may have (InputLimits.cellsPerRow); only its first \(cellCount) cells were read."
        ))
    }
    keptRows += 1
    tableRows += 1
    rows.append(RowEnd(cells: cells.count))
    rowStart = cells.count
  }

  /// Closes the open row and table, if any. Always inlined: in the common case (a
  /// blank line, a paragraph after a paragraph) nothing is open, nor dropped and not
  /// yet noted, and the test costs less than a call.
  @inlinable @inline(__always)
  public mutating func endTable() {
    guard cells.count > rowStart || tableRows > 0 || droppedRows.count > 0 || droppedCells > 0 else { return }
    endOpenTable()
  }

  /// ``endTable()`` when something is open or was dropped.
  @usableFromInline
  mutating func endOpenTable() {
    endRow()
    // The common case: no open table, nothing dropped.
    guard tableRows > 0 || droppedRows.count > 0 else { return }
    closeTable()
  }

  /// ``endTable()`` once its row is closed: the table's last row is marked and its
  /// placeholder added to the blocks, with a note when rows were dropped.
  @usableFromInline
  mutating func closeTable() {
    let rowCount = tableRows
    if droppedRows.count > 0 {
      var first = droppedRows.line
      // The open table's rows are the last entries of `rows`.
      if rowCount > 0 { first = cell(at: Self.startOfRow(rows.count - rowCount, in: rows)).line }
      notes.append(
        Diagnostic(
          .limitExceeded, .warning, line: droppedRows.line,
          "The table at line \(first) has \(rowCount + droppedRows.count) rows, more than the \(InputLimits.rowsPerTable) a table may have (InputLimits.rowsPerTable); its \(droppedRows.count) rows from line \(droppedRows.line) on were not read."
        ))
      droppedRows = (0, 0)
    }
    guard rowCount > 0 else { return }
    // The open table's rows are the last `rowCount` entries of `rows`.
    rows[rows.count - rowCount].markTable(rows: rowCount, block: blocks.count)
    blocks.append(Self.tablePlaceholder)
    tableRows = 0
  }

  /// Closes everything open and returns the document.
  public mutating func finish() -> Document {
    endTable()
    if droppedDocumentRows.count > 0 {
      notes.append(
        Diagnostic(
          .limitExceeded, .warning, line: droppedDocumentRows.line,
          "The text has \(keptRows + droppedDocumentRows.count) table rows, more than the \(InputLimits.rowsPerDocument) a document may have (InputLimits.rowsPerDocument); the \(droppedDocumentRows.count) rows from line \(droppedDocumentRows.line) on were not read."
        ))
      droppedDocumentRows = (0, 0)
    }
    if droppedParagraphs.count > 0 {
      notes.append(
        Diagnostic(
          .limitExceeded, .warning, line: droppedParagraphs.line,
          "The text has \(keptParagraphs + droppedParagraphs.count) lines of prose, more than the \(InputLimits.paragraphsPerDocument) a document may have (InputLimits.paragraphsPerDocument); the \(droppedParagraphs.count) from line \(droppedParagraphs.line) on were not read."
        ))
      droppedParagraphs = (0, 0)
    }
    // Every table holds the one buffer of cells and the list of row ends, shared,
    // not copied, and its range of the rows: no `Row` is made (nor retains the
    // buffer) until a caller reads one, and no array is made a table.
    // The tables' placeholders since the last `finish()` are filled in, table by
    // table: each table's first row records its number of rows and its place in
    // `blocks` (every closed table has at least one row, the first holding the
    // count; the walk takes at least one row a table, stops at the end of `rows`
    // whatever the counts, and fills only a place among the blocks added since).
    let rows = self.rows
    let cells = self.cells
    let wide = wideCells
    let ascending = rowEndsAscend
    var first = finishedRows
    let start = finishedBlocks
    blocks.withUnsafeMutableBufferPointer { blocks in
      while first < rows.count {
        let end = rows[first]
        let next = first + min(max(1, Int(end.tableRows)), rows.count - first)
        let block = Int(end.block)
        if end.tableRows > 0, block >= start, block < blocks.count {
          blocks[block] = .table(
            Table(rows: Self.makeRows(first..<next, of: rows, sharing: cells, wide: wide, ascending: ascending)))
        }
        first = next
      }
    }
    finishedBlocks = blocks.count
    finishedRows = first
    return Document(storage: storage, blocks: blocks, notes: notes, isKnownValidUTF8: storageIsValidUTF8)
  }

  /// Where the cells of row `row` (an index of `rows`) start in the buffer of cells:
  /// where the row before ends, or at 0 for the first.
  private static func startOfRow(_ row: Int, in rows: [RowEnd]) -> Int {
    row > 0 ? rows[row - 1].cells : 0
  }

  /// The rows `range` of `rows`, the first starting where the row before it ends,
  /// their cells ranges of the shared buffer `cells`, their lines their first
  /// cells' (a kept row has cells): the compact form that shares `rows` and `cells`
  /// (``Table/Rows/Shared``) when every row is non-empty and within `cells`, as
  /// every builder path keeps them. `ascending` is ``rowEndsAscend``: when set, the
  /// table's first and last rows are all that is tested.
  ///
  /// Otherwise a row whose range is empty or not within `cells` is left out rather
  /// than trapping, in rows of the table's own: no builder path keeps such a row
  /// (each keeps a row only with a cell), but the run paths rely on the census's
  /// separator counts, and a disagreement there must cost a row, never the process.
  ///
  /// A document with cells kept whole (`wide`, ``wideCells``, empty for any text
  /// under 4 GiB) gets rows of their own too, each cell as it was added: a stored
  /// cell where it fits, the whole one where it did not.
  private static func makeRows(
    _ range: Range<Int>, of rows: [RowEnd], sharing cells: [StoredCell], wide: [Int: Cell], ascending: Bool
  ) -> Table.Rows {
    let start = startOfRow(range.lowerBound, in: rows)
    if wide.isEmpty,
      Table.Rows.Shared.isValid(cells: cells, ends: rows, rows: range, start: start, knownAscending: ascending)
    {
      return Table.Rows(shared: Table.Rows.Shared(cells: cells, ends: rows, rows: range, start: start))
    }
    let plain = makeArray(count: range.count) { (row: (Row) -> Void) in
      var start = start
      for end in rows[range] {
        if start < end.cells, end.cells <= cells.count {
          if wide.isEmpty {
            row(Row(cells: Row.Cells(uncheckedSharing: cells, bounds: start..<end.cells), line: cells[start].line))
          } else {
            let own = (start..<end.cells).map { wide[$0] ?? cells[$0].cell }
            row(Row(cells: own, line: own.first?.line ?? 0))
          }
        }
        start = end.cells
      }
    }
    return Table.Rows(plain)
  }

  /// An array of at most `count` elements: those `body` gives to the function it is
  /// called with, in order (any beyond `count` are not kept).
  ///
  /// With Swift 6.2 toolchains on, the array is allocated through
  /// `append(addingCapacity:initializingWith:)`, whose allocation is specialised for
  /// the element type (`Array(unsafeUninitializedCapacity:)`, which older toolchains
  /// use, allocates through the stdlib's unspecialised code, which looks up the
  /// storage's type at run time: several hundred instructions an array). Always
  /// inlined, so that `body` and the element writes compile into the caller.
  @inline(__always)
  private static func makeArray<Element>(
    count: Int, _ body: (_ append: (Element) -> Void) -> Void
  ) -> [Element] {
    #if compiler(>=6.2)
      if #available(macOS 10.14.4, iOS 12.2, watchOS 5.2, tvOS 12.2, visionOS 1.0, *) {
        var array: [Element] = []
        array.append(addingCapacity: count) { span in
          span.withUnsafeMutableBufferPointer { buffer, written in
            body { element in
              guard written < count else { return }
              buffer.initializeElement(at: written, to: element)
              written &+= 1
            }
          }
        }
        return array
      }
    #endif
    return [Element](unsafeUninitializedCapacity: count) { buffer, written in
      body { element in
        guard written < count else { return }
        buffer.initializeElement(at: written, to: element)
        written &+= 1
      }
    }
  }
}
