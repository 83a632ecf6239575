/// Counts of the line shapes that tell the built-in layouts apart, taken in one pass
/// over the first lines of a text.
///
/// Every built-in ``LayoutAdapter`` scores a text from the same census, so the scores
/// are comparable and the counting code lives in one place. The census reads bytes
/// only and stops after ``defaultLineLimit`` non-blank lines or ``defaultByteLimit``
/// bytes, whichever comes first, so scoring stays cheap on huge files and on huge
/// lines (a line still being read at the byte limit is classified by its first bytes).
///
/// ```swift
/// let census = LineShapeCensus(SourceText("| a | b |\n|---|---|\n| 1 | 2 |\n"))
/// census.pipeRows          // 2
/// census.pipeDelimiters    // 1
/// census.tableLines        // 2
/// ```
///
/// A line may count under more than one shape (a pipe row holding a tab is also a
/// multi-cell tab line); each count follows its own definition.
public struct LineShapeCensus: Sendable, Hashable {
  /// How many non-blank lines a census reads by default.
  public static let defaultLineLimit = 2_000
  /// How many bytes a census reads at most (1 MiB).
  public static let defaultByteLimit = 1 << 20

  /// Non-blank lines read (at most the line limit).
  public private(set) var nonBlankLines = 0
  /// Lines whose first non-space byte is `|` and that are not delimiter lines.
  public private(set) var pipeRows = 0
  /// Markdown delimiter lines such as `|---|:--:|`: a leading `|`, at least one `-`,
  /// and nothing but pipes, dashes, colons, spaces and tabs.
  public private(set) var pipeDelimiters = 0
  /// Lines that contain a tab and are not single-cell tab lines (tab-separated rows).
  public private(set) var multiCellTabLines = 0
  /// Lines whose first non-space byte is a tab and that hold no other tab (one cell
  /// per line).
  public private(set) var singleCellTabLines = 0

  /// Creates an empty census (all counts zero).
  public init() {}

  /// Takes the census of `text`, reading at most `lineLimit` non-blank lines.
  ///
  /// - Parameters:
  ///   - text: the text to count.
  ///   - lineLimit: how many non-blank lines to read; lines after that are ignored.
  public init(_ text: SourceText, lineLimit: Int = LineShapeCensus.defaultLineLimit) {
    var unused = LineShapes(recording: false)
    self.init(text, lineLimit: lineLimit, keeping: &unused)
  }

