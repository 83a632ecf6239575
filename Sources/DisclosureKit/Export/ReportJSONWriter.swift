import DisclosureModel

/// Writes the JSON object of a report line (``JSONLinesWriter``) straight into a byte
/// buffer, byte for byte as Foundation's `JSONEncoder` writes it from ``Report``'s
/// `Codable` conformance with `outputFormatting = [.sortedKeys, .withoutEscapingSlashes]`,
/// about ten times faster.
///
/// ```swift
/// var bytes: [UInt8] = []
/// let written = ReportJSONWriter.appendReport(path: "r.txt", report: report, to: &bytes)
/// // written == true; bytes: {"blankCellsReadAsZero":false,"checks":[…],…,"path":"r.txt",…}
/// ```
///
/// The rules it follows are those of `JSONEncoder` in this toolchain's Foundation
/// (swift-foundation), which `ReportJSONWriterTests` compares it with on every
/// fixture, hundreds of generated reports and hostile strings (Apple's Foundation,
/// for apps built against old SDKs, sorts keys by `NSString` comparison instead;
/// those tests would show it):
///
/// - Object members are sorted by the UTF-8 bytes of their keys (not by Unicode
///   collation: `"B" < "a" < "é"`); no space anywhere.
/// - A string is its UTF-8 bytes between `"`, except that `"` and `\` are written
///   `\"` and `\\`; U+0008, U+0009, U+000A, U+000C and U+000D are `\b`, `\t`, `\n`,
///   `\f` and `\r`; every other byte below 0x20 is `\u00xx` with lowercase hex
///   digits. Nothing else is escaped: not `/`, DEL, U+2028 or U+2029, nor any
///   non-ASCII character.
/// - Integers are their decimal digits with a leading `-` when negative; booleans
///   are `true` and `false`.
/// - An optional property that is `nil` is left out (`line` and `key` of a
///   diagnostic, `cell` of a source); a `null` field value is `null`.
///
/// The members of a report, in that order: `blankCellsReadAsZero`, `checks`
/// (`failures` {`computed`, `key`, `parts`, `stated`}, `id`, `status`),
/// `diagnostics` (`code`, `key`, `line`, `message`, `severity`), `encoding`,
/// `fields` (the values nested by the dot-separated parts of their keys), `path`,
/// `sections` (`heading`, `line`, `number`, `text`) and `sources` (by field key:
/// `cell`, `line`).
///
/// The `fields` object depends only on the keys of the report's fields, in their
/// order: its text between the values is worked out once per list of keys
/// (``FieldsLayout``) and kept for the catalogue's list of each edition, which every
/// parsed report has.
///
/// The object is written into a ``JSONBytes`` (bytes stored through a pointer, room
/// made once for each piece of known size) and then copied to the caller's buffer
/// at once: appending each piece to an `Array` checked its capacity and uniqueness
/// every time, which cost more than the bytes themselves.
enum ReportJSONWriter {
  /// The most dot-separated parts a field key may have here; a report with a longer
  /// key (only a hand-made one could have one) is left to `JSONEncoder`, which
  /// refuses objects nested 512 levels deep.
  static let maximumKeyParts = 64

  /// Appends the JSON object of a report read from `path`: the report's members
  /// plus `path`, with no line end.
  ///
  /// - Returns: `false`, having appended nothing, when a field key has more than
  ///   ``maximumKeyParts`` parts.
  static func appendReport(path: String, report: Report, to buffer: inout [UInt8]) -> Bool {
    let fields = report.fields
    guard let layout = FieldsLayout.layout(for: fields, edition: report.edition) else { return false }
    // Written straight into the buffer's new room; what does not fit goes to `rest`.
    var rest: [UInt8] = []
    buffer.append(addingCapacity: estimatedSize(path: path, report: report, layout: layout)) { span in
      span.withUnsafeMutableBufferPointer { room, written in
        var out = JSONBytes(room: UnsafeMutableBufferPointer(rebasing: room[written...]))
        writeReport(path: path, report: report, layout: layout, to: &out)
        written &+= out.finish(rest: &rest)
      }
    }
    if !rest.isEmpty { buffer.append(contentsOf: rest) }
    return true
  }

