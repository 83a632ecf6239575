/// A ``Cell`` as ``DocumentBuilder`` stores it and the interpreter reads it: 16 bytes
/// instead of the public cell's 48.
///
/// A report's few hundred cells are each written once by the builder and read again
/// by the interpreter; the public `Cell` holds five full-width words (its span's two
/// ends, its line, its end line and its column span) and a flag, six stores a cell,
/// though nearly every cell is one line long, one column wide and continues nothing.
/// Stored here: the span's ends and the line in 32 bits each, and the rest in one
/// 32-bit word that is 0 for such a plain cell (so writing a cell is three values
/// and a zero, in 16 bytes whose index is a shift, not a multiply).
///
/// A cell whose values do not all fit (a span end outside `0 ... UInt32.max`, a line
/// outside `Int32`, an end line before its line or more than 65,535 lines after it,
/// a column span outside `1 ... 32,768`) has no `StoredCell`: ``init(exactly:)`` gives
/// `nil`, and the builder keeps that cell whole beside its buffer (see
/// ``DocumentBuilder``), so every value a caller gives a ``Cell`` comes back exactly.
@usableFromInline
struct StoredCell: Sendable, Hashable {
  /// Offset of the span's first byte.
  @usableFromInline var start: UInt32
  /// Offset one past the span's last byte.
  @usableFromInline var end: UInt32
  /// ``storedLine`` in the low 32 bits and ``rest`` in the high 32, as one word: a
  /// plain cell's is its line zero-extended, so that writing a row's cells stores
  /// one word the row computes once, not a line and a zero a cell (the line and the
  /// rest are 8 bytes either way, at the same offsets).
  @usableFromInline var lineAndRest: UInt64

  /// The 1-based line where the cell starts.
  @inlinable var storedLine: Int32 {
    get { Int32(truncatingIfNeeded: lineAndRest) }
    set { lineAndRest = lineAndRest & ~0xFFFF_FFFF | UInt64(UInt32(bitPattern: newValue)) }
  }
  /// The rest of the cell, 0 for a plain one: bits 0 to 15 the end line less the
  /// line, bits 16 to 30 the column span less 1, bit 31 whether the cell continues
  /// a merged cell from above.
  @inlinable var rest: UInt32 {
    get { UInt32(truncatingIfNeeded: lineAndRest &>> 32) }
    set { lineAndRest = lineAndRest & 0xFFFF_FFFF | UInt64(newValue) &<< 32 }
  }

  /// The word ``lineAndRest`` of a plain cell on `line`.
  @inlinable @inline(__always)
  static func plainLineWord(_ line: Int) -> UInt64 {
    UInt64(UInt32(truncatingIfNeeded: line))
  }

  /// A plain cell (one line, one column, continuing nothing) over `start..<end` on
  /// `line`, for callers that know the three fit (the builder's run paths, over a
  /// text whose size it checked).
  @inlinable @inline(__always)
  init(unchecked start: Int, _ end: Int, line: Int) {
    self.start = UInt32(truncatingIfNeeded: start)
    self.end = UInt32(truncatingIfNeeded: end)
    self.lineAndRest = Self.plainLineWord(line)
  }

  /// The stored form of `cell`, or `nil` when one of its values does not fit (see
  /// ``StoredCell``).
  @inlinable
  init?(exactly cell: Cell) {
    guard let start = UInt32(exactly: cell.span.start), let end = UInt32(exactly: cell.span.end),
      let line = Int32(exactly: cell.line)
    else { return nil }
    let (endDelta, overflow) = cell.endLine.subtractingReportingOverflow(cell.line)
    guard !overflow, let delta = UInt16(exactly: endDelta), cell.columnSpan >= 1, cell.columnSpan <= 1 << 15
    else { return nil }
    self.start = start
    self.end = end
    let rest =
      UInt32(delta) | UInt32(truncatingIfNeeded: cell.columnSpan &- 1) << 16 | (cell.continuesFromAbove ? 1 << 31 : 0)
    self.lineAndRest = UInt64(UInt32(bitPattern: line)) | UInt64(rest) &<< 32
  }

  /// What the interpreter reads of `cell`, its span and its line, stored: exactly
  /// when they fit. Otherwise a span that starts before the storage starts at 0
  /// (readers clamp a span to the storage, so it reads the same bytes), a span that
  /// reaches past 4 GiB is read as empty (its value then null, with a diagnostic,
  /// never the bytes of some other offset), and the line is clamped to `Int32`'s
  /// range (only a line past 2,147,483,647 is named wrongly, and only in a
  /// diagnostic). For rows a caller made (``Table/Rows`` not the builder's), which
  /// the interpreter copies to read.
  init(reading cell: Cell) {
    if let stored = StoredCell(exactly: cell) {
      self = stored
      return
    }
    if cell.span.end > Int(UInt32.max) || cell.span.start > Int(UInt32.max) {
      self.start = 0
      self.end = 0
    } else {
      self.start = UInt32(max(0, cell.span.start))
      self.end = UInt32(max(0, cell.span.end))
    }
    self.lineAndRest = Self.plainLineWord(min(max(Int(Int32.min), cell.line), Int(Int32.max)))
  }

  /// The cell extended as ``DocumentBuilder/extendLastCell(to:line:)`` extends it
  /// (its span's end at least `end`, its end line `line`), or `nil` when the result
  /// has no stored form (then the whole cell is changed and kept).
  @inlinable @inline(__always)
  func extended(to end: Int, line: Int) -> StoredCell? {
    let newEnd = max(Int(self.end), end)
    let (delta, overflow) = line.subtractingReportingOverflow(Int(storedLine))
    guard newEnd <= Int(UInt32.max), !overflow, let endDelta = UInt16(exactly: delta) else { return nil }
    var extended = self
    extended.end = UInt32(truncatingIfNeeded: newEnd)
    extended.rest = rest & ~0xFFFF | UInt32(endDelta)
    return extended
  }

  /// Whether `offset` fits a stored span's end (`0 ... UInt32.max`): what the
  /// builder's run paths test once for a run, with the size of the bytes their
  /// spans lie in.
  @inlinable @inline(__always)
  static func fits(offset: Int) -> Bool {
    UInt(bitPattern: offset) <= UInt(UInt32.max)
  }

  /// Whether the `count` lines from `first` on (`count` at least 0) all fit a
  /// stored line.
  @inlinable @inline(__always)
  static func fits(lines first: Int, count: Int) -> Bool {
    first >= Int(Int32.min) && first <= Int(Int32.max) &- count
  }

  /// The cell's text: its range of the document's storage.
  @inlinable var span: TextSpan {
    TextSpan(Range(uncheckedBounds: (Int(start), Int(end))))
  }

  /// The 1-based line where the cell starts.
  @inlinable var line: Int { Int(storedLine) }

  /// The public cell these values stand for.
  @inlinable var cell: Cell {
    Cell(
      span: span, line: line, endLine: line + Int(rest & 0xFFFF), columnSpan: Int(rest >> 16 & 0x7FFF) + 1,
      continuesFromAbove: rest & 1 << 31 != 0)
  }
}
