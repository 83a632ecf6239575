/// Diagnostic messages of the commonest shape, "text, a key, text, a line number,
/// text", written in one allocation.
///
/// String interpolation appends each segment through the general `String` append,
/// several hundred instructions a segment, and a damaged report makes dozens of
/// these messages (a full-width number in every row, say). Here the pieces are
/// copied as bytes into the new string's storage.
enum MessageText {
  /// `prefix`, `key`, `middle`, `number` in decimal, then `suffix`.
  static func make(
    _ prefix: StaticString, _ key: String, _ middle: StaticString, _ number: Int, _ suffix: StaticString
  ) -> String {
    var key = key
    return key.withUTF8 { key in
      // Decimal digits of `number`, last first; at most 20 for any Int, and a sign.
      var magnitude = number.magnitude
      var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
      var digitCount = 0
      repeat {
        let digit = UInt64(0x30 + magnitude % 10)
        switch digitCount >> 3 {
        case 0: digits.0 |= digit << UInt64((digitCount & 7) * 8)
        case 1: digits.1 |= digit << UInt64((digitCount & 7) * 8)
        default: digits.2 |= digit << UInt64((digitCount & 7) * 8)
        }
        digitCount += 1
        magnitude /= 10
      } while magnitude > 0
      let sign = number < 0 ? 1 : 0
      let capacity =
        prefix.utf8CodeUnitCount + key.count + middle.utf8CodeUnitCount + sign + digitCount
        + suffix.utf8CodeUnitCount
      return String(unsafeUninitializedCapacity: capacity) { output in
        var written = 0
        func put(_ bytes: UnsafeBufferPointer<UInt8>) {
          guard let base = bytes.baseAddress, let target = output.baseAddress else { return }
          (target + written).update(from: base, count: bytes.count)
          written += bytes.count
        }
        prefix.withUTF8Buffer(put)
        put(key)
        middle.withUTF8Buffer(put)
        if sign == 1 {
          output[written] = 0x2D
          written += 1
        }
        withUnsafeBytes(of: &digits) { packed in
          for offset in stride(from: digitCount - 1, through: 0, by: -1) {
            output[written] = packed[offset]
            written += 1
          }
        }
        suffix.withUTF8Buffer(put)
        return written
      }
    }
  }
}