  /// About how many bytes the JSON object of `report` takes, a little more as a
  /// rule: the room it is first given in the buffer (a longer object goes on in
  /// memory of its own and is copied after).
  private static func estimatedSize(path: String, report: Report, layout: FieldsLayout) -> Int {
    var size = layout.estimatedSize + 256 + path.utf8.count + report.metadata.encoding.utf8.count
    for section in report.sections {
      size &+= section.heading.utf8.count &+ section.text.utf8.count &+ 96
    }
    return size &+ 512 &* (report.checks.count &+ report.diagnostics.count)
  }

  /// Writes the JSON object of a report read from `path`, whose fields have the
  /// layout `layout`.
  private static func writeReport(path: String, report: Report, layout: FieldsLayout, to out: inout JSONBytes) {
    let fields = report.fields

    out.appendASCII("{\"blankCellsReadAsZero\":")
    out.appendASCII(report.metadata.blankCellsReadAsZero ? "true" : "false")

    out.appendASCII(",\"checks\":[")
    for (index, check) in report.checks.enumerated() {
      if index > 0 { out.append(comma) }
      appendCheck(check, to: &out)
    }

    out.appendASCII("],\"diagnostics\":[")
    for (index, diagnostic) in report.diagnostics.enumerated() {
      if index > 0 { out.append(comma) }
      appendDiagnostic(diagnostic, to: &out)
    }

    out.appendASCII("],\"encoding\":")
    out.appendString(report.metadata.encoding)

    out.appendASCII(",\"fields\":")
    layout.appendFields(fields, to: &out)

    out.appendASCII(",\"path\":")
    out.appendString(path)

    out.appendASCII(",\"sections\":[")
    for (index, section) in report.sections.enumerated() {
      if index > 0 { out.append(comma) }
      out.appendASCII("{\"heading\":")
      out.appendString(section.heading)
      out.appendASCII(",\"line\":")
      out.appendDecimal(section.line)
      out.appendASCII(",\"number\":")
      out.appendDecimal(section.number)
      out.appendASCII(",\"text\":")
      out.appendString(section.text)
      out.append(closingBrace)
    }

    out.appendASCII("],\"sources\":")
    layout.appendSources(fields, to: &out)
    out.append(closingBrace)
  }

  /// Appends `{"error":…,"path":…}`, with no line end.
  static func appendError(path: String, error: String, to buffer: inout [UInt8]) {
    var out = JSONBytes(capacity: 256)
    out.appendASCII("{\"error\":")
    out.appendString(error)
    out.appendASCII(",\"path\":")
    out.appendString(path)
    out.append(closingBrace)
    out.copy(to: &buffer)
  }

  // MARK: Members

  /// `{"failures":[…],"id":…,"status":…}`.
  private static func appendCheck(_ check: CheckResult, to out: inout JSONBytes) {
    out.appendASCII("{\"failures\":[")
    for (index, failure) in check.failures.enumerated() {
      if index > 0 { out.append(comma) }
      out.appendASCII("{\"computed\":")
      out.appendDecimal(failure.computed)
      out.appendASCII(",\"key\":")
      out.appendString(failure.key)
      out.appendASCII(",\"parts\":[")
      for (partIndex, part) in failure.parts.enumerated() {
        if partIndex > 0 { out.append(comma) }
        out.appendString(part)
      }
      out.appendASCII("],\"stated\":")
      out.appendDecimal(failure.stated)
      out.append(closingBrace)
    }
    out.appendASCII("],\"id\":")
    out.appendString(check.id.rawValue)
    out.appendASCII(",\"status\":")
    out.appendString(check.status.rawValue)
    out.append(closingBrace)
  }

  /// `{"code":…,"key":…,"line":…,"message":…,"severity":…}`, without `key` and
  /// `line` when they are `nil`.
  private static func appendDiagnostic(_ diagnostic: Diagnostic, to out: inout JSONBytes) {
    out.appendASCII("{\"code\":")
    out.appendString(diagnostic.code.rawValue)
    if let key = diagnostic.key {
      out.appendASCII(",\"key\":")
      out.appendString(key)
    }
    if let line = diagnostic.line {
      out.appendASCII(",\"line\":")
      out.appendDecimal(line)
    }
    out.appendASCII(",\"message\":")
    out.appendString(diagnostic.message)
    out.appendASCII(",\"severity\":")
    out.appendString(diagnostic.severity.rawValue)
    out.append(closingBrace)
  }

