/// Reads the title, agency and year from the lines before the first section.
enum MetadataReader {
  struct Metadata {
    var title: String?
    var agency: String?
    var year: Int?
    var yearLine: Int?
    /// `title`, `agency` or `year` for each that was not found, in that order:
    /// worked out when asked, not stored, so that a report's metadata holds no list
    /// (its destroy, out of line, and the list's own cost about 100 instructions a
    /// report, and a list of names was allocated for a report missing one).
    var missing: [String] {
      var missing: [String] = []
      if title == nil { missing.append("title") }
      if agency == nil { missing.append("agency") }
      if year == nil { missing.append("year") }
      return missing
    }
    /// How many names ``missing`` lists, counted without making the list.
    var missingCount: Int { (title == nil ? 1 : 0) + (agency == nil ? 1 : 0) + (year == nil ? 1 : 0) }
  }

  /// The metadata of the paragraphs before the first section, each given as its
  /// trimmed span of `storage` and its line.
  ///
  /// Only the title's paragraph is made into a string (as `Document.text(_:)` makes
  /// it): the others are looked through as bytes, since a title word (valid UTF-8,
  /// without U+FFFD) is found in a paragraph's bytes exactly when it is found in the
  /// string made of them (an ill-formed sequence is replaced whole, never merged
  /// with the valid characters around it). A year is looked for in the other
  /// paragraphs' strings, made only when the title holds none.
  /// `storageIsValid` tells whether `storage` is known valid UTF-8
  /// (``Document/isKnownValidUTF8``), so that whole spans need no check.
  static func read(
    preamble: UnsafeBufferPointer<(span: TextSpan, line: Int)>, in storage: UnsafeBufferPointer<UInt8>,
    storageIsValid: Bool = false
  ) -> Metadata {
    func text(_ span: TextSpan) -> String {
      let lower = min(max(0, span.start), storage.count)
      let upper = min(max(lower, span.end), storage.count)
      return ValidText.string(of: storage, lower, upper, storageIsValid: storageIsValid)
    }
    var titleParagraph: (span: TextSpan, line: Int)?
    for word in titleWordBytes where titleParagraph == nil {
      titleParagraph = preamble.first { paragraph in
        let lower = min(max(0, paragraph.span.start), storage.count)
        let upper = min(max(lower, paragraph.span.end), storage.count)
        let bytes = UnsafeBufferPointer(rebasing: storage[lower..<upper])
        return endsWith(word.buffer, bytes)
          || (storageIsValid
            ? firstScalarOffset(of: word.buffer, in: bytes) : ByteClass.firstOffset(of: word.buffer, in: bytes))
            != nil
      }
    }
    let titleLine = titleParagraph.map { (text: text($0.span), line: $0.line) }
    // The common title, with its year: read from its bytes in the storage, which
    // are the title string's own when the storage is valid and the span whole (the
    // string is then made of them unchanged), so the year and agency found are the
    // ones the string gives (a test compares the two ways).
    if let titleParagraph, let titleLine, storageIsValid {
      let lower = min(max(0, titleParagraph.span.start), storage.count)
      let upper = min(max(lower, titleParagraph.span.end), storage.count)
      if ValidText.isWhole(storage, lower, upper) {
        let bytes = UnsafeBufferPointer(rebasing: storage[lower..<upper])
        if let found = findYear(inBytes: bytes) {
          let agency = agencyName(in: bytes, year: found.lower..<found.upper) {
            restOffset(in: bytes, after: found.upper, title: titleLine.text)
          }
          return metadata(title: titleLine.text, agency: agency, year: found.year, yearLine: titleLine.line)
        }
      }
    }
    return read(titleLine: titleLine, preambleCount: preamble.count) { position in
      let paragraph = preamble[preamble.startIndex + position]
      return (text(paragraph.span), paragraph.line)
    }
  }

  /// Whether `bytes` ends with `word`: a paragraph that holds a title word most
  /// often ends with it (`…工作年度报告`), which this tells without the search from
  /// the start (``ByteClass/firstOffset(of:in:)``); a paragraph that ends with it
  /// holds it, so asking this first finds the same paragraphs.
  static func endsWith(_ word: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard word.count <= bytes.count else { return false }
    let start = bytes.count - word.count
    for offset in 0..<word.count where bytes[start + offset] != word[offset] { return false }
    return true
  }

  /// The metadata found.
  private static func metadata(title: String?, agency: String?, year: Int?, yearLine: Int?) -> Metadata {
    Metadata(title: title, agency: agency, year: year, yearLine: yearLine)
  }

