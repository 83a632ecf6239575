/// Turns raw file bytes into a ``SourceText``: byte-order marks first, then UTF-8
/// validity, then GB18030. An encoding named by the caller overrides the detection.
///
/// ```swift
/// let (text, encoding) = try TextDecoder.decode(bytes)                    // detect
/// let (gbk, _) = try TextDecoder.decode(bytes, encoding: .gb18030)       // forced
/// let (damaged, _) = try TextDecoder.decode(bytes, lenient: true)        // repair
/// damaged.notes   // one `replacedBytes` warning per damaged line
/// ```
///
/// Valid UTF-8 (the common case) is scanned once and used as it is; only GB18030
/// goes through a converter (glibc's `iconv`, or Foundation where there is none).
public enum TextDecoder {
  /// Decodes `bytes`, detecting the encoding unless `encoding` is given.
  ///
  /// - Parameters:
  ///   - encoding: the encoding to use, or `nil` to detect it.
  ///   - lenient: replace byte sequences that are invalid in the encoding with U+FFFD
  ///     instead of throwing; the returned text's ``SourceText/notes`` then hold one
  ///     `replacedBytes` warning per damaged line.
  /// - Throws: ``DisclosureError`` of kind `empty`, `binary` or `invalidEncoding`,
  ///   naming the first offending byte and its line.
  public static func decode(
    _ bytes: [UInt8], encoding: TextEncoding? = nil, lenient: Bool = false
  ) throws(DisclosureError) -> (text: SourceText, encoding: TextEncoding) {
    guard !bytes.isEmpty else {
      throw DisclosureError(
        .empty, "The input is empty (0 bytes).", byteOffset: 0,
        suggestion: "Check that the file was saved completely and that the right file was given.")
    }
    if let encoding { return (try decode(bytes, as: encoding, lenient: lenient), encoding) }
    if hasUTF16ByteOrderMark(bytes) {
      let chosen: TextEncoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
      return (try decode(bytes, as: chosen, lenient: lenient), chosen)
    }
    if let binary = binaryEvidence(bytes) { throw binary }
    let utf8Invalid = UTF8Validation.firstInvalid(bytes)
    // Valid UTF-8, the common case: used as it is, after this one scan.
    guard let utf8Invalid else { return (SourceText(utf8: bytes), .utf8) }
    let chosen = choose(bytes, firstInvalidUTF8: utf8Invalid)
    return (try decode(bytes, as: chosen, lenient: lenient), chosen)
  }

  /// The encoding `bytes` most likely use: a UTF-16 or UTF-8 byte-order mark, else
  /// UTF-8 if the bytes are valid UTF-8, else GB18030 if they are well-formed GB18030;
  /// when neither is valid, the one that reads further before its first invalid byte.
  public static func detect(_ bytes: [UInt8]) -> TextEncoding {
    if hasUTF16ByteOrderMark(bytes) { return bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian }
    guard let utf8Invalid = UTF8Validation.firstInvalid(bytes) else { return .utf8 }
    return choose(bytes, firstInvalidUTF8: utf8Invalid)
  }