  /// Takes the census of `text` and keeps the shapes of the lines it read whole in
  /// `shapes` (when `shapes` records), for ``SourceText/forEachLineShape(_:)`` to
  /// hand on without scanning those lines again.
  ///
  /// `text` is borrowed: the census reads its bytes and keeps nothing of it, so the
  /// caller need not copy the text to hand it over (an initialiser's parameters are
  /// otherwise owned: a retain of each of the text's buffers, and a release after).
  package init(
    _ text: borrowing SourceText, lineLimit: Int = LineShapeCensus.defaultLineLimit, keeping shapes: inout LineShapes
  ) {
    let lineFeedsOnly = text.endsLinesWithLineFeedsOnly
    text.bytes.withUnsafeBufferPointer { buffer in
      let count = min(buffer.count, Self.defaultByteLimit)
      guard shapes.isRecording else {
        scanKeepingNothing(buffer, count: count, lineLimit: lineLimit)
        return
      }
      // Room for the lines of an ordinary report (a line takes at least 8 bytes in
      // the layouts seen); lines beyond it are left for the adapter to scan. So is a
      // line cut off at the byte limit, which is classified by its first bytes only.
      let whole = count == buffer.count
      let capacity = min(count / 8, 2 * max(0, min(lineLimit, count))) + 16
      #if compiler(>=6.2)
        // The room is allocated through `append(addingCapacity:initializingWith:)`,
        // whose allocation is specialised for `Shape`: the unspecialised one of
        // `Array(unsafeUninitializedCapacity:)` below looks up the storage's type at
        // run time, about a thousand instructions a census. The shapes written are
        // the same; only where their room comes from differs.
        if #available(macOS 10.14.4, iOS 12.2, watchOS 5.2, tvOS 12.2, visionOS 1.0, *) {
          // The room of any shapes the caller gave (a parse gives the thread's
          // spare, ``SpareDocumentBuffers``), emptied: then the room below is found
          // there, not allocated, when it is large enough.
          var kept: [Shape] = []
          swap(&kept, &shapes.shapes)
          kept.removeAll(keepingCapacity: true)
          kept.append(addingCapacity: capacity) { span in
            span.withUnsafeMutableBufferPointer { room, written in
              // As below: room for at least 16 shapes has an address.
              guard let base = room.baseAddress else {
                scanKeepingNothing(buffer, count: count, lineLimit: lineLimit)
                return
              }
              written = scan(
                buffer, count: count, lineLimit: lineLimit, keepingIn: base, capacity: min(capacity, room.count),
                whole: whole, keeping: true, lineFeedsOnly: lineFeedsOnly)
            }
          }
          shapes.shapes = kept
          return
        }
      #endif
      shapes.shapes = [Shape](unsafeUninitializedCapacity: capacity) { kept, keptCount in
        // The room holds at least 16 shapes, so it has an address; were it to have
        // none, the lines would still be counted, and none kept.
        guard let base = kept.baseAddress else {
          scanKeepingNothing(buffer, count: count, lineLimit: lineLimit)
          return
        }
        keptCount = scan(
          buffer, count: count, lineLimit: lineLimit, keepingIn: base, capacity: capacity, whole: whole, keeping: true,
          lineFeedsOnly: false)
      }
    }
  }

  /// ``scan(_:count:lineLimit:keepingIn:capacity:whole:)`` keeping no shape: it is
  /// given room for one, which every shape is written over, and a capacity of 0.
  private mutating func scanKeepingNothing(_ buffer: UnsafeBufferPointer<UInt8>, count: Int, lineLimit: Int) {
    withUnsafeTemporaryAllocation(of: Shape.self, capacity: 1) { room in
      guard let base = room.baseAddress else { return }
      _ = scan(
        buffer, count: count, lineLimit: lineLimit, keepingIn: base, capacity: 0, whole: false, keeping: false,
        lineFeedsOnly: false)
    }
  }

  /// Reads the lines of `buffer` before `count` until ``nonBlankLines`` reaches
  /// `lineLimit`, counting each, and keeps the shapes of the first lines in `kept`:
  /// at most `capacity` (0 to keep none, `kept` then being room for one shape that
  /// is written over), and only lines that end before `count` unless the text is
  /// `whole` (ends at `count`). Returns how many it kept.
  ///
  /// The bytes are read once, sixty-four at a time, as bit masks of their line ends
  /// and tabs (``LineMarks``): a line ends at the next line end marked, its tabs are
  /// those marked before it, and only its first bytes are read to classify it
  /// (``take(_:_:tabCount:in:terminated:)``); a line of a cell-per-line table, whose
  /// only tab is its first byte, is told from the marks alone (its tabs in the block
  /// are the bit of its start) and the byte after its tab, so its tabs are not
  /// counted nor its first byte read. A block holds at most sixty-four
  /// line ends, so while the room holds sixty-four more shapes and more than
  /// sixty-four lines are left to the line limit, neither is tested line by line.
  /// When that no longer holds (past a few thousand lines), the lines left are read
  /// one by one by ``scanLineByLine(_:from:count:lineLimit:keepingIn:capacity:kept:)``.
  ///
  /// Nor are the two margins tested block by block: they are taken once for a run
  /// of blocks (``blockAllowance(room:lineLimit:)``), as many as the smaller margin
  /// holds sixty-four lines, none of which can bring a margin under sixty-four
  /// before it starts. So the blocks read here are exactly those that a test before
  /// every block would let through. A run stops before the last block cut short by
  /// `count`, so that only the block after a run is tested for the bytes left.
  ///
  /// The counts are kept in local variables while the loops run (stored properties
  /// of `self` would be written back to memory on every line). When `lineFeedsOnly`
  /// (``SourceText/endsLinesWithLineFeedsOnly``), the blocks' line ends are their line
  /// feeds alone (``LineMarks``); the test of each line's end for a carriage return
  /// stays, as a second copy of the loop without it measured worse.
  @inline(__always)
  private mutating func scan(
    _ buffer: UnsafeBufferPointer<UInt8>, count: Int, lineLimit: Int,
    keepingIn kept: UnsafeMutablePointer<Shape>, capacity: Int, whole: Bool, keeping: Bool, lineFeedsOnly: Bool
  ) -> Int {
    guard nonBlankLines < lineLimit, count > 0, let base = buffer.baseAddress else { return 0 }
    let bytes = UnsafeBufferPointer(start: base, count: count)
    var counts = self
    // The cell-per-line lines told by the marks alone since the counts were last
    // brought up to date: each is one more non-blank line and single-cell tab line,
    // added to ``nonBlankLines`` and ``singleCellTabLines`` together, before the
    // margins are tested and after the loop (one register, not two counts a line).
    var cellLines = 0
    // Each shape is written to `next`, which moves on only when `keeping` (a
    // constant where this is inlined).
    var next = kept
    let room = kept + capacity
    // The start of the line being read, and its tabs in the blocks before `offset`.
    var start = 0
    var tabs = 0
    var offset = 0
    // The blocks before `stop` are read with no test of the room or the line limit,
    // nor of the bytes left: `stop` is at most `wholeBlocks`, and `offset` a multiple
    // of sixty-four, so such a block ends within the bytes.
    let wholeBlocks = count & ~63
    var stop = 0
    // Every block before `stop` is before `count`: only the blocks after it test
    // `count`.
    while true {
      let marks: LineMarks
      if offset < stop {
        marks = LineMarks(base, at: offset, lineFeedsOnly: lineFeedsOnly)
      } else {
        guard offset < count else { break }
        // The cell lines of the blocks read so far, counted (a margin needs them).
        counts.addCellLines(cellLines)
        cellLines = 0
        let allowance = counts.blockAllowance(room: keeping ? room - next : Int.max, lineLimit: lineLimit)
        guard allowance >= 64 else { break }
        // At most `offset` plus `count` (1 MiB at most), so it cannot overflow.
        stop = min(offset &+ min(allowance, count) & ~63, wholeBlocks)
        // Tested: this block may be the last, cut short (its bytes copied into zeros).
        marks = LineMarks(bytes, at: offset, lineFeedsOnly: lineFeedsOnly)
      }
      var ends = marks.ends
      var tabMarks = marks.tabs
      // The bit of `start` in this block's marks (`start` is at most `offset + 1`
      // here), or all ones when the line started in an earlier block: a line's tabs
      // in this block never include the bit of its end, so never all sixty-four.
      var startMark: UInt64 = ~0
      if start >= offset {
        startMark = 1
        if start != offset {
          // The line feed of a CR LF split by the blocks' boundary ends no line.
          ends &= ~1
          startMark = 2
        }
      }
      while ends != 0 {
        // The first line end, as a bit; the tabs before it are the line's.
        let first = ends & (0 &- ends)
        ends ^= first
        let end = offset &+ first.trailingZeroBitCount
        let lineTabs = tabMarks & (first &- 1)
        tabMarks ^= lineTabs
        if lineTabs == startMark, !Shape.mayBeDelimiterByte(bytes[start &+ 1]) {
          // A line of a cell-per-line table, most of a report's lines: its one tab
          // is its first byte (it started in this block, so `tabs` is 0), and the
          // byte after the tab is no delimiter byte (nor is the line end, when the
          // tab is all the line holds), so the line is no delimiter line either.
          // The shape and counts ``take(_:_:tabCount:in:terminated:)`` would give,
          // without counting the tabs or reading the first byte.
          // Written before the line is counted: the compiler then keeps this
          // path's four stores of its own, where with the count first it moved
          // them after the branches to share those of the other path (its values
          // moved into registers first: +250 a report).
          next.initialize(to: Shape(contentStart: start, end: end, leadBits: 0x09, tabCount: 1))
          // Counted in `cellLines`, added to both counts once a run of blocks.
          cellLines &+= 1
        } else {
          next.initialize(
            to: counts.take(
              start, end, tabCount: tabs &+ ByteBlock.sparseBitCount(lineTabs), in: bytes, terminated: true))
          tabs = 0
        }
        if keeping { next += 1 }
        start = end &+ 1
        startMark = first &<< 1
        if bytes[end] == 0x0D {
          (start, ends) = Self.passLineFeed(after: end, in: bytes, ends: ends, block: offset)
          // Past a line feed too: the start's bit is then one further on (none when
          // that is past the block, which then ends no more lines).
          if start != end &+ 1 { startMark = first &<< 2 }
        }
      }
      tabs &+= ByteBlock.sparseBitCount(tabMarks)
      offset &+= 64
    }
    counts.addCellLines(cellLines)
    var keptCount = keeping ? next - kept : 0
    // `counts` is handed to no function, so that it can stay in registers in the loop.
    self = counts
    if offset >= count {
      // Every block read: a last line that ends with the bytes (no terminator, or cut
      // off at the limit), if there is one. No more than the limit have been read.
      if start < count {
        let shape = take(start, count, tabCount: tabs, in: bytes, terminated: false)
        if keptCount < capacity {
          (kept + keptCount).initialize(to: shape)
          keptCount &+= 1
        }
      }
    } else {
      scanLineByLine(
        bytes, from: start, count: count, lineLimit: lineLimit, keepingIn: kept, capacity: capacity,
        kept: &keptCount)
    }
    // A line that ends at `count` is the last one read; when the text goes on past
    // `count`, that line was cut off there and is not kept (a shape is plain data, so
    // leaving it in the room past the kept ones needs no clean-up).
    if !whole, keptCount > 0, kept[keptCount &- 1].end == count { keptCount &-= 1 }
    return keptCount
  }

  /// How many more lines the scan may read by blocks before it must test its
  /// margins again: the smaller of `room`, the shapes the room still holds, and the
  /// lines left to `lineLimit` but one (a block is read only while more than
  /// sixty-four are left). A block ends at most sixty-four lines, so each whole
  /// sixty-four of the allowance is one block that starts with both margins still
  /// at sixty-four or more.
  @inline(__always)
  func blockAllowance(room: Int, lineLimit: Int) -> Int {
    min(room, lineLimit &- nonBlankLines &- 1)
  }

  /// Adds `lines` cell-per-line lines to the counts: as many non-blank lines and
  /// single-cell tab lines (each at most the lines read, so no overflow).
  @inline(__always)
  mutating func addCellLines(_ lines: Int) {
    nonBlankLines &+= lines
    singleCellTabLines &+= lines
  }

  /// The start of the line after a carriage return at `end`, past a line feed that
  /// follows it (a CR LF ends one line), and `ends`, the line ends marked in the
  /// block at `offset`, without that line feed's mark when it is in that block. Out
  /// of line: most texts have no carriage return. It returns its results rather than
  /// taking `start` and `ends` in-out, so that the caller's loop keeps them in
  /// registers instead of writing them to memory on every line.
  @inline(never)
  private static func passLineFeed(
    after end: Int, in bytes: UnsafeBufferPointer<UInt8>, ends: UInt64, block offset: Int
  ) -> (start: Int, ends: UInt64) {
    let start = end &+ 1
    guard start < bytes.count, bytes[start] == 0x0A else { return (start, ends) }
    // A shift by 64 (a carriage return ending the block) leaves no bit.
    return (start &+ 1, ends & ~(2 &<< UInt64(end &- offset)))
  }

  /// The shape of the line `start ..< end` of `bytes` that holds `tabCount` tabs
  /// (`end` is at its terminator when `terminated`, or at the end of the bytes
  /// read), counted as ``record(_:)`` counts it.
  ///
  /// Only the first bytes are read when they tell the shape, as
  /// ``Shape/init(reading:from:end:tabCount:)`` would find it: an empty line is
  /// blank; a line whose first byte passes ``Shape/isPlainLead(_:)`` starts with
  /// its content and is no delimiter line or pipe row (the test of
  /// ``Shape/startsPlainLine(_:)``, which needs eight bytes in the buffer, on the
  /// one byte it reads), so only its tabs are left to count; so is a line that
  /// starts with a tab or `|` (no space) when the first byte after its run of tabs,
  /// spaces, colons and pipes is not a dash (``delimiterRunEnds(after:before:in:terminated:)``):
  /// it holds a byte no delimiter line holds, or it holds no dash. So is a line
  /// whose first byte starts no space after all (``startsNoSpace(_:_:)``). Any
  /// other line (leading spaces, a delimiter line) is read by
  /// ``Shape/init(reading:from:end:tabCount:)``.
  ///
  /// A leading tab is tested first: the lines of a cell-per-line table, most of a
  /// report's lines, start with one.
  ///
  /// Transparent, so inlined before the optimiser weighs it: with
  /// `@inline(__always)` the optimiser left it out of line in the block loop once
  /// a shape's first byte and flags were one word (``Shape/leadBits``), a call a
  /// line (+3,200 instructions a report).
  @_transparent
  private mutating func take(
    _ start: Int, _ end: Int, tabCount: Int, in bytes: UnsafeBufferPointer<UInt8>, terminated: Bool
  ) -> Shape {
    guard start < end else {
      return Shape(contentStart: start, end: start, leadBits: Shape.blankBit, tabCount: 0)
    }
    let first = bytes[start]
    if first == 0x09 {
      guard Self.delimiterRunEnds(after: start, before: end, in: bytes, terminated: terminated) else {
        return readShape(start, end, tabCount: tabCount, in: bytes)
      }
      // ``recordContent(lead:tabCount:)`` for a tab lead, which is one of the line's
      // tabs (so `tabCount` is at least 1).
      nonBlankLines &+= 1
      if tabCount == 1 { singleCellTabLines &+= 1 } else { multiCellTabLines &+= 1 }
    } else if Shape.isPlainLead(first) {
      recordContent(lead: first, tabCount: tabCount)
    } else if first == 0x7C, Self.delimiterRunEnds(after: start, before: end, in: bytes, terminated: terminated) {
      pipeRows &+= 1
      recordContent(lead: first, tabCount: tabCount)
    } else if terminated || start &+ 1 < end, Self.startsNoSpace(first, bytes[start &+ 1]) {
      recordContent(lead: first, tabCount: tabCount)
    } else {
      return readShape(start, end, tabCount: tabCount, in: bytes)
    }
    return Shape(contentStart: start, end: end, leadBits: UInt32(first), tabCount: tabCount)
  }

  /// Whether a line whose first bytes are `first` and `second` starts with a lead
  /// byte of a space, C2, E3 or EF, that starts no space: `second` is not the space's
  /// second byte (U+00A0 is C2 A0, U+3000 is E3 80 80, U+FEFF is EF BB BF). Such a
  /// line starts with its content, `first`, which no delimiter line holds: it is no
  /// pipe row or delimiter line. Lines of Chinese text that open with a full-width
  /// bracket (EF BC 88) come here.
  @inline(__always)
  static func startsNoSpace(_ first: UInt8, _ second: UInt8) -> Bool {
    switch first {
    case 0xC2: second != 0xA0
    case 0xE3: second != 0x80
    case 0xEF: second != 0xBB
    default: false
    }
  }

  /// The shape of the line `start ..< end` read by ``Shape/init(reading:from:end:tabCount:)``,
  /// counted by ``record(_:)``: the lines ``take(_:_:tabCount:in:terminated:)`` cannot
  /// tell by their first bytes.
  @inline(__always)
  private mutating func readShape(_ start: Int, _ end: Int, tabCount: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> Shape
  {
    let shape = Shape(reading: bytes, from: start, end: end, tabCount: tabCount)
    record(shape)
    return shape
  }

  /// Whether the first byte after `start` that is no tab, space, colon or `|`
  /// (reading up to `end`) is not a dash, and so the line `start ..< end`, whose
  /// first byte is a tab or `|`, is no delimiter line: that byte is one a delimiter
  /// line does not hold, or the line's end (the line then holds no dash).
  ///
  /// Nearly always one byte is read: the next byte fails
  /// ``Shape/mayBeDelimiterByte(_:)``. When the line is `terminated`, the bytes are
  /// read without testing `end`: the terminator at `end` is in `bytes` and ends the
  /// run, being none of the four.
  @inline(__always)
  private static func delimiterRunEnds(
    after start: Int, before end: Int, in bytes: UnsafeBufferPointer<UInt8>, terminated: Bool
  ) -> Bool {
    var index = start &+ 1
    while terminated || index < end {
      let byte = bytes[index]
      guard Shape.mayBeDelimiterByte(byte) else { return true }
      guard byte == 0x09 || byte == 0x20 || byte == 0x3A || byte == 0x7C else { return byte != 0x2D }
      index &+= 1
    }
    return true
  }

  /// Reads the lines of `bytes` from `start`, the start of a line, until
  /// ``nonBlankLines`` reaches `lineLimit`, each by ``Shape/init(scanning:from:limit:)``,
  /// counting each and keeping its shape in `kept` while `keptCount` is below
  /// `capacity`.
  private mutating func scanLineByLine(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int, lineLimit: Int,
    keepingIn kept: UnsafeMutablePointer<Shape>, capacity: Int, kept keptCount: inout Int
  ) {
    var index = start
    while index < count, nonBlankLines < lineLimit {
      let shape = Shape(scanning: bytes, from: index, limit: count)
      record(shape)
      index = shape.end
      // Once a line is not kept, no later one is: the room only fills up.
      if keptCount < capacity {
        (kept + keptCount).initialize(to: shape)
        keptCount &+= 1
      }
      if index < count {
        if bytes[index] == 0x0D, index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
        index += 1
      }
    }
  }

  /// Lines that show any table mark: ``pipeRows`` + ``multiCellTabLines`` +
  /// ``singleCellTabLines``. The built-in adapters score a text by their share of it.
  public var tableLines: Int { pipeRows + multiCellTabLines + singleCellTabLines }

  /// `count` as a share of ``tableLines``, or 0 when the text has no table lines.
  ///
  /// ```swift
  /// census.share(census.multiCellTabLines)   // the tab-separated score
  /// ```
  public func share(_ count: Int) -> Double {
    let total = tableLines
    guard total > 0 else { return 0 }
    return min(1, max(0, Double(count) / Double(total)))
  }

  /// Adds one line's shape to the counts.
  @inline(__always)
  public mutating func record(_ shape: Shape) {
    // The first byte and the flags read from the one word they are stored in.
    let bits = shape.leadBits
    guard bits & Shape.blankBit == 0 else { return }
    let lead = UInt8(truncatingIfNeeded: bits)
    if lead == 0x7C {
      if bits & Shape.delimiterBit != 0 { pipeDelimiters &+= 1 } else { pipeRows &+= 1 }
    }
    recordContent(lead: lead, tabCount: shape.tabCount)
  }

  /// ``record(_:)`` for a non-blank line whose first non-space byte is `lead`, as
  /// far as it does not depend on whether the line is a pipe row or a delimiter line
  /// (all of it when `lead` is not `|`).
  ///
  /// No count can overflow: each is at most the number of lines read.
  @inline(__always)
  mutating func recordContent(lead: UInt8, tabCount: Int) {
    nonBlankLines &+= 1
    if tabCount > 0 {
      if lead == 0x09, tabCount == 1 { singleCellTabLines &+= 1 } else { multiCellTabLines &+= 1 }
    }
  }
}

