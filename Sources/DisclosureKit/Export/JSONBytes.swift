/// Bytes written through a pointer, into a caller's room (the uninitialized memory
/// of a byte array's new capacity) until it is full, then into memory of their own,
/// which grows (doubling) when a write needs more room: each write of a known size
/// makes room once and stores its bytes, with no check of an `Array`'s capacity and
/// uniqueness for each piece. ``finish(rest:)`` or ``copy(to:)`` hands them to a
/// byte array. Noncopyable, so that its memory has one owner, which frees it.
struct JSONBytes: ~Copyable {
  /// The memory written to: ``count`` bytes written, then room for ``capacity`` in
  /// all.
  private var base: UnsafeMutablePointer<UInt8>
  /// How many bytes ``base`` has room for.
  private var capacity: Int
  /// How many bytes are written at ``base``.
  private var count = 0
  /// Whether ``base`` is memory of its own, which it frees; else the caller's room.
  private var ownsMemory: Bool
  /// How many bytes were written into the caller's room before the writing moved to
  /// memory of its own; 0 while it is in the room, or when it never was.
  private var bytesInRoom = 0

  /// The sixteen lowercase hex digits of a `\u00xx` escape.
  private static let hexDigits: StaticString = "0123456789abcdef"

  /// Empty bytes in memory of their own, with room for `capacity` (at least 64)
  /// before they first grow.
  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
    ownsMemory = true
  }

  /// Empty bytes written into `room`, which the caller owns and keeps valid while
  /// these bytes live, until it is full; then into memory of their own.
  init(room: UnsafeMutableBufferPointer<UInt8>) {
    if let start = room.baseAddress {
      base = start
      capacity = room.count
      ownsMemory = false
    } else {
      capacity = 64
      base = .allocate(capacity: capacity)
      ownsMemory = true
    }
  }

  deinit {
    if ownsMemory { base.deallocate() }
  }

  /// Makes room for `extra` more bytes and returns where the first of them goes; the
  /// caller writes at most `extra` bytes there and adds what it wrote to ``count``.
  @inline(__always)
  private mutating func room(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
    if capacity &- count < extra { grow(extra) }
    return base + count
  }

  /// Makes room for `extra` more bytes: when writing into the caller's room, by
  /// leaving what it holds there and going on in memory of its own (room for twice
  /// `extra`, at least 4,096 bytes); else by moving the bytes to memory with twice
  /// the capacity, or more if `extra` needs it.
  @inline(never)
  private mutating func grow(_ extra: Int) {
    if !ownsMemory {
      bytesInRoom = count
      capacity = max(4096, 2 * extra)
      base = .allocate(capacity: capacity)
      count = 0
      ownsMemory = true
      return
    }
    let newCapacity = max(capacity * 2, count + extra)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.initialize(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  /// Appends one byte.
  @inline(__always)
  mutating func append(_ byte: UInt8) {
    room(1).pointee = byte
    count &+= 1
  }

  /// Appends the bytes of `bytes`.
  @inline(__always)
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let start = bytes.baseAddress else { return }
    room(bytes.count).update(from: start, count: bytes.count)
    count &+= bytes.count
  }

  /// Appends the bytes of a literal written in the source, copied as they are
  /// (inlined, so that the copy of a short literal is a few stores).
  @inline(__always)
  mutating func appendASCII(_ text: StaticString) {
    append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends the decimal digits of `value`, with a leading `-` when it is negative
  /// (`-417`, `-9223372036854775808`), as `JSONEncoder` writes an `Int`.
  @inline(__always)
  mutating func appendDecimal(_ value: Int) {
    write(atMost: Cursor.decimalLimit) { $0.putDecimal(value) }
  }

  /// Makes room for `limit` more bytes and lets `body` write at most that many
  /// through a cursor, with no check of its own: each caller's `limit` is the most
  /// its writes can take, worked out from the lengths it writes (never from the
  /// values of the input).
  @inline(__always)
  mutating func write(atMost limit: Int, _ body: (inout Cursor) -> Void) {
    let start = room(limit)
    var cursor = Cursor(position: start)
    body(&cursor)
    count &+= cursor.position - start
  }

  /// Where the next byte of a ``write(atMost:_:)`` goes, and the writes it makes.
  struct Cursor {
    /// The most bytes ``putDecimal(_:)`` writes: a sign and 19 digits.
    static let decimalLimit = DecimalDigits.limit
    /// How many bytes ``putPadded(_:count:)`` may write past `count`.
    static let padding = 15

    /// Where the next byte goes.
    var position: UnsafeMutablePointer<UInt8>

    /// Writes one byte.
    @inline(__always)
    mutating func put(_ byte: UInt8) {
      position.pointee = byte
      position += 1
    }

    /// Writes the bytes of a literal written in the source (a few stores once
    /// inlined, its length being known).
    @inline(__always)
    mutating func put(_ text: StaticString) {
      position.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
      position += text.utf8CodeUnitCount
    }

    /// Writes `count` bytes from `source` sixteen at a time (one vector load and
    /// store each), so that it may write (and read) up to ``padding`` bytes more,
    /// which the next write overwrites: only for a source with at least that many
    /// readable bytes after the `count` (the layouts' padded texts).
    @inline(__always)
    mutating func putPadded(_ source: UnsafePointer<UInt8>, count: Int) {
      let from = UnsafeRawPointer(source)
      let to = UnsafeMutableRawPointer(position)
      var offset = 0
      while offset < count {
        to.storeBytes(
          of: from.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self), toByteOffset: offset,
          as: SIMD16<UInt8>.self)
        offset &+= 16
      }
      position += count
    }

    /// The most bytes ``putSource(line:cell:)`` writes: `{"cell":`, a number,
    /// `,"line":`, a number and `}`.
    static let sourceLimit = 17 + 2 * decimalLimit

    /// Writes a source: `{"cell":…,"line":…}`, without `cell` when it is `nil`, as
    /// `JSONEncoder` writes a ``SourceLocation``: at most ``sourceLimit`` bytes.
    @inline(__always)
    mutating func putSource(line: Int, cell: Int?) {
      if let cell {
        put("{\"cell\":")
        putDecimal(cell)
        put(",\"line\":")
      } else {
        put("{\"line\":")
      }
      putDecimal(line)
      put(ReportJSONWriter.closingBrace)
    }

    /// Writes the decimal digits of `value`, with a leading `-` when it is negative
    /// (`-417`, `-9223372036854775808`): at most ``decimalLimit`` bytes
    /// (``DecimalDigits/write(_:at:)``).
    @inline(__always)
    mutating func putDecimal(_ value: Int) {
      var digits = DecimalDigits(position: position)
      digits.put(value)
      position = digits.position
    }
  }

  /// Appends `text` as a JSON string, quotes included, escaped as
  /// ``ReportJSONWriter``'s documentation says: read in place when its UTF-8 is
  /// stored contiguously (as a native string's is), else from a copy.
  mutating func appendString(_ text: String) {
    append(ReportJSONWriter.quote)
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
    if done == nil {
      var text = text
      text.withUTF8 { appendEscaped($0) }
    }
    append(ReportJSONWriter.quote)
  }

  /// Appends UTF-8 bytes as the inside of a JSON string: runs of bytes that need
  /// no escape are copied at once. Sixteen bytes are tested at a time
  /// (``needsEscape(_:_:)``), then eight, until a group has a byte to escape, which
  /// the byte-at-a-time loop then finds.
  mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    let raw = UnsafeRawPointer(base)
    var start = 0
    var index = 0
    let count = bytes.count
    while index < count {
      if count &- index >= 16,
        !Self.needsEscape(
          raw.loadUnaligned(fromByteOffset: index, as: UInt64.self),
          raw.loadUnaligned(fromByteOffset: index &+ 8, as: UInt64.self))
      {
        index &+= 16
        continue
      }
      if count &- index >= 8,
        Self.escapeBits(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & 0x8080_8080_8080_8080 == 0
      {
        index &+= 8
        continue
      }
      let byte = base[index]
      // Every byte from 0x20 up, except `"` and `\`, stands for itself; so does
      // every byte of a multi-byte UTF-8 sequence (0x80 and up).
      if byte >= 0x20 && byte != ReportJSONWriter.quote && byte != ReportJSONWriter.backslash {
        index &+= 1
        continue
      }
      if start < index { append(UnsafeBufferPointer(start: base + start, count: index &- start)) }
      appendEscape(byte)
      index &+= 1
      start = index
    }
    if start < count { append(UnsafeBufferPointer(start: base + start, count: count &- start)) }
  }

  /// Whether one of the sixteen bytes of two words is below 0x20, `"` or `\`: a byte
  /// below `n` (at most 0x80) makes `byte - n` borrow into its high bit while its
  /// own high bit is clear, and a byte equal to `c` is one below 1 in `word ^ c`.
  /// (A borrow can set a later byte's bit too, but only after a byte that has one
  /// itself, so the answer is exact.)
  @inline(__always)
  private static func needsEscape(_ first: UInt64, _ second: UInt64) -> Bool {
    (escapeBits(first) | escapeBits(second)) & 0x8080_8080_8080_8080 != 0
  }

  /// The bits of ``needsEscape(_:_:)`` for one word: a high bit set for a byte to
  /// escape (and maybe after one).
  @inline(__always)
  private static func escapeBits(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let quotes = word ^ (ones &* UInt64(ReportJSONWriter.quote))
    let backslashes = word ^ (ones &* UInt64(ReportJSONWriter.backslash))
    let control = (word &- ones &* 0x20) & ~word
    let quote = (quotes &- ones) & ~quotes
    let backslash = (backslashes &- ones) & ~backslashes
    return control | quote | backslash
  }

  /// Appends the escape of `byte`, a `"`, a `\` or a byte below 0x20.
  private mutating func appendEscape(_ byte: UInt8) {
    append(ReportJSONWriter.backslash)
    switch byte {
    case ReportJSONWriter.quote: append(ReportJSONWriter.quote)
    case ReportJSONWriter.backslash: append(ReportJSONWriter.backslash)
    case 0x08: append(0x62)  // b
    case 0x09: append(0x74)  // t
    case 0x0A: append(0x6E)  // n
    case 0x0C: append(0x66)  // f
    case 0x0D: append(0x72)  // r
    default:
      // u00 and two lowercase hex digits.
      appendASCII("u00")
      let digits = Self.hexDigits.utf8Start
      append(digits[Int(byte >> 4)])
      append(digits[Int(byte & 0x0F)])
    }
  }

  /// Appends the bytes written to `buffer`, in one copy (bytes made with
  /// ``init(capacity:)``, which has no room of the caller's).
  func copy(to buffer: inout [UInt8]) {
    buffer.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
  }

  /// Ends bytes made with ``init(room:)``: returns how many were written into the
  /// caller's room, and appends to `rest` those written after it was full.
  consuming func finish(rest: inout [UInt8]) -> Int {
    guard ownsMemory else { return count }
    rest.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
    return bytesInRoom
  }
}
