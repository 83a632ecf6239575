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

  /// Appends `text` as one CSV field (``CSVField``); with `guardingFormulas`,
  /// after an apostrophe when it begins like a formula, as
  /// ``CSVTableWriter/formulaGuarded(_:)`` makes it. A field longer than the block
  /// goes straight into `buffer`, after what the block holds.
  mutating func appendField(_ text: String, guardingFormulas: Bool, to buffer: inout [UInt8]) {
    // A native string's bytes in place (no copy of the string to call `withUTF8`).
    let written: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      append(CSVField(bytes, guardingFormulas: guardingFormulas), to: &buffer)
    }
    if written == nil {
      var text = text
      text.withUTF8 { append(CSVField($0, guardingFormulas: guardingFormulas), to: &buffer) }
    }
  }

  /// Writes `field` into the block, flushing it first if it lacks the room, or
  /// straight into `buffer` when the field is longer than the block.
  @inline(__always)
  private mutating func append(_ field: CSVField, to buffer: inout [UInt8]) {
    let size = field.size
    reserve(size, to: &buffer)
    guard size <= Self.capacity &- count else {
      field.append(to: &buffer)
      return
    }
    field.write(at: base + count)
    count &+= size
  }
}
