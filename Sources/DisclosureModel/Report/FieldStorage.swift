/// A ``Field``'s value and source, packed: a count and a source of the sizes that
/// reports have as plain numbers, a decimal's or a text's string as it is, and
/// anything else in a box (``FieldStorage/Spill``).
///
/// ``form`` holds, from its lowest bit: the source's line (32 bits, an `Int32`'s
/// pattern) and its cell (24 bits, unsigned); then where the value is (a bit each:
/// ``number`` or ``text``; neither for no value), so that telling an integer is one
/// bit's test; and what the source is (2 bits: none, a line, a line and a cell, or
/// in ``text``'s box). The kinds alone tell what is read: a string left behind by a
/// count written over a value in place (``record(count:source:)``) is never read,
/// only released with the field.
///
/// ``text`` is an optional enum whose `nil` has a tag byte of its own, so that
/// freeing a field that holds no string (nearly every field of a report) tests one
/// byte and calls nothing; a count stored in the enum, as ``FieldValue`` stores it,
/// made every field with a value call the enum's release.
@usableFromInline struct FieldStorage: Sendable {
  /// The value's integer, when ``form`` says the value is one.
  @usableFromInline private(set) var number: Int
  /// The source's line and cell and the kinds (see above).
  @usableFromInline private(set) var form: UInt64
  /// A decimal's or a text's string, or a box for a source out of ``form``'s
  /// ranges; `nil` for a field holding a count or nothing.
  private var text: Text?

  /// A decimal's or a text's string, or a box.
  enum Text: Sendable {
    /// A text value's string.
    case text(String)
    /// A decimal value's digits.
    case decimal(String)
    /// A source out of ``form``'s ranges, with the value when it is a decimal or a
    /// text.
    case spilled(Spill)
  }

  /// A source that the plain numbers cannot hold, and the value when it is a
  /// decimal or a text: never changed once made, so that copies of a field share it
  /// as a value.
  final class Spill: Sendable {
    let value: FieldValue?
    let source: SourceLocation

    init(value: FieldValue?, source: SourceLocation) {
      self.value = value
      self.source = source
    }
  }

  @usableFromInline static let cellShift: UInt64 = 32
  @usableFromInline static let cellLimit: UInt = 0xFF_FFFF
  @usableFromInline static let sourceShift: UInt64 = 59
  @usableFromInline static let kindMask: UInt64 = 3
  // Where a value is, a bit each.
  @usableFromInline static let valueNumber: UInt64 = 1 << 56
  private static let valueText: UInt64 = 1 << 57
  // The kinds of a source.
  @usableFromInline static let sourceLine: UInt64 = 1
  @usableFromInline static let sourceCell: UInt64 = 2
  private static let sourceSpilled: UInt64 = 3

  /// A storage of the three parts as given.
  @inline(__always)
  private init(number: Int, form: UInt64, text: Text?) {
    self.number = number
    self.form = form
    self.text = text
  }

  /// The stored form of the text `string` with no source.
  @inline(__always)
  init(text string: String) {
    number = 0
    form = Self.valueText
    text = .text(string)
  }

  /// The stored form of the decimal `digits` read at `source`.
  @inline(__always)
  init(decimal digits: String, source: SourceLocation) {
    if let packed = Self.packed(source) {
      self = FieldStorage(number: 0, form: packed | Self.valueText, text: .decimal(digits))
    } else {
      self.init(value: .decimal(digits), source: source)
    }
  }

  /// The stored form of `value` and `source`.
  init(value: FieldValue?, source: SourceLocation?) {
    number = 0
    form = 0
    text = nil
    switch value {
    case nil: break
    case .integer(let integer):
      number = integer
      form = Self.valueNumber
    case .text(let string):
      text = .text(string)
      form = Self.valueText
    case .decimal(let digits):
      text = .decimal(digits)
      form = Self.valueText
    }
    guard let source else { return }
    if let packed = Self.packed(source) {
      form |= packed
    } else {
      form |= Self.sourceSpilled << Self.sourceShift
      text = .spilled(Spill(value: form & Self.valueText != 0 ? value : nil, source: source))
    }
  }

  /// `source` as the low bits and source kind of ``form``, or `nil` when its line
  /// does not fit 32 bits or its cell 24.
  @inline(__always)
  private static func packed(_ source: SourceLocation) -> UInt64? {
    guard let line = Int32(exactly: source.line) else { return nil }
    let lineBits = UInt64(UInt32(bitPattern: line))
    guard let cell = source.cell else { return lineBits | sourceLine << sourceShift }
    guard UInt(bitPattern: cell) <= cellLimit else { return nil }
    return lineBits | UInt64(cell) << cellShift | sourceCell << sourceShift
  }

  /// The value.
  var value: FieldValue? {
    if form & Self.valueNumber != 0 { return .integer(number) }
    guard form & Self.valueText != 0 else { return nil }
    switch text {
    case .text(let string): return .text(string)
    case .decimal(let digits): return .decimal(digits)
    case .spilled(let spill): return spill.value
    case nil: return nil
    }
  }

