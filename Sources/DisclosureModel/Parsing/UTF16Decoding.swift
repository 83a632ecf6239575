/// UTF-16 (either byte order) to UTF-8, in one pass over the bytes.
enum UTF16Decoding {
  /// Decodes `bytes`, skipping a leading byte-order mark of the given order.
  /// Strict decoding throws at an unpaired surrogate or a dangling last byte; lenient
  /// decoding replaces each with U+FFFD and records where.
  static func decode(
    _ bytes: [UInt8], littleEndian: Bool, lenient: Bool
  ) throws(DisclosureError) -> (bytes: [UInt8], damage: [DecodingDamage.Site]) {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count * 3 / 2)
    var damage: [DecodingDamage.Site] = []
    let failure: Int? = bytes.withUnsafeBufferPointer { input in
      let count = input.count
      var index = 0
      if count >= 2, input[0] == (littleEndian ? 0xFF : 0xFE), input[1] == (littleEndian ? 0xFE : 0xFF) { index = 2 }
      func unit(at offset: Int) -> UInt32 {
        littleEndian
          ? UInt32(input[offset]) | UInt32(input[offset + 1]) << 8
          : UInt32(input[offset]) << 8 | UInt32(input[offset + 1])
      }
      while index + 1 < count {
        let first = unit(at: index)
        var scalar = first
        var length = 2
        switch first {
        case 0xD800...0xDBFF:
          if index + 3 < count, case let second = unit(at: index + 2), (0xDC00...0xDFFF).contains(second) {
            scalar = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            length = 4
          } else {
            guard lenient else { return index }
            damage.append(DecodingDamage.Site(inputOffset: index, outputOffset: output.count))
            scalar = 0xFFFD
          }
        case 0xDC00...0xDFFF:
          guard lenient else { return index }
          damage.append(DecodingDamage.Site(inputOffset: index, outputOffset: output.count))
          scalar = 0xFFFD
        default:
          break
        }
        appendUTF8(scalar, to: &output)
        index += length
      }
      if index < count {
        // An odd number of bytes: the last one is half a code unit.
        guard lenient else { return index }
        damage.append(DecodingDamage.Site(inputOffset: index, outputOffset: output.count))
        output.append(contentsOf: DecodingDamage.replacementCharacter)
      }
      return nil
    }
    if let failure {
      let truncated = failure == bytes.count - 1 && (bytes.count % 2 == 1)
      throw DisclosureError(
        .invalidEncoding,
        truncated
          ? "The UTF-16 text has an odd number of bytes; it is cut short."
          : "The bytes are not valid UTF-16 (an unpaired surrogate).",
        byteOffset: failure, line: LineCounter.line(at: output.count, in: output),
        suggestion: truncated
          ? "Check that the file was saved completely, or decode leniently (--lenient) to read what is there."
          : "Name the file's real encoding with --encoding, re-save it as UTF-8, or decode leniently (--lenient) to replace the damaged units."
      )
    }
    return (output, damage)
  }

  /// Appends the UTF-8 form of a scalar value (never a surrogate).
  private static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
      output.append(UInt8(scalar))
    case 0x80..<0x800:
      output.append(UInt8(0xC0 | scalar >> 6))
      output.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      output.append(UInt8(0xE0 | scalar >> 12))
      output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      output.append(UInt8(0x80 | scalar & 0x3F))
    default:
      output.append(UInt8(0xF0 | scalar >> 18))
      output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
      output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      output.append(UInt8(0x80 | scalar & 0x3F))
    }
  }
}
