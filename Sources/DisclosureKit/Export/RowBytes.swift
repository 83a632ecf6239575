/// The bytes of one CSV record gathered in a block of scratch memory, which
/// ``CSVTableWriter`` copies into its output buffer when the block fills and when the
/// record ends: each byte is then one store, where `Array.append` tests the array's
/// uniqueness and capacity for every call.
///
/// Every write makes sure of its room first: the `append` methods flush the block
/// into the output buffer when it lacks the room, and the `appendReserved` methods
/// are for bytes whose room a ``reserve(_:to:)`` just made sure of (a comma and an
/// integer take at most ``decimalRoom`` + 1 bytes). A field too long for the block
/// goes straight into the output buffer.
struct RowBytes {
  /// The block's size in bytes: small enough for the stack without asking the
  /// runtime, and larger than most records (about 700 bytes), so that a record is
  /// copied out once or twice.
  static let capacity = 1024
  /// The most bytes an `Int` takes in decimal: a sign and 19 digits.
  static let decimalRoom = DecimalDigits.limit

  /// 0x2D, one past `,`, in each byte of a word.
  private static let bytesBelow: UInt64 = 0x2D2D_2D2D_2D2D_2D2D
  /// The high bit of each byte of a word.
  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// The block, of ``capacity`` bytes.
  private let base: UnsafeMutablePointer<UInt8>
  /// How many bytes of the block are written and not yet flushed.
  private var count = 0

  /// A writer into the block at `base`, which holds ``capacity`` bytes.
  init(base: UnsafeMutablePointer<UInt8>) {
    self.base = base
  }

  /// Appends the bytes written so far to `buffer` and empties the block.
  mutating func flush(into buffer: inout [UInt8]) {
    buffer.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
    count = 0
  }

  /// Makes sure the block has room for `size` bytes (at most ``capacity``), flushing
  /// it into `buffer` if not.
  @inline(__always)
  mutating func reserve(_ size: Int, to buffer: inout [UInt8]) {
    if Self.capacity &- count < size { flush(into: &buffer) }
  }

  /// Writes `byte` into room that ``reserve(_:to:)`` made sure of.
  @inline(__always)
  mutating func appendReserved(_ byte: UInt8) {
    assert(count < Self.capacity, "no room reserved")
    base[count] = byte
    count &+= 1
  }

  /// Writes the decimal digits of `value` (after a `-` when it is negative, as
  /// `String(_:)` writes it) into ``decimalRoom`` bytes of room that
  /// ``reserve(_:to:)`` made sure of.
  @inline(__always)
  mutating func appendReservedDecimal(_ value: Int) {
    assert(count + Self.decimalRoom <= Self.capacity, "no room reserved")
    count &+= Self.write(value, at: base + count)
  }

  /// Writes, for each of `values`, `separator` and the value's decimal digits, into
  /// room for ``decimalRoom`` + 1 bytes a value that ``reserve(_:to:)`` made sure
  /// of: one loop that keeps its place in a register.
  @inline(__always)
  mutating func appendReserved(_ values: UnsafeBufferPointer<Int>, after separator: UInt8) {
    assert(count + values.count * (Self.decimalRoom + 1) <= Self.capacity, "no room reserved")
    var end = base + count
    for value in values {
      end.pointee = separator
      end += 1
      end += Self.write(value, at: end)
    }
    count = end - base
  }

  /// Writes the decimal digits of `value` at `start`, after a `-` when it is
  /// negative (as `String(_:)` writes it), and returns how many bytes it wrote: at
  /// most ``decimalRoom``.
  @inline(__always)
  private static func write(_ value: Int, at start: UnsafeMutablePointer<UInt8>) -> Int {
    // One digit (most values are 0): one comparison, a negative number being
    // above 9 as an unsigned one.
    if UInt(bitPattern: value) < 10 {
      start.pointee = 0x30 &+ UInt8(truncatingIfNeeded: value)
      return 1
    }
    var digits = DecimalDigits(position: start)
    digits.put(value)
    return digits.position - start
  }

