/// Turns raw file bytes into a ``SourceText``: byte-order marks first, then UTF-8
/// validity, then GB18030.
public enum TextDecoder {
  /// Decodes `bytes`, detecting the encoding unless `encoding` is given.
  ///
  /// - Throws: ``DisclosureError`` of kind `empty`, `binary` or `invalidEncoding`,
  ///   naming the first offending byte.
  public static func decode(
    _ bytes: [UInt8], encoding: TextEncoding? = nil
  ) throws(DisclosureError) -> (text: SourceText, encoding: TextEncoding) {
    guard !bytes.isEmpty else {
      throw DisclosureError(
        .empty, "The input is empty.", byteOffset: 0, suggestion: "Check that the file was saved completely.")
    }
    let chosen = encoding ?? detect(bytes)
    if encoding == nil, chosen != .utf16LittleEndian, chosen != .utf16BigEndian, looksBinary(bytes) {
      let offset = firstInvalidUTF8(bytes) ?? bytes.firstIndex(of: 0) ?? 0
      throw DisclosureError(
        .binary, "The input looks like binary data (NUL or control bytes), not text.", byteOffset: offset,
        suggestion: "Pass a text export of the report (TXT, Markdown or TSV).")
    }
    switch chosen {
    case .utf8:
      if let offset = firstInvalidUTF8(bytes) {
        throw DisclosureError(
          .invalidEncoding, "The bytes are not valid UTF-8.", byteOffset: offset,
          suggestion: "Name the file's encoding with --encoding (utf-8, utf-16le, utf-16be, gb18030).")
      }
      return (SourceText(utf8: bytes), .utf8)
    case .utf16LittleEndian, .utf16BigEndian:
      return (try decodeUTF16(bytes, littleEndian: chosen == .utf16LittleEndian), chosen)
    case .gb18030:
      return (try GB18030.decode(bytes), .gb18030)
    }
  }

  /// The encoding `bytes` most likely use.
  public static func detect(_ bytes: [UInt8]) -> TextEncoding {
    if bytes.count >= 2 {
      if bytes[0] == 0xFF, bytes[1] == 0xFE { return .utf16LittleEndian }
      if bytes[0] == 0xFE, bytes[1] == 0xFF { return .utf16BigEndian }
    }
    if firstInvalidUTF8(bytes) == nil { return .utf8 }
    if GB18030.firstInvalid(bytes) == nil { return .gb18030 }
    return .utf8
  }

  /// The offset of the first byte that is not valid UTF-8, or `nil`.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      let count = buffer.count
      while index < count {
        let byte = buffer[index]
        if byte < 0x80 {
          index += 1
          continue
        }
        let length: Int
        var minimum: UInt32
        switch byte {
        case 0xC2...0xDF: (length, minimum) = (2, 0x80)
        case 0xE0...0xEF: (length, minimum) = (3, 0x800)
        case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
        default: return index
        }
        guard index + length <= count else { return index }
        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for next in 1..<length {
          let continuation = buffer[index + next]
          guard continuation & 0xC0 == 0x80 else { return index }
          value = (value << 6) | UInt32(continuation & 0x3F)
        }
        minimum = minimum == 0 ? 0 : minimum
        if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return index }
        index += length
      }
      return nil
    }
  }

  /// NUL bytes or many control characters in the first kilobytes mean binary data.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(4096)
    var controls = 0
    for byte in sample {
      if byte == 0 { return true }
      if byte < 0x09 || (byte > 0x0D && byte < 0x20) { controls += 1 }
    }
    return controls * 20 > sample.count
  }

  private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) throws(DisclosureError) -> SourceText {
    var start = 0
    if bytes.count >= 2,
      (littleEndian && bytes[0] == 0xFF && bytes[1] == 0xFE) || (!littleEndian && bytes[0] == 0xFE && bytes[1] == 0xFF)
    {
      start = 2
    }
    guard (bytes.count - start) % 2 == 0 else {
      throw DisclosureError(
        .invalidEncoding, "The UTF-16 text has an odd number of bytes; it is truncated.", byteOffset: bytes.count - 1,
        suggestion: "Check that the file was saved completely.")
    }
    var units: [UInt16] = []
    units.reserveCapacity((bytes.count - start) / 2)
    var index = start
    while index + 1 < bytes.count {
      let unit =
        littleEndian
        ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8 : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
      units.append(unit)
      index += 2
    }
    var output: [UInt8] = []
    output.reserveCapacity(units.count * 3)
    var iterator = units.makeIterator()
    var decoder = UTF16()
    var unitOffset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        UTF8.encode(scalar) { output.append($0) }
        unitOffset += scalar.value > 0xFFFF ? 2 : 1
      case .emptyInput:
        return SourceText(utf8: output)
      case .error:
        throw DisclosureError(
          .invalidEncoding, "The bytes are not valid UTF-16 (an unpaired surrogate).",
          byteOffset: start + unitOffset * 2,
          suggestion: "Name the file's encoding with --encoding, or re-save it as UTF-8.")
      }
    }
  }
}
