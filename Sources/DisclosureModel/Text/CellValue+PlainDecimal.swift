extension CellValue {
  /// The number in the trimmed, non-empty cell from `start` to `end` when it is a
  /// plain ASCII decimal: an optional `-`, 1 to 18 ASCII digits, and optionally a
  /// point followed by at least one ASCII digit, and nothing else (`12.3400`,
  /// `-417`, `0.5`); `nil` for any other cell, which the general reading
  /// (``readNumber(_:_:_:digits:written:)``) reads.
  ///
  /// These are a report's decimal fields (万元), the commonest number that is not
  /// plain digits (``plainDigits(_:_:_:)``), read here in one pass of byte tests
  /// instead of the general loop's per-character state. What the general reading
  /// finds for such a cell, and so what this returns: the sign as written; the
  /// integer part's value (at most 18 digits, so it cannot overflow; the fraction's
  /// digits do not change it); a fraction exactly when a point is written; no unit
  /// and no repair (every byte is ASCII, and no separator is allowed); and every
  /// byte of the cell written as a digit, sign or point, so that its digit count is
  /// the cell's length and its digits (``digits(_:_:)``) are the cell's bytes as
  /// they stand. A test compares the two readings on many cells.
  @inline(__always)
  static func plainDecimal(_ storage: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> NumberText? {
    guard start >= 0, start < end, end <= storage.count else { return nil }
    let negative = storage[start] == 0x2D
    var index = negative ? start &+ 1 : start
    var value = 0
    while index < end {
      let digit = storage[index] &- 0x30
      guard digit < 10 else { break }
      value = value &* 10 &+ Int(digit)
      index &+= 1
    }
    // 1 to 18 digits before the point (or the end): at least one, and no overflow.
    let integerDigits = index &- (negative ? start &+ 1 : start)
    guard integerDigits >= 1, integerDigits <= 18 else { return nil }
    var hasFraction = false
    if index < end {
      // A point, then only digits, at least one (a number never ends with a point).
      guard storage[index] == 0x2E, end &- index >= 2 else { return nil }
      index &+= 1
      while index < end {
        guard storage[index] &- 0x30 < 10 else { return nil }
        index &+= 1
      }
      hasFraction = true
    }
    return NumberText(
      negative: negative, integerPart: value, digitCount: end &- start, hasFraction: hasFraction, unit: nil,
      repaired: false)
  }
}