extension LineShapeCensus {
  /// The line ends and tabs among sixty-four bytes, for the census's one pass over a
  /// text: bit `i` of each mask stands for the byte at offset `i` of the block.
  private struct LineMarks {
    /// The line feeds and carriage returns.
    var ends: UInt64 = 0
    /// The tabs.
    var tabs: UInt64 = 0

    /// The marks of the sixty-four bytes of `bytes` at `offset` (which is below
    /// `bytes.count`), or of those there are, the rest counting as zeros (which are
    /// neither line ends nor tabs, so mark nothing): then they are copied into
    /// sixty-four zeros first, so that no byte past `bytes` is read.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, lineFeedsOnly: Bool) {
      guard let base = bytes.baseAddress else {
        self.init()
        return
      }
      let rest = bytes.count &- offset
      if rest >= 64 {
        self.init(base, at: offset, lineFeedsOnly: lineFeedsOnly)
        return
      }
      self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { room in
        guard let padded = room.baseAddress else { return LineMarks() }
        padded.initialize(repeating: 0, count: 64)
        padded.update(from: base + offset, count: rest)
        return LineMarks(padded, at: 0, lineFeedsOnly: lineFeedsOnly)
      }
    }

    /// No marks.
    init() {}

    /// The marks of the sixty-four bytes at `base + offset`, which the caller
    /// guarantees are in bounds: four vectors, each compared with a line feed and a
    /// tab and its lanes gathered into sixteen bits (``ByteBlock/bits(_:)``), then,
    /// unless `lineFeedsOnly` (the text is known to hold no carriage return), the
    /// four again with a carriage return. A text that ends its lines with line feeds
    /// alone, the common case, is spared a third of the comparisons; the second
    /// pass, for the others, costs a test a block.
    @inline(__always)
    init(_ base: UnsafePointer<UInt8>, at offset: Int, lineFeedsOnly: Bool) {
      let lineFeed = ByteBlock.Vector(repeating: 0x0A)
      let carriageReturn = ByteBlock.Vector(repeating: 0x0D)
      let tab = ByteBlock.Vector(repeating: 0x09)
      for block in 0..<4 {
        let vector = ByteBlock.loadVector(base, at: offset &+ block &* 16)
        ends |= ByteBlock.bits(vector .== lineFeed) &<< (block &* 16)
        tabs |= ByteBlock.bits(vector .== tab) &<< (block &* 16)
      }
      guard !lineFeedsOnly else { return }
      for block in 0..<4 {
        let vector = ByteBlock.loadVector(base, at: offset &+ block &* 16)
        ends |= ByteBlock.bits(vector .== carriageReturn) &<< (block &* 16)
      }
    }
  }
}

