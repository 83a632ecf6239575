/// What a table cell holds, as the interpreter sees it.
enum CellValue: Sendable, Hashable {
  /// Nothing but white space.
  case empty
  /// Only `-`, `—`, `/`, `无` or the like: the agency wrote "nothing".
  case placeholder
  /// A number.
  case number(NumberText)
  /// Anything else: a label, a heading, prose.
  case text

  /// The count the cell holds when it is a non-negative plain count
  /// (``NumberText/plainCount``), else `nil`: what recording stores without a
  /// message, told from the flag set when the cell was read.
  @inline(__always)
  var plainCount: Int? {
    if case .number(let number) = self { number.plainCount } else { nil }
  }

  /// Whether the cell holds nothing but white space.
  var isEmpty: Bool {
    if case .empty = self { true } else { false }
  }

  /// Whether the cell can stand in a value column (empty, placeholder or number).
  var isValueLike: Bool {
    if case .text = self { false } else { true }
  }
}

/// A number as written in a cell, read from its UTF-8 bytes.
struct NumberText: Sendable, Hashable {
  /// The unit written after the number, if any.
  enum Unit: Sendable, Hashable {
    /// 万元, the unit of every decimal field.
    case tenThousandYuan
    /// 元.
    case yuan
    /// A counting word (件, 个, 项, 次, 条, 人): harmless for counts.
    case count
  }

  // The fields are laid out with the optional integer first, so that the one-byte
  // fields fill its tail: a number takes 12 bytes and a cell value 16, which every
  // row's reading writes and every placement and record reads. The four marks are
  // bits of one byte, so that a number is written as one 8-byte and one 4-byte
  // store (with a byte for each, 15 bytes took four stores and shifts). They are
  // constants, so that ``isPlainCount``, worked out from the others when the number
  // is made, always agrees with them.

  /// The integer part's value, or `nil` if it overflows `Int`.
  let integerPart: Int?
  /// Whether the number is a non-negative plain count: an integer part that fits
  /// in `Int`, no sign, point, repair or unit other than a counting word, not
  /// overlong (see ``plainCount``). Worked out once, when the number is read, so
  /// that recording a row's values (which asks it of nearly every value) tests one
  /// byte instead of decoding the number again. Right after the integer, so that it
  /// is the byte where a cell value keeps which case it is (a cell that is no number
  /// holds there a value no `Bool` has): one byte then tells a plain count from
  /// anything else.
  let isPlainCount: Bool
  /// The unit written after the number.
  let unit: Unit?
  /// ``negative``, ``isOverlong``, ``hasFraction`` and ``repaired``, one bit each.
  private let marks: UInt8

  private static var negativeMark: UInt8 { 1 }
  private static var overlongMark: UInt8 { 2 }
  private static var fractionMark: UInt8 { 4 }
  private static var repairedMark: UInt8 { 8 }

  /// Whether a minus sign was written.
  var negative: Bool { marks & Self.negativeMark != 0 }
  /// Whether more than ``maximumDigits`` digits were written: no field holds such
  /// a number, and its value is always `null`.
  var isOverlong: Bool { marks & Self.overlongMark != 0 }
  /// Whether a decimal point was written.
  var hasFraction: Bool { marks & Self.fractionMark != 0 }
  /// Whether reading it needed a repair: full-width digits or thousands separators.
  var repaired: Bool { marks & Self.repairedMark != 0 }

  /// How many bytes of digits, sign and point a number's text keeps
  /// (``CellValue/digits(_:_:)``).
  static var maximumDigits: Int { 32 }

  /// The value as an integer, if it is a whole number that fits in `Int`.
  var integer: Int? {
    guard !hasFraction, let integerPart else { return nil }
    return negative ? -integerPart : integerPart
  }

  /// Whether the value is the integer 0 (``integer`` is 0): no decimal point, and
  /// an integer part of 0, whichever sign was written. Told without negating, as
  /// ``integer`` does, for placing a row's values, which asks it of every number
  /// until one is not 0.
  var isZero: Bool { !hasFraction && integerPart == 0 }

  /// The count, when the number is a non-negative plain count (``isPlainCount``):
  /// a value an integer field takes as it is, with no message. `nil` for any
  /// other number, a negative count included (rare: the general path of
  /// recording stores the same integer for it, ``integer``).
  @inline(__always)
  var plainCount: Int? {
    guard isPlainCount else { return nil }
    return integerPart
  }

