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

    appendASCII("{\"blankCellsReadAsZero\":", to: &buffer)
    appendASCII(report.metadata.blankCellsReadAsZero ? "true" : "false", to: &buffer)

    appendASCII(",\"checks\":[", to: &buffer)
    for (index, check) in report.checks.enumerated() {
      if index > 0 { buffer.append(comma) }
      appendCheck(check, to: &buffer)
    }

    appendASCII("],\"diagnostics\":[", to: &buffer)
    for (index, diagnostic) in report.diagnostics.enumerated() {
      if index > 0 { buffer.append(comma) }
      appendDiagnostic(diagnostic, to: &buffer)
    }

    appendASCII("],\"encoding\":", to: &buffer)
    appendString(report.metadata.encoding, to: &buffer)

    appendASCII(",\"fields\":", to: &buffer)
    layout.appendFields(fields, to: &buffer)

    appendASCII(",\"path\":", to: &buffer)
    appendString(path, to: &buffer)

    appendASCII(",\"sections\":[", to: &buffer)
    for (index, section) in report.sections.enumerated() {
      if index > 0 { buffer.append(comma) }
      appendASCII("{\"heading\":", to: &buffer)
      appendString(section.heading, to: &buffer)
      appendASCII(",\"line\":", to: &buffer)
      buffer.appendDecimal(section.line)
      appendASCII(",\"number\":", to: &buffer)
      buffer.appendDecimal(section.number)
      appendASCII(",\"text\":", to: &buffer)
      appendString(section.text, to: &buffer)
      buffer.append(closingBrace)
    }

    appendASCII("],\"sources\":", to: &buffer)
    layout.appendSources(fields, to: &buffer)
    buffer.append(closingBrace)
    return true
  }

  /// Appends `{"error":…,"path":…}`, with no line end.
  static func appendError(path: String, error: String, to buffer: inout [UInt8]) {
    appendASCII("{\"error\":", to: &buffer)
    appendString(error, to: &buffer)
    appendASCII(",\"path\":", to: &buffer)
    appendString(path, to: &buffer)
    buffer.append(closingBrace)
  }

  // MARK: Members

  /// `{"failures":[…],"id":…,"status":…}`.
  private static func appendCheck(_ check: CheckResult, to buffer: inout [UInt8]) {
    appendASCII("{\"failures\":[", to: &buffer)
    for (index, failure) in check.failures.enumerated() {
      if index > 0 { buffer.append(comma) }
      appendASCII("{\"computed\":", to: &buffer)
      buffer.appendDecimal(failure.computed)
      appendASCII(",\"key\":", to: &buffer)
      appendString(failure.key, to: &buffer)
      appendASCII(",\"parts\":[", to: &buffer)
      for (partIndex, part) in failure.parts.enumerated() {
        if partIndex > 0 { buffer.append(comma) }
        appendString(part, to: &buffer)
      }
      appendASCII("],\"stated\":", to: &buffer)
      buffer.appendDecimal(failure.stated)
      buffer.append(closingBrace)
    }
    appendASCII("],\"id\":", to: &buffer)
    appendString(check.id.rawValue, to: &buffer)
    appendASCII(",\"status\":", to: &buffer)
    appendString(check.status.rawValue, to: &buffer)
    buffer.append(closingBrace)
  }

  /// `{"code":…,"key":…,"line":…,"message":…,"severity":…}`, without `key` and
  /// `line` when they are `nil`.
  private static func appendDiagnostic(_ diagnostic: Diagnostic, to buffer: inout [UInt8]) {
    appendASCII("{\"code\":", to: &buffer)
    appendString(diagnostic.code.rawValue, to: &buffer)
    if let key = diagnostic.key {
      appendASCII(",\"key\":", to: &buffer)
      appendString(key, to: &buffer)
    }
    if let line = diagnostic.line {
      appendASCII(",\"line\":", to: &buffer)
      buffer.appendDecimal(line)
    }
    appendASCII(",\"message\":", to: &buffer)
    appendString(diagnostic.message, to: &buffer)
    appendASCII(",\"severity\":", to: &buffer)
    appendString(diagnostic.severity.rawValue, to: &buffer)
    buffer.append(closingBrace)
  }

  /// A field's value: a number, a string, or `null`.
  static func appendValue(_ value: FieldValue?, to buffer: inout [UInt8]) {
    switch value {
    case .integer(let integer)?: buffer.appendDecimal(integer)
    case .decimal(let digits)?: appendString(digits, to: &buffer)
    case .text(let text)?: appendString(text, to: &buffer)
    case nil: appendASCII("null", to: &buffer)
    }
  }

  /// A source: `{"cell":…,"line":…}`, without `cell` when it is `nil`.
  static func appendSource(_ source: SourceLocation, to buffer: inout [UInt8]) {
    buffer.append(openingBrace)
    if let cell = source.cell {
      appendASCII("\"cell\":", to: &buffer)
      buffer.appendDecimal(cell)
      buffer.append(comma)
    }
    appendASCII("\"line\":", to: &buffer)
    buffer.appendDecimal(source.line)
    buffer.append(closingBrace)
  }

  // MARK: Bytes

  static let comma: UInt8 = 0x2C
  static let colon: UInt8 = 0x3A
  static let quote: UInt8 = 0x22
  static let backslash: UInt8 = 0x5C
  static let openingBrace: UInt8 = 0x7B
  static let closingBrace: UInt8 = 0x7D
  private static let hexDigits: StaticString = "0123456789abcdef"

  /// Appends the bytes of a literal written in the source, copied as they are.
  @inline(__always)
  static func appendASCII(_ text: StaticString, to buffer: inout [UInt8]) {
    text.withUTF8Buffer { buffer.append(contentsOf: $0) }
  }

  /// Appends `text` as a JSON string, quotes included, escaped as the type's
  /// documentation says.
  static func appendString(_ text: String, to buffer: inout [UInt8]) {
    buffer.append(quote)
    var text = text
    text.withUTF8 { appendEscaped($0, to: &buffer) }
    buffer.append(quote)
  }

  /// Appends UTF-8 bytes as the inside of a JSON string: runs of bytes that need
  /// no escape are copied at once.
  static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
    var start = 0
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      // Every byte from 0x20 up, except `"` and `\`, stands for itself; so does
      // every byte of a multi-byte UTF-8 sequence (0x80 and up).
      if byte >= 0x20 && byte != quote && byte != backslash {
        index += 1
        continue
      }
      if start < index { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index])) }
      buffer.append(backslash)
      switch byte {
      case quote: buffer.append(quote)
      case backslash: buffer.append(backslash)
      case 0x08: buffer.append(0x62)  // b
      case 0x09: buffer.append(0x74)  // t
      case 0x0A: buffer.append(0x6E)  // n
      case 0x0C: buffer.append(0x66)  // f
      case 0x0D: buffer.append(0x72)  // r
      default:
        // u00 and two lowercase hex digits.
        buffer.append(contentsOf: [0x75, 0x30, 0x30])
        hexDigits.withUTF8Buffer { digits in
          buffer.append(digits[Int(byte >> 4)])
          buffer.append(digits[Int(byte & 0x0F)])
        }
      }
      index += 1
      start = index
    }
    if start < count { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<count])) }
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
  /// The text of `fields` without its values.
  private let text: [UInt8]
  /// Where in ``text`` each value goes, in the order of the text.
  private let breaks: [Int]
  /// The field whose value goes at each break.
  private let slots: [Int]
  /// The members of `sources` in the order they are written (the field and its
  /// key as a JSON string followed by `:`), when no two keys are equal; `nil` when
  /// some are, and the members are worked out per report as ``Report`` does.
  private let sourceMembers: [(field: Int, key: [UInt8])]?

  /// The layout of the catalogue's fields of each edition.
  private static let edition2019 = FieldsLayout(keys: FieldCatalogue.fields(for: .edition2019).map(\.key))
  private static let edition2021 = FieldsLayout(keys: FieldCatalogue.fields(for: .edition2021).map(\.key))

  /// The layout for `fields`: the stored one of `edition` when the keys are the
  /// catalogue's, else a new one; `nil` when a key has more than
  /// ``ReportJSONWriter/maximumKeyParts`` parts.
  static func layout(for fields: [Field], edition: Edition) -> FieldsLayout? {
    let stored = edition == .edition2019 ? edition2019 : edition2021
    if stored.matches(fields) { return stored }
    let keys = fields.map(\.key)
    for key in keys where key.split(separator: ".").count > ReportJSONWriter.maximumKeyParts { return nil }
    return FieldsLayout(keys: keys)
  }

  /// Whether `fields` have exactly ``keys``, in that order.
  func matches(_ fields: [Field]) -> Bool {
    guard fields.count == keys.count else { return false }
    for index in fields.indices where fields[index].key != keys[index] { return false }
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

  /// Works out the layout of `keys`.
  init(keys: [String]) {
    self.keys = keys
    var root = Node.object([:])
    for (index, key) in keys.enumerated() {
      root.insert(.leaf(index), at: ArraySlice(key.split(separator: ".").map(String.init)))
    }
    var text: [UInt8] = []
    var breaks: [Int] = []
    var slots: [Int] = []
    func emit(_ node: Node) {
      switch node {
      case .leaf(let index):
        breaks.append(text.count)
        slots.append(index)
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
    self.text = text
    self.breaks = breaks
    self.slots = slots

    if Set(keys).count == keys.count {
      sourceMembers = keys.indices
        .sorted { keys[$0].utf8.lexicographicallyPrecedes(keys[$1].utf8) }
        .map { index in
          var key: [UInt8] = []
          ReportJSONWriter.appendString(keys[index], to: &key)
          key.append(ReportJSONWriter.colon)
          return (field: index, key: key)
        }
    } else {
      sourceMembers = nil
    }
  }

  /// Appends the `fields` object of `fields`, which have ``keys``.
  func appendFields(_ fields: [Field], to buffer: inout [UInt8]) {
    var start = 0
    for (position, slot) in slots.enumerated() {
      let end = breaks[position]
      buffer.append(contentsOf: text[start..<end])
      start = end
      ReportJSONWriter.appendValue(fields[slot].value, to: &buffer)
    }
    buffer.append(contentsOf: text[start...])
  }

  /// Appends the `sources` object of `fields`, which have ``keys``: the source of
  /// each field that has one, by key.
  func appendSources(_ fields: [Field], to buffer: inout [UInt8]) {
    buffer.append(ReportJSONWriter.openingBrace)
    var first = true
    if let sourceMembers {
      for member in sourceMembers {
        guard let source = fields[member.field].source else { continue }
        if !first { buffer.append(ReportJSONWriter.comma) }
        first = false
        buffer.append(contentsOf: member.key)
        ReportJSONWriter.appendSource(source, to: &buffer)
      }
    } else {
      // Some keys are equal: the dictionary of the Codable encoding decides which
      // source and which spelling of the key remain.
      var sources: [String: SourceLocation] = [:]
      for field in fields {
        if let source = field.source { sources[field.key] = source }
      }
      for (key, source) in sources.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
        if !first { buffer.append(ReportJSONWriter.comma) }
        first = false
        ReportJSONWriter.appendString(key, to: &buffer)
        buffer.append(ReportJSONWriter.colon)
        ReportJSONWriter.appendSource(source, to: &buffer)
      }
    }
    buffer.append(ReportJSONWriter.closingBrace)
  }
}