extension LineShapeCensus {
  /// The shape of one line: where its content starts, its tabs, and whether it looks
  /// like a pipe row, a delimiter line or a tab line.
  ///
  /// Adapters classify lines with the same `Shape` the census counts, so what scores
  /// a layout is also what the layout reads.
  ///
  /// ```swift
  /// text.bytes.withUnsafeBufferPointer { buffer in
  ///   text.forEachLine { line, range in
  ///     let shape = LineShapeCensus.Shape(buffer, range)
  ///     if shape.isBlank { ... }
  ///   }
  /// }
  /// ```
  ///
  /// Spaces, for "first non-space", are ASCII space, vertical tab, form feed, U+00A0
  /// (no-break space), U+3000 (ideographic space) and U+FEFF (a stray byte-order
  /// mark). A tab is never a space: it marks a cell.
  public struct Shape: Sendable, Hashable {
    /// Offset of the first non-space byte, or ``end`` when the line is blank.
    public let contentStart: Int
    /// Offset one past the line's last byte (its terminator, if any, is not part of it).
    public let end: Int
    /// How many tabs the line holds.
    public let tabCount: Int
    /// The first non-space byte (bits 0–7), whether the line is blank (``blankBit``)
    /// and whether it holds only delimiter bytes (``delimiterBit``), in one word
    /// after the integers: a shape still takes 32 bytes in an array, and the census
    /// writes the three as one store instead of three (a line whose first byte is
    /// content stores that byte as it is, its flags being 0).
    @usableFromInline let leadBits: UInt32
    /// ``leadBits``' bit for a blank line.
    @inlinable static var blankBit: UInt32 { 0x100 }
    /// ``leadBits``' bit for a line of delimiter bytes only.
    @inlinable static var delimiterBit: UInt32 { 0x200 }
    /// The first non-space byte, or 0 when the line is blank (a line may also start
    /// with a 0 byte: ``isBlank`` tells the two apart). A test of this byte alone
    /// against a byte other than 0, such as a tab, tells a line that starts with it,
    /// as `leadingByte ==` does, with one comparison instead of the optional's two.
    @inlinable package var firstByte: UInt8 { UInt8(truncatingIfNeeded: leadBits) }
    /// Whether the line holds nothing but spaces (``firstByte`` is then 0).
    @inlinable var blank: Bool { leadBits & Self.blankBit != 0 }
    /// Whether the line, after its first non-space byte, holds only pipes, dashes,
    /// colons, spaces and tabs, with at least one dash.
    @inlinable var delimiterBytesOnly: Bool { leadBits & Self.delimiterBit != 0 }

