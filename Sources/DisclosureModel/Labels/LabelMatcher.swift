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
    struct Item: Sendable, PrefixEntry {
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
    func prefixRange(lead: UInt32) -> Range<Int> { LabelMatcher.range(of: lead, in: prefixLeads) }

    /// Every label's normalised UTF-8 bytes.
    var labels: [[UInt8]] { items.map { Array(bytes[$0.start..<$0.start + $0.count]) } }

    /// Whether `text` is empty or agrees with an entry on their shorter length (one
    /// is a prefix of the other). A label that starts with `text` can match an entry
    /// (``LabelMatcher/matchValue(_:in:)``: equal to it, extending it or truncating
    /// it) only then: those all agree with the entry on the shorter length, and so
    /// does `text`, a prefix of the label. Every entry is read; the first byte rules
    /// out most, and, when both have three bytes or more, the next two rule out most
    /// of the rest before the call to compare (most labels start with an ideograph,
    /// three bytes whose first, E4 to E9, they share by the dozen): two bytes that
    /// differ there would make that comparison fail too.
    func agreesWithAnEntry(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
      guard let textBase = text.baseAddress, !text.isEmpty else { return true }
      return bytes.withUnsafeBufferPointer { table in
        guard let tableBase = table.baseAddress else { return false }
        for item in items where item.count > 0 && table[item.start] == text[0] {
          let shorter = min(item.count, text.count)
          if shorter >= 3, table[item.start + 1] != text[1] || table[item.start + 2] != text[2] { continue }
          if memcmp(textBase, tableBase + item.start, shorter) == 0 { return true }
        }
        return false
      }
    }
  }

  /// The range of `leads` (in ascending order) that equal `lead`, found by a binary
  /// search (empty when none).
  static func range(of lead: UInt32, in leads: [UInt32]) -> Range<Int> {
    var low = 0
    var high = leads.count
    while low < high {
      let middle = (low + high) / 2
      if leads[middle] < lead { low = middle + 1 } else { high = middle }
    }
    var end = low
    while end < leads.count, leads[end] == lead { end += 1 }
    return low..<end
  }

  /// What a prefix match reads of an entry: where its bytes are, their count, its
  /// length in scalars, whether it matches only whole labels, and its value.
  protocol PrefixEntry {
    var start: Int { get }
    var count: Int { get }
    var length: Int { get }
    var exact: Bool { get }
    var value: Int { get }
  }

  /// The prefix matches of ``LabelClass/init(matchingUnknown:)``, one value position
  /// (or `nil`) for each group, in the order of its properties.
  struct PrefixValues {
    var proactiveColumn: Int?
    var applicationHeader: Int?
    var reviewHeader: Int?
    var proactiveRow: Int?
    var applicationRow: Int?
    var editionMarker: Int?
  }

  /// Every group's entries matched by prefix (of at least three bytes) in one list
  /// ordered by lead, each with its group (numbered as in ``PrefixValues``), their
  /// bytes in one buffer: ``prefixValues(_:)`` finds a label's candidates in all six
  /// groups by one search by lead and one scan.
  struct PrefixGroups: Sendable {
    /// An entry of a group, its `start` in ``bytes``.
    struct Entry: Sendable, PrefixEntry {
      var start: Int
      var count: Int
      var length: Int
      var exact: Bool
      var value: Int
      var group: Int
    }

    var bytes: [UInt8] = []
    var entries: [Entry] = []
    var leads: [UInt32] = []
    /// Whether a group has prefix entries shorter than three bytes (the template's
    /// groups have none), which every search must scan: then ``prefixValues(_:)``
    /// searches group by group.
    var hasShortEntries = false
    /// The fewest bytes of an entry of at least ``LabelMatcher/minimumPrefixLength``
    /// characters (`Int.max` when none): a label of fewer characters, no longer than
    /// this, extends no entry and truncates none (see ``LabelMatcher/prefixValues(_:)``).
    var shortestLongEntry = Int.max

    init() {
      add(LabelMatcher.proactiveColumns, group: 0)
      add(LabelMatcher.applicationHeaders, group: 1)
      add(LabelMatcher.reviewHeaders, group: 2)
      add(LabelMatcher.proactiveRows, group: 3)
      add(LabelMatcher.applicationRows, group: 4)
      add(LabelMatcher.editionMarkers, group: 5)
      let bytes = bytes
      // A stable sort by lead (the match does not depend on the order).
      entries = entries.enumerated().sorted { first, second in
        let (a, b) = (
          bytes.withUnsafeBufferPointer { Index<Bool>.lead($0, at: first.element.start) },
          bytes.withUnsafeBufferPointer { Index<Bool>.lead($0, at: second.element.start) }
        )
        return a < b || (a == b && first.offset < second.offset)
      }.map(\.element)
      leads = entries.map { entry in bytes.withUnsafeBufferPointer { Index<Bool>.lead($0, at: entry.start) } }
      shortestLongEntry = entries.filter { $0.length >= minimumPrefixLength }.map(\.count).min() ?? Int.max
    }

    /// Adds `index`'s prefix entries of three bytes or more as `group`'s.
    private mutating func add<Value>(_ index: Index<Value>, group: Int) {
      let offset = bytes.count
      bytes.append(contentsOf: index.bytes)
      for item in index.prefixItems {
        entries.append(
          Entry(
            start: offset + item.start, count: item.count, length: item.length, exact: item.exact, value: item.value,
            group: group))
      }
      hasShortEntries = hasShortEntries || !index.shortPrefixItems.isEmpty
    }
  }

  static let prefixGroups = PrefixGroups()

  /// ``prefixValue(_:in:)`` in each of the six groups (``PrefixValues``): for a label
  /// of three bytes or more, by one search and scan of ``prefixGroups``, each entry
  /// matched against its own group's match, which is what that group's own search
  /// and scan find (the entries sharing the label's lead; the match does not depend
  /// on their order). Shorter labels are searched group by group.
  static func prefixValues(_ label: UnsafeBufferPointer<UInt8>) -> PrefixValues {
    let groups = prefixGroups
    guard label.count >= 3, !groups.hasShortEntries else {
      return PrefixValues(
        proactiveColumn: prefixValue(label, in: proactiveColumns),
        applicationHeader: prefixValue(label, in: applicationHeaders),
        reviewHeader: prefixValue(label, in: reviewHeaders), proactiveRow: prefixValue(label, in: proactiveRows),
        applicationRow: prefixValue(label, in: applicationRows), editionMarker: prefixValue(label, in: editionMarkers))
    }
    // A match needs a label that extends an entry of at least `minimumPrefixLength`
    // characters (so has more bytes than it) or that has that many characters
    // itself: short fragments of a header (`结果`, `他组织`) have neither, and match
    // nothing without a search.
    if label.count <= groups.shortestLongEntry, scalarCount(label) < minimumPrefixLength { return PrefixValues() }
    let range = Self.range(of: Index<Bool>.lead(label, at: 0), in: groups.leads)
    var matches = (PrefixMatch(), PrefixMatch(), PrefixMatch(), PrefixMatch(), PrefixMatch(), PrefixMatch())
    groups.bytes.withUnsafeBufferPointer { table in
      groups.entries.withUnsafeBufferPointer { entries in
        guard let labelBase = label.baseAddress, let tableBase = table.baseAddress else { return }
        for entry in entries[range] {
          switch entry.group {
          case 0: matches.0.consider(entry, label, labelBase: labelBase, table: table, tableBase: tableBase)
          case 1: matches.1.consider(entry, label, labelBase: labelBase, table: table, tableBase: tableBase)
          case 2: matches.2.consider(entry, label, labelBase: labelBase, table: table, tableBase: tableBase)
          case 3: matches.3.consider(entry, label, labelBase: labelBase, table: table, tableBase: tableBase)
          case 4: matches.4.consider(entry, label, labelBase: labelBase, table: table, tableBase: tableBase)
          default: matches.5.consider(entry, label, labelBase: labelBase, table: table, tableBase: tableBase)
          }
        }
      }
    }
    return PrefixValues(
      proactiveColumn: matches.0.result, applicationHeader: matches.1.result, reviewHeader: matches.2.result,
      proactiveRow: matches.3.result, applicationRow: matches.4.result, editionMarker: matches.5.result)
  }

  /// A normalised label is matched by prefix only when it has at least this many
  /// characters, so short fragments never match by accident.
  static let minimumPrefixLength = 4

  /// A label of CJK ideographs only (three bytes a character) that no group holds
  /// exactly and that has fewer bytes than this matches nothing by prefix: it has
  /// fewer than ``minimumPrefixLength`` characters and is no longer than any entry
  /// of that many characters or more (``PrefixGroups/shortestLongEntry``), so it
  /// extends no entry and truncates none, as ``prefixValues(_:)`` finds before its
  /// search. 0 when a group has entries shorter than three bytes, which
  /// ``prefixValues(_:)`` searches for every label.
  static let fragmentBytes: Int = {
    let groups = prefixGroups
    guard !groups.hasShortEntries else { return 0 }
    let shortestLongEntry = groups.shortestLongEntry == Int.max ? Int.max - 1 : groups.shortestLongEntry
    return min(shortestLongEntry + 1, 3 * minimumPrefixLength)
  }()

  /// How many Unicode scalars the UTF-8 `bytes` hold: the bytes that are not
  /// continuation bytes.
  @inline(__always)
  static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }

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
    mutating func scan<Entry: PrefixEntry>(
      _ bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt8>, items: UnsafeBufferPointer<Entry>
    ) {
      guard !bytes.isEmpty, let labelBase = bytes.baseAddress, let tableBase = table.baseAddress else { return }
      for item in items { consider(item, bytes, labelBase: labelBase, table: table, tableBase: tableBase) }
    }

    /// Matches `bytes` (not empty, at `labelBase`) against `item` (an entry whose
    /// bytes are in `table`, at `tableBase`).
    @inline(__always)
    mutating func consider<Entry: PrefixEntry>(
      _ item: Entry, _ bytes: UnsafeBufferPointer<UInt8>, labelBase: UnsafePointer<UInt8>,
      table: UnsafeBufferPointer<UInt8>, tableBase: UnsafePointer<UInt8>
    ) {
      guard !item.exact else { return }
      // One entry extends or truncates the other only if they agree on their
      // shorter length: the first byte rules out most entries, one `memcmp` the rest.
      let shorter = min(item.count, bytes.count)
      guard item.count > 0, item.count != bytes.count, table[item.start] == bytes[0] else { return }
      // Most labels start with an ideograph, three bytes whose first (E4 to E9) they
      // share by the dozen: the other two rule out most entries before the call.
      if shorter >= 3, table[item.start + 1] != bytes[1] || table[item.start + 2] != bytes[2] { return }
      guard memcmp(labelBase, tableBase + item.start, shorter) == 0 else { return }
      let extends = item.length >= minimumPrefixLength && item.count < bytes.count
      var truncated = false
      if !extends, bytes.count < item.count {
        if labelLength == nil { labelLength = scalarCount(bytes) }
        truncated = (labelLength ?? 0) >= minimumPrefixLength
      }
      guard extends || truncated else { return }
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
  /// Each section's normalised keywords as UTF-8 bytes, by section number (1 to 6),
  /// in permanent buffers: read for a report's headings on every core, they touch no
  /// shared reference count.
  static let sectionKeywordBytes = PermanentBuffer(
    (0...6).map { number in
      PermanentBuffer(
        (LabelTable.sectionKeywords[number] ?? []).map { PermanentBuffer(Array(LabelText($0).text.utf8)) })
    })
}
