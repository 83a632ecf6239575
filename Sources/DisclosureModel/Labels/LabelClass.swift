/// Everything the interpreter asks about one normalised label, answered at once:
/// which groups of ``LabelTable`` it matches and what it stands for in each.
///
/// The answers for every label the table holds are computed when the table is first
/// used and found again by one hash lookup of the label's bytes; any other label
/// (a variant, a damaged or run-together label) is matched group by group, with the
/// same rules, so the two ways always agree.
struct LabelClass: Sendable {
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

  /// The class of `label` (normalised UTF-8 bytes): looked up when the label table
  /// holds it, matched otherwise.
  static func of(_ label: UnsafeBufferPointer<UInt8>) -> LabelClass {
    if let position = known.table.find(label) { return known.classes[position] }
    return LabelClass(matching: label)
  }

  private static let proactiveHeaderBytes = Array(LabelMatcher.proactiveHeader.utf8)

  /// Every label of every group, with its class.
  private static let known: (table: ByteKeyTable, classes: [LabelClass]) = {
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
    let classes = labels.map { label in label.withUnsafeBufferPointer { LabelClass(matching: $0) } }
    return (ByteKeyTable(labels.enumerated().map { ($1, $0) }), classes)
  }()
}