  /// A number of `digitCount` ASCII digits, sign and point (as written, without
  /// grouping).
  init(negative: Bool, integerPart: Int?, digitCount: Int, hasFraction: Bool, unit: Unit?, repaired: Bool) {
    let isOverlong = digitCount > Self.maximumDigits
    self.integerPart = integerPart
    self.unit = unit
    marks =
      (negative ? Self.negativeMark : 0) | (isOverlong ? Self.overlongMark : 0)
      | (hasFraction ? Self.fractionMark : 0) | (repaired ? Self.repairedMark : 0)
    isPlainCount =
      !negative && integerPart != nil && !hasFraction && !repaired && !isOverlong && (unit == nil || unit == .count)
  }

  /// A whole number written as plain ASCII digits (at most 18).
  init(plainValue: Int) {
    integerPart = plainValue
    unit = nil
    marks = 0
    // At most 18 digits: never negative, fractional, repaired, overlong or too large.
    isPlainCount = true
  }

  /// A lone full-width digit (`０` to `９`, EF BC 90 to EF BC 99), `digit` its
  /// value (0 to 9): what the general reading finds for such a cell
  /// (``CellValue/readNumber(_:_:_:)``), a repaired number of one digit, no plain
  /// count.
  init(fullWidthDigit digit: Int) {
    integerPart = digit
    unit = nil
    marks = Self.repairedMark
    isPlainCount = false
  }

  /// Whether `string` is a plain ASCII decimal number such as `-12.3400`.
  static func isPlainDecimal(_ string: String) -> Bool {
    var sawDigit = false
    var sawPoint = false
    for (offset, byte) in string.utf8.enumerated() {
      switch byte {
      case 0x30...0x39: sawDigit = true
      case 0x2E where !sawPoint && sawDigit: sawPoint = true
      case 0x2D where offset == 0: continue
      default: return false
      }
    }
    return sawDigit && string.utf8.last != 0x2E
  }
}

