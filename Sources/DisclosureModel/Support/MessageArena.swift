/// The variable parts ("pieces") of one report's diagnostic messages, kept in one
/// buffer that the report's diagnostics share, so that a message is written only
/// when it is read (``Diagnostic/message``).
///
/// A damaged report makes a few dozen diagnostics, and most callers never read
/// their messages. Made eagerly, each message was a `String` of its own: written
/// twice (counted, then copied), allocated, and freed with the report, some 1,500
/// instructions a message. A diagnostic now keeps a template
/// (``MessageTemplate``), its key and line, and, when its message has parts that
/// are neither (a row's label, a reason, a second key), where those pieces start
/// in the report's arena. The arena is one `String` for the whole report: one
/// allocation, retained once by each diagnostic that has pieces. It holds copies of
/// the pieces only, never a reference to the report's source text, so keeping a
/// report does not keep its source alive.
///
/// Layout: each piece is its length, written in base 64 as ASCII bytes (six bits
/// a byte, lowest first; a byte with `0x40` set is followed by another), then its
/// UTF-8 bytes. A piece is a string's bytes or decimal digits, and the lengths are
/// ASCII, so the whole arena is valid UTF-8 by construction and becomes a `String`
/// without being validated (``ValidText/string(knownValid:)``). A length of any
/// size can be written, so no piece is ever cut; a length may take more bytes than
/// it needs, its last ones 0 (``appendPiece(upTo:_:)`` always writes two).
struct MessageArena {
  /// What a room of the arena's memory keeps in front of its bytes: how many bytes
  /// it has room for, and where the bytes written into it end (``mark``).
  ///
  /// The bytes of a room are shared by every copy of the arena that was made from
  /// it, and a byte, once written below the mark, is never written again: an arena
  /// writes in place only where its own bytes end at the mark (it wrote last, and no
  /// copy wrote after it), and moves the mark past what it writes; any other arena
  /// (a copy that another copy wrote past, or one that dropped bytes) first takes
  /// memory of its own (``grow(for:)``). So each copy keeps the bytes it had, with
  /// no reference count to test, and memory lent by a caller (``init(room:)``),
  /// which has none, is shared as safely as memory of the arena's own.
  struct Header {
    /// The bytes the room has room for.
    var capacity: Int
    /// Where the bytes written into the room so far end.
    var mark: Int
  }

  /// Memory of the arena's own: its header and its bytes in one allocation.
  private typealias Storage = ManagedBuffer<Header, UInt8>

  /// The memory of the arena's own, `nil` while it has none (before the first
  /// piece, or while it writes into room lent by its caller). Kept only to keep the
  /// memory alive: the arena reaches it through ``header`` and ``base``.
  private var storage: Storage?

  /// The header of the room written into (``Header``): in ``storage``, or at the
  /// start of the room lent (``init(room:)``); `nil` until there is one.
  private var header: UnsafeMutablePointer<Header>?

  /// The room's first byte (`nil` with ``header``): kept beside the memory rather
  /// than found from it at each piece, set with ``header`` by this arena's own code
  /// alone (``init(room:)``, ``grow(for:)``).
  private var base: UnsafeMutablePointer<UInt8>?

  /// The bytes written.
  private var count = 0

  /// The bytes reserved at the first piece when no room was lent: with the buffer's
  /// header, about 1,024 bytes, the largest allocation that glibc serves from its
  /// per-thread cache.
  static let initialCapacity = 976

  /// The bytes of room that ``roomByteCount`` lends: a damaged report's pieces
  /// nearly always fit.
  static let lentCapacity = 2_032

  /// How many bytes of room ``init(room:)`` takes: a header and ``lentCapacity``
  /// bytes.
  static var roomByteCount: Int { MemoryLayout<Header>.stride + lentCapacity }

  /// The alignment that room lent to ``init(room:)`` must have.
  static var roomAlignment: Int { MemoryLayout<Header>.alignment }

