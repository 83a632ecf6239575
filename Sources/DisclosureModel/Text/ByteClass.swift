/// Byte- and scalar-level helpers shared by the cell and label readers.
enum ByteClass {
  /// Decodes the Unicode scalar starting at `index` of valid UTF-8 `bytes`, returning
  /// it and its length in bytes. Invalid bytes decode as U+FFFD of length 1.
  @inline(__always)
  static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (lead, 1) }
    let count = bytes.count
    if lead >= 0xC2, lead < 0xE0, index + 1 < count {
      return (((lead & 0x1F) << 6) | (UInt32(bytes[index + 1]) & 0x3F), 2)
    }
    if lead >= 0xE0, lead < 0xF0, index + 2 < count {
      return (((lead & 0x0F) << 12) | ((UInt32(bytes[index + 1]) & 0x3F) << 6) | (UInt32(bytes[index + 2]) & 0x3F), 3)
    }
    if lead >= 0xF0, lead < 0xF5, index + 3 < count {
      let value =
        ((lead & 0x07) << 18) | ((UInt32(bytes[index + 1]) & 0x3F) << 12)
        | ((UInt32(bytes[index + 2]) & 0x3F) << 6) | (UInt32(bytes[index + 3]) & 0x3F)
      return (value, 4)
    }
    return (0xFFFD, 1)
  }

  /// Whether `byte` leads a three-byte sequence of U+4000…U+9FFF (E4 to E9): the
  /// CJK ideographs that make up nearly every label. In valid UTF-8 such a byte is
  /// always a lead, and the character it starts is never white space, punctuation,
  /// a digit or a bracket.
  @inline(__always)
  static func isIdeographLead(_ byte: UInt8) -> Bool {
    byte &- 0xE4 < 6
  }

  /// The bounds of `span` (clamped to `storage`) without the white space
  /// (``isSpace(_:)``) at either end, scalar by scalar: the trimming of cells and
  /// paragraphs. A printable ASCII byte or a CJK ideograph (lead byte E4 to E9; the
  /// text is valid UTF-8, so a byte from C0 up is always a lead) is never white
  /// space, so most ends are settled by one byte without decoding a scalar; and an
  /// ASCII byte at an end (the spaces around a Markdown table's cells, most often)
  /// is settled by ``isASCIISpace(_:)`` without decoding one either.
  ///
  /// The bounds returned never cross (`start <= end`), even for a span that cuts a
  /// white-space scalar of several bytes at its end.
  ///
  /// A span within `storage` (every span an adapter makes) is taken as it is, told
  /// by two unsigned comparisons (a negative bound reads as a huge one); any other
  /// is clamped (``clamped(_:to:)``), to the bounds clamping gives a span within.
  ///
  /// Transparent, not only `@inline(__always)`: the cell reader
  /// (``CellValue/read(_:_:trimmed:)``) inlined into the row reader's cell pass is
  /// at the inliner's limit, and with the lone full-width digit settled there the
  /// trimming was left a call (+408 instructions a clean report); a transparent
  /// function is inlined whatever the caller's size.
  @_transparent
  static func trimmed(_ storage: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> (start: Int, end: Int) {
    var (start, end) = (span.start, span.end)
    if UInt(bitPattern: start) > UInt(bitPattern: end) || UInt(bitPattern: end) > UInt(bitPattern: storage.count) {
      (start, end) = clamped(span, to: storage.count)
    }
    while start < end {
      let byte = storage[start]
      if byte > 0x20, byte < 0x7F { break }
      // The space, the commonest white space at an end (a Markdown cell has one
      // each side), stepped over after one more test.
      if byte == 0x20 {
        start &+= 1
        continue
      }
      if isIdeographLead(byte) || (byte == 0xEF && !mayLeadByteOrderMark(storage, at: start)) { break }
      if byte < 0x80 {
        guard isASCIISpace(byte) else { break }
        start += 1
        continue
      }
      // Decoded within the span (`end` is within the storage), not the storage: a
      // white-space scalar that the span cuts (its end between C2 and A0, or within
      // E3 80 80), which no adapter makes but a hand-made `Document` can, decodes as
      // U+FFFD, no white space, so the start never steps past `end` and the bounds
      // never cross. The trailing end below decodes within the storage (lead byte to
      // lead byte, never before `start`) and cuts such a scalar off as the white
      // space it begins, so a cell of one reads as empty. No cost: only the count
      // the decoding bounds by changes (measured, the same instructions a report).
      let (scalar, length) = self.scalar(in: UnsafeBufferPointer(start: storage.baseAddress, count: end), at: start)
      guard isSpace(scalar) else { break }
      start += length
    }
    while end > start {
      let byte = storage[end - 1]
      if byte > 0x20, byte < 0x7F { break }
      if byte == 0x20 {
        end &-= 1
        continue
      }
      if byte < 0x80 {
        guard isASCIISpace(byte) else { break }
        end -= 1
        continue
      }
      // `start < end` within the storage: the differences below cannot overflow.
      if end &- start >= 3 {
        let lead = storage[end &- 3]
        if isIdeographLead(lead) { break }
        // A full-width mark (。 E3 80 82, ） EF BC 89), the end of most paragraphs, is
        // settled without decoding: of the scalars led by E3 only U+3000 (E3 80 80)
        // is white space.
        if lead == 0xE3, storage[end &- 2] != 0x80 || storage[end &- 1] != 0x80 { break }
        // A full-width form (`０` EF BC 90, `）` EF BC 89, damaged reports' commonest
        // cell ends) likewise: of the scalars led by EF only U+FEFF (EF BB BF) is
        // white space, and a scalar whose second byte's low six bits are not 0x3B
        // (BB) decodes to no U+FEFF (``mayLeadByteOrderMark(_:at:)``). The two bytes
        // after EF are tested as continuations, so that the scalar ends at `end` as
        // the decoding below would find it, whatever the bytes.
        if lead == 0xEF, storage[end &- 2] & 0xC0 == 0x80, storage[end &- 1] & 0xC0 == 0x80,
          storage[end &- 2] & 0x3F != 0x3B
        {
          break
        }
      }
      var lead = end &- 1
      while lead > start, storage[lead] & 0xC0 == 0x80 { lead &-= 1 }
      guard isSpace(self.scalar(in: storage, at: lead).value) else { break }
      end = lead
    }
    return (start, end)
  }

  /// Whether the scalar that the byte EF at `index` of `storage` leads may decode
  /// (``scalar(in:at:)``) to U+FEFF, the byte-order mark: the one white space whose
  /// lead byte is EF. It decodes to U+FEFF only with a second byte whose low six
  /// bits are 0x3B (BB in valid UTF-8) and a third within `storage`; a scalar led by
  /// EF with any other second byte (the full-width forms, `（` EF BC 88 that opens
  /// many labels, `０` EF BC 90) is settled as no white space without decoding it.
  @inline(__always)
  static func mayLeadByteOrderMark(_ storage: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    index &+ 1 < storage.count && storage[index &+ 1] & 0x3F == 0x3B
  }

  /// `span` clamped to `0..<count`: its start within it, its end from that start to
  /// `count`. For ``trimmed(_:_:)``'s spans not within the storage, which no adapter
  /// makes: never inlined, so that the trimming inlined into the row reader holds
  /// only the comparisons that tell a span within. (A row's label piece,
  /// ``RowLabelPiece``, clamps its cells' spans the same way in line.)
  @inline(never)
  static func clamped(_ span: TextSpan, to count: Int) -> (start: Int, end: Int) {
    let start = max(0, min(span.start, count))
    return (start, max(start, min(span.end, count)))
  }

  /// Whether the ASCII byte `byte` (below 0x80) is white space (``isSpace(_:)``):
  /// the space, tab, line feed, vertical tab, form feed or carriage return. An
  /// ASCII byte is a whole scalar in UTF-8, so this is `isSpace` of that scalar.
  @inline(__always)
  static func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte &- 0x09 < 5
  }

  /// White space inside cells and labels: ASCII space and controls, NBSP, the
  /// ideographic space, zero-width characters and the byte-order mark.
  @inline(__always)
  static func isSpace(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x3000, 0x200B, 0x200C, 0x200D, 0xFEFF, 0x2002...0x200A: true
    default: false
    }
  }

  /// Maps full-width ASCII (U+FF01…U+FF5E) to ASCII; other scalars are returned as is.
  @inline(__always)
  static func halfWidth(_ scalar: UInt32) -> UInt32 {
    scalar >= 0xFF01 && scalar <= 0xFF5E ? scalar - 0xFEE0 : scalar
  }

  /// The value of an ASCII or full-width digit, or `nil`.
  @inline(__always)
  static func digit(_ scalar: UInt32) -> Int? {
    if scalar >= 0x30 && scalar <= 0x39 { return Int(scalar - 0x30) }
    if scalar >= 0xFF10 && scalar <= 0xFF19 { return Int(scalar - 0xFF10) }
    return nil
  }

  /// Whether the valid UTF-8 `bytes` hold at most `limit` characters (scalars):
  /// settled by the byte count when it is at most `limit` or more than four times
  /// it, else by counting the bytes that lead a scalar, eight at a time.
  static func characterCount(_ bytes: UnsafeBufferPointer<UInt8>, atMost limit: Int) -> Bool {
    if bytes.count <= limit { return true }
    if bytes.count > 4 * limit { return false }
    let raw = UnsafeRawBufferPointer(bytes)
    var continuations = 0
    var offset = 0
    while offset + 8 <= raw.count {
      let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      // Bit 7 of each byte that is 10xxxxxx: bit 7 set and bit 6 (shifted up into
      // bit 7's place; the shift carries nothing into another byte's bit 7) clear.
      continuations &+= (word & ~(word &<< 1) & 0x8080_8080_8080_8080).nonzeroBitCount
      offset &+= 8
    }
    while offset < raw.count {
      if raw[offset] & 0xC0 == 0x80 { continuations &+= 1 }
      offset &+= 1
    }
    return raw.count - continuations <= limit
  }

  /// The offset of the first occurrence of `needle` in `haystack`, byte for byte;
  /// `nil` when there is none or `needle` is empty.
  static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let first = needle.first, needle.count <= haystack.count else { return nil }
    var start = 0
    while start + needle.count <= haystack.count {
      if haystack[start] == first {
        var matched = 1
        while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
        if matched == needle.count { return start }
      }
      start += 1
    }
    return nil
  }
}
