/// Everything the interpreter asks about one normalised label, answered at once:
/// which groups of ``LabelTable`` it matches and what it stands for in each.
///
/// The answers for every label the table holds are computed when the table is first
/// used and found again by one hash lookup of the label's bytes; any other label
/// (a variant, a damaged or run-together label) is matched group by group, with the
/// same rules, so the two ways always agree.
struct LabelClass: Sendable, Hashable {
  // The answers packed into one word, so that a class is returned in one register
  // and stored whole in the value of a table slot (``raw``): the flags in bits 0 to
  // 7, then three positions of sixteen bits each (bits 16, 32 and 48), each held
  // plus one (0 for none). Every group holds far fewer than 0xFFFF values (a test
  // checks).
  private var bits: UInt64 = 0

  private static let proactiveHeaderFlag: UInt64 = 1
  private static let applicationHeaderFlag: UInt64 = 2
  private static let reviewHeaderFlag: UInt64 = 4
  private static let edition2019Flag: UInt64 = 8
  private static let edition2021Flag: UInt64 = 16
  private static let columnShift: UInt64 = 16
  private static let proactiveShift: UInt64 = 32
  private static let applicationShift: UInt64 = 48

  /// The label is table 二's column-header label (`信息内容`).
  var isProactiveHeader: Bool {
    get { bits & Self.proactiveHeaderFlag != 0 }
    set { setFlag(Self.proactiveHeaderFlag, newValue) }
  }
  /// Position in `LabelMatcher.proactiveColumns.values`, if a table 二 column label.
  var proactiveColumn: Int? {
    get { position(at: Self.columnShift) }
    set { setPosition(newValue, at: Self.columnShift) }
  }
  /// One of table 三's header labels.
  var isApplicationHeader: Bool {
    get { bits & Self.applicationHeaderFlag != 0 }
    set { setFlag(Self.applicationHeaderFlag, newValue) }
  }
  /// One of table 四's header labels.
  var isReviewHeader: Bool {
    get { bits & Self.reviewHeaderFlag != 0 }
    set { setFlag(Self.reviewHeaderFlag, newValue) }
  }
  /// Position in `LabelMatcher.proactiveRows.values`, if a table 二 row label.
  var proactiveRow: Int? {
    get { position(at: Self.proactiveShift) }
    set { setPosition(newValue, at: Self.proactiveShift) }
  }
  /// Position in `LabelMatcher.applicationRows.values`, if a table 三 row label.
  var applicationRow: Int? {
    get { position(at: Self.applicationShift) }
    set { setPosition(newValue, at: Self.applicationShift) }
  }
  /// The edition whose marker labels include this one.
  var editionMarker: Edition? {
    get {
      if bits & Self.edition2019Flag != 0 { return .edition2019 }
      if bits & Self.edition2021Flag != 0 { return .edition2021 }
      return nil
    }
    set {
      setFlag(Self.edition2019Flag, newValue == .edition2019)
      setFlag(Self.edition2021Flag, newValue == .edition2021)
    }
  }

  /// Sets the header flags (``isApplicationHeader``, ``isReviewHeader``) that
  /// `other` sets, keeping those set already, and nothing else: gathered over a
  /// row's labels, they tell whether any label is such a header, with one `|` a
  /// label instead of a test and a store for each flag.
  @inline(__always)
  mutating func addHeaderFlags(of other: LabelClass) {
    bits |= other.bits & (Self.applicationHeaderFlag | Self.reviewHeaderFlag)
  }

  /// Whether the label names a table 二 column or marks an edition: the two answers
  /// a row's label cells act on only now and then (a column of a table 二 header, a
  /// marker label), told by one test of the word, so that every other label (nearly
  /// all) passes both by one branch
  /// (``RowAnalysis/LabelCells/note(from:to:at:in:headerColumns:)``).
  @inline(__always)
  var namesColumnOrMarksEdition: Bool {
    bits & (Self.edition2019Flag | Self.edition2021Flag | 0xFFFF << Self.columnShift) != 0
  }

  /// Whether the label marks an edition (``editionMarker``): one test of the word,
  /// which nearly every label passes by one branch.
  @inline(__always)
  var marksEdition: Bool {
    bits & (Self.edition2019Flag | Self.edition2021Flag) != 0
  }

  /// Whether the label names a table 二 column (``proactiveColumn``): one test.
  @inline(__always)
  var namesColumn: Bool {
    bits & (0xFFFF << Self.columnShift) != 0
  }