  /// Where the agency's name after the year is looked for in the title's valid
  /// UTF-8 `bytes` (whose string is `title`), the year ending at `yearEnd`: past a
  /// `度` that follows the year as a character of its own (dropped with the year:
  /// `2021年度`), else at `yearEnd`. Both ways of reading a title use it.
  ///
  /// `度` is a character of its own when nothing follows it, or an ASCII byte, or an
  /// ideograph of U+4E00 to U+9FFF (none of which joins a character before it);
  /// after anything else (a combining mark, say) the string decides, as the
  /// general path does.
  static func restOffset(in bytes: UnsafeBufferPointer<UInt8>, after yearEnd: Int, title: String) -> Int {
    guard yearEnd >= 0, yearEnd + 3 <= bytes.count, bytes[yearEnd] == 0xE5, bytes[yearEnd + 1] == 0xBA,
      bytes[yearEnd + 2] == 0xA6
    else { return yearEnd }
    let next = yearEnd + 3
    if next == bytes.count || bytes[next] < 0x80 { return next }
    if (0x4E00...0x9FFF).contains(ByteClass.scalar(in: bytes, at: next).value) { return next }
    let utf8 = title.utf8
    let after = title[utf8.index(utf8.startIndex, offsetBy: yearEnd)...]
    guard after.hasPrefix("度") else { return yearEnd }
    return utf8.distance(from: utf8.startIndex, to: after.dropFirst().startIndex)
  }

  /// ``read(preamble:in:storageIsValid:)`` of paragraphs given in an array.
  static func read(
    preamble: ArraySlice<(span: TextSpan, line: Int)>, in storage: UnsafeBufferPointer<UInt8>,
    storageIsValid: Bool = false
  ) -> Metadata {
    preamble.withUnsafeBufferPointer { read(preamble: $0, in: storage, storageIsValid: storageIsValid) }
  }

  /// The metadata of the paragraphs before the first section, given as strings.
  static func read(preamble: [(text: String, line: Int)]) -> Metadata {
    var titleLine: (text: String, line: Int)?
    for word in LabelTable.titleWords where titleLine == nil {
      titleLine = preamble.first { $0.text.utf8Range(of: word) != nil }
    }
    return read(titleLine: titleLine, preambleCount: preamble.count) { preamble[$0] }
  }

  /// The metadata once the title's paragraph is known (`nil` when no paragraph holds
  /// a title word): the year and agency from the title, or the year from the first
  /// eight paragraphs when the title has none. `paragraph` gives the preamble's
  /// paragraph at a position below `preambleCount`, made only when asked for: a
  /// closure that does not escape, so that (unlike a lazily mapped sequence, whose
  /// closure escapes into it) its context is not allocated on the heap.
  private static func read(
    titleLine: (text: String, line: Int)?, preambleCount: Int, paragraph: (Int) -> (text: String, line: Int)
  ) -> Metadata {
    let title = titleLine?.text
    var year: Int?
    var yearLine: Int?
    var agency: String?
    if let titleLine, let found = findYear(in: titleLine.text) {
      year = found.year
      yearLine = titleLine.line
      agency = agencyName(in: titleLine.text, yearRange: found.range)
    } else {
      for position in 0..<min(8, preambleCount) {
        let line = paragraph(position)
        if let found = findYear(in: line.text) {
          year = found.year
          yearLine = line.line
          break
        }
      }
      if let title { agency = agencyName(in: title, yearRange: nil) }
    }
    return metadata(title: title, agency: agency, year: year, yearLine: yearLine)
  }