    /// The first non-space byte, or `nil` when the line is blank.
    @inlinable public var leadingByte: UInt8? { blank ? nil : firstByte }

    /// Classifies the line at `range` of `bytes` (a range from
    /// ``SourceText/forEachLine(_:)``). The range is clamped to the buffer.
    public init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
      let upper = min(max(0, range.upperBound), bytes.count)
      let lower = min(max(0, range.lowerBound), upper)
      self.init(scanning: bytes, from: lower, limit: upper)
    }

    /// Classifies the line starting at `start`, which ends at the first line feed or
    /// carriage return before `limit`, or at `limit`.
    ///
    /// Nearly every line (text, a tab-separated row, a cell of its own) starts with a
    /// byte, or a tab and a byte, that is content and rules out a delimiter line (see
    /// ``startsPlainLine(_:)``): when the eight bytes at `start` are in bounds, one
    /// word tells, and the line is then read only for its tabs and its end, from that
    /// word on, eight and sixteen bytes at a time. Other lines (leading spaces, pipe
    /// rows, delimiter lines, the last bytes of a buffer) are read for their tabs and
    /// end the same way, then by ``init(reading:from:end:tabCount:)``.
    @inlinable @inline(__always)
    init(scanning bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) {
      var tabs = 0
      if let base = bytes.baseAddress, limit &- start >= 8 {
        let word = ByteBlock.load(base, at: start)
        if Self.startsPlainLine(word) {
          // The word's tabs (a leading tab among them) and, on a short line, its end.
          let end =
            Self.walk(base, marked: ByteBlock.less(than: 0x0E, word), block: start, tabs: &tabs)
            ?? Self.countTabs(bytes, from: start &+ 8, limit: limit, tabs: &tabs)
          self.init(
            contentStart: start, end: end, leadBits: UInt32(truncatingIfNeeded: word) & 0xFF, tabCount: tabs)
          return
        }
      }
      let end = Self.countTabs(bytes, from: start, limit: limit, tabs: &tabs)
      self.init(reading: bytes, from: start, end: end, tabCount: tabs)
    }

