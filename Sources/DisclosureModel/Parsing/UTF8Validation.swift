/// UTF-8 validation by the well-formed byte sequences of the Unicode Standard
/// (Table 3-7), with an eight-bytes-at-a-time path for ASCII runs and a short path for
/// the three-byte sequences of CJK text.
///
/// This is the UTF-8 hot path: valid input is scanned once and then used as it is.
enum UTF8Validation {
  /// The first ill-formed sequence in `bytes` at or after `start`: its offset and the
  /// length of its maximal subpart (the bytes one U+FFFD replaces), or `nil`.
  static func firstInvalid(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> (offset: Int, length: Int)? {
    guard let base = bytes.baseAddress else { return nil }
    let count = bytes.count
    var index = max(0, start)
    while index < count {
      let lead = base[index]
      if lead < 0x80 {
        index += 1
        // Eight ASCII bytes at a time.
        while index + 8 <= count, ByteBlock.nonASCII(ByteBlock.load(base, at: index)) == 0 { index += 8 }
        continue
      }
      // E1–EC and EE–EF (every CJK ideograph and punctuation mark) take any two
      // continuation bytes 80–BF. Anything else, or an ill-formed sequence, takes
      // the general path below, which finds the maximal subpart.
      if lead &- 0xE1 < 0x0F, lead != 0xED, index + 2 < count,
        base[index + 1] & 0xC0 == 0x80, base[index + 2] & 0xC0 == 0x80
      {
        index += 3
        // A run of them, two (six bytes) at a time: leads E1–EC or EE–EF at bytes 0
        // and 3, continuation bytes at 1, 2, 4 and 5.
        while index + 8 <= count {
          let word = ByteBlock.load(base, at: index)
          guard word & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0,
            (Self.commonLeadNibbles >> (word & 0x0F)) & (Self.commonLeadNibbles >> (word >> 24 & 0x0F)) & 1 != 0
          else { break }
          index += 6
        }
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, low) = (3, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: (length, high) = (3, 0x9F)
      case 0xF0: (length, low) = (4, 0x90)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, high) = (4, 0x8F)
      default: return (index, 1)
      }
      for next in 1..<length {
        guard index + next < count else { return (index, next) }
        let byte = base[index + next]
        guard byte >= low, byte <= high else { return (index, next) }
        (low, high) = (0x80, 0xBF)
      }
      index += length
    }
    return nil
  }

  /// Bit `n` is set when the lead byte `0xE0 + n` takes any two continuation bytes:
  /// every `n` but 0 (E0 needs A0–BF next) and 13 (ED needs 80–9F next).
  private static let commonLeadNibbles: UInt64 = 0xDFFE

  /// The offset of the first byte that is not valid UTF-8, or `nil`.
  static func firstInvalid(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { firstInvalid($0)?.offset }
  }

  /// `bytes` with every ill-formed sequence replaced by U+FFFD, and where each was.
  static func repair(_ bytes: [UInt8]) -> (bytes: [UInt8], damage: [DecodingDamage.Site]) {
    bytes.withUnsafeBufferPointer { buffer in
      var output: [UInt8] = []
      output.reserveCapacity(buffer.count + 16)
      var damage: [DecodingDamage.Site] = []
      var start = 0
      while let (offset, length) = firstInvalid(buffer, from: start) {
        output.append(contentsOf: buffer[start..<offset])
        damage.append(DecodingDamage.Site(inputOffset: offset, outputOffset: output.count))
        output.append(contentsOf: DecodingDamage.replacementCharacter)
        start = offset + length
      }
      output.append(contentsOf: buffer[start...])
      return (output, damage)
    }
  }
}