  /// A field's value: a number, a string, or `null`.
  static func appendValue(_ value: FieldValue?, to out: inout JSONBytes) {
    switch value {
    case .integer(let integer)?: out.appendDecimal(integer)
    case .decimal(let digits)?: out.appendString(digits)
    case .text(let text)?: out.appendString(text)
    case nil: out.appendASCII("null")
    }
  }

  /// A source: `{"cell":…,"line":…}`, without `cell` when it is `nil`.
  static func appendSource(_ source: SourceLocation, to out: inout JSONBytes) {
    if let cell = source.cell {
      out.appendASCII("{\"cell\":")
      out.appendDecimal(cell)
      out.appendASCII(",\"line\":")
    } else {
      out.appendASCII("{\"line\":")
    }
    out.appendDecimal(source.line)
    out.append(closingBrace)
  }

  // MARK: Bytes

  static let comma: UInt8 = 0x2C
  static let colon: UInt8 = 0x3A
  static let quote: UInt8 = 0x22
  static let backslash: UInt8 = 0x5C
  static let openingBrace: UInt8 = 0x7B
  static let closingBrace: UInt8 = 0x7D

  /// Appends `text` as a JSON string, quotes included, escaped as the type's
  /// documentation says.
  static func appendString(_ text: String, to buffer: inout [UInt8]) {
    var out = JSONBytes(capacity: text.utf8.count + 16)
    out.appendString(text)
    out.copy(to: &buffer)
  }
}

/// Bytes written through a pointer, into a caller's room (the uninitialized memory
/// of a byte array's new capacity) until it is full, then into memory of their own,
/// which grows (doubling) when a write needs more room: each write of a known size
/// makes room once and stores its bytes, with no check of an `Array`'s capacity and
/// uniqueness for each piece. ``finish(rest:)`` or ``copy(to:)`` hands them to a
/// byte array. Noncopyable, so that its memory has one owner, which frees it.
struct JSONBytes: ~Copyable {
  /// The memory written to: ``count`` bytes written, then room for ``capacity`` in
  /// all.
  private var base: UnsafeMutablePointer<UInt8>
  /// How many bytes ``base`` has room for.
  private var capacity: Int
  /// How many bytes are written at ``base``.
  private var count = 0
  /// Whether ``base`` is memory of its own, which it frees; else the caller's room.
  private var ownsMemory: Bool
  /// How many bytes were written into the caller's room before the writing moved to
  /// memory of its own; 0 while it is in the room, or when it never was.
  private var bytesInRoom = 0

  /// The sixteen lowercase hex digits of a `\u00xx` escape.
  private static let hexDigits: StaticString = "0123456789abcdef"

