/// Everything the interpreter asks about one normalised label, answered at once:
/// which groups of ``LabelTable`` it matches and what it stands for in each.
///
/// The answers for every label the table holds are computed when the table is first
/// used and found again by one hash lookup of the label's bytes; any other label
/// (a variant, a damaged or run-together label) is matched group by group, with the
/// same rules, so the two ways always agree.
struct LabelClass: Sendable, Equatable {
  /// The label is table 二's column-header label (`信息内容`).
  var isProactiveHeader = false
  /// Position in `LabelMatcher.proactiveColumns.values`, if a table 二 column label.
  var proactiveColumn: Int?
  /// One of table 三's header labels.
  var isApplicationHeader = false
  /// One of table 四's header labels.
  var isReviewHeader = false
  /// Position in `LabelMatcher.proactiveRows.values`, if a table 二 row label.
  var proactiveRow: Int?
  /// Position in `LabelMatcher.applicationRows.values`, if a table 三 row label.
  var applicationRow: Int?
  /// The edition whose marker labels include this one.
  var editionMarker: Edition?

  /// Matches `label` (normalised UTF-8 bytes) against every group.
  init(matching label: UnsafeBufferPointer<UInt8>) {
    isProactiveHeader = label.elementsEqual(Self.proactiveHeaderBytes)
    proactiveColumn = LabelMatcher.matchValue(label, in: LabelMatcher.proactiveColumns)
    isApplicationHeader = LabelMatcher.matchValue(label, in: LabelMatcher.applicationHeaders) != nil
    isReviewHeader = LabelMatcher.matchValue(label, in: LabelMatcher.reviewHeaders) != nil
    proactiveRow = LabelMatcher.matchValue(label, in: LabelMatcher.proactiveRows)
    applicationRow = LabelMatcher.matchValue(label, in: LabelMatcher.applicationRows)
    editionMarker = LabelMatcher.matchValue(label, in: LabelMatcher.editionMarkers).map {
      LabelMatcher.editionMarkers.values[$0]
    }
  }

  /// ``init(matching:)`` for a label that no group holds exactly (one the table of
  /// every group's labels lacks, ``known``): its exact look-ups, one hash of the
  /// label for each of six groups, would all fail, and it is not table 二's header
  /// label, so only the prefix matches are made (``LabelMatcher/prefixValue(_:in:)``).
  init(matchingUnknown label: UnsafeBufferPointer<UInt8>) {
    isProactiveHeader = false
    proactiveColumn = LabelMatcher.prefixValue(label, in: LabelMatcher.proactiveColumns)
    isApplicationHeader = LabelMatcher.prefixValue(label, in: LabelMatcher.applicationHeaders) != nil
    isReviewHeader = LabelMatcher.prefixValue(label, in: LabelMatcher.reviewHeaders) != nil
    proactiveRow = LabelMatcher.prefixValue(label, in: LabelMatcher.proactiveRows)
    applicationRow = LabelMatcher.prefixValue(label, in: LabelMatcher.applicationRows)
    editionMarker = LabelMatcher.prefixValue(label, in: LabelMatcher.editionMarkers).map {
      LabelMatcher.editionMarkers.values[$0]
    }
  }

