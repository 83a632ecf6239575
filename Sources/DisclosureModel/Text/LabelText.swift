/// A label cell or heading reduced to what identifies it, so that wording that
/// differs only in form compares equal.
///
/// Normalising removes white space (including the spaces converters put inside
/// labels, `结果 维持`), maps full-width ASCII to ASCII, strips a leading enumerator
/// (`一、`, `（一）`, `(一)`, `1.`, `1、`) into ``enumerator``, and drops punctuation
/// and quotes, keeping CJK characters, letters and digits.
///
/// ```
/// "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
///   → enumerator .parenthesized(2), text "部分公开区分处理的只计这一情形不计其他情形"
/// ```
struct LabelText: Sendable, Hashable {
  /// A leading enumerator, which tells the label's level in the template.
  enum Enumerator: Sendable, Hashable {
    /// `一、`: a top-level item (sections, table 三's main rows).
    case chinese(Int)
    /// `（一）` or `(一)`: a second-level item.
    case parenthesized(Int)
    /// `1.` or `1、`: a third-level item.
    case arabic(Int)
  }

  /// The enumerator, if the label starts with one.
  var enumerator: Enumerator?
  /// The rest of the label, normalised.
  var text: String

  /// Normalises the UTF-8 bytes of `span` in `storage`.
  init(_ storage: UnsafeBufferPointer<UInt8>, _ span: TextSpan) {
    (enumerator, text) = Self.withNormalised(storage, span) { enumerator, bytes in
      (enumerator, String(decoding: bytes, as: UTF8.self))
    }
  }

  /// Normalises a string (used for the label table's own entries).
  init(_ string: String) {
    var string = string
    (enumerator, text) = string.withUTF8 { buffer in
      Self.withNormalised(buffer, TextSpan(0..<buffer.count)) { enumerator, bytes in
        (enumerator, String(decoding: bytes, as: UTF8.self))
      }
    }
  }