  /// Empty bytes in memory of their own, with room for `capacity` (at least 64)
  /// before they first grow.
  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
    ownsMemory = true
  }

  /// Empty bytes written into `room`, which the caller owns and keeps valid while
  /// these bytes live, until it is full; then into memory of their own.
  init(room: UnsafeMutableBufferPointer<UInt8>) {
    if let start = room.baseAddress {
      base = start
      capacity = room.count
      ownsMemory = false
    } else {
      capacity = 64
      base = .allocate(capacity: capacity)
      ownsMemory = true
    }
  }

  deinit {
    if ownsMemory { base.deallocate() }
  }

  /// Makes room for `extra` more bytes and returns where the first of them goes; the
  /// caller writes at most `extra` bytes there and adds what it wrote to ``count``.
  @inline(__always)
  private mutating func room(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
    if capacity &- count < extra { grow(extra) }
    return base + count
  }

  /// Makes room for `extra` more bytes: when writing into the caller's room, by
  /// leaving what it holds there and going on in memory of its own (room for twice
  /// `extra`, at least 4,096 bytes); else by moving the bytes to memory with twice
  /// the capacity, or more if `extra` needs it.
  @inline(never)
  private mutating func grow(_ extra: Int) {
    if !ownsMemory {
      bytesInRoom = count
      capacity = max(4096, 2 * extra)
      base = .allocate(capacity: capacity)
      count = 0
      ownsMemory = true
      return
    }
    let newCapacity = max(capacity * 2, count + extra)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.initialize(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  /// Appends one byte.
  @inline(__always)
  mutating func append(_ byte: UInt8) {
    room(1).pointee = byte
    count &+= 1
  }

  /// Appends the bytes of `bytes`.
  @inline(__always)
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let start = bytes.baseAddress else { return }
    room(bytes.count).update(from: start, count: bytes.count)
    count &+= bytes.count
  }

  /// Appends the bytes of a literal written in the source, copied as they are
  /// (inlined, so that the copy of a short literal is a few stores).
  @inline(__always)
  mutating func appendASCII(_ text: StaticString) {
    append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends the decimal digits of `value`, with a leading `-` when it is negative
  /// (`-417`, `-9223372036854775808`), as `JSONEncoder` writes an `Int`.
  @inline(__always)
  mutating func appendDecimal(_ value: Int) {
    write(atMost: Cursor.decimalLimit) { $0.putDecimal(value) }
  }

  /// Makes room for `limit` more bytes and lets `body` write at most that many
  /// through a cursor, with no check of its own: each caller's `limit` is the most
  /// its writes can take, worked out from the lengths it writes (never from the
  /// values of the input).
  @inline(__always)
  mutating func write(atMost limit: Int, _ body: (inout Cursor) -> Void) {
    let start = room(limit)
    var cursor = Cursor(position: start)
    body(&cursor)
    count &+= cursor.position - start
  }

  /// Where the next byte of a ``write(atMost:_:)`` goes, and the writes it makes.
  struct Cursor {
    /// The most bytes ``putDecimal(_:)`` writes: a sign and 19 digits.
    static let decimalLimit = 20
    /// How many bytes ``putPadded(_:count:)`` may write past `count`.
    static let padding = 15

    /// Where the next byte goes.
    var position: UnsafeMutablePointer<UInt8>

    /// Writes one byte.
    @inline(__always)
    mutating func put(_ byte: UInt8) {
      position.pointee = byte
      position += 1
    }

    /// Writes the bytes of a literal written in the source (a few stores once
    /// inlined, its length being known).
    @inline(__always)
    mutating func put(_ text: StaticString) {
      position.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
      position += text.utf8CodeUnitCount
    }

    /// Writes `count` bytes from `source` sixteen at a time (one vector load and
    /// store each), so that it may write (and read) up to ``padding`` bytes more,
    /// which the next write overwrites: only for a source with at least that many
    /// readable bytes after the `count` (the layouts' padded texts).
    @inline(__always)
    mutating func putPadded(_ source: UnsafePointer<UInt8>, count: Int) {
      let from = UnsafeRawPointer(source)
      let to = UnsafeMutableRawPointer(position)
      var offset = 0
      while offset < count {
        to.storeBytes(
          of: from.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self), toByteOffset: offset,
          as: SIMD16<UInt8>.self)
        offset &+= 16
      }
      position += count
    }

    /// Writes the decimal digits of `value`, with a leading `-` when it is negative
    /// (`-417`, `-9223372036854775808`): at most ``decimalLimit`` bytes.
    @inline(__always)
    mutating func putDecimal(_ value: Int) {
      if value < 0 { put(0x2D) }
      // The magnitude as unsigned, so that Int.min has one too.
      var magnitude = value.magnitude
      if magnitude < 10 {
        put(0x30 &+ UInt8(truncatingIfNeeded: magnitude))
        return
      }
      if magnitude < 100 {
        putPair(magnitude)
        return
      }
      // Three and four digits (most line numbers) without a count of them.
      if magnitude < 10_000 {
        let high = magnitude / 100
        if high < 10 {
          put(0x30 &+ UInt8(truncatingIfNeeded: high))
        } else {
          putPair(high)
        }
        putPair(magnitude &- high &* 100)
        return
      }
      // The number of digits, by comparisons: 10^19 is the last power of ten that
      // fits, and a magnitude at least that has 20.
      var length = 5
      var bound: UInt = 100_000
      while magnitude >= bound && length < 20 {
        length &+= 1
        bound &*= 10
      }
      let end = position + length
      // The digits, last first, two at a time.
      position = end
      while magnitude >= 100 {
        position -= 2
        putPair(magnitude % 100)
        position -= 2
        magnitude /= 100
      }
      position -= magnitude < 10 ? 1 : 2
      if magnitude < 10 {
        put(0x30 &+ UInt8(truncatingIfNeeded: magnitude))
      } else {
        putPair(magnitude)
      }
      position = end
    }

    /// The two digits of each number below 100, in order.
    private static let digitPairs: StaticString = """
      00010203040506070809101112131415161718192021222324252627282930313233343536373839\
      40414243444546474849505152535455565758596061626364656667686970717273747576777879\
      8081828384858687888990919293949596979899
      """

    /// Writes the two digits of `value`, below 100 (`07`, `42`).
    @inline(__always)
    private mutating func putPair(_ value: UInt) {
      let pair = UnsafeRawPointer(Self.digitPairs.utf8Start).loadUnaligned(
        fromByteOffset: Int(truncatingIfNeeded: value) &* 2, as: UInt16.self)
      UnsafeMutableRawPointer(position).storeBytes(of: pair, as: UInt16.self)
      position += 2
    }
  }

  /// Appends `text` as a JSON string, quotes included, escaped as
  /// ``ReportJSONWriter``'s documentation says: read in place when its UTF-8 is
  /// stored contiguously (as a native string's is), else from a copy.
  mutating func appendString(_ text: String) {
    append(ReportJSONWriter.quote)
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
    if done == nil {
      var text = text
      text.withUTF8 { appendEscaped($0) }
    }
    append(ReportJSONWriter.quote)
  }

  /// Appends UTF-8 bytes as the inside of a JSON string: runs of bytes that need
  /// no escape are copied at once. Sixteen bytes are tested at a time
  /// (``needsEscape(_:_:)``), then eight, until a group has a byte to escape, which
  /// the byte-at-a-time loop then finds.
  mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    let raw = UnsafeRawPointer(base)
    var start = 0
    var index = 0
    let count = bytes.count
    while index < count {
      if count &- index >= 16,
        !Self.needsEscape(
          raw.loadUnaligned(fromByteOffset: index, as: UInt64.self),
          raw.loadUnaligned(fromByteOffset: index &+ 8, as: UInt64.self))
      {
        index &+= 16
        continue
      }
      if count &- index >= 8,
        Self.escapeBits(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & 0x8080_8080_8080_8080 == 0
      {
        index &+= 8
        continue
      }
      let byte = base[index]
      // Every byte from 0x20 up, except `"` and `\`, stands for itself; so does
      // every byte of a multi-byte UTF-8 sequence (0x80 and up).
      if byte >= 0x20 && byte != ReportJSONWriter.quote && byte != ReportJSONWriter.backslash {
        index &+= 1
        continue
      }
      if start < index { append(UnsafeBufferPointer(start: base + start, count: index &- start)) }
      appendEscape(byte)
      index &+= 1
      start = index
    }
    if start < count { append(UnsafeBufferPointer(start: base + start, count: count &- start)) }
  }

  /// Whether one of the sixteen bytes of two words is below 0x20, `"` or `\`: a byte
  /// below `n` (at most 0x80) makes `byte - n` borrow into its high bit while its
  /// own high bit is clear, and a byte equal to `c` is one below 1 in `word ^ c`.
  /// (A borrow can set a later byte's bit too, but only after a byte that has one
  /// itself, so the answer is exact.)
  @inline(__always)
  private static func needsEscape(_ first: UInt64, _ second: UInt64) -> Bool {
    (escapeBits(first) | escapeBits(second)) & 0x8080_8080_8080_8080 != 0
  }

  /// The bits of ``needsEscape(_:_:)`` for one word: a high bit set for a byte to
  /// escape (and maybe after one).
  @inline(__always)
  private static func escapeBits(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let quotes = word ^ (ones &* UInt64(ReportJSONWriter.quote))
    let backslashes = word ^ (ones &* UInt64(ReportJSONWriter.backslash))
    let control = (word &- ones &* 0x20) & ~word
    let quote = (quotes &- ones) & ~quotes
    let backslash = (backslashes &- ones) & ~backslashes
    return control | quote | backslash
  }

  /// Appends the escape of `byte`, a `"`, a `\` or a byte below 0x20.
  private mutating func appendEscape(_ byte: UInt8) {
    append(ReportJSONWriter.backslash)
    switch byte {
    case ReportJSONWriter.quote: append(ReportJSONWriter.quote)
    case ReportJSONWriter.backslash: append(ReportJSONWriter.backslash)
    case 0x08: append(0x62)  // b
    case 0x09: append(0x74)  // t
    case 0x0A: append(0x6E)  // n
    case 0x0C: append(0x66)  // f
    case 0x0D: append(0x72)  // r
    default:
      // u00 and two lowercase hex digits.
      appendASCII("u00")
      let digits = Self.hexDigits.utf8Start
      append(digits[Int(byte >> 4)])
      append(digits[Int(byte & 0x0F)])
    }
  }

  /// Appends the bytes written to `buffer`, in one copy (bytes made with
  /// ``init(capacity:)``, which has no room of the caller's).
  func copy(to buffer: inout [UInt8]) {
    buffer.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
  }

  /// Ends bytes made with ``init(room:)``: returns how many were written into the
  /// caller's room, and appends to `rest` those written after it was full.
  consuming func finish(rest: inout [UInt8]) -> Int {
    guard ownsMemory else { return count }
    rest.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
    return bytesInRoom
  }
}