  /// An empty arena, which takes memory of its own at the first piece.
  init() {}

  /// An empty arena that writes its first pieces into `room` when given: memory
  /// bound to nothing else, aligned to ``roomAlignment``, at least a header's
  /// bytes (a room too small is not used, and the arena allocates as ``init()``'s
  /// does), and valid for as long as the arena and every copy of it are used (the
  /// report's ``FieldAssembler`` lends a part of the room that its run lends it,
  /// and keeps its arena to itself). Lent, the room saves the first piece's
  /// allocation and its freeing; pieces past it move to memory of the arena's own.
  init(room: UnsafeMutableRawBufferPointer?) {
    let headerSize = MemoryLayout<Header>.stride
    guard let room, let start = room.baseAddress, room.count > headerSize,
      Int(bitPattern: start) % Self.roomAlignment == 0
    else { return }
    let lentHeader = start.bindMemory(to: Header.self, capacity: 1)
    lentHeader.initialize(to: Header(capacity: room.count - headerSize, mark: 0))
    header = lentHeader
    base = (start + headerSize).bindMemory(to: UInt8.self, capacity: room.count - headerSize)
  }

  /// The pieces written so far (a copy, for tests).
  var bytes: [UInt8] { withBytes { Array($0) } }

  /// Calls `body` with the pieces written so far.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    try withExtendedLifetime(storage) { try body(UnsafeBufferPointer(start: base, count: count)) }
  }

  /// Where the next pieces will start.
  var end: Int { count }

  /// Whether no piece was written.
  var isEmpty: Bool { count == 0 }

  /// The room for `needed` more bytes (not negative) past the end, where this arena
  /// may write (see ``Header``), made first if need be. Bytes written there are the
  /// arena's once ``commit(_:)`` moves its end past them.
  @inline(__always)
  private mutating func room(for needed: Int) -> UnsafeMutablePointer<UInt8> {
    if let header, let base, header.pointee.mark == count, needed <= header.pointee.capacity &- count {
      return base + count
    }
    return grow(for: needed)
  }

  /// Moves the end to `newCount`, past bytes written into the room that
  /// ``room(for:)`` gave, and the room's mark with it.
  @inline(__always)
  private mutating func commit(_ newCount: Int) {
    count = newCount
    header?.pointee.mark = newCount
  }

  /// Takes as the arena's new memory, of its own, with its bytes and room for
  /// `needed` more (not negative), returning the room. Never inlined: the first
  /// piece without room lent, and a few more a very damaged report.
  @inline(never)
  private mutating func grow(for needed: Int) -> UnsafeMutablePointer<UInt8> {
    let (total, overflow) = count.addingReportingOverflow(needed)
    let wanted = overflow ? Int.max : max(Self.initialCapacity, total, count < Int.max / 2 ? 2 * count : Int.max)
    let made = Storage.create(minimumCapacity: wanted) { _ in Header(capacity: wanted, mark: count) }
    let elements = made.withUnsafeMutablePointerToElements { $0 }
    withBytes { bytes in
      if let source = bytes.baseAddress, bytes.count > 0 { elements.update(from: source, count: bytes.count) }
    }
    storage = made
    header = made.withUnsafeMutablePointerToHeader { $0 }
    base = elements
    return elements + count
  }

  /// Appends `text` as one piece: a native string's bytes read where they are,
  /// with no copy of the string (retained, then released) to read them from.
  mutating func append(_ text: String) {
    let appended: Void? = text.utf8.withContiguousStorageIfAvailable { append($0) }
    guard appended == nil else { return }
    var text = text
    text.withUTF8 { append($0) }
  }

  /// Appends `number` in decimal as one piece (as `String(number)` writes it),
  /// written straight into the room past its length's one byte: at most twenty
  /// digits and a sign.
  mutating func append(_ number: Int) {
    let digits = MessageText.Digits(number)
    let length = digits.count
    let target = room(for: 1 + length)
    var writer = MessageText.Writer(output: UnsafeMutableBufferPointer(start: target + 1, count: length))
    writer.put(digits)
    guard writer.count == length else { return }
    target[0] = UInt8(truncatingIfNeeded: length)
    commit(count + 1 + length)
  }

  /// Appends `piece`, which must be valid UTF-8 (the bytes of a string, or ASCII).
  mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
    let length = piece.count
    let lengthSize = Self.lengthSize(length)
    let target = room(for: lengthSize + length)
    let written = Self.putLength(length, size: lengthSize, at: target)
    if length > 0, let source = piece.baseAddress { (target + written).update(from: source, count: length) }
    commit(count + written + length)
  }

  /// Appends one piece of `length` bytes (not negative) written by `body` into the
  /// room given (exactly `length` bytes), past the piece's length, if `body` returns
  /// true; else appends nothing. The bytes `body` writes must be valid UTF-8 (see
  /// ``MessageArena``).
  @inline(__always)
  mutating func appendPiece(length: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Bool) {
    let lengthSize = Self.lengthSize(length)
    let target = room(for: lengthSize + length)
    let written = Self.putLength(length, size: lengthSize, at: target)
    guard written == lengthSize, body(UnsafeMutableBufferPointer(start: target + written, count: length)) else {
      return
    }
    commit(count + written + length)
  }

  /// The most bytes a piece appended by ``appendPiece(upTo:_:)`` may take.
  static let largestUnsizedPiece = 4_095

  /// Appends one piece of at most `maximum` bytes (at most
  /// ``largestUnsizedPiece``), not sized first: `body` writes it from the start of
  /// the room given (`maximum` bytes) and returns how many bytes it wrote, or a
  /// number outside `0...maximum` to append nothing. The bytes `body` writes must be
  /// valid UTF-8 (see ``MessageArena``).
  ///
  /// The piece is written past a length of two bytes, whatever its length (one of
  /// less than 64 bytes with its second byte 0, which ``Pieces`` reads the same), so
  /// that its bytes are never moved once written.
  @inline(__always)
  mutating func appendPiece(upTo maximum: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int) {
    guard maximum >= 0, maximum <= Self.largestUnsizedPiece else { return }
    let target = room(for: maximum + 2)
    let length = body(UnsafeMutableBufferPointer(start: target + 2, count: maximum))
    guard length >= 0, length <= maximum else { return }
    // At most 4,095: six bits, then the six above them, with no third byte.
    target[0] = UInt8(truncatingIfNeeded: length & 0x3F) | 0x40
    target[1] = UInt8(truncatingIfNeeded: length >> 6)
    commit(count + 2 + length)
  }

  /// Writes a piece's length, `length` (not negative), whose ``lengthSize(_:)`` is
  /// `size`, at `target` (room for `size` bytes), returning `size`: the common
  /// sizes, one byte or two, written in line.
  @inline(__always)
  private static func putLength(_ length: Int, size: Int, at target: UnsafeMutablePointer<UInt8>) -> Int {
    if size == 1 {
      target[0] = UInt8(truncatingIfNeeded: length)
    } else if size == 2 {
      target[0] = UInt8(truncatingIfNeeded: length & 0x3F) | 0x40
      target[1] = UInt8(truncatingIfNeeded: length >> 6)
    } else {
      return writeLength(length, into: UnsafeMutableBufferPointer(start: target, count: size), at: 0)
    }
    return size
  }

  /// How many bytes a piece's length, `length` (not negative), takes in the arena:
  /// one for each six bits, at least one (see ``MessageArena``).
  static func lengthSize(_ length: Int) -> Int {
    var size = 1
    var length = length
    while length >= 0x40 {
      size += 1
      length >>= 6
    }
    return size
  }

  /// Writes a piece's length, `length` (not negative), as the arena writes it (see
  /// ``MessageArena``), into `buffer` from `offset`, returning how many bytes it
  /// took (``lengthSize(_:)``), or writing nothing and returning 0 if they do not
  /// fit: so that a piece made of pieces (``RowLabelPiece``) is written as one
  /// piece (``appendPiece(length:_:)``).
  static func writeLength(_ length: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
    let size = lengthSize(length)
    guard offset >= 0, size <= buffer.count - offset else { return 0 }
    var length = length
    for index in offset..<offset + size - 1 {
      buffer[index] = UInt8(truncatingIfNeeded: length & 0x3F) | 0x40
      length >>= 6
    }
    buffer[offset + size - 1] = UInt8(truncatingIfNeeded: length)
    return size
  }

  /// Appends a copy of the piece that starts at `start` (an offset that
  /// ``end`` gave before that piece was written), as ``append(_:)-(UnsafeBufferPointer<UInt8>)``
  /// would append its bytes: a message that repeats a piece already in the arena
  /// (a row's label, for a second message about the row) copies it from here
  /// instead of having it made again. A `start` outside the arena appends an empty
  /// piece.
  mutating func appendCopy(ofPieceAt start: Int) {
    // Where the piece's bytes lie, read as ``Pieces`` reads them (so never past the end).
    let (offset, count) = withBytes { arena -> (Int, Int) in
      guard start >= 0, start < arena.count, let base = arena.baseAddress else { return (0, 0) }
      var pieces = Pieces(arena, from: start)
      let piece = pieces.next()
      guard let pieceBase = piece.baseAddress else { return (0, 0) }
      return (pieceBase - base, piece.count)
    }
    // Its length first, then its bytes, copied from the earlier copy in the same
    // memory once it has room (the two never overlap: the room is past the end).
    let lengthSize = Self.lengthSize(count)
    let target = room(for: lengthSize + count)
    let written = Self.putLength(count, size: lengthSize, at: target)
    guard let base, offset >= 0, offset + count <= self.count else { return }
    if count > 0 { (target + written).update(from: base + offset, count: count) }
    commit(self.count + written + count)
  }

  /// Drops the bytes from `start` on (pieces written for a message that was then
  /// made at once instead, ``FieldAssembler``'s fallback for an arena past 4 GiB).
  mutating func removeAll(from start: Int) {
    // Only this arena's count: its end is then below the room's mark, so the next
    // piece takes memory of the arena's own (``room(for:)``), and a copy that kept
    // the bytes dropped keeps them.
    guard start >= 0, start < count else { return }
    count = start
  }

  /// The arena as the string the diagnostics keep: its bytes are valid UTF-8 by
  /// construction (see ``MessageArena``).
  func string() -> String {
    withBytes { ValidText.string(knownValid: $0) }
  }

  /// Reads the pieces of an arena, in order, from a given offset.
  ///
  /// Every read is checked against the arena's end: a length or piece that runs
  /// past it (which an arena made by ``MessageArena`` never has) gives the bytes up
  /// to the end, or none, rather than reading beyond.
  struct Pieces {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
      self.bytes = bytes
      self.position = max(0, start)
    }

    /// Whether every piece was read: ``next()`` would give an empty piece.
    var isAtEnd: Bool { position >= bytes.count }

    /// The next piece (empty once the arena ends).
    mutating func next() -> UnsafeBufferPointer<UInt8> {
      UnsafeBufferPointer(rebasing: bytes[nextBounds()])
    }

    /// Where the next piece lies, as offsets into the arena's bytes (an empty
    /// range at the end once the arena ends).
    mutating func nextBounds() -> Range<Int> {
      var length = 0
      var shift = 0
      while position < bytes.count {
        let byte = bytes[position]
        position += 1
        // Beyond ten groups a length would pass 2^60: never written, so stop.
        if shift < 60 { length |= Int(byte & 0x3F) << shift }
        shift += 6
        if byte & 0x40 == 0 { break }
      }
      let start = min(position, bytes.count)
      let end = start + min(length, bytes.count - start)
      position = end
      return start..<end
    }
  }
}