  /// Normalises the UTF-8 bytes of `span` in `storage` and calls `body` with the
  /// enumerator and the normalised text's UTF-8 bytes, which are valid only during
  /// the call: no allocation (the bytes live on the stack for labels of ordinary
  /// length).
  ///
  /// At most ``InputLimits/labelCharacters`` characters other than white space are
  /// read: a longer label cannot equal a table entry, and its first characters
  /// decide any prefix match.
  static func withNormalised<Result>(
    _ storage: UnsafeBufferPointer<UInt8>, _ span: TextSpan,
    _ body: (Enumerator?, UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    withNormalised(storage, span, lookUp: nil, body)
  }

  /// Calls `body` with the normalised texts of the labels at `spans` of `storage`, in
  /// order, each after `separator` but the first, in one buffer: what joining the
  /// labels' texts (``LabelText/text``) gives, in UTF-8, made without a `String`
  /// for each label and without an array (the buffer is a temporary allocation, on
  /// the stack when small: a message's labels or a run-together row label allocate
  /// nothing on the heap). `spans` is read twice (to size the buffer, then to fill
  /// it) and must give the same spans both times.
  ///
  /// Never inlined: few rows need it (a row named in a message, a row label split
  /// over cells), and inlined it made its callers' code larger.
  @inline(never)
  static func withJoined<Result>(
    _ spans: some Sequence<TextSpan>, in storage: UnsafeBufferPointer<UInt8>, separator: UInt8?,
    _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    // Room for every label's bytes and a separator each. A label normalises to at
    // most ``InputLimits/labelCharacters`` characters, and to no more characters
    // than its span has bytes, each at most four bytes of UTF-8, whatever the span
    // holds: this bound holds for any input, so the copies below never fall short
    // (they are checked all the same, and cut rather than overrun).
    var capacity = 1
    var labelCount = 0
    var onlyLabel: TextSpan?
    for span in spans {
      capacity += 4 * min(max(span.end - span.start, 0), InputLimits.labelCharacters) + 1
      labelCount += 1
      onlyLabel = span
    }
    // One label (most rows a message names): its normalised text is the joined
    // text, passed on where normalising put it, without the buffer and the copy
    // (which, by the bound above, never cuts it).
    if labelCount == 1, let onlyLabel {
      return withNormalised(storage, onlyLabel) { _, text in body(text) }
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { joined in
      var written = 0
      var first = true
      for span in spans {
        if !first, let separator, written < joined.count {
          joined[written] = separator
          written += 1
        }
        first = false
        withNormalised(storage, span) { _, text in
          let count = min(text.count, joined.count - written)
          guard count > 0, let source = text.baseAddress, let target = joined.baseAddress else { return }
          (target + written).update(from: source, count: count)
          written += count
        }
      }
      return body(UnsafeBufferPointer(rebasing: joined[..<written]))
    }
  }

  /// ``withNormalised(_:_:_:)`` with a short cut for labels a caller can look up as
  /// they stand: after cutting white space off both ends and a plain enumerator
  /// (`一、`, `（一）`, `1.`) off the front, it calls `lookUp` with the rest of the
  /// label's bytes, whether an enumerator was cut off, and the most characters the
  /// rest may have; and returns what `lookUp` returns unless that is `nil`. `lookUp`
  /// must return `nil` or what `body` would be given for those bytes: for bytes
  /// that are ideographs only (see ``isIdeographsOnly(_:_:_:limit:)``), what it
  /// returns for themselves; for others, only when ``startsWithoutEnumerator(_:_:_:afterEnumerator:)``
  /// holds, what it returns for them with their marks dropped (see
  /// ``withMarksDropped(_:_:_:limit:_:)``); in both cases only within the limit.
  /// Then looking a label up as it stands gives what normalising it gives.
  ///
  /// Always inlined, so that a caller that passes closures (as ``withNormalised(_:_:_:)``
  /// and ``LabelClass/of(_:_:)`` do) has them called directly, and one that passes no
  /// `lookUp` has the checks in the order that suits it.
  @inline(__always)
  static func withNormalised<Result>(
    _ storage: UnsafeBufferPointer<UInt8>, _ span: TextSpan,
    lookUp: ((UnsafeBufferPointer<UInt8>, _ afterEnumerator: Bool, _ limit: Int) -> Result?)?,
    _ body: (Enumerator?, UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    // Normalising skips white space wherever it is, so the commonest kinds are cut
    // off both ends first: cells padded with spaces (`| 总计 |` in a Markdown table)
    // then take the short paths below.
    let (lower, upper) = trimmed(storage, span)
    // More than half of all labels are CJK ideographs only: normalising keeps every
    // byte of them and finds no enumerator, so they are passed on as they are (after
    // the look-up, when there is one, which finds most of them without this check).
    if lookUp == nil, isIdeographsOnly(storage, lower, upper, limit: InputLimits.labelCharacters) {
      return body(nil, UnsafeBufferPointer(rebasing: storage[lower..<upper]))
    }
    // Most of the rest are an enumerator written plainly (`一、`, `（一）`, `1.`)
    // followed by ideographs only: normalising would keep those as they are.
    let plain = mayStartEnumerator(storage, lower, upper) ? plainEnumerator(storage, lower, upper) : nil
    let (enumerator, rest, characters) = plain ?? (nil, lower, 0)
    let limit = InputLimits.labelCharacters - characters
    if let lookUp {
      if let result = lookUp(UnsafeBufferPointer(rebasing: storage[rest..<upper]), plain != nil, limit) {
        return result
      }
      // A label with an enumerator is never ideographs only (the enumerator holds
      // a bracket, a digit or `、`).
      if plain == nil, isIdeographsOnly(storage, lower, upper, limit: InputLimits.labelCharacters) {
        return body(nil, UnsafeBufferPointer(rebasing: storage[lower..<upper]))
      }
    }
    if plain != nil, isIdeographsOnly(storage, rest, upper, limit: limit) {
      return body(enumerator, UnsafeBufferPointer(rebasing: storage[rest..<upper]))
    }
    // Then the template's labels with punctuation (`部分公开（区分处理的，…）`,
    // `危及“三安全一稳定”`, `本年增/减`): ideographs kept, the marks dropped.
    if startsWithoutEnumerator(storage, rest, upper, afterEnumerator: plain != nil),
      let result = withMarksDropped(storage, rest, upper, limit: limit, { body(enumerator, $0) })
    {
      return result
    }
    return withNormalisedGenerally(storage, lower, upper, body)
  }

  /// The bounds of `span` (clamped to `storage`) with the white space that
  /// ``edgeSpaceLength(_:at:before:)`` knows cut off both ends. Normalising skips
  /// white space wherever it is, so the bytes within these bounds normalise as the
  /// whole span does: ``withNormalised(_:_:lookUp:_:)`` reads nothing else.
  @inline(__always)
  static func trimmed(_ storage: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> (lower: Int, upper: Int) {
    var lower = max(0, min(span.start, storage.count))
    var upper = max(lower, min(span.end, storage.count))
    while lower < upper, let length = edgeSpaceLength(storage, at: lower, before: upper) { lower += length }
    while upper > lower, let length = edgeSpaceLength(storage, endingAt: upper, after: lower) { upper -= length }
    return (lower, upper)
  }

  /// ``withNormalised(_:_:_:)`` without its short paths, character by character: what
  /// the short paths must agree with (a test compares them).
  static func withNormalisedGenerally<Result>(
    _ storage: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int,
    _ body: (Enumerator?, UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    let capacity = min(upper - lower, InputLimits.labelCharacters)
    // One pass: every kept character is written; the first few characters other
    // than white space are also kept aside with the output length after each, so
    // that an enumerator found among them is cut off the front of the output.
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(4 * capacity, 1)) { output in
      withUnsafeTemporaryAllocation(of: (scalar: UInt32, written: Int).self, capacity: headLength) { head in
        var written = 0
        var count = 0
        var index = lower
        while index < upper, count < capacity {
          let byte = storage[index]
          let scalar: UInt32
          if ByteClass.isIdeographLead(byte), index + 2 < upper {
            // U+4000…U+9FFF, the bulk of every label: CJK ideographs, always kept,
            // copied as they are.
            output[written] = byte
            output[written + 1] = storage[index + 1]
            output[written + 2] = storage[index + 2]
            written += 3
            if count < headLength {
              scalar =
                (UInt32(byte & 0x0F) << 12) | (UInt32(storage[index + 1] & 0x3F) << 6)
                | UInt32(storage[index + 2] & 0x3F)
              head[count] = (scalar, written)
            }
            index += 3
            count += 1
            continue
          } else if byte < 0x80 {
            index += 1
            // ASCII: digits and letters are kept, white space skipped, the rest dropped.
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { continue }
            scalar = UInt32(byte)
          } else {
            let (raw, length) = ByteClass.scalar(in: storage, at: index)
            index += length
            if ByteClass.isSpace(raw) { continue }
            scalar = ByteClass.halfWidth(raw)
          }
          if Self.isKept(scalar) { written += Self.encode(scalar, into: output, at: written) }
          if count < headLength { head[count] = (scalar, written) }
          count += 1
        }
        let headCount = min(count, headLength)
        let enumerator = withUnsafeTemporaryAllocation(of: UInt32.self, capacity: headLength) { scalars in
          for offset in 0..<headCount { scalars[offset] = head[offset].scalar }
          var position = 0
          let enumerator = Self.enumerator(UnsafeBufferPointer(rebasing: scalars[0..<headCount]), &position)
          return (enumerator, position)
        }
        let start = enumerator.1 > 0 ? head[enumerator.1 - 1].written : 0
        return body(enumerator.0, UnsafeBufferPointer(rebasing: output[start..<written]))
      }
    }
  }

  /// Whether the text at `lower` cannot read as (more of) an enumerator to the general
  /// path: it starts with an ideograph that is not a numeral (一 to 十); or, when no
  /// enumerator came before, with a bracket `(` or `（` followed by such an ideograph.
  /// The enumerator ``withMarksDropped(_:_:_:limit:_:)`` passes on is then the one
  /// the general path finds.
  @inline(__always)
  static func startsWithoutEnumerator(
    _ storage: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int, afterEnumerator: Bool
  ) -> Bool {
    func isPlainIdeograph(at index: Int) -> Bool {
      guard let scalar = ideograph(storage, at: index, before: upper) else { return false }
      return chineseNumeral(scalar) == nil
    }
    if isPlainIdeograph(at: lower) { return true }
    guard !afterEnumerator, let open = bracket(storage, at: lower, before: upper, ascii: 0x28, fullWidthLast: 0x88)
    else { return false }
    return isPlainIdeograph(at: lower + open)
  }

  /// Calls `body` with `storage[lower..<upper]` normalised, when it holds nothing
  /// but ideographs (E4 to E9 leads), ASCII (white space skipped, letters and digits
  /// kept, anything else dropped: a header wrapped with `<br>` reads `结果br维持`)
  /// and the full-width marks normalising drops that labels use: `（）“”，、：；。／`.
  /// `nil`, having read no further, at anything else or when the label has more than
  /// `limit` characters (the general path then decides).
  ///
  /// ASCII is read as the general path reads it: white space skipped and not
  /// counted, every other character counted, letters and digits kept as they are
  /// (mapping to half width leaves ASCII as it is). Digits kept here never change the
  /// enumerator the general path finds, which reads digits only at the label's start:
  /// callers pass text that ``startsWithoutEnumerator(_:_:_:afterEnumerator:)`` holds
  /// for, which starts with an ideograph (or a bracket and one).
  @inline(__always)
  static func withMarksDropped<Result>(
    _ storage: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int, limit: Int,
    _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result? {
    guard lower < upper, upper - lower <= 3 * InputLimits.labelCharacters else { return nil }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: upper - lower) { output -> Result? in
      var written = 0
      var characters = 0
      var index = lower
      while index < upper {
        let byte = storage[index]
        if ByteClass.isIdeographLead(byte), index + 2 < upper {
          output[written] = byte
          output[written + 1] = storage[index + 1]
          output[written + 2] = storage[index + 2]
          written += 3
          index += 3
        } else if byte < 0x80 {
          index += 1
          if ByteClass.isASCIISpace(byte) { continue }
          if byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 {
            output[written] = byte
            written += 1
          }
        } else if index + 2 < upper, Self.isDroppedMark(byte, storage[index + 1], storage[index + 2]) {
          index += 3
        } else {
          return nil
        }
        characters += 1
        guard characters <= limit else { return nil }
      }
      return body(UnsafeBufferPointer(rebasing: output[0..<written]))
    }
  }

  /// Whether the three bytes are one of `（），：；／` (EF BC 88, 89, 8C, 9A, 9B, 8F),
  /// `、。` (E3 80 81, 82) or `“”` (E2 80 9C, 9D): marks that normalising drops (after
  /// mapping the full-width ones to ASCII).
  @inline(__always)
  private static func isDroppedMark(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
    switch (first, second) {
    case (0xEF, 0xBC):
      third == 0x88 || third == 0x89 || third == 0x8C || third == 0x9A || third == 0x9B || third == 0x8F
    case (0xE3, 0x80): third == 0x81 || third == 0x82
    case (0xE2, 0x80): third == 0x9C || third == 0x9D
    default: false
    }
  }

  /// The length of the white space character that starts at `index` (before `upper`),
  /// if it is one of the kinds cells are commonly padded with: an ASCII space or
  /// control (tab, line feed, carriage return…), NBSP (C2 A0) or the ideographic space
  /// (E3 80 80). Each is white space to ``ByteClass/isSpace(_:)``, which the general
  /// path skips.
  @inline(__always)
  private static func edgeSpaceLength(_ storage: UnsafeBufferPointer<UInt8>, at index: Int, before upper: Int) -> Int? {
    let byte = storage[index]
    if byte == 0x20 || byte &- 0x09 < 5 { return 1 }
    if byte == 0xC2, index + 1 < upper, storage[index + 1] == 0xA0 { return 2 }
    if byte == 0xE3, index + 2 < upper, storage[index + 1] == 0x80, storage[index + 2] == 0x80 { return 3 }
    return nil
  }

  /// The length of the white space character that ends at `upper` (after `lower`),
  /// of the kinds ``edgeSpaceLength(_:at:before:)`` knows. In valid UTF-8 (which a
  /// document's storage is) these bytes at the end of a span are always that whole
  /// character.
  @inline(__always)
  private static func edgeSpaceLength(_ storage: UnsafeBufferPointer<UInt8>, endingAt upper: Int, after lower: Int)
    -> Int?
  {
    let byte = storage[upper - 1]
    if byte == 0x20 || byte &- 0x09 < 5 { return 1 }
    if byte == 0xA0, upper - 2 >= lower, storage[upper - 2] == 0xC2 { return 2 }
    if byte == 0x80, upper - 3 >= lower, storage[upper - 2] == 0x80, storage[upper - 3] == 0xE3 { return 3 }
    return nil
  }

  /// Calls `body` with `label`'s bytes without its ASCII white space (space, tab,
  /// line feed, vertical tab, form feed, carriage return: ``ByteClass/isASCIISpace(_:)``),
  /// on the stack for labels of ordinary length: bytes that normalise as `label`
  /// does, since normalising skips white space wherever it stands and counts only
  /// the other characters against its limit.
  static func withASCIISpacesDropped<Result>(
    _ label: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(label.count, 1)) { output in
      guard let source = label.baseAddress, let target = output.baseAddress else {
        return body(UnsafeBufferPointer(start: nil, count: 0))
      }
      var written = 0
      var offset = 0
      // Eight bytes at a time, stored whole where the output has got to, then kept up
      // to the first byte below 0x21 among them (every ASCII space is below 0x21):
      // all eight when there is none (the runs of ideographs between a label's spaces,
      // `8. 属于行政查询事项`), else the bytes before it, and it too unless it is white
      // space; the next word is read from the byte after it. Bytes stored past what is
      // kept are overwritten by the next store or lie past the output's end, which
      // `body` never reads. Both the load and the store stay within the label and the
      // output: `offset + 8 <= label.count`, and `written` never passes `offset`.
      while offset &+ 8 <= label.count {
        let raw = UnsafeRawPointer(source + offset).loadUnaligned(as: UInt64.self)
        UnsafeMutableRawPointer(target + written).storeBytes(of: raw, as: UInt64.self)
        // Little-endian, so that the lowest set bit marks the first such byte.
        let low = ByteBlock.less(than: 0x21, UInt64(littleEndian: raw))
        if low == 0 {
          written &+= 8
          offset &+= 8
          continue
        }
        // The byte at `first` was stored at `written + first`: it stays, or is
        // overwritten as the output goes on without it.
        let first = low.trailingZeroBitCount &>> 3
        let byte = source[offset &+ first]
        written &+= first &+ (ByteClass.isASCIISpace(byte) ? 0 : 1)
        offset &+= first &+ 1
      }
      // The rest, and every byte of a short label: each byte is written and the next
      // one written after it unless it was white space, without a branch.
      while offset < label.count {
        let byte = source[offset]
        target[written] = byte
        written &+= ByteClass.isASCIISpace(byte) ? 0 : 1
        offset &+= 1
      }
      return body(UnsafeBufferPointer(start: target, count: written))
    }
  }

  /// Whether `storage[lower..<upper]` is one or more (at most `limit`) three-byte
  /// sequences led by E4 to E9 (U+4000…U+9FFF): spans that normalising would copy
  /// whole, byte for byte, finding no enumerator (an enumerator needs a bracket, a
  /// digit or `、`).
  @inline(__always)
  static func isIdeographsOnly(
    _ storage: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int, limit: Int
  ) -> Bool {
    let length = upper - lower
    guard length > 0, length % 3 == 0, length <= 3 * limit else { return false }
    var index = lower
    while index < upper {
      guard ByteClass.isIdeographLead(storage[index]) else { return false }
      index += 3
    }
    return true
  }

  /// Whether ``plainEnumerator(_:_:_:)`` can find an enumerator at `lower`: only if
  /// the label starts with a bracket (`(`, or EF, the lead of `（`), an ASCII digit,
  /// or a character followed by one led by E3 (`、`). Most labels start with two
  /// ideographs and are turned away here, at two bytes, without a call.
  @inline(__always)
  private static func mayStartEnumerator(_ storage: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int) -> Bool {
    guard lower < upper else { return false }
    let byte = storage[lower]
    return byte == 0x28 || byte == 0xEF || byte &- 0x30 < 10 || (lower + 3 < upper && storage[lower + 3] == 0xE3)
  }

  /// The enumerator at `lower` when it is written in one of the plain ways that
  /// ``enumerator(_:_:)`` reads (`一、`, `（一）` or `(1)`, `1.` or `12、`, with
  /// ASCII digits and brackets or the full-width brackets), with where the label
  /// after it starts and how many characters it takes; `nil` for anything else,
  /// which the general path reads.
  @inline(__always)
  private static func plainEnumerator(
    _ storage: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int
  ) -> (Enumerator, rest: Int, characters: Int)? {
    // `、` (E3 80 81) at `index`.
    func isComma(at index: Int) -> Bool {
      index + 2 < upper && storage[index] == 0xE3 && storage[index + 1] == 0x80 && storage[index + 2] == 0x81
    }
    guard lower < upper else { return nil }
    // 一、 (the `、` is checked first: most labels start with two ideographs)
    if isComma(at: lower + 3), let first = ideograph(storage, at: lower, before: upper),
      let value = chineseNumeral(first)
    {
      return (.chinese(value), lower + 6, 2)
    }
    // （一） or (1)
    if let open = bracket(storage, at: lower, before: upper, ascii: 0x28, fullWidthLast: 0x88) {
      let inner = lower + open
      let value: Int
      let innerLength: Int
      if let scalar = ideograph(storage, at: inner, before: upper), let numeral = chineseNumeral(scalar) {
        (value, innerLength) = (numeral, 3)
      } else if inner < upper, storage[inner] &- 0x30 < 10 {
        (value, innerLength) = (Int(storage[inner] &- 0x30), 1)
      } else {
        return nil
      }
      guard let close = bracket(storage, at: inner + innerLength, before: upper, ascii: 0x29, fullWidthLast: 0x89)
      else { return nil }
      return (.parenthesized(value), inner + innerLength + close, 3)
    }
    // 1. or 12、 (at most three digits)
    var index = lower
    var value = 0
    while index < upper, index - lower < 3, storage[index] &- 0x30 < 10 {
      value = value * 10 + Int(storage[index] &- 0x30)
      index += 1
    }
    guard index > lower else { return nil }
    if index < upper, storage[index] == 0x2E { return (.arabic(value), index + 1, index - lower + 1) }
    if isComma(at: index) { return (.arabic(value), index + 3, index - lower + 1) }
    return nil
  }

  /// The ideograph at `index` (before `upper`), as a scalar, if it is one (lead E4
  /// to E9).
  @inline(__always)
  private static func ideograph(_ storage: UnsafeBufferPointer<UInt8>, at index: Int, before upper: Int) -> UInt32? {
    guard index + 2 < upper, ByteClass.isIdeographLead(storage[index]) else { return nil }
    return (UInt32(storage[index] & 0x0F) << 12) | (UInt32(storage[index + 1] & 0x3F) << 6)
      | UInt32(storage[index + 2] & 0x3F)
  }

  /// The length of the bracket at `index` (before `upper`): 1 for the ASCII one
  /// (`ascii`), 3 for the full-width one (EF BC `fullWidthLast`: 88 for `（`, 89 for
  /// `）`); `nil` for anything else.
  @inline(__always)
  private static func bracket(
    _ storage: UnsafeBufferPointer<UInt8>, at index: Int, before upper: Int, ascii: UInt8, fullWidthLast: UInt8
  ) -> Int? {
    guard index < upper else { return nil }
    if storage[index] == ascii { return 1 }
    if index + 2 < upper, storage[index] == 0xEF, storage[index + 1] == 0xBC, storage[index + 2] == fullWidthLast {
      return 3
    }
    return nil
  }

  /// How many leading characters decide the enumerator (`（一）、`, `12.5` and the like).
  private static let headLength = 6

  /// Writes `scalar` (a kept one, so never a surrogate) as UTF-8; returns the length.
  @inline(__always)
  private static func encode(_ scalar: UInt32, into output: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
    switch scalar {
    case ..<0x80:
      output[offset] = UInt8(scalar)
      return 1
    case ..<0x800:
      output[offset] = UInt8(0xC0 | (scalar >> 6))
      output[offset + 1] = UInt8(0x80 | (scalar & 0x3F))
      return 2
    case ..<0x10000:
      output[offset] = UInt8(0xE0 | (scalar >> 12))
      output[offset + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
      output[offset + 2] = UInt8(0x80 | (scalar & 0x3F))
      return 3
    default:
      output[offset] = UInt8(0xF0 | (scalar >> 18))
      output[offset + 1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
      output[offset + 2] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
      output[offset + 3] = UInt8(0x80 | (scalar & 0x3F))
      return 4
    }
  }

  /// CJK ideographs, ASCII letters and digits are kept; punctuation is dropped.
  private static func isKept(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
    case 0x3400...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
    default: false
    }
  }

  private static func chineseNumeral(_ scalar: UInt32) -> Int? {
    switch scalar {
    case 0x4E00: 1  // 一
    case 0x4E8C: 2  // 二
    case 0x4E09: 3  // 三
    case 0x56DB: 4  // 四
    case 0x4E94: 5  // 五
    case 0x516D: 6  // 六
    case 0x4E03: 7  // 七
    case 0x516B: 8  // 八
    case 0x4E5D: 9  // 九
    case 0x5341: 10  // 十
    default: nil
    }
  }

  private static func enumerator(_ scalars: UnsafeBufferPointer<UInt32>, _ position: inout Int) -> Enumerator? {
    guard let first = scalars.first else { return nil }
    // (一) or (1)
    if first == 0x28 || first == 0x3014 || first == 0x3010 {
      if scalars.count >= 3, let value = chineseNumeral(scalars[1]) ?? digitValue(scalars[1]),
        scalars[2] == 0x29 || scalars[2] == 0x3015 || scalars[2] == 0x3011
      {
        position = 3
        if position < scalars.count, scalars[position] == 0x3001 || scalars[position] == 0x2E { position += 1 }
        return .parenthesized(value)
      }
      return nil
    }
    // 一、
    if let value = chineseNumeral(first), scalars.count >= 2, scalars[1] == 0x3001 {
      position = 2
      return .chinese(value)
    }
    // 1. 1、 12.
    var index = 0
    var value = 0
    while index < scalars.count, index < 3, let digit = digitValue(scalars[index]) {
      value = value * 10 + digit
      index += 1
    }
    if index > 0, index < scalars.count, scalars[index] == 0x2E || scalars[index] == 0x3001 {
      // "1.5" is a number, not an enumerator.
      if index + 1 < scalars.count, digitValue(scalars[index + 1]) != nil { return nil }
      position = index + 1
      return .arabic(value)
    }
    return nil
  }

  private static func digitValue(_ scalar: UInt32) -> Int? {
    scalar >= 0x30 && scalar <= 0x39 ? Int(scalar - 0x30) : nil
  }
}