/// The text of a report's `fields` and `sources` objects for one list of field
/// keys, worked out once: `fields` is constant text with a field's value between
/// each two pieces, and `sources` lists the fields in the order of their keys.
///
/// It follows ``Report``'s encoding step by step: the tree is built by the same
/// insertions (a key is split at each `.`, empty parts dropped; a later key
/// replaces an earlier value at the same path, and a value in the way of a deeper
/// key is replaced by an object), and keys that are equal as Swift strings
/// (canonically equivalent) meet in one member, spelled as the first one, as they
/// do in a `Dictionary`.
struct FieldsLayout: Sendable {
  /// The field keys this layout is for, in order.
  let keys: [String]
  /// The definitions the layout was made from, in order: a field with the same
  /// definition (one interned box, compared as a pointer) has the same key, so that
  /// ``matches(_:)`` compares strings only for fields with other definitions.
  private let definitions: [FieldDefinition]
  /// The text of `fields` without its values, followed by
  /// ``JSONBytes/Cursor/padding`` zeros that no value reads but the padded copies
  /// of its pieces may.
  private let text: [UInt8]
  /// Each value in the order of the text: where in ``text`` it goes (the end of the
  /// piece before it) and the field whose value it is.
  private let values: [(end: Int, field: Int)]
  /// The keys of `sources`' members in the order they are written, one after the
  /// other, each as `,` then the key as a JSON string then `:` (the comma left out
  /// for the first member written), followed by ``JSONBytes/Cursor/padding`` zeros;
  /// only those when ``sourceMembers`` is `nil`.
  private let sourceKeys: [UInt8]
  /// The members of `sources` in the order they are written: the field, and where
  /// its key ends in ``sourceKeys`` (it starts where the one before ends), when no
  /// two keys are equal; `nil` when some are, and the members are worked out per
  /// report as ``Report`` does.
  private let sourceMembers: [(field: Int, end: Int)]?
  /// About how many bytes the `fields` and `sources` objects take: the room a
  /// report's JSON is first given.
  let estimatedSize: Int

