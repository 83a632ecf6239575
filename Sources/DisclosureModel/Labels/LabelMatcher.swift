#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Musl)
  internal import Musl
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Looks normalised labels up in ``LabelTable``, built once.
struct LabelMatcher: Sendable {
  /// The normalised labels of one group of ``LabelTable`` and what they stand for,
  /// laid out for matching without reference counting in the loop: every label's
  /// UTF-8 bytes in one buffer, plain-value items pointing into it, and a hash table
  /// for the common case of an exact match.
  struct Index<Value: Sendable & Hashable>: Sendable {
    /// One label: where its bytes are, its length in scalars, and its value.
    struct Item: Sendable {
      var start: Int
      var count: Int
      var length: Int
      var exact: Bool
      var value: Int
    }

    var exactMatches: ByteKeyTable
    var bytes: [UInt8] = []
    var items: [Item] = []
    var values: [Value] = []

    init(_ entries: [(text: String, value: Value, exact: Bool)]) {
      var exact: [(key: [UInt8], value: Int)] = []
      for entry in entries {
        let start = bytes.count
        bytes.append(contentsOf: entry.text.utf8)
        let value = values.firstIndex(of: entry.value) ?? values.count
        if value == values.count { values.append(entry.value) }
        items.append(
          Item(
            start: start, count: bytes.count - start, length: entry.text.unicodeScalars.count, exact: entry.exact,
            value: value))
        exact.append((Array(entry.text.utf8), value))
      }
      exactMatches = ByteKeyTable(exact)
    }

    /// Every label's normalised UTF-8 bytes.
    var labels: [[UInt8]] { items.map { Array(bytes[$0.start..<$0.start + $0.count]) } }
  }

  /// A normalised label is matched by prefix only when it has at least this many
  /// characters, so short fragments never match by accident.
  static let minimumPrefixLength = 4

  /// Finds the entry for `label`: an exact match first; otherwise a unique entry that
  /// `label` starts with (a label with extra words), or that starts with `label`
  /// (a label cut short by conversion, `无正当理由大`). Returns `nil` when nothing
  /// or more than one distinct entry matches. Compares UTF-8 bytes: normalised labels
  /// hold no combining marks, so byte prefixes are scalar prefixes.
  static func match<Value>(_ label: String, in index: Index<Value>) -> Value? {
    var label = label
    return label.withUTF8 { matchValue($0, in: index) }.map { index.values[$0] }
  }

  /// Like ``match(_:in:)`` for a label's normalised UTF-8 bytes, returning the
  /// position of the value in `index.values`.
  static func matchValue<Value>(_ label: UnsafeBufferPointer<UInt8>, in index: Index<Value>) -> Int? {
    guard !label.isEmpty else { return nil }
    if let value = index.exactMatches.find(label) { return value }
    return prefixValue(label, in: index)
  }

  /// ``matchValue(_:in:)`` without its exact look-up: the prefix match alone, for a
  /// label that `index` is known not to hold exactly.
  static func prefixValue<Value>(_ label: UnsafeBufferPointer<UInt8>, in index: Index<Value>) -> Int? {
    guard !label.isEmpty else { return nil }
    return index.bytes.withUnsafeBufferPointer { table in
      index.items.withUnsafeBufferPointer { items in
        prefixMatch(label, table: table, items: items)
      }
    }
  }

  /// The value index of the one entry that `label` extends or truncates, preferring
  /// the longest; `nil` when none or several distinct ones do.
  private static func prefixMatch<Value>(
    _ bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt8>,
    items: UnsafeBufferPointer<Index<Value>.Item>
  ) -> Int? {
    var labelLength: Int?
    var found: Int?
    var longest = 0
    var ambiguous = false
    guard let firstByte = bytes.first, let labelBase = bytes.baseAddress, let tableBase = table.baseAddress else {
      return nil
    }
    for item in items where !item.exact {
      // One entry extends or truncates the other only if they agree on their
      // shorter length: the first byte rules out most entries, one `memcmp` the rest.
      let shorter = min(item.count, bytes.count)
      guard item.count > 0, item.count != bytes.count, table[item.start] == firstByte else { continue }
      // Most labels start with an ideograph, three bytes whose first (E4 to E9) they
      // share by the dozen: the other two rule out most entries before the call.
      if shorter >= 3, table[item.start + 1] != bytes[1] || table[item.start + 2] != bytes[2] { continue }
      guard memcmp(labelBase, tableBase + item.start, shorter) == 0 else { continue }
      let extends = item.length >= minimumPrefixLength && item.count < bytes.count
      var truncated = false
      if !extends, bytes.count < item.count {
        if labelLength == nil { labelLength = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
        truncated = (labelLength ?? 0) >= minimumPrefixLength
      }
      guard extends || truncated else { continue }
      let strength = extends ? item.length : (labelLength ?? 0)
      if found == nil || strength > longest {
        ambiguous = false
        found = item.value
        longest = strength
      } else if strength == longest, found != item.value {
        ambiguous = true
      }
    }
    return ambiguous ? nil : found
  }

  /// Normalises a list of label groups into an index.
  static func entries<Value>(_ groups: [(labels: [String], value: Value, exact: Bool)]) -> Index<Value> {
    Index(
      groups.flatMap { group in
        group.labels.map { (text: LabelText($0).text, value: group.value, exact: group.exact) }
      })
  }

  static let proactiveRows = entries(LabelTable.proactiveRows.map { ($0.labels, $0.row, true) })
  static let proactiveColumns = entries(LabelTable.proactiveColumns.map { ($0.labels, $0.column, false) })
  static let applicationRows = entries(LabelTable.applicationRows.map { ($0.labels, $0.row, $0.exact) })
  static let applicationHeaders = entries(LabelTable.applicationHeaderLabels.map { ([$0], true, false) })
  static let reviewHeaders = entries(LabelTable.reviewHeaderLabels.map { ([$0], true, true) })
  static let editionMarkers = entries(LabelTable.editionMarkers.map { ([$0.label], $0.edition, false) })
  static let proactiveHeader = LabelText(LabelTable.proactiveHeaderLabel).text
  /// Each section's normalised keywords as UTF-8 bytes, by section number (1 to 6).
  static let sectionKeywordBytes: [[[UInt8]]] = (0...6).map { number in
    (LabelTable.sectionKeywords[number] ?? []).map { Array(LabelText($0).text.utf8) }
  }
}
