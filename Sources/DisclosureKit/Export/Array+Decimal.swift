extension [UInt8] {
  /// Appends the decimal digits of `value`, with a leading `-` when it is negative
  /// (`-417`, `-9223372036854775808`): an `Int` as `JSONEncoder`, `String(_:)` and
  /// the CSV table write it, without making a `String`.
  mutating func appendDecimal(_ value: Int) {
    if value < 0 { append(0x2D) }
    // The magnitude as unsigned, so that Int.min has one too.
    var magnitude = value.magnitude
    if magnitude < 10 {
      append(0x30 &+ UInt8(truncatingIfNeeded: magnitude))
      return
    }
    var digitCount = 1
    var rest = magnitude
    while rest >= 10 {
      rest /= 10
      digitCount += 1
    }
    // Room for the digits, filled last digit first.
    var index = count + digitCount
    append(contentsOf: repeatElement(0x30, count: digitCount))
    repeat {
      index -= 1
      self[index] = 0x30 &+ UInt8(truncatingIfNeeded: magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
  }
}