  /// The value's integer, if it is one (``FieldValue/integer``): an integer value is
  /// always held in ``number``.
  @inlinable @inline(__always)
  var integer: Int? {
    form & Self.valueNumber != 0 ? number : nil
  }

  /// The source's line, and its cell or -1 when it names a line only, when ``form``
  /// holds them; `nil` for no source or a spilled one (see ``Field/plainSource``).
  @inlinable @inline(__always)
  var plainSource: (line: Int, cell: Int)? {
    let kind = form >> Self.sourceShift & Self.kindMask
    let line = Int(Int32(truncatingIfNeeded: form))
    if kind == Self.sourceCell {
      return (line, Int(truncatingIfNeeded: form >> Self.cellShift & UInt64(Self.cellLimit)))
    }
    return kind == Self.sourceLine ? (line, -1) : nil
  }

  /// The source.
  var source: SourceLocation? {
    switch form >> Self.sourceShift & Self.kindMask {
    case Self.sourceLine: return SourceLocation(line: Int(Int32(truncatingIfNeeded: form)))
    case Self.sourceCell:
      return SourceLocation(
        line: Int(Int32(truncatingIfNeeded: form)),
        cell: Int(truncatingIfNeeded: form >> Self.cellShift & UInt64(Self.cellLimit)))
    case Self.sourceSpilled:
      if case .spilled(let spill) = text { return spill.source }
      return nil
    default: return nil
    }
  }

  /// Sets the value to the integer `count` and the source to `source`: when the
  /// source fits the plain numbers (as every source read from a report's cells
  /// does), by storing two words, the string (if any) left as it is and never read
  /// again; else as a new storage of the two.
  @inline(__always)
  mutating func record(count: Int, source: SourceLocation) {
    if let packedSource = Self.packed(source) {
      number = count
      form = packedSource | Self.valueNumber
    } else {
      recordSpilling(count: count, source: source)
    }
  }

  /// The sources of a run of consecutive cells of a row, from its first on, as
  /// ``record(count:line:cell:)`` writes them: the cell's number and the kinds in
  /// ``form``'s bits, the line left out. Made only for a run whose every cell number
  /// fits ``form``'s 24 bits, so that no cell changes the kinds.
  struct CellRun {
    /// The bits of the run's first cell.
    let first: UInt64
    /// How many cells the run has.
    let count: Int

    /// The run of the `count` cells numbered from `firstCell` on, or `nil` when one
    /// of their numbers does not fit 24 bits (or `firstCell` or `count` is negative,
    /// whose patterns as `UInt` are past the limit).
    @inline(__always)
    init?(firstCell: Int, count: Int) {
      guard UInt(bitPattern: firstCell) <= FieldStorage.cellLimit,
        UInt(bitPattern: count) <= FieldStorage.cellLimit &- UInt(bitPattern: firstCell)
      else { return nil }
      self.init(first: Self.bits(ofCell: UInt(bitPattern: firstCell)), count: count)
    }

    /// The run of the `count` cells numbered from `firstCell` on, in a row of
    /// `cellCount` cells that holds them all (`firstCell` at least 1 and
    /// `firstCell + count - 1` at most `cellCount`, as the caller knows), or `nil`
    /// when `cellCount` does not fit 24 bits: one comparison, where
    /// ``init(firstCell:count:)`` makes two, since no number of the run is above
    /// `cellCount`. (Only the sources' cell numbers would be wrong if the caller
    /// were: the first is cut to 24 bits.)
    @inline(__always)
    init?(firstCell: Int, count: Int, ofRowCells cellCount: Int) {
      guard UInt(bitPattern: cellCount) <= FieldStorage.cellLimit else { return nil }
      self.init(first: Self.bits(ofCell: UInt(bitPattern: firstCell) & FieldStorage.cellLimit), count: count)
    }

    /// The bits of a run's first cell, `cell` (within ``FieldStorage``'s 24 bits):
    /// its number and the kinds of a counted value read from a cell.
    @inline(__always)
    private static func bits(ofCell cell: UInt) -> UInt64 {
      UInt64(cell) << FieldStorage.cellShift | FieldStorage.sourceCell << FieldStorage.sourceShift
        | FieldStorage.valueNumber
    }

    /// The run of `count` cells whose first cell's bits are `first`: a run's
    /// ``first`` and ``count``, handed on as plain numbers.
    @inline(__always)
    init(first: UInt64, count: Int) {
      self.first = first
      self.count = count
    }
  }

  /// Sets the value to the integer `count` and the source to the line `line` and
  /// the cell at `position` of `run` (below its count), by storing two words (the
  /// string, if any, left as it is and never read again).
  @inline(__always)
  mutating func record(count: Int, line: Int32, at position: Int, of run: CellRun) {
    number = count
    form =
      run.first &+ UInt64(truncatingIfNeeded: min(max(position, 0), run.count)) << Self.cellShift
      | UInt64(UInt32(bitPattern: line))
  }

  /// ``record(count:source:)`` for a source that does not fit the plain numbers.
  @inline(never)
  private mutating func recordSpilling(count: Int, source: SourceLocation) {
    self = FieldStorage(value: .integer(count), source: source)
  }
}