  /// UTF-8 or GB18030 for bytes that are not valid UTF-8.
  private static func choose(_ bytes: [UInt8], firstInvalidUTF8: Int) -> TextEncoding {
    // A UTF-8 byte-order mark decides even when later bytes are damaged.
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return .utf8 }
    guard let gbInvalid = GB18030.firstInvalid(bytes) else { return .gb18030 }
    return gbInvalid > firstInvalidUTF8 ? .gb18030 : .utf8
  }

  private static func hasUTF16ByteOrderMark(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
  }

  /// Decodes `bytes` as `encoding`.
  private static func decode(
    _ bytes: [UInt8], as encoding: TextEncoding, lenient: Bool
  ) throws(DisclosureError) -> SourceText {
    let decoded: (bytes: [UInt8], damage: [DecodingDamage.Site])
    switch encoding {
    case .utf8:
      if let offset = UTF8Validation.firstInvalid(bytes) {
        guard lenient else {
          throw DisclosureError(
            .invalidEncoding, "The bytes are not valid UTF-8.", byteOffset: offset,
            line: LineCounter.line(at: offset, in: bytes),
            suggestion:
              "Name the file's real encoding with --encoding (utf-8, utf-16le, utf-16be, gb18030), or decode leniently (--lenient) to replace the damaged bytes."
          )
        }
        decoded = UTF8Validation.repair(bytes)
      } else {
        decoded = (bytes, [])
      }
    case .utf16LittleEndian, .utf16BigEndian:
      decoded = try UTF16Decoding.decode(bytes, littleEndian: encoding == .utf16LittleEndian, lenient: lenient)
    case .gb18030:
      decoded = try GB18030.decode(bytes, lenient: lenient)
    }
    var text = SourceText(utf8: decoded.bytes)
    // Offsets into the decoded bytes shift when SourceText drops a byte-order mark.
    let dropped = decoded.bytes.count - text.bytes.count
    let damage = decoded.damage.map {
      DecodingDamage.Site(inputOffset: $0.inputOffset, outputOffset: $0.outputOffset - dropped)
    }
    text.notes = DecodingDamage.notes(damage, in: text.bytes, encoding: encoding)
    return text
  }

  /// The error for bytes that look binary (a known file signature, or a NUL byte or
  /// many control bytes in the first 4 KiB), or `nil` for text.
  static func binaryEvidence(_ bytes: [UInt8]) -> DisclosureError? {
    let convert = "Convert it to text first (TXT, Markdown or TSV) and pass that file."
    for (signature, format) in fileSignatures where bytes.starts(with: signature) {
      return DisclosureError(
        .binary, "The input is \(format), not text.", byteOffset: 0, line: 1, suggestion: convert)
    }
    let sampleCount = min(bytes.count, 4096)
    var controls = 0
    var firstControl: Int?
    var firstNul: Int?
    var nulAtOdd = 0
    var nulAtEven = 0
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      // Eight bytes at a time; a block offset is a multiple of 8, so a byte's parity
      // is that of its place in the block.
      while offset + 8 <= sampleCount {
        let word = ByteBlock.load(base, at: offset)
        // Below 0x20, but not tab, line feed, vertical tab, form feed or carriage return;
        // most blocks (all of a run of CJK text) hold no byte below 0x20 at all.
        let low = ByteBlock.less(than: 0x20, word)
        let found = low == 0 ? 0 : low & ~(ByteBlock.less(than: 0x0E, word) & ~ByteBlock.less(than: 0x09, word))
        if found != 0 {
          controls += found.nonzeroBitCount
          if firstControl == nil { firstControl = offset + found.trailingZeroBitCount >> 3 }
          let nuls = ByteBlock.less(than: 0x01, word)
          if nuls != 0 {
            if firstNul == nil { firstNul = offset + nuls.trailingZeroBitCount >> 3 }
            nulAtEven += (nuls & ByteBlock.evenHighBits).nonzeroBitCount
            nulAtOdd += (nuls & ByteBlock.oddHighBits).nonzeroBitCount
          }
        }
        offset += 8
      }
      while offset < sampleCount {
        let byte = base[offset]
        if byte < 0x09 || (byte > 0x0D && byte < 0x20) {
          controls += 1
          if firstControl == nil { firstControl = offset }
          if byte == 0 {
            if firstNul == nil { firstNul = offset }
            if offset % 2 == 0 { nulAtEven += 1 } else { nulAtOdd += 1 }
          }
        }
        offset += 1
      }
    }
    guard let offset = firstNul ?? firstControl, firstNul != nil || controls * 20 > sampleCount else { return nil }
    let nuls = nulAtEven + nulAtOdd
    var suggestion = "Pass a text export of the report (TXT, Markdown or TSV), not a PDF, Word, image or archive file."
    if nuls * 4 >= sampleCount, nulAtOdd * 4 >= nuls * 3 {
      suggestion = "It may be UTF-16LE without a byte-order mark: try --encoding utf-16le."
    } else if nuls * 4 >= sampleCount, nulAtEven * 4 >= nuls * 3 {
      suggestion = "It may be UTF-16BE without a byte-order mark: try --encoding utf-16be."
    }
    let byte = String(bytes[offset], radix: 16, uppercase: true)
    let what = firstNul != nil ? "a NUL byte" : "\(controls) control bytes in its first \(sampleCount)"
    return DisclosureError(
      .binary,
      "The input looks like binary data, not text: it holds \(what) (the first, 0x\(byte.count == 1 ? "0" : "")\(byte), at byte \(offset)).",
      byteOffset: offset, line: LineCounter.line(at: offset, in: bytes), suggestion: suggestion)
  }

  /// Signatures of common non-text files that a report might be mistaken for.
  private static let fileSignatures: [([UInt8], String)] = [
    ([0x25, 0x50, 0x44, 0x46, 0x2D], "a PDF file"),
    ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a DOCX, XLSX or ODT document)"),
    ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Word or Excel document (DOC, XLS)"),
    ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
    ([0xFF, 0xD8, 0xFF], "a JPEG image"),
    ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
    ([0x1F, 0x8B], "a gzip archive"),
  ]
}