    /// A shape from its fields.
    @inlinable @inline(__always)
    init(contentStart: Int, end: Int, leadingByte: UInt8?, tabCount: Int, delimiterBytesOnly: Bool) {
      self.contentStart = contentStart
      self.end = end
      self.tabCount = tabCount
      // A blank line's byte is stored as 0, so that equal shapes have equal stored
      // values.
      var bits = Self.blankBit
      if let leadingByte { bits = UInt32(leadingByte) }
      self.leadBits = delimiterBytesOnly ? bits | Self.delimiterBit : bits
    }

    /// A shape from its fields, with the first byte and the flags as ``leadBits``: no
    /// test, where the census knows them (a line that starts with its content has the
    /// byte alone, and a blank line ``blankBit``).
    @inlinable @inline(__always)
    init(contentStart: Int, end: Int, leadBits: UInt32, tabCount: Int) {
      self.contentStart = contentStart
      self.end = end
      self.tabCount = tabCount
      self.leadBits = leadBits
    }

    /// The shape of the line `start ..< end` of `bytes` that holds `tabCount` tabs
    /// (`end` is at the line's terminator, or at the end of the bytes read), read as
    /// the definitions go: its leading spaces one by one, then its content byte by
    /// byte while it may still be a delimiter line (up to the first byte that rules
    /// one out: on nearly every line the first or second).
    ///
    /// The space test may stop at `end` instead of the buffer's end: a space's bytes
    /// after its first (A0, 80, BB, BF) are never a line end, so a space cut by `end`
    /// is not one either way. Kept out of line: only leading spaces, pipe rows and
    /// delimiter lines come here.
    @usableFromInline
    init(reading bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, tabCount: Int) {
      var index = start
      var lead: UInt8?
      // The leading spaces. `index` stays within `start ... end`.
      while index < end {
        let width = Self.spaceWidth(bytes, at: index, limit: end)
        if width == 0 {
          lead = bytes[index]
          break
        }
        index &+= width
      }
      var onlyDelimiterBytes = lead != nil
      var hasDash = false
      var next = index
      // Sixteen bytes at a time while they are all delimiter bytes (most of a
      // delimiter line such as `|---|:--:|`), then byte by byte from the first block
      // that is not, or the last bytes.
      if onlyDelimiterBytes, let base = bytes.baseAddress {
        (next, hasDash) = Self.delimiterBlocksEnd(base, from: next, to: end)
      }
      // The content, while it may still be a delimiter line.
      content: while onlyDelimiterBytes, next < end {
        let byte = bytes[next]
        next &+= 1
        if Self.mayBeDelimiterByte(byte) {
          // One of the few bytes that pass the bit test: which one.
          switch byte {
          case 0x2D:
            hasDash = true
            continue content
          case 0x09, 0x20, 0x3A, 0x7C:
            continue content
          default:
            break
          }
        }
        onlyDelimiterBytes = false
      }
      self.init(
        contentStart: index, end: end, leadingByte: lead, tabCount: tabCount,
        delimiterBytesOnly: onlyDelimiterBytes && hasDash)
    }

