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
/// size can be written, so no piece is ever cut.
struct MessageArena {
  /// The pieces written so far.
  private(set) var bytes: [UInt8] = []

  /// The bytes reserved at the first piece: with the array's header, 1,024 bytes,
  /// the largest allocation that glibc serves from its per-thread cache.
  static let initialCapacity = 992

  /// Where the next pieces will start.
  var end: Int { bytes.count }

  /// Whether no piece was written.
  var isEmpty: Bool { bytes.isEmpty }

  /// Appends `text` as one piece.
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// Appends `number` in decimal as one piece (as `String(number)` writes it).
  mutating func append(_ number: Int) {
    let digits = MessageText.Digits(number)
    // At most twenty digits and a sign: written on the stack, then as a piece.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { buffer in
      var writer = MessageText.Writer(output: buffer)
      writer.put(digits)
      append(UnsafeBufferPointer(rebasing: buffer[..<writer.count]))
    }
  }

  /// Appends `piece`, which must be valid UTF-8 (the bytes of a string, or ASCII).
  mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
    appendLength(piece.count)
    bytes.append(contentsOf: piece)
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
  /// fit: so that a piece made of pieces (``RowLabelPiece``) is written in a buffer
  /// of the caller's and appended as one piece.
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

  /// Appends a piece's length, `length` (not negative), in base 64 (see
  /// ``MessageArena``).
  private mutating func appendLength(_ length: Int) {
    // Room for a damaged report's pieces (a few hundred bytes) at the first: grown
    // from nothing, the arena was copied four or five times.
    if bytes.capacity == 0 { bytes.reserveCapacity(Self.initialCapacity) }
    var length = length
    while length >= 0x40 {
      bytes.append(UInt8(truncatingIfNeeded: length & 0x3F) | 0x40)
      length >>= 6
    }
    bytes.append(UInt8(truncatingIfNeeded: length))
  }

  /// Appends a copy of the piece that starts at `start` (an offset that
  /// ``end`` gave before that piece was written), as ``append(_:)-(UnsafeBufferPointer<UInt8>)``
  /// would append its bytes: a message that repeats a piece already in the arena
  /// (a row's label, for a second message about the row) copies it from here
  /// instead of having it made again. A `start` outside the arena appends an empty
  /// piece.
  mutating func appendCopy(ofPieceAt start: Int) {
    // Where the piece's bytes lie, read as ``Pieces`` reads them (so never past the end).
    let (offset, count) = bytes.withUnsafeBufferPointer { arena -> (Int, Int) in
      guard start >= 0, start < arena.count, let base = arena.baseAddress else { return (0, 0) }
      var pieces = Pieces(arena, from: start)
      let piece = pieces.next()
      guard let pieceBase = piece.baseAddress else { return (0, 0) }
      return (pieceBase - base, piece.count)
    }
    // Its length first, then room for its bytes, filled from the earlier copy (the
    // two never overlap: the room is past the arena's former end).
    appendLength(count)
    guard count > 0 else { return }
    let target = bytes.count
    bytes.append(contentsOf: repeatElement(0, count: count))
    bytes.withUnsafeMutableBufferPointer { arena in
      guard let base = arena.baseAddress, offset + count <= target, target + count <= arena.count else { return }
      (base + target).update(from: base + offset, count: count)
    }
  }

  /// Drops the bytes from `start` on (pieces written for a message that was then
  /// made at once instead, ``FieldAssembler``'s fallback for an arena past 4 GiB).
  mutating func removeAll(from start: Int) {
    guard start >= 0, start < bytes.count else { return }
    bytes.removeSubrange(start...)
  }

  /// The arena as the string the diagnostics keep: its bytes are valid UTF-8 by
  /// construction (see ``MessageArena``).
  func string() -> String {
    bytes.withUnsafeBufferPointer { ValidText.string(knownValid: $0) }
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
