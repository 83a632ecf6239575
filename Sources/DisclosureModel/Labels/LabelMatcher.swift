/// Looks normalised labels up in ``LabelTable``, built once.
struct LabelMatcher: Sendable {
  /// One entry: a normalised label and what it stands for.
  struct Entry<Value: Sendable>: Sendable {
    var text: String
    var value: Value
    var exact: Bool
    /// The label's UTF-8 bytes and its length in scalars, computed once.
    var bytes: [UInt8]
    var length: Int

    init(text: String, value: Value, exact: Bool) {
      self.text = text
      self.value = value
      self.exact = exact
      self.bytes = Array(text.utf8)
      self.length = text.unicodeScalars.count
    }
  }

  /// A normalised label is matched by prefix only when it has at least this many
  /// characters, so short fragments never match by accident.
  static let minimumPrefixLength = 4

  /// Finds the entry for `label`: an exact match first; otherwise a unique entry that
  /// `label` starts with (a label with extra words), or that starts with `label`
  /// (a label cut short by conversion, `无正当理由大`). Returns `nil` when nothing
  /// or more than one distinct entry matches. Compares UTF-8 bytes: normalised labels
  /// hold no combining marks, so byte prefixes are scalar prefixes.
  static func match<Value: Hashable>(_ label: String, in entries: [Entry<Value>]) -> Value? {
    var label = label
    return label.withUTF8 { bytes -> Value? in
      guard !bytes.isEmpty else { return nil }
      for entry in entries where entry.bytes.count == bytes.count && entry.bytes.elementsEqual(bytes) {
        return entry.value
      }
      var labelLength: Int?
      var found: Value?
      var longest = 0
      var ambiguous = false
      for entry in entries where !entry.exact {
        let extends =
          entry.length >= minimumPrefixLength && entry.bytes.count < bytes.count
          && bytes.starts(with: entry.bytes)
        var truncated = false
        if !extends, bytes.count < entry.bytes.count, entry.bytes.starts(with: bytes) {
          if labelLength == nil { labelLength = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
          truncated = (labelLength ?? 0) >= minimumPrefixLength
        }
        guard extends || truncated else { continue }
        let strength = extends ? entry.length : (labelLength ?? 0)
        if found == nil || strength > longest {
          ambiguous = false
          found = entry.value
          longest = strength
        } else if strength == longest, found != entry.value {
          ambiguous = true
        }
      }
      return ambiguous ? nil : found
    }
  }

  /// Normalises a list of label groups into entries.
  static func entries<Value>(_ groups: [(labels: [String], value: Value, exact: Bool)]) -> [Entry<Value>] {
    groups.flatMap { group in
      group.labels.map { Entry(text: LabelText($0).text, value: group.value, exact: group.exact) }
    }
  }

  static let proactiveRows = entries(LabelTable.proactiveRows.map { ($0.labels, $0.row, true) })
  static let proactiveColumns = entries(LabelTable.proactiveColumns.map { ($0.labels, $0.column, false) })
  static let applicationRows = entries(LabelTable.applicationRows.map { ($0.labels, $0.row, $0.exact) })
  static let applicationHeaders = entries(LabelTable.applicationHeaderLabels.map { ([$0], true, false) })
  static let reviewHeaders = entries(LabelTable.reviewHeaderLabels.map { ([$0], true, true) })
  static let editionMarkers = entries(LabelTable.editionMarkers.map { ([$0.label], $0.edition, false) })
  static let proactiveHeader = LabelText(LabelTable.proactiveHeaderLabel).text
  static let sectionKeywords: [Int: [String]] = LabelTable.sectionKeywords.mapValues { $0.map { LabelText($0).text } }
}
