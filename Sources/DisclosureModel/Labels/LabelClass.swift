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

  /// The class of the label in `span` of `storage`: normalised by ``LabelText`` and
  /// looked up, or, when it is written as the template writes it with marks that
  /// normalising would drop, looked up as it stands (what ``RowAnalysis`` asks of each
  /// label cell).
  static func of(_ storage: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> LabelClass {
    LabelText.withNormalised(storage, span, marked: { of(written: $0, limit: $1) }, { of($1) })
  }

  /// The class of `label` (normalised UTF-8 bytes): looked up when the label table
  /// holds it, matched otherwise.
  static func of(_ label: UnsafeBufferPointer<UInt8>) -> LabelClass {
    if let position = known.table.find(label) { return known.classes[position] }
    return LabelClass(matching: label)
  }

  /// The class of a label written as the template writes it, marks and all
  /// (`部分公开（区分处理的，…）`, `危及“三安全一稳定”`), looked up by its bytes as they
  /// stand: for ``LabelText/withNormalised(_:_:marked:_:)``, which calls this where it
  /// would drop the marks of a label of at most `limit` characters. The class is the
  /// one of the label with its marks dropped, so this gives what normalising gives;
  /// `nil` for a label the table does not hold as written, or one too long for `limit`.
  static func of(written label: UnsafeBufferPointer<UInt8>, limit: Int) -> LabelClass? {
    guard let position = known.written.find(label) else { return nil }
    let entry = known.writtenEntries[position]
    guard entry.characters <= limit else { return nil }
    return known.classes[entry.class]
  }

  private static let proactiveHeaderBytes = Array(LabelMatcher.proactiveHeader.utf8)

  /// Every label of every group, with its class; and every label of ``LabelTable``
  /// that normalising changes only by dropping marks, as written, with the position of
  /// its class and how many characters it has (white space aside).
  private static let known:
    (
      table: ByteKeyTable, classes: [LabelClass], written: ByteKeyTable,
      writtenEntries: [(class: Int, characters: Int)]
    ) = {
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
      // The labels as written, each with the class of its bytes with the marks dropped
      // (the same class that `table` holds for those bytes, when it holds them).
      let writtenLabels =
        LabelTable.proactiveRows.flatMap(\.labels) + LabelTable.proactiveColumns.flatMap(\.labels)
        + LabelTable.applicationRows.flatMap(\.labels) + LabelTable.applicationHeaderLabels
        + LabelTable.reviewHeaderLabels + LabelTable.editionMarkers.map(\.label) + [LabelTable.proactiveHeaderLabel]
        + LabelTable.otherTemplateLabels
      var written: [(key: [UInt8], value: Int)] = []
      var writtenEntries: [(class: Int, characters: Int)] = []
      for label in writtenLabels {
        let bytes = Array(label.utf8)
        let dropped = bytes.withUnsafeBufferPointer { buffer in
          LabelText.withMarksDropped(buffer, 0, buffer.count, limit: InputLimits.labelCharacters) { Array($0) }
        }
        guard let dropped, dropped != bytes else { continue }
        let position =
          dropped.withUnsafeBufferPointer { table.find($0) }
          ?? {
            classes.append(dropped.withUnsafeBufferPointer { LabelClass(matching: $0) })
            return classes.count - 1
          }()
        let characters = label.unicodeScalars.count { $0 != " " }
        written.append((bytes, writtenEntries.count))
        writtenEntries.append((position, characters))
      }
      return (table, classes, ByteKeyTable(written), writtenEntries)
    }()
}