    /// Where the whole blocks of sixteen bytes from `start` that hold only the bytes
    /// a delimiter line holds (tab, space, `-`, `:`, `|`) end, reading no block that
    /// passes `end`, and whether those blocks hold a dash. The byte-by-byte reading
    /// of ``init(reading:from:end:tabCount:)`` would pass each of those bytes in turn,
    /// noting each dash, so it goes on from there with the same result: a delimiter
    /// line's bytes are read about ten times faster, and a line that is no delimiter
    /// line costs one block's test. `end` is at most the buffer's count, so no byte
    /// past the buffer is read.
    static func delimiterBlocksEnd(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> (
      end: Int, hasDash: Bool
    ) {
      typealias Vector = ByteBlock.Vector
      var index = start
      var dashes: UInt64 = 0
      // `index` stays within `start ... end`: no overflow.
      while end &- index >= 16 {
        let block = ByteBlock.loadVector(base, at: index)
        let dash = block .== Vector(repeating: 0x2D)
        let others =
          block .== Vector(repeating: 0x7C) .| block .== Vector(repeating: 0x20) .| block .== Vector(repeating: 0x3A)
          .| block .== Vector(repeating: 0x09)
        guard ByteBlock.bits(dash .| others) == 0xFFFF else { break }
        dashes |= ByteBlock.bits(dash)
        index &+= 16
      }
      return (index, dashes != 0)
    }

    /// Whether the line whose first eight bytes are `word` (byte `i` in bits
    /// `8 * i ..< 8 * i + 8`) has no leading space, is not blank, and cannot be a
    /// delimiter line: its first byte passes ``isPlainLead(_:)``, or it is a tab and the
    /// next byte fails ``mayBeDelimiterByte(_:)`` (that byte is other content, or the
    /// line end: a line of a tab alone has no dash). `false` says only that the line
    /// must be read byte by byte.
    @inlinable @inline(__always)
    static func startsPlainLine(_ word: UInt64) -> Bool {
      let first = UInt8(truncatingIfNeeded: word)
      return isPlainLead(first) || (first == 0x09 && !mayBeDelimiterByte(UInt8(truncatingIfNeeded: word &>> 8)))
    }

    /// Whether `byte`, as a line's first byte, is content that rules out a delimiter
    /// line: not a byte that may start a space (20, 0B, 0C, C2, E3, EF), not a line end
    /// (0A, 0D), and not one of the bytes a delimiter line holds (09, 20, 2D, 3A, 7C).
    ///
    /// One bit of a word indexed by the byte's low six bits, as in
    /// ``mayStartSpace(_:)``: it also turns away the bytes that share those bits with
    /// one of the listed (such as `<` or `#`), which the byte-by-byte
    /// reading then classifies exactly; digits and the CJK lead bytes E4–E9 pass.
    @inlinable @inline(__always)
    static func isPlainLead(_ byte: UInt8) -> Bool {
      let spaceStarts: UInt64 =
        1 << 0x20 | 1 << 0x0B | 1 << 0x0C | 1 << (0xC2 & 0x3F) | 1 << (0xE3 & 0x3F) | 1 << (0xEF & 0x3F)
      let others: UInt64 = 1 << 0x0A | 1 << 0x0D | 1 << 0x09 | 1 << 0x2D | 1 << 0x3A | 1 << (0x7C & 0x3F)
      return (spaceStarts | others) >> (byte & 0x3F) & 1 == 0
    }

    /// Adds the tabs from `start` to the line's end (the first line feed or carriage
    /// return before `limit`, or `limit`) to `tabs`, and returns that end.
    @usableFromInline
    static func countTabs(
      _ bytes: UnsafeBufferPointer<UInt8>,
      from start: Int,
      limit: Int,
      tabs: inout Int
    ) -> Int {
      var index = start
      if let base = bytes.baseAddress {
        // Tab (0x09), line feed (0x0A) and carriage return (0x0D) are all below 0x0E;
        // a block without such a byte is passed over whole: sixteen at a time as a
        // vector, whose comparison marks such bytes in its two halves, walked as two
        // words. `index` stays within `start ... limit` (the caller passes
        // `start <= limit`), so neither it nor the room left can overflow. (Testing
        // thirty-two bytes at a time as two vectors costs more: in a report's lines
        // most such runs hold a tab or a line end.)
        let bound = ByteBlock.Vector(repeating: 0x0E)
        while limit &- index >= 16 {
          let marks = ByteBlock.vector(ByteBlock.loadVector(base, at: index) .< bound)
          let halves = unsafeBitCast(marks, to: SIMD2<UInt64>.self)
          if halves[0] | halves[1] != 0 {
            if let end = walk(base, marked: halves[0] & ByteBlock.highBits, block: index, tabs: &tabs) { return end }
            if let end = walk(base, marked: halves[1] & ByteBlock.highBits, block: index &+ 8, tabs: &tabs) {
              return end
            }
          }
          index &+= 16
        }
        while limit &- index >= 8 {
          if let end = lineEnd(base, block: index, tabs: &tabs) { return end }
          index &+= 8
        }
      }
      while index < limit {
        let byte = bytes[index]
        if byte == 0x0A || byte == 0x0D { return index }
        if byte == 0x09 { tabs &+= 1 }
        index &+= 1
      }
      return index
    }

    /// Adds the tabs among the eight bytes at `index` to `tabs` up to the first line
    /// feed or carriage return among them, and returns that byte's offset; `nil` when
    /// the eight bytes hold no line end. The eight bytes must lie within the buffer;
    /// they are read as one word, each byte below 0x0E marked by its high bit.
    @inlinable @inline(__always)
    static func lineEnd(_ base: UnsafePointer<UInt8>, block index: Int, tabs: inout Int) -> Int? {
      walk(base, marked: ByteBlock.less(than: 0x0E, ByteBlock.load(base, at: index)), block: index, tabs: &tabs)
    }

    /// ``lineEnd(_:block:tabs:)`` for the eight bytes at `index` whose bytes below 0x0E
    /// are already marked in `found` (the high bit of byte `i` of the word set for the
    /// byte at `index + i`, no other bit): only the marked bytes are read.
    @inlinable @inline(__always)
    static func walk(_ base: UnsafePointer<UInt8>, marked found: UInt64, block index: Int, tabs: inout Int) -> Int? {
      var found = found
      while found != 0 {
        let at = index &+ found.trailingZeroBitCount &>> 3
        let byte = base[at]
        if byte == 0x0A || byte == 0x0D { return at }
        if byte == 0x09 { tabs &+= 1 }
        found &= found &- 1
      }
      return nil
    }

    /// Whether the line holds nothing but spaces (a tab is not a space).
    public var isBlank: Bool { blank }

    /// Whether the line holds a tab anywhere.
    public var containsTab: Bool { tabCount > 0 }

    /// Whether the line is a Markdown delimiter line such as `|---|:--:|`.
    public var isPipeDelimiter: Bool { firstByte == 0x7C && delimiterBytesOnly }

    /// Whether the line is a Markdown pipe row: its first non-space byte is `|` and it
    /// is not a delimiter line.
    public var isPipeRow: Bool { firstByte == 0x7C && !delimiterBytesOnly }

    /// Whether the line is one cell of a cell-per-line table: its first non-space byte
    /// is a tab and no other tab follows.
    public var isSingleCellTab: Bool { firstByte == 0x09 && tabCount == 1 }

    /// Whether the line is a tab-separated row: it holds a tab and is not a
    /// single-cell tab line.
    public var isMultiCellTab: Bool { tabCount > 0 && !isSingleCellTab }

    /// The byte width of the space at `index`, or 0 when the byte there starts
    /// something else.
    @inlinable @inline(__always)
    static func spaceWidth(
      _ bytes: UnsafeBufferPointer<UInt8>,
      at index: Int,
      limit: Int
    ) -> Int {
      switch bytes[index] {
      case 0x20, 0x0B, 0x0C:
        return 1
      case 0xC2:
        return index + 1 < limit && bytes[index + 1] == 0xA0 ? 2 : 0
      case 0xE3:
        return index + 2 < limit && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
      case 0xEF:
        return index + 2 < limit && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF ? 3 : 0
      default:
        return 0
      }
    }

    /// Whether `byte` may start a space (see ``Shape``): 20, 0B, 0C, or the lead byte
    /// of U+00A0 (C2), U+3000 (E3) or U+FEFF (EF).
    ///
    /// The first test is one bit of a word, indexed by the byte's low six bits: it
    /// turns away the tab, `|`, digits and the CJK lead bytes E4–E9 that start most
    /// lines; only the bytes that share their low six bits with a space (such as E3)
    /// are compared one by one.
    @inlinable @inline(__always)
    static func mayStartSpace(_ byte: UInt8) -> Bool {
      let lowBits: UInt64 =
        1 << 0x20 | 1 << 0x0B | 1 << 0x0C | 1 << (0xC2 & 0x3F) | 1 << (0xE3 & 0x3F) | 1 << (0xEF & 0x3F)
      guard lowBits >> (byte & 0x3F) & 1 != 0 else { return false }
      return byte == 0x20 || byte == 0x0B || byte == 0x0C || byte == 0xC2 || byte == 0xE3 || byte == 0xEF
    }

    /// Whether `byte` may stand in a delimiter line (tab, space, `-`, `:` or `|`), as
    /// far as one bit of a word indexed by its low six bits tells: `false` for every
    /// other byte but the few that share those bits with one of the five (such as `<`
    /// and `I`), so the exact test is needed only after a `true`. It turns away digits
    /// and CJK bytes, which end the delimiter test of nearly every line, at once.
    @inlinable @inline(__always)
    static func mayBeDelimiterByte(_ byte: UInt8) -> Bool {
      let lowBits: UInt64 = 1 << 0x09 | 1 << 0x20 | 1 << 0x2D | 1 << 0x3A | 1 << (0x7C & 0x3F)
      return lowBits >> (byte & 0x3F) & 1 != 0
    }
  }
}