  /// How many members of `sources` are written with one room made for all of
  /// them: few enough that the room for the longest numbers (which almost no
  /// source has) stays small beside a report's JSON.
  private static let sourcesPerWrite = 16

  /// The layout of the catalogue's fields of each edition.
  private static let edition2019 = FieldsLayout(definitions: FieldCatalogue.fields(for: .edition2019))
  private static let edition2021 = FieldsLayout(definitions: FieldCatalogue.fields(for: .edition2021))

  /// The layout for `fields`: the stored one of `edition` when the keys are the
  /// catalogue's, else a new one; `nil` when a key has more than
  /// ``ReportJSONWriter/maximumKeyParts`` parts.
  static func layout(for fields: [Field], edition: Edition) -> FieldsLayout? {
    let stored = edition == .edition2019 ? edition2019 : edition2021
    if stored.matches(fields) { return stored }
    for field in fields where field.key.split(separator: ".").count > ReportJSONWriter.maximumKeyParts {
      return nil
    }
    return FieldsLayout(definitions: fields.map(\.definition))
  }

  /// Whether `fields` have exactly ``keys``, in that order: a field with the
  /// layout's definition at its place has; one with another definition is compared
  /// by key.
  func matches(_ fields: [Field]) -> Bool {
    guard fields.count == keys.count else { return false }
    for index in fields.indices where !fields[index].definition.isSame(as: definitions[index]) {
      if fields[index].key != keys[index] { return false }
    }
    return true
  }