  /// Whether any header flag is set (``isProactiveHeader``, ``isApplicationHeader``,
  /// ``isReviewHeader``): one test for the three, which a row with no header label
  /// (nearly every row) then passes by one branch.
  @inline(__always)
  var hasHeaderFlag: Bool {
    bits & (Self.proactiveHeaderFlag | Self.applicationHeaderFlag | Self.reviewHeaderFlag) != 0
  }

  /// ``addHeaderFlags(of:)``, and when `first` (`other` is a row's first label) also
  /// `other`'s ``isProactiveHeader``: what a row's label cells gather
  /// (``RowAnalysis/LabelCells``), whose table 二 header flag is its first label's:
  /// ``addHeaderFlags(of:mask:)`` with the mask for a first or a later label.
  @inline(__always)
  mutating func addHeaderFlags(of other: LabelClass, first: Bool) {
    addHeaderFlags(of: other, mask: first ? Self.firstLabelHeaderMask : Self.laterLabelHeaderMask)
  }

  /// The header flags a row's first label gives (``isProactiveHeader`` too), and any
  /// later label (the other two only), for ``addHeaderFlags(of:mask:)``.
  /// (``firstLabelHeaderMask`` is also ``hasHeaderFlag``'s mask: every header flag.)
  static let firstLabelHeaderMask = proactiveHeaderFlag | applicationHeaderFlag | reviewHeaderFlag
  static let laterLabelHeaderMask = applicationHeaderFlag | reviewHeaderFlag

  /// Sets the flags of `other` that `mask` (``firstLabelHeaderMask`` or
  /// ``laterLabelHeaderMask``) keeps, keeping those set already: one `&` and one `|`.
  /// The row reader keeps the mask from label to label (the first label's, then the
  /// later one's), which cost fewer instructions a label than choosing it from
  /// whether the label is the first (measured).
  @inline(__always)
  mutating func addHeaderFlags(of other: LabelClass, mask: UInt64) {
    bits |= other.bits & mask
  }

  /// The header flags that a row's labels give, its first label's class being
  /// `first` and `any` every one of its labels' answers merged by `|` (``packed``,
  /// the first's included): what ``addHeaderFlags(of:mask:)`` gathers label by label,
  /// table 二's header flag from the first label only, the others from any.
  @inline(__always)
  init(headerFlagsOfFirst first: LabelClass, any: UInt64) {
    bits = first.bits & Self.firstLabelHeaderMask | any & Self.laterLabelHeaderMask
  }

  /// The class whose answers `bits` holds, as ``packed`` gives them.
  init(packed bits: UInt64) { self.bits = bits }

  /// The class of a label that matches nothing: no flag set, no position held.
  init() {}

  /// Every answer in one word, for a table slot's value (``raw``).
  var packed: UInt64 { bits }

  private mutating func setFlag(_ flag: UInt64, _ value: Bool) {
    bits = value ? bits | flag : bits & ~flag
  }

  /// The position held plus one in the sixteen bits at `shift`, or `nil` for 0.
  @inline(__always)
  private func position(at shift: UInt64) -> Int? {
    let packed = Int(truncatingIfNeeded: (bits >> shift) & 0xFFFF)
    return packed == 0 ? nil : packed - 1
  }

  /// Holds `position` plus one (0 for `nil`) in the sixteen bits at `shift`;
  /// positions past 0xFFFE, which no group has, would read as none.
  private mutating func setPosition(_ position: Int?, at shift: UInt64) {
    var packed: UInt64 = 0
    if let position, (0..<0xFFFF).contains(position) { packed = UInt64(position + 1) }
    bits = (bits & ~(0xFFFF << shift)) | packed << shift
  }

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
  /// label, so only the prefix matches are made, in all groups at once
  /// (``LabelMatcher/prefixValues(_:)``).
  init(matchingUnknown label: UnsafeBufferPointer<UInt8>) {
    let values = LabelMatcher.prefixValues(label)
    isProactiveHeader = false
    proactiveColumn = values.proactiveColumn
    isApplicationHeader = values.applicationHeader != nil
    isReviewHeader = values.reviewHeader != nil
    proactiveRow = values.proactiveRow
    applicationRow = values.applicationRow
    editionMarker = values.editionMarker.map { LabelMatcher.editionMarkers.values[$0] }
  }