extension CellValue {
  /// Reads the cell at `span` of `storage`.
  @inline(__always)
  static func read(_ storage: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> CellValue {
    var bounds = (start: 0, end: 0)
    return read(storage, span, trimmed: &bounds)
  }

  /// Reads the cell at `span` of `storage`, setting `bounds` to where its bytes lie
  /// with white space cut off both ends (``ByteClass/trimmed(_:_:)``, within
  /// `storage`), which reading finds first: for a caller that uses them for more
  /// than the value (``RowAnalysis`` looks a text cell's label up within them), so
  /// that a cell is trimmed once. One function that trims and reads, not a call of
  /// one that reads trimmed bounds: the row reader, at the inliner's limit, inlines
  /// it whole as it inlined ``read(_:_:)``, and left such a call not inlined.
  @inline(__always)
  static func read(
    _ storage: UnsafeBufferPointer<UInt8>, _ span: TextSpan, trimmed bounds: inout (start: Int, end: Int)
  ) -> CellValue {
    // The commonest cells are settled at once, without trimming (most counts are
    // 0, and a third of a report's cells are empty): a cell of one byte when that
    // byte is an ASCII digit (the layouts that write no spaces around cells), which
    // trimming would keep whole and the plain digits below would read as this same
    // number, or a space (a Markdown table's empty cell), which trimming would cut
    // to nothing at the span's end; and a cell of three bytes that is one ASCII
    // digit between two spaces (a Markdown table's ` 0 `), which trimming would cut
    // to that digit, or that is one full-width digit (`０`, a damaged report's
    // commonest cell that is neither plain digits nor text), which trimming would
    // keep whole and the general reading would read as this same repaired number
    // (``NumberText/init(fullWidthDigit:)``); an empty span (the other layouts'
    // empty cell), which
    // trimming would leave empty, with no byte read; and a cell of more than three
    // bytes that ends with an ideograph and starts with one, with a bracket or with
    // an enumeration's `1.` (the other layouts' label, ``isLeadLabel(_:_:_:)``),
    // which trimming would keep whole and the reading below would call text, or
    // such a cell between two spaces (a Markdown table's label), which trimming
    // would cut to the cell within the spaces; and a cell of more than three bytes
    // that is plain digits between two spaces (a Markdown table's ` 12 `, the
    // commonest cell still trimmed), which trimming would cut to the digits and the
    // plain digits below would read as this same number. Any other
    // cell is read the general way. (With the label shortcut, the trimming below
    // was left a call, +2,400 a clean report, until the rarest cells' reading was
    // moved out of line, ``readRare(_:_:_:)``.) Each span is first
    // told within the storage, so no byte outside it is read: a span of one byte by
    // its start's unsigned comparison with the count (a negative bound reads as a
    // huge one); a longer one by a start not negative and an end within the count
    // (unsigned), which with the length tested (a positive difference of two bounds
    // not negative, so no wrapping one) put the start before the end and the count.
    // The start's test is no instruction in the cell pass (``InterpretationRun``),
    // whose spans are made from 32-bit bounds that the compiler knows are not
    // negative; it replaced a second unsigned comparison of the start with the count
    // (−105 a clean report, −129 a damaged one). A cell of one byte, the commonest
    // (about 160 of a clean report's 370 cells), is told first, as `_fastPath` asks:
    // the compiler made the tests of one length a `switch` and tested three bytes
    // first, two instructions more for each cell of one byte (−197 a clean report,
    // −195 a damaged one).
    if _fastPath(span.end &- span.start == 1), UInt(bitPattern: span.start) < UInt(bitPattern: storage.count) {
      let digit = storage[span.start] &- 0x30
      if digit < 10 {
        bounds = (span.start, span.end)
        return .number(NumberText(plainValue: Int(digit)))
      }
      // A lone space, a Markdown table's empty cell: trimmed to nothing at its end.
      if digit == 0x20 &- 0x30 {
        bounds = (span.end, span.end)
        return .empty
      }
    } else if span.end &- span.start == 3, span.start >= 0,
      UInt(bitPattern: span.end) <= UInt(bitPattern: storage.count)
    {
      // A Markdown cell of one digit, ` 0 `: trimmed to the digit.
      let digit = storage[span.start &+ 1] &- 0x30
      if digit < 10, storage[span.start] == 0x20, storage[span.start &+ 2] == 0x20 {
        bounds = (span.start &+ 1, span.start &+ 2)
        return .number(NumberText(plainValue: Int(digit)))
      }
      // A lone full-width digit, `０` (EF BC 90) to `９`: the commonest cell of a
      // damaged report that is neither plain digits nor text, which trimming would
      // keep whole.
      let fullWidth = storage[span.start &+ 2] &- 0x90
      if fullWidth < 10, digit == 0xBC &- 0x30, storage[span.start] == 0xEF {
        bounds = (span.start, span.end)
        return .number(NumberText(fullWidthDigit: Int(fullWidth)))
      }
    } else if span.end == span.start {
      // An empty span (the tab-separated and cell-per-line layouts' empty cells):
      // empty, with no byte read. Its bounds are never used (only a text cell's
      // are), but set as the trimming sets them for a span within the storage.
      bounds = (span.start, span.start)
      return .empty
    } else if span.end &- span.start > 3, span.start >= 0, UInt(bitPattern: span.end) <= UInt(bitPattern: storage.count)
    {
      // A label written without white space around it (the tab-separated and
      // cell-per-line layouts' labels, about two thirds of a clean report's), or with
      // one space each side (a Markdown table's): text, its bounds the span's own or
      // within its spaces, with no trimming (``isLeadLabel(_:_:_:)``). A space at
      // each end is all the trimming would cut before the label within: at the start
      // it steps over the space and stops at the label's first byte (an ideograph's
      // lead, `(`, EF or a digit, none of them white space's first byte), at the end
      // over the space and stops at the byte from 0x80 up whose lead, three bytes
      // back, is an ideograph's. (Told in two tests, the Markdown form second: one
      // test of the padded bounds cost more than it saved, +94 a clean report. The
      // bracket and enumerated labels, about a third of a clean report's labels
      // but for this test trimmed and told after the plain digits, cost about 75
      // instructions each more that way: −1,430 a clean report.)
      if isLeadLabel(storage, span.start, span.end) {
        bounds = (span.start, span.end)
        return .text
      }
      if span.end &- span.start > 5, storage[span.start] == 0x20, storage[span.end &- 1] == 0x20,
        isLeadLabel(storage, span.start &+ 1, span.end &- 1)
      {
        bounds = (span.start &+ 1, span.end &- 1)
        return .text
      }
      // A Markdown cell of plain digits, ` 12 `: trimmed to the digits.
      if storage[span.start] == 0x20, storage[span.end &- 1] == 0x20, storage[span.start &+ 1] &- 0x30 < 10,
        storage[span.end &- 2] &- 0x30 < 10, let number = plainDigits(storage, span.start &+ 1, span.end &- 1)
      {
        bounds = (span.start &+ 1, span.end &- 1)
        return .number(number)
      }
    }
    let (start, end) = ByteClass.trimmed(storage, span)
    bounds = (start, end)
    if start == end { return .empty }
    // Plain digits first: most cells that reach the trimming now are numbers (the
    // labels a report writes are mostly settled by the shortcuts above), and a cell
    // that starts with an ideograph's lead leaves their loop at its first byte (no
    // digit), so the order changes no value. (Plain digits after the label test
    // below: +219 a clean report, +294 a damaged one.)
    if let number = plainDigits(storage, start, end) { return .number(number) }
    // A label starts with an ideograph (lead bytes E4 to E9): when it is longer than
    // that one character it is text. A placeholder that starts with one (一 or 无)
    // is that character alone, since any other character after it, white space
    // aside, makes it none; so most labels skip the placeholder scan.
    if ByteClass.isIdeographLead(storage[start]), end &- start > 3 { return .text }
    // A cell that starts with an opening bracket, `（` (EF BC 88) or `(`, as table
    // 三's row labels do (`（一）予以公开`, `(二)…`), is text: no placeholder starts
    // with one (its scan finds no dash, slash or 无 there), and no number (reading
    // finds no digit or sign first, and a unit only after a digit).
    if isOpeningBracket(storage, start, end) { return .text }
    // No placeholder starts with an ASCII digit (``mayStartPlaceholder(_:_:_:)``):
    // a cell that does (table 三's `1.属于国家秘密`, a decimal) skips the call, and
    // is text at once when it is such an enumerated label (``isEnumeratedLabel``).
    if storage[start] &- 0x30 < 10, isEnumeratedLabel(storage, start, end) { return .text }
    return readRare(storage, start, end)
  }

  /// The value of the trimmed, non-empty cell from `start` to `end` (within
  /// `storage`) that is no label led by an ideograph, no plain digits, no cell led
  /// by a bracket and no enumerated label: what ``read(_:_:trimmed:)`` reads last
  /// (placeholders, full-width numbers, numbers with a sign, point, separator or
  /// unit, other text), a few cells a report. Never inlined: the row reader, at the
  /// inliner's limit, kept ``ByteClass/trimmed(_:_:)`` inlined only with this
  /// reading out of line once the label shortcut was added (measured).
  @inline(never)
  static func readRare(_ storage: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> CellValue {
    if storage[start] &- 0x30 >= 10, let value = placeholderOrFullWidthNumber(storage, start, end) {
      return value
    }
    // A number starts with a digit or a sign, ASCII or full-width (lead byte EF), or
    // with U+2212 (lead byte E2): a cell that starts with a letter or with a CJK
    // character (lead bytes E3 to E9) is text, as reading it would find.
    let lead = storage[start]
    if (lead >= 0xE3 && lead <= 0xE9) || ((lead | 0x20) >= 0x61 && (lead | 0x20) <= 0x7A) { return .text }
    // A number ends with a digit or a unit: a cell that ends with anything else
    // (`1.属于国家秘密`, `（本列数据…）`) is text, as reading it would find.
    guard mayEndNumber(storage, start, end) else { return .text }
    if let number = readNumber(storage, start, end) { return .number(number) }
    return .text
  }

  /// Whether the cell from `start` to `end` (more than 3 bytes, within `storage`)
  /// ends with an ideograph's three bytes (its lead, E4 to E9, three bytes before
  /// the end, and a last byte from 0x80 up) and starts with what makes a cell text
  /// whatever follows: an ideograph's lead (E4 to E9: a trimmed cell that starts
  /// with one and is longer than 3 bytes is text), an opening bracket
  /// (``isOpeningBracket(_:_:_:)``: `(`, or `（`, EF BC 88, as table 三's
  /// `（一）予以公开` starts), or one ASCII digit, a point and an ideograph's lead
  /// (``isEnumeratedLabel(_:_:_:)``'s commonest form, `1.属于国家秘密`). Such a
  /// cell is what ``read(_:_:trimmed:)`` reads as text with its bounds the cell's
  /// own, so it is settled without trimming: the trimming
  /// (``ByteClass/trimmed(_:_:)``) steps over no byte at either end (at the start,
  /// none of those first bytes starts white space; at the end, a byte from 0x80 up
  /// is no ASCII white space, and a lead E4 to E9 three bytes before the end ends
  /// it), and the trimmed cell, no plain digits (its last byte is none), is then
  /// text by the test its start names. The bytes read at `start + 1` and
  /// `start + 2` lie within the cell, which is longer than 3 bytes. Told by byte
  /// tests alone, none relying on the bytes being valid UTF-8; a test compares it
  /// with the general reading on many cells.
  @inline(__always)
  static func isLeadLabel(_ storage: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    guard storage[end &- 1] >= 0x80, ByteClass.isIdeographLead(storage[end &- 3]) else { return false }
    let lead = storage[start]
    if ByteClass.isIdeographLead(lead) || isOpeningBracket(storage, start, end) { return true }
    return lead &- 0x30 < 10 && storage[start &+ 1] == 0x2E && ByteClass.isIdeographLead(storage[start &+ 2])
  }

  /// Whether the trimmed, non-empty cell from `start` to `end` (within `storage`)
  /// starts with `(` or with `（` (EF BC 88): a cell that is text, whatever follows
  /// (see ``read(_:_:trimmed:)``).
  @inline(__always)
  static func isOpeningBracket(_ storage: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    let lead = storage[start]
    if lead == 0x28 { return true }
    return lead == 0xEF && end &- start >= 3 && storage[start &+ 1] == 0xBC && storage[start &+ 2] == 0x88
  }

  /// Whether the trimmed, non-empty cell from `start` to `end` (within `storage`),
  /// which starts with an ASCII digit, is ASCII digits, a point, then a byte that
  /// leads a CJK ideograph (E4 to E9): table 三's enumerated labels
  /// (`1.属于国家秘密`, `10.…`), some 18 cells of a clean report. Such a cell is text:
  /// the general reading below finds no placeholder (none starts with a digit), and
  /// no number, since after a point it takes only digits (an ideograph's lead is no
  /// ASCII or full-width digit), and a unit after a point still leaves the number
  /// ending with the point, which it refuses. Told here in a few byte tests instead
  /// of the lead tests and decoding the cell's last character
  /// (``mayEndNumber(_:_:_:)``). A test compares it with the general reading.
  @inline(__always)
  static func isEnumeratedLabel(_ storage: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    guard start >= 0, end <= storage.count else { return false }
    var index = start
    while index < end, storage[index] &- 0x30 < 10 { index &+= 1 }
    return end &- index >= 2 && storage[index] == 0x2E && ByteClass.isIdeographLead(storage[index &+ 1])
  }

  /// The value of the trimmed, non-empty cell from `start` to `end`, which starts
  /// with no ASCII digit, when it is a placeholder (``isPlaceholder(_:_:_:)``) or a
  /// number of 1 to 18 full-width digits and nothing else
  /// (``fullWidthDigits(_:_:_:digits:written:)``, most often a lone `０`, some 15
  /// cells of a damaged report); `nil` for any other cell. The full-width number is
  /// read here, in the call the row reader makes anyway for the placeholder test,
  /// instead of after the lead and last-character tests, which such a cell passes
  /// on to ``readNumber(_:_:_:)`` (no placeholder starts with a full-width digit,
  /// and a cell ending with one may end a number), whose reading is this one for
  /// it: the same number, with two calls and a decoding fewer. Never inlined, so
  /// that the row reader, at the inliner's limit, holds only the call (the number
  /// read there as a second call cost some 700 instructions a clean report more).
  @inline(never)
  static func placeholderOrFullWidthNumber(
    _ storage: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> CellValue? {
    var written = 0
    if let number = fullWidthDigits(storage, start, end, digits: nil, written: &written) { return .number(number) }
    return isPlaceholder(storage, start, end) ? .placeholder : nil
  }

  /// Whether the trimmed, non-empty cell from `start` to `end` ends with a character
  /// that ``readNumber(_:_:_:)`` can end a number with: an ASCII or full-width digit,
  /// or a unit it reads (元, which also ends 万元, 件, 个, 项, 次, 条, 人). It finds no
  /// number in any other cell: a cell that ends with a point, a separator or a sign
  /// is refused there, and a unit suffix must end the cell.
  @inline(__always)
  private static func mayEndNumber(_ storage: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    if storage[end &- 1] &- 0x30 < 10 { return true }
    // The last character's lead byte (the text is valid UTF-8, and `start` is the
    // lead of a character; `start < end` within the storage, so the differences
    // cannot overflow).
    var lead = end &- 1
    while lead > start, storage[lead] & 0xC0 == 0x80 { lead &-= 1 }
    let scalar = ByteClass.scalar(in: storage, at: lead).value
    switch scalar {
    case 0xFF10...0xFF19, 0x5143, 0x4EF6, 0x4E2A, 0x9879, 0x6B21, 0x6761, 0x4EBA: return true
    default: return false
    }
  }

  /// The number in a cell of at most 18 ASCII digits and nothing else, the most
  /// common cell, read in one pass (what ``readNumber(_:_:_:)`` would read, faster).
  /// The length is told by a wrapping subtraction: `start` is at most `end` for
  /// a trimmed cell, so it cannot wrap, and no overflow check is needed.
  @inline(__always)
  private static func plainDigits(_ storage: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> NumberText? {
    guard end &- start <= 18 else { return nil }
    var value = 0
    for index in start..<end {
      let digit = storage[index] &- 0x30
      guard digit < 10 else { return nil }
      value = value &* 10 &+ Int(digit)
    }
    return NumberText(plainValue: value)
  }

  /// The ASCII digits, sign and decimal point of the number in the cell at `span`
  /// of `storage`, exactly as written, without grouping (`-417`, `12.3400`); for an
  /// overlong number (``NumberText/isOverlong``), its first
  /// ``NumberText/maximumDigits`` bytes; empty when the cell holds no number.
  /// Read again from the cell when a message or a decimal value needs them: most
  /// numbers are only compared and converted to an integer, so a cell value does
  /// not carry them.
  static func digits(_ storage: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> String {
    let (start, end) = ByteClass.trimmed(storage, span)
    guard start < end else { return "" }
    // A plain ASCII decimal's digits are its bytes as they stand (``plainDecimal(_:_:_:)``).
    if plainDecimal(storage, start, end) != nil {
      return ValidText.string(
        ascii: UnsafeBufferPointer(rebasing: storage[start..<min(end, start + NumberText.maximumDigits)]))
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - start + 1) { digits in
      var written = 0
      guard readNumber(storage, start, end, digits: digits, written: &written) != nil else { return "" }
      return String(
        decoding: UnsafeBufferPointer(rebasing: digits[0..<min(written, NumberText.maximumDigits)]), as: UTF8.self)
    }
  }

  /// Whether the trimmed cell is only dashes (`-`, `—`, `––`, a lone `一`), or a
  /// lone `/`, `\` or `无`: the ways agencies write "nothing". The cells asked are
  /// mostly labels that start with `（` or a digit (`（一）…`, `1.属于…`), turned away
  /// by their first bytes (``mayStartPlaceholder(_:_:_:)``) before the scan.
  static func isPlaceholder(_ storage: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    mayStartPlaceholder(storage, start, end) && placeholderScan(storage, start, end)
  }

  /// Whether the trimmed, non-empty cell from `start` to `end` starts with a
  /// character that ``placeholderScan(_:_:_:)`` counts (the first character of a
  /// trimmed cell is not white space): `-`, `/` or `\`; a character whose lead byte
  /// is E2 (the dashes U+2010 to U+2015, U+2212, U+2500), E3 (U+30FC), E4 (`一`) or
  /// E6 (`无`); or the full-width `－`, `／` or `＼` (EF BC 8D, EF BC 8F, EF BC BC).
  /// A cell that starts with anything else is no placeholder. Always inlined: the
  /// row reader asks it of every cell that is neither plain digits nor a long
  /// label, and left as a call (as the compiler left it) it cost about 800
  /// instructions a clean report more.
  @inline(__always)
  static func mayStartPlaceholder(_ storage: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    guard start >= 0, start < end, end <= storage.count else { return false }
    switch storage[start] {
    case 0x2D, 0x2F, 0x5C, 0xE2, 0xE3, 0xE4, 0xE6: return true
    case 0xEF:
      guard end - start >= 3, storage[start + 1] == 0xBC else { return false }
      let last = storage[start + 2]
      return last == 0x8D || last == 0x8F || last == 0xBC
    default: return false
    }
  }

  /// Whether the trimmed cell is a placeholder (``isPlaceholder(_:_:_:)``), read
  /// scalar by scalar: the definition, which that function skips for cells whose
  /// first bytes already rule it out.
  static func placeholderScan(_ storage: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    var index = start
    var dashes = 0
    var others = 0
    var ideographOne = 0
    while index < end {
      let (scalar, length) = ByteClass.scalar(in: storage, at: index)
      index += length
      switch ByteClass.halfWidth(scalar) {
      case 0x2D, 0x2010...0x2015, 0x2212, 0x2500, 0x30FC: dashes += 1
      case 0x4E00: ideographOne += 1
      case 0x2F, 0x5C, 0x65E0: others += 1
      default:
        if !ByteClass.isSpace(scalar) { return false }
      }
    }
    if others > 0 { return others == 1 && dashes == 0 && ideographOne == 0 }
    if ideographOne > 0 { return ideographOne == 1 && dashes == 0 }
    return dashes > 0 && dashes <= 4
  }

  /// The number in the trimmed, non-empty cell from `start` to `end`, or `nil` when
  /// it holds none: ``readNumber(_:_:_:digits:written:)`` without writing the digits
  /// anywhere. Reading a cell's value needs only their count (for
  /// ``NumberText/isOverlong``), so no buffer is allocated for them
  /// (``digits(_:_:)`` reads them again when they are wanted). A plain ASCII
  /// decimal, most such cells, is read first by ``plainDecimal(_:_:_:)``. Never inlined: the
  /// row reader, at the inliner's limit, calls it for the few cells that are
  /// neither plain digits nor text, and the reading inlined here knows it writes
  /// no digits.
  @inline(never)
  static func readNumber(_ storage: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> NumberText? {
    // A plain ASCII decimal (most such cells) is read in one pass of byte tests.
    if let number = plainDecimal(storage, start, end) { return number }
    var written = 0
    return readNumber(storage, start, end, digits: nil, written: &written)
  }

  /// The number in the trimmed, non-empty cell from `start` to `end`, or `nil` when
  /// it holds none; its ASCII digits, sign and point are written into `digits`
  /// (when given: at least one byte per cell byte) and counted in `written`.
  ///
  /// Each character, the sign included, is read as one ASCII byte: an ASCII byte as
  /// it is, without decoding a scalar (most of a number's bytes), and any other
  /// character decoded by ``ByteClass/scalar(in:at:)`` and mapped to the ASCII byte
  /// it stands for (a full-width form U+FF00…U+FF3F, U+2212 as `-`, or an overlong
  /// form), or to 0 when it stands for none. The sign is the first character read
  /// as `-` or `+`, in the same loop as the digits, so no character is decoded
  /// twice. Signs, digits, separators and points are each told by one byte
  /// comparison; anything else ends the number with a unit suffix, read from that
  /// character on. Whether a minus sign, digit or point was
  /// written other than in ASCII is kept for ``NumberText/repaired``. A test
  /// compares this with reading scalar by scalar on many cells.
  static func readNumber(
    _ storage: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, digits: UnsafeMutableBufferPointer<UInt8>?,
    written: inout Int
  ) -> NumberText? {
    if let number = fullWidthDigits(storage, start, end, digits: digits, written: &written) { return number }
    written = 0
    var index = start
    var negative = false
    var repaired = false
    var value: Int? = 0
    var sawDigit = false
    var hasFraction = false
    var groupLength = 0
    var sawGroup = false
    // Whether the last byte written is the point (a number cannot end with one).
    var endsWithPoint = false
    var unit: NumberText.Unit?

    while index < end {
      // The character as ASCII (a full-width form, or U+2212 `−`, as the ASCII it
      // stands for), its length, and whether its scalar is not ASCII (a repair).
      var byte = storage[index]
      var length = 1
      var nonASCII = false
      if byte >= 0x80 {
        let (scalar, scalarLength) = ByteClass.scalar(in: storage, at: index)
        length = scalarLength
        if scalar < 0x80 {
          // An overlong form, read as the ASCII character it decodes to.
          byte = UInt8(truncatingIfNeeded: scalar)
        } else if scalar &- 0xFF00 < 0x40 {
          // U+FF00…U+FF3F: the full-width forms of 0x20…0x5F (digits, `，`, `．`).
          byte = UInt8(truncatingIfNeeded: scalar &- 0xFEE0)
          nonASCII = true
        } else if scalar == 0x2212 {
          // The minus sign, read as `-` (a sign only at the start, as `-` is).
          byte = 0x2D
          nonASCII = true
        } else {
          // Neither a digit, a separator nor a point.
          byte = 0
        }
      }
      if byte &- 0x30 < 10 {
        if nonASCII { repaired = true }
        digits?[written] = byte
        written += 1
        sawDigit = true
        endsWithPoint = false
        if !hasFraction {
          if let current = value {
            let (times, overflow1) = current.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int(byte &- 0x30))
            value = overflow1 || overflow2 ? nil : sum
          }
          groupLength += 1
        }
        index += length
        continue
      }
      switch byte {
      case 0x2D where index == start:
        // A minus sign starts the number (`-`, `－` or `−`; the last two a repair).
        negative = true
        if nonASCII { repaired = true }
        digits?[written] = 0x2D
        written += 1
        index += length
        continue
      case 0x2B where index == start:
        // A plus sign (`+` or `＋`) starts the number and is not kept.
        index += length
        continue
      case 0x2C:
        // A thousands separator must follow 1–3 digits (first group) or exactly 3.
        guard sawDigit, !hasFraction, groupLength >= 1, groupLength <= 3, !(sawGroup && groupLength != 3) else {
          return nil
        }
        sawGroup = true
        repaired = true
        groupLength = 0
        index += length
        continue
      case 0x2E:
        guard sawDigit, !hasFraction, !(sawGroup && groupLength != 3) else { return nil }
        if nonASCII { repaired = true }
        hasFraction = true
        digits?[written] = 0x2E
        written += 1
        endsWithPoint = true
        index += length
        continue
      default:
        break
      }
      // Anything else must be a unit suffix ending the cell.
      guard sawDigit, let suffix = unitSuffix(storage, index, end) else { return nil }
      unit = suffix
      index = end
    }
    guard sawDigit, !endsWithPoint else { return nil }
    if sawGroup, !hasFraction, groupLength != 3 { return nil }
    return NumberText(
      negative: negative, integerPart: value, digitCount: written, hasFraction: hasFraction, unit: unit,
      repaired: repaired)
  }

  /// The number in a cell of 1 to 18 full-width digits (`０` to `９`, EF BC 90 to
  /// EF BC 99) and nothing else, the commonest cell that is neither plain digits nor
  /// text in a damaged report (most often a lone `０`), read three bytes a digit;
  /// `nil` for any other cell, which the general reading below reads.
  ///
  /// What the general reading finds for such a cell: no sign, fraction or unit, a
  /// digit written for each character, a value that cannot overflow (at most 18
  /// digits), and `repaired`, since every digit is full-width. A test compares the
  /// two on many cells.
  @inline(__always)
  private static func fullWidthDigits(
    _ storage: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, digits: UnsafeMutableBufferPointer<UInt8>?,
    written: inout Int
  ) -> NumberText? {
    // Told by the first byte for most other cells (ASCII numbers, in clean reports).
    guard start >= 0, start < end, end <= storage.count, storage[start] == 0xEF else { return nil }
    let length = end &- start
    guard length <= 3 * 18, length % 3 == 0 else { return nil }
    var value = 0
    var index = start
    while index < end {
      let digit = storage[index &+ 2] &- 0x90
      guard storage[index] == 0xEF, storage[index &+ 1] == 0xBC, digit < 10 else { return nil }
      value = value &* 10 &+ Int(digit)
      index &+= 3
    }
    let count = length / 3
    if let digits {
      // The caller gives at least one byte per cell byte.
      for offset in 0..<min(count, digits.count) {
        digits[offset] = 0x30 &+ (storage[start &+ 3 &* offset &+ 2] &- 0x90)
      }
    }
    written = count
    return NumberText(
      negative: false, integerPart: value, digitCount: count, hasFraction: false, unit: nil, repaired: true)
  }

  /// The unit that the text after a number's digits names (`万元`, `元`, or a
  /// counting word such as `件`), white space aside, or nil for any other text.
  static func unitSuffix(_ storage: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> NumberText.Unit? {
    // The suffix's scalars other than white space: at most two are a unit.
    var first: UInt32 = 0
    var second: UInt32 = 0
    var count = 0
    var index = start
    while index < end {
      let (scalar, length) = ByteClass.scalar(in: storage, at: index)
      index += length
      guard !ByteClass.isSpace(scalar) else { continue }
      count += 1
      if count == 1 { first = scalar } else if count == 2 { second = scalar } else { return nil }
    }
    switch (count, first, second) {
    case (2, 0x4E07, 0x5143): return .tenThousandYuan  // 万元
    case (1, 0x5143, _): return .yuan  // 元
    case (1, 0x4EF6, _), (1, 0x4E2A, _), (1, 0x9879, _), (1, 0x6B21, _), (1, 0x6761, _), (1, 0x4EBA, _):
      return .count  // 件 个 项 次 条 人
    default: return nil
    }
  }
}