  /// The tree of `fields` with the index of a field at each leaf.
  private indirect enum Node {
    case object([String: Node])
    case leaf(Int)

    /// The insertion of ``Report``'s encoding, step for step.
    mutating func insert(_ leaf: Node, at path: ArraySlice<String>) {
      guard let head = path.first else {
        self = leaf
        return
      }
      var children: [String: Node]
      if case .object(let existing) = self { children = existing } else { children = [:] }
      var child = children[head] ?? .object([:])
      child.insert(leaf, at: path.dropFirst())
      children[head] = child
      self = .object(children)
    }
  }

  /// Works out the layout of fields with `definitions`.
  init(definitions: [FieldDefinition]) {
    let keys = definitions.map(\.key)
    self.keys = keys
    self.definitions = definitions
    var root = Node.object([:])
    for (index, key) in keys.enumerated() {
      root.insert(.leaf(index), at: ArraySlice(key.split(separator: ".").map(String.init)))
    }
    var text: [UInt8] = []
    var values: [(end: Int, field: Int)] = []
    func emit(_ node: Node) {
      switch node {
      case .leaf(let index):
        values.append((end: text.count, field: index))
      case .object(let children):
        text.append(ReportJSONWriter.openingBrace)
        let sorted = children.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for (position, member) in sorted.enumerated() {
          if position > 0 { text.append(ReportJSONWriter.comma) }
          ReportJSONWriter.appendString(member.key, to: &text)
          text.append(ReportJSONWriter.colon)
          emit(member.value)
        }
        text.append(ReportJSONWriter.closingBrace)
      }
    }
    emit(root)
    let textCount = text.count
    text.append(contentsOf: repeatElement(0, count: JSONBytes.Cursor.padding))
    self.text = text
    self.values = values

    var sourceKeys: [UInt8] = []
    if Set(keys).count == keys.count {
      sourceMembers = keys.indices
        .sorted { keys[$0].utf8.lexicographicallyPrecedes(keys[$1].utf8) }
        .map { index in
          sourceKeys.append(ReportJSONWriter.comma)
          ReportJSONWriter.appendString(keys[index], to: &sourceKeys)
          sourceKeys.append(ReportJSONWriter.colon)
          return (field: index, end: sourceKeys.count)
        }
    } else {
      sourceMembers = nil
    }
    sourceKeys.append(contentsOf: repeatElement(0, count: JSONBytes.Cursor.padding))
    self.sourceKeys = sourceKeys
    // A value and a source of a few digits each.
    estimatedSize = textCount + sourceKeys.count + 32 * keys.count
  }

