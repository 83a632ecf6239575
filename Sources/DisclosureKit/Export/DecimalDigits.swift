/// Writes an `Int`'s decimal digits through a pointer, as `JSONEncoder` and
/// `String(_:)` write them (a leading `-` when it is negative, no leading zeros),
/// two digits at a time from a table: the one way the table writers
/// (``JSONBytes``, ``RowBytes``) write numbers. The caller makes sure of room for
/// ``limit`` bytes.
///
/// ```swift
/// var digits = DecimalDigits(position: room)
/// digits.put(-417)  // writes "-417"; digits.position is room + 4
/// ```
struct DecimalDigits {
  /// The most bytes ``put(_:)`` writes: a sign and 19 digits.
  static let limit = 20

  /// Where the next byte goes.
  var position: UnsafeMutablePointer<UInt8>

  /// Writes the decimal digits of `value`, with a leading `-` when it is negative
  /// (`-417`, `-9223372036854775808`): at most ``limit`` bytes.
  @inline(__always)
  mutating func put(_ value: Int) {
    if value < 0 { putByte(0x2D) }
    // The magnitude as unsigned, so that Int.min has one too.
    var magnitude = value.magnitude
    if magnitude < 10 {
      putByte(0x30 &+ UInt8(truncatingIfNeeded: magnitude))
      return
    }
    if magnitude < 100 {
      putPair(magnitude)
      return
    }
    // Three and four digits (most line numbers) without a count of them.
    if magnitude < 10_000 {
      let high = magnitude / 100
      if high < 10 {
        putByte(0x30 &+ UInt8(truncatingIfNeeded: high))
      } else {
        putPair(high)
      }
      putPair(magnitude &- high &* 100)
      return
    }
    // The number of digits, by comparisons: 10^19 is the last power of ten that
    // fits, and a magnitude at least that has 20.
    var length = 5
    var bound: UInt = 100_000
    while magnitude >= bound && length < 20 {
      length &+= 1
      bound &*= 10
    }
    let end = position + length
    // The digits, last first, two at a time.
    position = end
    while magnitude >= 100 {
      position -= 2
      putPair(magnitude % 100)
      position -= 2
      magnitude /= 100
    }
    position -= magnitude < 10 ? 1 : 2
    if magnitude < 10 {
      putByte(0x30 &+ UInt8(truncatingIfNeeded: magnitude))
    } else {
      putPair(magnitude)
    }
    position = end
  }

  /// The two digits of each number below 100, in order.
  private static let digitPairs: StaticString = """
    00010203040506070809101112131415161718192021222324252627282930313233343536373839\
    40414243444546474849505152535455565758596061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899
    """

  /// Writes the two digits of `value`, below 100 (`07`, `42`).
  @inline(__always)
  private mutating func putPair(_ value: UInt) {
    let pair = UnsafeRawPointer(Self.digitPairs.utf8Start).loadUnaligned(
      fromByteOffset: Int(truncatingIfNeeded: value) &* 2, as: UInt16.self)
    UnsafeMutableRawPointer(position).storeBytes(of: pair, as: UInt16.self)
    position += 2
  }

  /// Writes one byte.
  @inline(__always)
  private mutating func putByte(_ byte: UInt8) {
    position.pointee = byte
    position += 1
  }
}