  /// The first `YYYY` (1990–2099, ASCII or full-width digits) followed, perhaps
  /// after spaces, by `年`.
  static func findYear(in text: String) -> (year: Int, range: Range<String.Index>)? {
    var text = text
    guard let found = text.withUTF8({ findYear(inBytes: $0) }) else { return nil }
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: found.lower)
    let upper = utf8.index(utf8.startIndex, offsetBy: found.upper)
    return (found.year, lower..<upper)
  }

  /// ``findYear(in:)`` of the valid UTF-8 `bytes`: the year, and the offsets of its
  /// first byte and of the byte after its `年`.
  ///
  /// Read scalar by scalar straight from the bytes, a run of digits at a time: a
  /// year is a run of exactly four digits (a longer run holds a digit where the
  /// year must be followed by white space or 年), so only runs need looking at. A
  /// digit's scalar starts with an ASCII digit or 0xEF (full-width ones), and in
  /// valid UTF-8 such a byte always starts a scalar (a continuation byte is
  /// 0x80 to 0xBF): the bytes before the next such one are passed without being
  /// decoded, and the same runs are found as scalar by scalar. Of those, a lead
  /// byte of a three-byte scalar other than 0xEF (0xE0 to 0xEE: every ideograph of
  /// a title) is passed with its two continuation bytes in one step, since in valid
  /// UTF-8 neither can start a digit; on any other input the step only passes
  /// bytes (each read is at an offset the loop checks), never reads past the end.
  static func findYear(inBytes bytes: UnsafeBufferPointer<UInt8>) -> (year: Int, lower: Int, upper: Int)? {
    var offset = 0
    while offset < bytes.count {
      let byte = bytes[offset]
      guard (byte >= 0x30 && byte <= 0x39) || byte == 0xEF else {
        offset += byte & 0xF0 == 0xE0 ? 3 : 1
        continue
      }
      // An ASCII digit is its own scalar, a digit: only 0xEF (a full-width digit or
      // another scalar) is decoded.
      if byte == 0xEF {
        let (first, firstLength) = ByteClass.scalar(in: bytes, at: offset)
        guard ByteClass.digit(first) != nil else {
          offset += firstLength
          continue
        }
      }
      let runStart = offset
      var value = 0
      var digits = 0
      while offset < bytes.count {
        // An ASCII digit read as it stands (the scalar its byte is); any other byte
        // decoded, as a full-width digit or the end of the run.
        let next = bytes[offset]
        let digit: Int
        let length: Int
        if next &- 0x30 < 10 {
          (digit, length) = (Int(next &- 0x30), 1)
        } else {
          let (scalar, scalarLength) = ByteClass.scalar(in: bytes, at: offset)
          guard let wide = ByteClass.digit(scalar) else { break }
          (digit, length) = (wide, scalarLength)
        }
        if digits < 4 { value = value * 10 + digit }
        digits += 1
        offset += length
      }
      // `offset` is at the scalar after the run, where the scan goes on.
      guard digits == 4 else { continue }
      var after = offset
      while after < bytes.count {
        let (scalar, length) = ByteClass.scalar(in: bytes, at: after)
        guard ByteClass.isSpace(scalar) else { break }
        after += length
      }
      // 年 is U+5E74.
      if after < bytes.count, (1990...2099).contains(value) {
        let (scalar, length) = ByteClass.scalar(in: bytes, at: after)
        if scalar == 0x5E74 { return (value, runStart, after + length) }
      }
    }
    return nil
  }

  /// The body's name: the title's words before the year (`金乡县卜集镇人民政府 2021 年…`),
  /// or, when the title starts with the year, those between the year and
  /// `政府信息公开` (`2019年上海市人民政府办公厅政府信息公开…`).
  static func agencyName(in title: String, yearRange: Range<String.Index>?) -> String? {
    let text = title
    var title = title
    let utf8 = text.utf8
    let year = yearRange.map {
      utf8.distance(from: utf8.startIndex, to: $0.lowerBound)..<utf8.distance(from: utf8.startIndex, to: $0.upperBound)
    }
    return title.withUTF8 { bytes in
      agencyName(in: bytes, year: year) { year.map { restOffset(in: bytes, after: $0.upperBound, title: text) } ?? 0 }
    }
  }

  /// ``agencyName(in:yearRange:)`` of a title's valid UTF-8 `bytes`, its year at
  /// `year` (offsets of the bytes, on scalar boundaries); `rest` gives where the
  /// name after the year is looked for (past a `度` that follows it), asked only
  /// when no name stands before the year.
  static func agencyName(
    in title: UnsafeBufferPointer<UInt8>, year: Range<Int>?, rest: () -> Int
  ) -> String? {
    guard let year, year.lowerBound >= 0, year.upperBound <= title.count else {
      return clean(cut(title))
    }
    if let name = clean(cut(UnsafeBufferPointer(rebasing: title[..<year.lowerBound]))) { return name }
    let start = min(max(rest(), 0), title.count)
    return clean(cut(UnsafeBufferPointer(rebasing: title[start...])))
  }

  /// `text` up to the earliest of ``LabelTable/agencyEndWords`` in it (the whole
  /// text when it holds none). Each word after the first found is looked for only
  /// where it could start before the earliest so far.
  private static func cut(_ text: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var end = text.count
    for marker in agencyEndWordBytes {
      let marker = marker.buffer
      // A match that starts before `end` lies within its first `end + count - 1` bytes.
      let window = UnsafeBufferPointer(rebasing: text[..<min(text.count, end + max(marker.count, 1) - 1)])
      if let offset = firstScalarOffset(of: marker, in: window), offset < end { end = offset }
    }
    return UnsafeBufferPointer(rebasing: text[..<end])
  }

  /// ``ByteClass/firstOffset(of:in:)`` for valid UTF-8: the offset of the first
  /// match of `needle` in `haystack`, looked for only where a scalar starts, a
  /// scalar at a time instead of a byte at a time (a title's ideographs are three
  /// bytes each).
  ///
  /// The same answer when `haystack` is part of valid UTF-8 (a span of it, whole or
  /// not) and `needle` is valid UTF-8: a match starts where `needle` does, with a
  /// scalar's first byte, so only such offsets can hold one, and they are exactly
  /// those this visits (a continuation byte, met only at a cut start, is passed one
  /// at a time; a first byte, with the rest of its scalar). `cut(_:)` is given only
  /// valid UTF-8 (a title's string or its known-valid bytes), and the title search
  /// uses this only for known-valid storage. Any other input only changes which
  /// offsets are looked at: every read is at an offset below `haystack.count`
  /// (a match is compared only where the whole needle fits).
  static func firstScalarOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>)
    -> Int?
  {
    guard let first = needle.first, needle.count <= haystack.count else { return nil }
    let last = haystack.count - needle.count
    var start = 0
    while start <= last {
      let byte = haystack[start]
      if byte == first {
        var matched = 1
        while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
        if matched == needle.count { return start }
      }
      // A scalar's length from its first byte; 1 for a continuation byte.
      start += byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
    }
    return nil
  }

  /// `text` (valid UTF-8, its ends on scalar boundaries) without the white space
  /// and marks at its ends, as a string, or `nil` when nothing is left.
  ///
  /// The marks are compared as scalar values, read straight from the UTF-8 bytes:
  /// 《 “ " before the name; （ ( 关 于 的 after it. What is left is whole scalars,
  /// so valid UTF-8, made into a string without a second check.
  private static func clean(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var lower = 0
    var upper = bytes.count
    while lower < upper {
      let (scalar, length) = ByteClass.scalar(in: bytes, at: lower)
      guard ByteClass.isSpace(scalar) || isOpeningMark(scalar) else { break }
      lower += length
    }
    while lower < upper {
      // The last scalar starts at the last byte that is not a continuation byte.
      var start = upper - 1
      while start > lower, bytes[start] & 0xC0 == 0x80 { start -= 1 }
      let scalar = ByteClass.scalar(in: bytes, at: start).value
      guard ByteClass.isSpace(scalar) || isClosingWord(scalar) else { break }
      upper = start
    }
    return lower < upper ? ValidText.string(knownValid: UnsafeBufferPointer(rebasing: bytes[lower..<upper])) : nil
  }
}