  /// The class of the label in `span` of `storage`: ``of(_:trimmedFrom:to:)`` of the
  /// span with white space cut off both ends (``ByteClass/trimmed(_:_:)``).
  static func of(_ storage: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> LabelClass {
    let (lower, upper) = ByteClass.trimmed(storage, span)
    return of(storage, trimmedFrom: lower, to: upper)
  }

  /// The class of the label cell whose bytes, white space cut off both ends
  /// (``ByteClass/trimmed(_:_:)``), are `lower..<upper` of `storage`:
  /// ``lookUp(_:trimmedFrom:to:in:)`` in the table of raw texts read from the lazily
  /// made global (``RawTable/shared``), for a caller that looks up one label. Never
  /// inlined: one copy of these steps serves every such caller.
  @inline(never)
  static func of(_ storage: UnsafeBufferPointer<UInt8>, trimmedFrom lower: Int, to upper: Int) -> LabelClass {
    lookUp(storage, trimmedFrom: lower, to: upper, in: .shared)
  }

  /// The table of ``rawTexts`` with their classes (``raw``), as a value a caller that
  /// looks up many labels fetches once and hands to every look-up
  /// (``lookUp(_:trimmedFrom:to:in:)``): `raw` is a lazily made global, and each read
  /// of it is a `swift_once` call, which the row reader made for every label cell
  /// (about 80 a clean report). Only ``shared`` makes one, so a look-up through it
  /// always reads `raw`, and gives what ``of(_:trimmedFrom:to:)`` gives.
  struct RawTable: Sendable {
    fileprivate let table: ByteKeyTable

    /// The table of raw texts (``LabelClass/raw``).
    static var shared: RawTable { RawTable(table: raw) }
  }

  /// The class of the label cell whose bytes, white space cut off both ends
  /// (``ByteClass/trimmed(_:_:)``), are `lower..<upper` of `storage`, looked up in
  /// `table` (fetched once by a caller for many labels): what ``RowAnalysis`` asks of
  /// each label cell, with the bounds it trimmed the cell to for its value, so that a
  /// cell is trimmed once. A label written as the template writes it, enumerator and
  /// all, is found by one look-up of those bytes (``rawTexts``); any other is
  /// classified by ``of(missed:)``. Always inlined: into ``of(_:trimmedFrom:to:)``,
  /// and into the row reader's one step out of line a label cell
  /// (``RowAnalysis/LabelCells/note(from:to:at:in:headerColumns:)``), so that a label
  /// cell costs one call, not two.
  ///
  /// Normalising skips white space (``ByteClass/isSpace(_:)``) wherever it stands, so
  /// the trimmed bytes normalise as the whole cell does, and `raw` holds for each of
  /// its texts the class ``ofNormalising(_:_:)`` gives those very bytes: a hit gives
  /// what the longer way gives the cell. Bounds outside `storage` (which trimming
  /// never gives) are clamped to it, so no byte outside it is read.
  @inline(__always)
  static func lookUp(
    _ storage: UnsafeBufferPointer<UInt8>, trimmedFrom lower: Int, to upper: Int, in table: RawTable
  ) -> LabelClass {
    var (lower, upper) = (lower, upper)
    // One unsigned comparison each: a negative bound reads as a huge one.
    if UInt(bitPattern: lower) > UInt(bitPattern: upper) || UInt(bitPattern: upper) > UInt(storage.count) {
      upper = max(0, min(upper, storage.count))
      lower = max(0, min(lower, upper))
    }
    // Clamped, `0 <= lower <= upper <= storage.count`: the label is made by pointer
    // arithmetic, without the test a slice's range makes that the bounds are in order.
    let label = UnsafeBufferPointer(start: storage.baseAddress.map { $0 + lower }, count: upper &- lower)
    if let label = of(raw: label, in: table.table) { return label }
    return of(missed: label)
  }

  /// The class ``ofNormalising(_:_:)`` gives `label` (a cell's bytes, white space cut
  /// off both ends), for a label that ``rawTexts`` lacks, found with less work for
  /// the commonest such labels of damaged reports:
  ///
  /// - Ideographs only (a header cut into pieces, `结果`, `法人或其`): normalising
  ///   would pass the bytes on as they are, and look them up in the table of labels
  ///   as written and then in the table of every group's labels; ``rawTexts`` holds
  ///   every key of both, so both look-ups would fail and it would end in
  ///   ``init(matchingUnknown:)``, which is called at once.
  /// - Holding ASCII white space (`结果 维持`, `1. 属于国家秘密`, a cell of two lines
  ///   `社会⏎公益组织`): normalising skips white space wherever it is and counts only
  ///   other characters against its limit, so the label without it normalises to the
  ///   same text; that is looked up in ``rawTexts`` again and, missed, classified by
  ///   the steps here.
  ///
  /// Any other label is normalised (``ofNormalising(_:_:)``). Never inlined, so that
  /// the look-up in ``of(_:trimmedFrom:to:)`` does not pay for the set-up of these
  /// steps.
  @inline(never)
  static func of(missed label: UnsafeBufferPointer<UInt8>) -> LabelClass {
    if let label = ofIdeographsOnly(label) { return label }
    guard label.contains(where: ByteClass.isASCIISpace) else { return ofNormalising(label, TextSpan(0..<label.count)) }
    return LabelText.withASCIISpacesDropped(label) { dropped in
      if let label = of(raw: dropped) ?? ofIdeographsOnly(dropped) { return label }
      return ofNormalising(dropped, TextSpan(0..<dropped.count))
    }
  }

  /// The class of `label`, a label ``rawTexts`` lacks, if it is ideographs only
  /// (within the character limit): its prefix matches (see ``of(missed:)``); `nil`
  /// for any other label. A fragment too short to match any entry by prefix
  /// (``LabelMatcher/fragmentBytes``: `结果`, `他组织`, most pieces of a wrapped
  /// header) matches nothing, which is answered without the search.
  @inline(__always)
  private static func ofIdeographsOnly(_ label: UnsafeBufferPointer<UInt8>) -> LabelClass? {
    guard LabelText.isIdeographsOnly(label, 0, label.count, limit: InputLimits.labelCharacters) else { return nil }
    if label.count < LabelMatcher.fragmentBytes { return LabelClass() }
    return LabelClass(matchingUnknown: label)
  }

  /// The class of `label` (a cell's bytes, white space cut off both ends) if it is
  /// one of ``rawTexts``: the class ``ofNormalising(_:_:)`` gives it; `nil` otherwise.
  /// The look-up is inlined (``ByteKeyTable/find(_:words:)``), saving a call a label,
  /// and the class is the value it finds.
  @inline(__always)
  static func of(raw label: UnsafeBufferPointer<UInt8>) -> LabelClass? {
    of(raw: label, in: raw)
  }

  /// ``of(raw:)`` in `table`, which is ``raw`` (fetched by the caller).
  @inline(__always)
  private static func of(raw label: UnsafeBufferPointer<UInt8>, in table: ByteKeyTable) -> LabelClass? {
    guard let packed = table.find(label, words: ByteKeyTable.Words(label)) else { return nil }
    return LabelClass(packed: UInt64(truncatingIfNeeded: packed))
  }

  /// The class of the label in `span` of `storage` found without ``rawTexts``: most
  /// labels are looked up as they stand, after white space and a plain enumerator are
  /// cut off; the others are normalised by ``LabelText`` and looked up, or matched.
  /// What ``of(_:_:)`` gives for the labels it does not find at once, and what the
  /// table of those it finds is made with. Never inlined, so that the look-up in
  /// ``of(_:_:)`` does not pay for the set-up of these steps.
  @inline(never)
  static func ofNormalising(_ storage: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> LabelClass {
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

  /// Every label of every group, normalised (UTF-8), each once, in the groups' order.
  private static func groupLabels() -> [[UInt8]] {
    var labels: [[UInt8]] = []
    var seen = Set<ByteString>()
    for index in [
      LabelMatcher.proactiveColumns.labels, LabelMatcher.applicationHeaders.labels,
      LabelMatcher.reviewHeaders.labels, LabelMatcher.proactiveRows.labels, LabelMatcher.applicationRows.labels,
      LabelMatcher.editionMarkers.labels, [proactiveHeaderBytes],
      LabelTable.otherTemplateLabels.map { Array(LabelText($0).text.utf8) },
    ] {
      for label in index where seen.insert(ByteString(bytes: label)).inserted { labels.append(label) }
    }
    return labels
  }

  /// Every label of ``LabelTable`` as the template writes it (marks and all).
  private static let writtenLabels: [String] =
    LabelTable.proactiveRows.flatMap(\.labels) + LabelTable.proactiveColumns.flatMap(\.labels)
    + LabelTable.applicationRows.flatMap(\.labels) + LabelTable.applicationHeaderLabels
    + LabelTable.reviewHeaderLabels + LabelTable.editionMarkers.map(\.label) + [LabelTable.proactiveHeaderLabel]
    + LabelTable.otherTemplateLabels

  /// The texts ``of(_:_:)`` finds by one look-up of a cell's bytes: every label of
  /// every group normalised, every label as the template writes it, and table 三's
  /// row labels as written after each of the enumerators its rows are numbered with
  /// (`一、` to `十、`, `（一）` to `（十）` and `(一)` to `(十)`, `1.` to `10.`), each
  /// also with one ASCII space between the enumerator and the label (`1. 属于国家秘密`,
  /// `(一) 予以公开`: the commonest damaged form of these rows, which would otherwise
  /// miss and take ``of(missed:)``'s longer way, dropping its spaces into a copy and
  /// looking that up again, about 400 instructions instead of none). Only table 三's
  /// rows carry enumerators in the template; each text here costs a slot, so other
  /// labels are not listed with them. Also every run of characters of table 三's and
  /// 四's header labels (``headerPieces``), and those header labels wrapped or broken
  /// by a space, a line break or `<br>` (``brokenHeaderLabels``). Derived from
  /// ``LabelTable``, which stays the one place of label knowledge: any text may be
  /// listed, since its class is computed by the general way (see ``raw``), which
  /// skips the space as it skips all white space.
  static let rawTexts: [[UInt8]] = {
    let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    let enumerators =
      numerals.map { "\($0)、" } + numerals.map { "（\($0)）" } + numerals.map { "(\($0))" }
      + (1...10).map { "\($0)." }
    let enumerated = LabelTable.applicationRows.flatMap(\.labels).flatMap { label in
      enumerators.map { $0 + label } + enumerators.map { $0 + " " + label }
    }
    var texts: [[UInt8]] = []
    var seen = Set<ByteString>()
    for text in groupLabels() + (writtenLabels + enumerated).map({ Array($0.utf8) }) + headerPieces
      + brokenHeaderLabels
    where seen.insert(ByteString(bytes: text)).inserted {
      texts.append(text)
    }
    return texts
  }()

  /// Table 三's and 四's header labels as the template writes them, broken as a
  /// header cell wrapped in a narrow column is: once, between any two of its
  /// characters, or after every `w` characters (two or more breaks), each break an
  /// ASCII space, a line feed, a CR LF or `<br>` (`结果 维持`, `结果⏎纠正`,
  /// `社会⏎公益⏎组织`, `申请<br>人情<br>况`): a cell whose wrapped lines a conversion
  /// kept with a line break or an HTML one, or joined with a space, the commonest
  /// labels of damaged reports after the pieces of ``headerPieces``. Listed in
  /// ``rawTexts``, such a cell is found by the one look-up of its bytes instead of a
  /// miss, with its white space dropped into a copy that is looked up again (about
  /// 400 instructions), or, for a `<br>`, normalised (about 1,000). About 300 texts,
  /// within the slots the table already has; cut at byte offsets, as
  /// ``headerPieces`` are.
  private static var brokenHeaderLabels: [[UInt8]] {
    let breaks: [[UInt8]] = [[0x20], [0x0A], [0x0D, 0x0A], Array("<br>".utf8)]
    return (LabelTable.applicationHeaderLabels + LabelTable.reviewHeaderLabels).flatMap { label -> [[UInt8]] in
      // Where each character starts in the label's bytes, and where the last ends.
      let bytes = Array(label.utf8)
      var bounds = [0]
      for character in label { bounds.append(bounds[bounds.count - 1] + character.utf8.count) }
      let characters = bounds.count - 1
      guard characters > 1 else { return [] }
      // The sets of character positions broken before: each one alone, then every
      // `w`-th (those of two breaks or more; one is among the single breaks).
      var cutSets = (1..<characters).map { [$0] }
      for width in 2..<characters {
        let cuts = Array(stride(from: width, to: characters, by: width))
        if cuts.count > 1 { cutSets.append(cuts) }
      }
      return cutSets.flatMap { cuts in
        breaks.map { separator in
          var text: [UInt8] = []
          var from = 0
          for cut in cuts {
            text += bytes[bounds[from]..<bounds[cut]] + separator
            from = cut
          }
          return text + bytes[bounds[from]...]
        }
      }
    }
  }

  /// Bytes as a set's element, hashed in one call over all of them: `[UInt8]`'s own
  /// hashing feeds the hasher a byte at a time, which made building ``rawTexts``,
  /// once a process, cost tens of millions of instructions.
  private struct ByteString: Hashable {
    var bytes: [UInt8]

    func hash(into hasher: inout Hasher) {
      bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
  }

  /// Every run of one or more characters of table 三's and 四's header labels as the
  /// template writes them (their header labels, and table 三's note
  /// `（本列数据的勾稽关系为：…）`, which matches its header by prefix): the pieces a
  /// header wrapped in a narrow column is cut into (`法人或其` `他组织`, `结果` `维持`,
  /// `（本列数据的勾稽` `关系为：第一项加`), the commonest labels of damaged reports
  /// that the other texts of ``rawTexts`` lack. Listed there, such a piece is answered
  /// by the one look-up of its bytes instead of a miss and ``of(missed:)`` (a test for
  /// ideographs and, for a piece of four characters or more or one with marks, a
  /// prefix search, normalising first when it has marks); its class is the one
  /// normalising gives it, as for every raw text. About 820 texts for the template's
  /// 17 header labels, within the slots the table already has.
  private static var headerPieces: [[UInt8]] {
    let notes = LabelTable.otherTemplateLabels.filter { label in
      var normalised = LabelText(label).text
      let header = normalised.withUTF8 { LabelClass(matching: $0) }
      return header.isApplicationHeader || header.isReviewHeader
    }
    return (LabelTable.applicationHeaderLabels + LabelTable.reviewHeaderLabels + notes).flatMap { label in
      // Where each character starts in the label's bytes, and where the last ends:
      // a run of characters is the bytes between two of these.
      let bytes = Array(label.utf8)
      var bounds = [0]
      for character in label { bounds.append(bounds[bounds.count - 1] + character.utf8.count) }
      return bounds.indices.dropLast().flatMap { start in
        bounds[(start + 1)...].map { end in Array(bytes[bounds[start]..<end]) }
      }
    }
  }

  /// ``rawTexts`` with their classes: for each text, the class ``ofNormalising(_:_:)``
  /// gives the text's bytes, packed (``packed``) into the slot's value, so that a hit
  /// reads nothing else. Made by that function itself, so a look-up here gives
  /// exactly what it gives.
  private static let raw: ByteKeyTable = ByteKeyTable(
    rawTexts.map { text in
      let label = text.withUnsafeBufferPointer { ofNormalising($0, TextSpan(0..<$0.count)) }
      return (text, Int(truncatingIfNeeded: label.packed))
    })

  /// Whether the label cell whose bytes, white space cut off both ends
  /// (``ByteClass/trimmed(_:_:)``), are `lower..<upper` of `storage` is one of
  /// ``rawTexts`` whose normalised text agrees with no entry of table 三's rows
  /// (``LabelMatcher/Index/agreesWithAnEntry(_:)``): then no row's labels run together
  /// starting with it match a row (``RowAnalysis/joinedApplicationRow(_:_:_:)``), which
  /// is told by one look-up instead of normalising the label. `false` for any other
  /// label, whose text is then normalised to tell. Bounds outside `storage` are clamped.
  static func startsNoApplicationRow(_ storage: UnsafeBufferPointer<UInt8>, trimmedFrom lower: Int, to upper: Int)
    -> Bool
  {
    let upper = max(0, min(upper, storage.count))
    let lower = max(0, min(lower, upper))
    let label = UnsafeBufferPointer(rebasing: storage[lower..<upper])
    return rawStartingNoApplicationRow.find(label) != nil
  }

  /// The texts of ``rawTexts`` of at most 24 bytes whose normalised text agrees with
  /// no entry of table 三's rows (see ``startsNoApplicationRow(_:trimmedFrom:to:)``),
  /// made the first time it is asked, by the same normalising that
  /// ``RowAnalysis/joinedApplicationRow(_:_:_:)`` does, so that a hit here gives what
  /// normalising would. Only short texts: the first labels that come there are pieces
  /// of headers, and normalising every raw text (the enumerated row labels too) cost
  /// some 4 million instructions once, against about 1.3 million for these.
  private static let rawStartingNoApplicationRow: ByteKeyTable = ByteKeyTable(
    rawTexts.compactMap { text in
      guard text.count <= 24 else { return nil }
      let agrees = text.withUnsafeBufferPointer { bytes in
        LabelText.withNormalised(bytes, TextSpan(0..<bytes.count)) { _, normalised in
          LabelMatcher.applicationRows.agreesWithAnEntry(normalised)
        }
      }
      return agrees ? nil : (text, 0)
    })

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
    let labels = groupLabels()
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