  /// Appends the `fields` object of `fields`, which have ``keys``: a count is read
  /// from the field's packed form (``Field/integer``) and written with the piece of
  /// text before it in one ``JSONBytes/write(atMost:_:)``; any other value is read
  /// as a ``FieldValue``.
  func appendFields(_ fields: [Field], to out: inout JSONBytes) {
    text.withUnsafeBufferPointer { text in
      guard let base = text.baseAddress else { return }
      var start = 0
      for value in values {
        // A piece is part of the layout's text, so the limits below cannot overflow.
        let piece = value.end - start
        if let integer = fields[value.field].integer {
          out.write(atMost: piece &+ (JSONBytes.Cursor.padding + JSONBytes.Cursor.decimalLimit)) { cursor in
            cursor.putPadded(base + start, count: piece)
            cursor.putDecimal(integer)
          }
        } else {
          out.write(atMost: piece &+ JSONBytes.Cursor.padding) { $0.putPadded(base + start, count: piece) }
          ReportJSONWriter.appendValue(fields[value.field].value, to: &out)
        }
        start = value.end
      }
      out.append(UnsafeBufferPointer(rebasing: text[start..<(text.count - JSONBytes.Cursor.padding)]))
    }
  }

  /// Appends the `sources` object of `fields`, which have ``keys``: the source of
  /// each field that has one, by key, read from the field's packed form when it
  /// holds it (``Field/plainSource``). The members are written
  /// ``sourcesPerWrite`` at a time, in one ``JSONBytes/write(atMost:_:)`` each.
  func appendSources(_ fields: [Field], to out: inout JSONBytes) {
    out.append(ReportJSONWriter.openingBrace)
    guard let sourceMembers else {
      appendSourcesOfEqualKeys(fields, to: &out)
      return
    }
    sourceKeys.withUnsafeBufferPointer { keys in
      guard let base = keys.baseAddress else { return }
      var first = true
      var chunk = 0
      // Where the key of the chunk's first member starts in `sourceKeys`.
      var chunkKeys = 0
      while chunk < sourceMembers.count {
        let chunkEnd = min(chunk + Self.sourcesPerWrite, sourceMembers.count)
        let keysEnd = sourceMembers[chunkEnd - 1].end
        // The chunk's keys, and for each member `{"cell":`, a number, `,"line":`, a
        // number and `}`; then what a padded copy may write past the last.
        let limit =
          (keysEnd - chunkKeys) + (chunkEnd - chunk) * (17 + 2 * JSONBytes.Cursor.decimalLimit)
          + JSONBytes.Cursor.padding
        out.write(atMost: limit) { cursor in
          var start = chunkKeys
          for position in chunk..<chunkEnd {
            let member = sourceMembers[position]
            defer { start = member.end }
            // The key, without its comma for the first member.
            let keyStart = first ? start + 1 : start
            if let (line, cell) = fields[member.field].plainSource {
              first = false
              cursor.putPadded(base + keyStart, count: member.end - keyStart)
              if cell >= 0 {
                cursor.put("{\"cell\":")
                cursor.putDecimal(cell)
                cursor.put(",\"line\":")
              } else {
                cursor.put("{\"line\":")
              }
              cursor.putDecimal(line)
              cursor.put(ReportJSONWriter.closingBrace)
            } else if let source = fields[member.field].source {
              first = false
              cursor.putPadded(base + keyStart, count: member.end - keyStart)
              if let cell = source.cell {
                cursor.put("{\"cell\":")
                cursor.putDecimal(cell)
                cursor.put(",\"line\":")
              } else {
                cursor.put("{\"line\":")
              }
              cursor.putDecimal(source.line)
              cursor.put(ReportJSONWriter.closingBrace)
            }
          }
        }
        chunk = chunkEnd
        chunkKeys = keysEnd
      }
    }
    out.append(ReportJSONWriter.closingBrace)
  }

  /// The members of `sources` when some keys are equal: the dictionary of the
  /// Codable encoding decides which source and which spelling of the key remain.
  /// Appends them and the closing brace.
  private func appendSourcesOfEqualKeys(_ fields: [Field], to out: inout JSONBytes) {
    var sources: [String: SourceLocation] = [:]
    for field in fields {
      if let source = field.source { sources[field.key] = source }
    }
    var first = true
    for (key, source) in sources.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
      if !first { out.append(ReportJSONWriter.comma) }
      first = false
      out.appendString(key)
      out.append(ReportJSONWriter.colon)
      ReportJSONWriter.appendSource(source, to: &out)
    }
    out.append(ReportJSONWriter.closingBrace)
  }
}