extension SourceText {
  /// Calls `body` once for every line, in order, with the line's ``LineShapeCensus/Shape``:
  /// ``forEachLine(_:)`` and `Shape(buffer, range)` in one pass over the bytes.
  ///
  /// - Parameter body: receives the 1-based line number, the byte range of the line's
  ///   content in ``bytes`` without its line terminator, the line's shape, and the
  ///   bytes themselves.
  ///
  /// The lines go one by one: ``forEachLineShape(runsOf:run:otherwise:)`` with no
  /// line in a run.
  @inlinable
  package func forEachLineShape(
    _ body: (
      _ line: Int, _ range: Range<Int>, _ shape: LineShapeCensus.Shape, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Void
  ) {
    forEachLineShape(runsOf: { _ in false }, run: { _, _, _, _, _ in }, otherwise: body)
  }

  /// ``forEachLineShape(_:)``, except that the lines `isRunLine` accepts go to `run`,
  /// a whole run of consecutive such lines at a time, instead of to `body`: an
  /// adapter whose lines of one kind each add one cell (a cell-per-line table) or one
  /// row (a tab-separated table) then adds a run's cells or rows in one step, not
  /// line by line.
  ///
  /// Among the lines whose shapes the census kept, a run is every consecutive line
  /// `isRunLine` accepts, handed on as the kept shapes themselves (no copy, no line
  /// ranges: a line after the first starts past the terminator of the one before).
  /// Lines scanned here (not kept) are handed on one at a time, a run of one. So a
  /// run never spans the end of the kept shapes: an adapter must treat two runs in a
  /// row as one run split in two, which it does when a run adds what its lines would
  /// add one by one.
  ///
  /// - Parameters:
  ///   - isRunLine: whether a line, by its shape, belongs in a run.
  ///   - run: receives the 1-based line number of the run's first line, that line's
  ///     start in ``bytes``, the shapes of the run's lines, in order (never empty;
  ///     valid only during the call), the kept shape of the line after the run when
  ///     the census kept that line too (`nil` for a run of a line scanned here, or
  ///     one that ends the kept shapes; never a run line), and the bytes.
  ///   - body: receives every other line as ``forEachLineShape(_:)`` hands it on.
  ///
  /// Always inlined, with the three closures, into the adapter: called through, they
  /// would cost more than the runs save.
  @inlinable @inline(__always)
  package func forEachLineShape(
    runsOf isRunLine: (_ shape: LineShapeCensus.Shape) -> Bool,
    run: (
      _ firstLine: Int, _ start: Int, _ shapes: UnsafeBufferPointer<LineShapeCensus.Shape>,
      _ next: LineShapeCensus.Shape?, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Void,
    otherwise body: (
      _ line: Int, _ range: Range<Int>, _ shape: LineShapeCensus.Shape, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Void
  ) {
    let lineFeedsOnly = endsLinesWithLineFeedsOnly
    bytes.withUnsafeBufferPointer { buffer in
      let count = buffer.count
      var start = 0
      var line = 1
      // Moves from the line that ends at `end` to the start of the next line, past
      // the terminator (one byte when the text holds no carriage return); `false`
      // when that line ends the text.
      func moveOn(after end: Int) -> Bool {
        guard end < count else { return false }
        line &+= 1
        start = lineFeedsOnly ? end &+ 1 : Self.lineStart(after: end, in: buffer)
        return true
      }
      // The first lines' shapes, when the census that chose the layout kept them:
      // the same shapes the scan below would find, handed on without scanning.
      let ended = lineShapes.shapes.withUnsafeBufferPointer { shapes -> Bool in
        var index = 0
        while index < shapes.count {
          let shape = shapes[index]
          guard isRunLine(shape) else {
            body(line, start..<shape.end, shape, buffer)
            index &+= 1
            guard moveOn(after: shape.end) else { return true }
            continue
          }
          var last = index
          while last &+ 1 < shapes.count, isRunLine(shapes[last &+ 1]) { last &+= 1 }
          run(
            line, start, UnsafeBufferPointer(rebasing: shapes[index...last]),
            last &+ 1 < shapes.count ? shapes[last &+ 1] : nil, buffer)
          // Every line of the run but the last ends before the text does (a kept
          // line follows it), so only the last one's end is tested.
          line &+= last &- index
          index = last &+ 1
          guard moveOn(after: shapes[last].end) else { return true }
        }
        return false
      }
      guard !ended else { return }
      // A shape read up to the end of the buffer ends at the line's terminator, and
      // is the shape of the line's range: a space is never a line end, nor part of one.
      while start < count {
        let shape = LineShapeCensus.Shape(scanning: buffer, from: start, limit: count)
        if isRunLine(shape) {
          withUnsafePointer(to: shape) { run(line, start, UnsafeBufferPointer(start: $0, count: 1), nil, buffer) }
        } else {
          body(line, start..<shape.end, shape, buffer)
        }
        guard moveOn(after: shape.end) else { return }
      }
    }
  }
}

/// The shapes of a text's first lines, in order, as a ``LineShapeCensus`` read them
/// for layout detection, kept in the ``SourceText`` handed to the chosen adapter.
@usableFromInline package struct LineShapes: Sendable {
  /// Whether a census keeps the shapes it reads here (replacing any kept before).
  package var isRecording: Bool
  /// The shapes of lines 1, 2, …: every line the census read whole.
  @usableFromInline package var shapes: [LineShapeCensus.Shape] = []

  /// No shapes; a census given this list fills it only if `recording`.
  package init(recording: Bool) {
    self.isRecording = recording
  }
}
