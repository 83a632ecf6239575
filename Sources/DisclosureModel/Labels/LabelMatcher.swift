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
    /// The items matched by prefix (not `exact`) of at least three bytes, ordered by
    /// their first three bytes (``lead(_:at:)``), which ``prefixLeads`` holds in the
    /// same order: a label can extend or truncate only the entries that share its
    /// first character, found by a binary search instead of a scan of every item.
    var prefixItems: [Item] = []
    var prefixLeads: [UInt32] = []
    /// The items matched by prefix that are shorter than three bytes (none in the
    /// template's table, whose labels are ideographs), always scanned.
    var shortPrefixItems: [Item] = []

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
      let bytes = bytes
      let prefixed = items.filter { !$0.exact }
      shortPrefixItems = prefixed.filter { $0.count < 3 }
      // A stable sort: entries that share a lead keep their order (the match does
      // not depend on it, but the scan then reads them as it did before).
      prefixItems = prefixed.filter { $0.count >= 3 }.enumerated().sorted { first, second in
        let (a, b) = (
          bytes.withUnsafeBufferPointer { Index.lead($0, at: first.element.start) },
          bytes.withUnsafeBufferPointer { Index.lead($0, at: second.element.start) }
        )
        return a < b || (a == b && first.offset < second.offset)
      }.map(\.element)
      prefixLeads = prefixItems.map { item in bytes.withUnsafeBufferPointer { Index.lead($0, at: item.start) } }
    }

    /// The three bytes at `start` of `bytes` (which holds them) as one number.
    @inline(__always)
    static func lead(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt32 {
      UInt32(bytes[start]) << 16 | UInt32(bytes[start + 1]) << 8 | UInt32(bytes[start + 2])
    }

    /// The range of ``prefixItems`` whose lead is `lead` (empty when none).
    func prefixRange(lead: UInt32) -> Range<Int> {
      var low = 0
      var high = prefixLeads.count
      while low < high {
        let middle = (low + high) / 2
        if prefixLeads[middle] < lead { low = middle + 1 } else { high = middle }
      }
      var end = low
      while end < prefixLeads.count, prefixLeads[end] == lead { end += 1 }
      return low..<end
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
    var match = PrefixMatch()
    index.bytes.withUnsafeBufferPointer { table in
      if label.count >= 3 {
        // Only the entries that share the label's first three bytes can match, and
        // the short ones.
        let range = index.prefixRange(lead: Index<Value>.lead(label, at: 0))
        index.prefixItems.withUnsafeBufferPointer { items in
          match.scan(label, table: table, items: UnsafeBufferPointer(rebasing: items[range]))
        }
        index.shortPrefixItems.withUnsafeBufferPointer { match.scan(label, table: table, items: $0) }
      } else {
        index.items.withUnsafeBufferPointer { match.scan(label, table: table, items: $0) }
      }
    }
    return match.result
  }

  /// ``prefixValue(_:in:)`` scanning every entry of `index`, in the order they were
  /// given: what the search by lead must agree with (a test compares them).
  static func prefixValueScanningAll<Value>(_ label: UnsafeBufferPointer<UInt8>, in index: Index<Value>) -> Int? {
    guard !label.isEmpty else { return nil }
    var match = PrefixMatch()
    index.bytes.withUnsafeBufferPointer { table in
      index.items.withUnsafeBufferPointer { match.scan(label, table: table, items: $0) }
    }
    return match.result
  }

  /// The value index of the one entry that a label extends or truncates, preferring
  /// the longest; `nil` when none or several distinct ones do. Found by scanning
  /// entries (in any order, and in any number of parts: which entry is found does
  /// not depend on the order).
  private struct PrefixMatch {
    var labelLength: Int?
    var found: Int?
    var longest = 0
    var ambiguous = false

    /// The match, once every entry that may match was scanned.
    var result: Int? { ambiguous ? nil : found }

    /// Scans `items` (entries of the index whose bytes are `table`) for `bytes`.
    mutating func scan<Value>(
      _ bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt8>,
      items: UnsafeBufferPointer<Index<Value>.Item>
    ) {
      guard let firstByte = bytes.first, let labelBase = bytes.baseAddress, let tableBase = table.baseAddress else {
        return
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
    }
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