  /// Appends `byte`.
  @inline(__always)
  mutating func append(_ byte: UInt8, to buffer: inout [UInt8]) {
    reserve(1, to: &buffer)
    appendReserved(byte)
  }

  /// Appends the decimal digits of `value`, as ``appendReservedDecimal(_:)``.
  @inline(__always)
  mutating func appendDecimal(_ value: Int, to buffer: inout [UInt8]) {
    reserve(Self.decimalRoom, to: &buffer)
    appendReservedDecimal(value)
  }

  /// Appends the UTF-8 bytes of `text` as they are.
  mutating func append(_ text: StaticString, to buffer: inout [UInt8]) {
    let size = text.utf8CodeUnitCount
    reserve(size, to: &buffer)
    let source = UnsafeBufferPointer(start: text.utf8Start, count: size)
    guard size <= Self.capacity &- count else {
      buffer.append(contentsOf: source)
      return
    }
    for byte in source { appendReserved(byte) }
  }

  /// Appends `text` as one CSV field, as ``CSVTableWriter/appendField(_:to:)``
  /// writes it; with `guardingFormulas`, after an apostrophe when it begins like a
  /// formula, as ``CSVTableWriter/formulaGuarded(_:)`` makes it.
  mutating func appendField(_ text: String, guardingFormulas: Bool, to buffer: inout [UInt8]) {
    // A native string's bytes in place (no copy of the string to call `withUTF8`);
    // any other string's through the fallback below.
    let written =
      text.utf8.withContiguousStorageIfAvailable { bytes in
        appendField(bytes, guardingFormulas: guardingFormulas, to: &buffer)
      } ?? false
    guard !written else { return }
    // Longer than the block (already flushed), or not contiguous: straight into the
    // buffer.
    flush(into: &buffer)
    CSVTableWriter.appendField(
      guardingFormulas ? CSVTableWriter.formulaGuarded(text) : text, to: &buffer)
  }

  /// Writes the field of the UTF-8 `bytes` into the block (flushing it first if it
  /// lacks the room), or returns `false`, having flushed it, when the field is
  /// longer than the block.
  private mutating func appendField(
    _ bytes: UnsafeBufferPointer<UInt8>, guardingFormulas: Bool, to buffer: inout [UInt8]
  ) -> Bool {
    let apostrophe = guardingFormulas && CSVTableWriter.beginsLikeFormula(bytes.first)
    var needsQuotes = false
    var quoteCount = 0
    // The four bytes that need quotes are all at most `,` (0x2C), which most
    // bytes (letters, digits, Chinese text) are above: skipped eight at a time up
    // to the first word that holds one below 0x2D, then looked at byte by byte.
    let raw = UnsafeRawBufferPointer(bytes)
    var start = 0
    while bytes.count &- start >= 8 {
      let word = raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)
      // Nonzero exactly when a byte of `word` is below 0x2D ("hasless" in Sean
      // Anderson's Bit Twiddling Hacks).
      if (word &- Self.bytesBelow) & ~word & Self.highBits != 0 { break }
      start &+= 8
    }
    for byte in bytes[start...] where byte <= CSVTableWriter.comma {
      switch byte {
      case CSVTableWriter.quote:
        needsQuotes = true
        quoteCount &+= 1
      case CSVTableWriter.comma, 0x0A, 0x0D: needsQuotes = true
      default: break
      }
    }
    let size = bytes.count + (apostrophe ? 1 : 0) + (needsQuotes ? 2 + quoteCount : 0)
    reserve(size, to: &buffer)
    guard size <= Self.capacity &- count else { return false }
    if needsQuotes { appendReserved(CSVTableWriter.quote) }
    if apostrophe { appendReserved(UInt8(ascii: "'")) }
    if quoteCount == 0 {
      if let source = bytes.baseAddress {
        (base + count).update(from: source, count: bytes.count)
        count &+= bytes.count
      }
    } else {
      for byte in bytes {
        appendReserved(byte)
        if byte == CSVTableWriter.quote { appendReserved(byte) }
      }
    }
    if needsQuotes { appendReserved(CSVTableWriter.quote) }
    return true
  }
}
