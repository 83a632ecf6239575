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
    if let binary = signatureEvidence(bytes) { throw binary }
    // One scan validates the UTF-8 and notices control bytes; the binary check reads
    // the sample again only if the scan saw one, or stopped within the sample. The
    // scan also notices carriage returns, so that a text with none is known to end
    // its lines with line feeds alone (for the line-shape census).
    let (utf8Invalid, mayHoldControl, mayHoldCarriageReturn) = UTF8Validation.firstInvalidNoticingLineBreaks(bytes)
    if mayHoldControl || utf8Invalid.map({ $0 < min(bytes.count, binarySample) }) == true,
      let binary = controlEvidence(bytes)
    {
      throw binary
    }
    // Valid UTF-8, the common case: used as it is, after this one scan.
    guard let utf8Invalid else {
      var text = SourceText(utf8: bytes)
      text.isKnownValidUTF8 = true
      text.endsLinesWithLineFeedsOnly = !mayHoldCarriageReturn
      return (text, .utf8)
    }
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
    // Only the UTF-8 path's bytes are known valid here (checked, or repaired with
    // U+FFFD); the converters' output is left to be checked where it is read.
    text.isKnownValidUTF8 = encoding == .utf8
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
    signatureEvidence(bytes) ?? controlEvidence(bytes)
  }

  /// How many bytes at the start the binary check counts control bytes in.
  static let binarySample = 4096

  /// The error for bytes that start with a known file signature, or `nil`.
  private static func signatureEvidence(_ bytes: [UInt8]) -> DisclosureError? {
    // Most inputs start with a byte no signature starts with (text starts with CJK,
    // "#" or a byte-order mark): one test of the first byte, against the table's
    // first bytes, spares them the walk through the table.
    guard let first = bytes.first, signatureFirstBytes & (1 << (first >> 2)) != 0 else { return nil }
    let convert = "Convert it to text first (TXT, Markdown or TSV) and pass that file."
    for (signature, format) in fileSignatures where bytes.starts(with: signature) {
      return DisclosureError(
        .binary, "The input is \(format), not text.", byteOffset: 0, line: 1, suggestion: convert)
    }
    return nil
  }

  /// The error for bytes with a NUL byte or many control bytes among the first
  /// ``binarySample``, or `nil`.
  private static func controlEvidence(_ bytes: [UInt8]) -> DisclosureError? {
    let sampleCount = min(bytes.count, binarySample)
    let controls = bytes.withUnsafeBufferPointer { controlBytes(in: $0, sampleCount: sampleCount) }
    let firstNul = controls.firstNul
    guard let offset = firstNul ?? controls.first, firstNul != nil || controls.count * 20 > sampleCount else {
      return nil
    }
    let nuls = controls.nulsAtEven + controls.nulsAtOdd
    var suggestion = "Pass a text export of the report (TXT, Markdown or TSV), not a PDF, Word, image or archive file."
    if nuls * 4 >= sampleCount, controls.nulsAtOdd * 4 >= nuls * 3 {
      suggestion = "It may be UTF-16LE without a byte-order mark: try --encoding utf-16le."
    } else if nuls * 4 >= sampleCount, controls.nulsAtEven * 4 >= nuls * 3 {
      suggestion = "It may be UTF-16BE without a byte-order mark: try --encoding utf-16be."
    }
    let byte = String(bytes[offset], radix: 16, uppercase: true)
    let what = firstNul != nil ? "a NUL byte" : "\(controls.count) control bytes in its first \(sampleCount)"
    return DisclosureError(
      .binary,
      "The input looks like binary data, not text: it holds \(what) (the first, 0x\(byte.count == 1 ? "0" : "")\(byte), at byte \(offset)).",
      byteOffset: offset, line: LineCounter.line(at: offset, in: bytes), suggestion: suggestion)
  }

  /// The control bytes among the first `sampleCount` bytes of `buffer`, for
  /// ``binaryEvidence(_:)``: bytes below 0x20 but for tab, line feed, vertical tab,
  /// form feed and carriage return.
  struct ControlBytes: Equatable {
    /// How many there are.
    var count = 0
    /// The offset of the first, if any.
    var first: Int?
    /// The offset of the first NUL byte, if any.
    var firstNul: Int?
    /// How many NUL bytes stand at even offsets, and how many at odd ones.
    var nulsAtEven = 0
    var nulsAtOdd = 0
  }

  /// Counts the ``ControlBytes`` among the first `sampleCount` bytes of `buffer`
  /// (`sampleCount` is clamped to the buffer).
  ///
  /// Text holds no control byte, so the scan first asks of each 64 bytes, as four
  /// vectors, only whether any of them is one (``mayHoldControl(_:at:)``) and counts eight
  /// bytes at a time only in the rare blocks that hold one. The blocks start at
  /// multiples of 8, so a byte's parity is that of its place in its eight bytes.
  static func controlBytes(in buffer: UnsafeBufferPointer<UInt8>, sampleCount: Int) -> ControlBytes {
    var census = ControlBytes()
    guard let base = buffer.baseAddress else { return census }
    let sampleCount = min(max(sampleCount, 0), buffer.count)
    func countWord(at offset: Int) {
      let word = ByteBlock.load(base, at: offset)
      // Below 0x20, but not tab, line feed, vertical tab, form feed or carriage return.
      let low = ByteBlock.less(than: 0x20, word)
      let found = low == 0 ? 0 : low & ~(ByteBlock.less(than: 0x0E, word) & ~ByteBlock.less(than: 0x09, word))
      guard found != 0 else { return }
      census.count += found.nonzeroBitCount
      if census.first == nil { census.first = offset + found.trailingZeroBitCount >> 3 }
      let nuls = ByteBlock.less(than: 0x01, word)
      guard nuls != 0 else { return }
      if census.firstNul == nil { census.firstNul = offset + nuls.trailingZeroBitCount >> 3 }
      census.nulsAtEven += (nuls & ByteBlock.evenHighBits).nonzeroBitCount
      census.nulsAtOdd += (nuls & ByteBlock.oddHighBits).nonzeroBitCount
    }
    var offset = 0
    // `offset` stays within 0 ... sampleCount: no overflow checks needed.
    while sampleCount &- offset >= 64 {
      if mayHoldControl(base, at: offset) {
        for word in stride(from: offset, to: offset + 64, by: 8) { countWord(at: word) }
      }
      offset &+= 64
    }
    while sampleCount &- offset >= 8 {
      countWord(at: offset)
      offset &+= 8
    }
    while offset < sampleCount {
      let byte = base[offset]
      if byte < 0x09 || (byte > 0x0D && byte < 0x20) {
        census.count += 1
        if census.first == nil { census.first = offset }
        if byte == 0 {
          if census.firstNul == nil { census.firstNul = offset }
          if offset % 2 == 0 { census.nulsAtEven += 1 } else { census.nulsAtOdd += 1 }
        }
      }
      offset += 1
    }
    return census
  }

  /// Whether the 64 bytes at `base + offset` (in bounds) hold a control byte (below
  /// 0x20, but not 09–0D).
  ///
  /// The controls are two ranges, 00–08 and 0E–1F, so two tests on the lanes' least
  /// values answer for all 64 bytes at once, one lane-wise minimum a vector each: the
  /// least byte is below 9 exactly when one of them is in 00–08 (the white space
  /// 09–0D is not), and `byte &- 0x0E` maps 0E–1F to 00–11 and every other byte
  /// to 12 or above (00–0D wrap round to F2–FF). That is fewer instructions than
  /// testing each vector for both ranges and OR-ing the masks.
  @inline(__always)
  static func mayHoldControl(_ base: UnsafePointer<UInt8>, at offset: Int) -> Bool {
    typealias Vector = ByteBlock.Vector
    let shift = Vector(repeating: 0x0E)
    let v0 = ByteBlock.loadVector(base, at: offset)
    let v1 = ByteBlock.loadVector(base, at: offset &+ 16)
    let v2 = ByteBlock.loadVector(base, at: offset &+ 32)
    let v3 = ByteBlock.loadVector(base, at: offset &+ 48)
    let least = lesser(lesser(v0, v1), lesser(v2, v3))
    let leastShifted = lesser(lesser(v0 &- shift, v1 &- shift), lesser(v2 &- shift, v3 &- shift))
    return ByteBlock.nonzero(
      ByteBlock.vector((least .< Vector(repeating: 0x09)) .| (leastShifted .< Vector(repeating: 0x12))))
  }

  /// The lesser of `a` and `b` in every lane: `a` less what it exceeds `b` by. Written
  /// so because the standard library's `pointwiseMin` is a call per use here; the
  /// compiler makes the saturating subtraction one instruction (`psubusb` on x86-64).
  @inline(__always)
  static func lesser(_ a: ByteBlock.Vector, _ b: ByteBlock.Vector) -> ByteBlock.Vector {
    a &- ((a &- b) & ByteBlock.vector(a .> b))
  }

  /// Bit `b >> 2` set for the first byte `b` of every signature in
  /// ``fileSignatures`` (four bytes to a bit; the CJK leads E4–EF, "#" and "|" share
  /// none with them): a cautious filter, so a clear bit means no signature matches.
  private static let signatureFirstBytes: UInt64 = fileSignatures.reduce(0) { $0 | 1 << ($1.0[0] >> 2) }

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