extension MetadataReader {
  /// ``LabelTable/agencyEndWords`` as UTF-8 bytes, made once: the agency's name is
  /// cut at them in every title, and each word's bytes were fetched from its
  /// string (retained, and copied to the stack for a short word) every time.
  private static let agencyEndWordBytes = PermanentBuffer(
    LabelTable.agencyEndWords.map { PermanentBuffer(Array($0.utf8)) })

  /// ``LabelTable/titleWords`` as UTF-8 bytes, made once, for the same reason: the
  /// title's paragraph is found by them in every report.
  private static let titleWordBytes = PermanentBuffer(
    LabelTable.titleWords.map { PermanentBuffer(Array($0.utf8)) })

  /// Whether `scalar` is 《, “ or ", which ``agencyName(in:yearRange:)`` drops
  /// before the name.
  private static func isOpeningMark(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x300A, 0x201C, 0x22: true
    default: false
    }
  }

  /// Whether `scalar` is （, (, 关, 于 or 的, which ``agencyName(in:yearRange:)``
  /// drops after the name.
  private static func isClosingWord(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0xFF08, 0x28, 0x5173, 0x4E8E, 0x7684: true
    default: false
    }
  }
}

extension StringProtocol {
  /// The range of the first occurrence of `needle`, compared as UTF-8 bytes (both
  /// sides are text as read, so equal characters have equal bytes).
  func utf8Range(of needle: String) -> Range<Index>? {
    var needle = needle
    // Contiguous UTF-8 (every native string): a byte search on the buffer.
    // Otherwise (a bridged string) the same search on a copy.
    let found = needle.withUTF8 { needleBytes -> Int? in
      utf8.withContiguousStorageIfAvailable { ByteClass.firstOffset(of: needleBytes, in: $0) }
        ?? Array(utf8).withUnsafeBufferPointer { ByteClass.firstOffset(of: needleBytes, in: $0) }
    }
    guard let found else { return nil }
    let lower = utf8.index(utf8.startIndex, offsetBy: found)
    return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
  }
}