  /// The class of the label in `span` of `storage` (what ``RowAnalysis`` asks of each
  /// label cell): most labels are looked up as they stand, after white space and a
  /// plain enumerator are cut off; the others are normalised by ``LabelText`` and
  /// looked up, or matched. Never inlined: one copy of the normalising steps serves
  /// every label cell.
  @inline(never)
  static func of(_ storage: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> LabelClass {
    LabelText.withNormalised(
      storage, span, lookUp: { of(asWritten: $0, afterEnumerator: $1, limit: $2) }, { of($1) })
  }

  /// The class of `label` (normalised UTF-8 bytes): looked up when the label table
  /// holds it, matched otherwise.
  static func of(_ label: UnsafeBufferPointer<UInt8>) -> LabelClass {
    if let position = known.table.find(label) { return known.classes[position] }
    // `known.table` holds every label of every group, so no group holds this one.
    return LabelClass(matchingUnknown: label)
  }

  /// The class of a label as it stands in a cell (white space and a plain enumerator
  /// cut off), for ``LabelText/withNormalised(_:_:lookUp:_:)``: found when it is one
  /// of the table's labels of ideographs only, or one written as the template writes
  /// it, marks and all (`部分公开（区分处理的，…）`, `危及“三安全一稳定”`), which
  /// normalising would take where `afterEnumerator` says and keep within `limit`
  /// characters. The class is the one of the label normalised, so this gives what
  /// normalising gives; `nil` for any other label.
  static func of(asWritten label: UnsafeBufferPointer<UInt8>, afterEnumerator: Bool, limit: Int) -> LabelClass? {
    guard let packed = known.written.find(label) else { return nil }
    let entry = WrittenEntry(packed: packed)
    guard entry.characters <= limit, afterEnumerator ? entry.afterEnumerator : entry.alone else { return nil }
    return known.classes[entry.class]
  }

  private static let proactiveHeaderBytes = Array(LabelMatcher.proactiveHeader.utf8)

  /// How a label is looked up as it stands: the position of its class, how many
  /// characters it has (white space aside), and whether normalising takes it as it
  /// stands when it is the whole label, and when it follows an enumerator. Packed
  /// into the value the table of labels as written holds (ten bits for the class,
  /// nine for the characters, one for each flag), so a look-up reads nothing else.
  private struct WrittenEntry {
    var `class`: Int
    var characters: Int
    var alone: Bool
    var afterEnumerator: Bool

    init(class position: Int, characters: Int, alone: Bool, afterEnumerator: Bool) {
      self.class = position
      self.characters = characters
      self.alone = alone
      self.afterEnumerator = afterEnumerator
    }

    /// Unpacks ``packed``.
    @inline(__always)
    init(packed: Int) {
      self.class = packed & 0x3FF
      characters = (packed >> 10) & 0x1FF
      alone = packed & (1 << 19) != 0
      afterEnumerator = packed & (1 << 20) != 0
    }

    /// The entry packed, or `nil` if its class or length does not fit (a label the
    /// table then leaves to normalising).
    var packed: Int? {
      guard (0..<0x400).contains(self.class), (0..<0x200).contains(characters) else { return nil }
      return self.class | characters << 10 | (alone ? 1 << 19 : 0) | (afterEnumerator ? 1 << 20 : 0)
    }
  }

  /// Every label of every group, with its class; and every label as written that
  /// normalising takes as it stands or changes only by dropping marks (the labels of
  /// ideographs only among the first, and the template's labels as written), each
  /// with how it is looked up.
  private static let known: (table: ByteKeyTable, classes: [LabelClass], written: ByteKeyTable) = {
    var labels: [[UInt8]] = []
    var seen = Set<[UInt8]>()
    for index in [
      LabelMatcher.proactiveColumns.labels, LabelMatcher.applicationHeaders.labels,
      LabelMatcher.reviewHeaders.labels, LabelMatcher.proactiveRows.labels, LabelMatcher.applicationRows.labels,
      LabelMatcher.editionMarkers.labels, [proactiveHeaderBytes],
      LabelTable.otherTemplateLabels.map { Array(LabelText($0).text.utf8) },
    ] {
      for label in index where seen.insert(label).inserted { labels.append(label) }
    }
    var classes = labels.map { label in label.withUnsafeBufferPointer { LabelClass(matching: $0) } }
    let table = ByteKeyTable(labels.enumerated().map { ($1, $0) })
    var written: [(key: [UInt8], value: Int)] = []
    let limit = InputLimits.labelCharacters
    // The labels of ideographs only, which normalising passes on as they are.
    for (position, label) in labels.enumerated() {
      let ideographsOnly = label.withUnsafeBufferPointer {
        LabelText.isIdeographsOnly($0, 0, $0.count, limit: limit)
      }
      guard ideographsOnly else { continue }
      let characters = label.count / 3
      let entry = WrittenEntry(class: position, characters: characters, alone: true, afterEnumerator: true)
      if let packed = entry.packed { written.append((label, packed)) }
    }
    // The labels as written, each with the class of its bytes with the marks
    // dropped (the same class that `table` holds for those bytes, when it holds them).
    let writtenLabels =
      LabelTable.proactiveRows.flatMap(\.labels) + LabelTable.proactiveColumns.flatMap(\.labels)
      + LabelTable.applicationRows.flatMap(\.labels) + LabelTable.applicationHeaderLabels
      + LabelTable.reviewHeaderLabels + LabelTable.editionMarkers.map(\.label) + [LabelTable.proactiveHeaderLabel]
      + LabelTable.otherTemplateLabels
    for label in writtenLabels {
      let bytes = Array(label.utf8)
      let (dropped, alone, afterEnumerator) = bytes.withUnsafeBufferPointer { buffer in
        (
          LabelText.withMarksDropped(buffer, 0, buffer.count, limit: limit) { Array($0) },
          LabelText.startsWithoutEnumerator(buffer, 0, buffer.count, afterEnumerator: false),
          LabelText.startsWithoutEnumerator(buffer, 0, buffer.count, afterEnumerator: true)
        )
      }
      // Labels of ideographs only are in already; others that normalising would
      // not take this way are left to it.
      guard let dropped, dropped != bytes else { continue }
      let position =
        dropped.withUnsafeBufferPointer { table.find($0) }
        ?? {
          classes.append(dropped.withUnsafeBufferPointer { LabelClass(matching: $0) })
          return classes.count - 1
        }()
      let characters = label.unicodeScalars.count { $0 != " " }
      let entry = WrittenEntry(class: position, characters: characters, alone: alone, afterEnumerator: afterEnumerator)
      if let packed = entry.packed { written.append((bytes, packed)) }
    }
    return (table, classes, ByteKeyTable(written))
  }()
}
