/// One table row, classified: its cells read, its labels normalised, and what the
/// row is (a header, a data row of table 二, 三 or 四, or nothing known).
///
/// The values live in the blocks that ``InterpretationRun`` allocates once per run,
/// and the cells in the document's one buffer of cells (or, for rows made by hand,
/// in a copy in those blocks), not in arrays of the row's own: reading a row
/// allocates nothing, and an analysis holds no reference, so copying one (into an
/// observation, into a table's list of rows) is a plain copy of its bytes.
struct RowAnalysis {
  /// What the row is.
  enum Kind: Sendable, Hashable {
    /// Nothing the interpreter uses (a header fragment, a caption).
    case ignored
    /// Table 二's `信息内容` header. Its columns are kept in the flat
    /// `headerColumns` list given to ``RowAnalysis/init(_:storage:values:cells:headerColumns:)``,
    /// one slot a cell starting at the position held here: by cell index, the
    /// position in ``LabelMatcher/proactiveColumns`` of the column each cell names.
    /// `nil` when no cell names one (no slots are kept then).
    case proactiveHeader(Int?)
    /// One of table 三's header rows.
    case applicationHeader
    /// One of table 四's header rows.
    case reviewHeader
    /// A data row of table 二: its position in ``LabelMatcher/proactiveRows`` (whose
    /// value is the key component after `proactive.`).
    case proactive(Int)
    /// A data row of table 三: its position in ``LabelMatcher/applicationRows``.
    case application(Int)
    /// A label-less row of numbers: table 四's data row if its context agrees.
    case numbersOnly
    /// A labelled row with numbers that matches nothing known (its labels, run
    /// together, are made only for the message).
    case unrecognized
  }

  /// The row's cells (its range of the document's buffer of cells, which the run
  /// holds, or a copy in the run's block: alive for the run either way).
  var cells: UnsafeBufferPointer<StoredCell>
  /// The 1-based source line where the row starts.
  var line: Int
  /// The value of each of the row's cells, by cell index (in the run's block).
  var values: UnsafeBufferPointer<CellValue>
  /// Index of the last label (text) cell, or -1 when every cell is value-like
  /// (``lastLabel``). Kept in 4 bytes, not as an `Int?` (9 bytes, padded to 16): the
  /// analysis then takes 64 bytes, not 72, and it is stored for every row and copied
  /// into every observation. A cell index always fits: a row of 2³¹ cells would take
  /// 96 GiB of cells.
  private var lastLabelIndex: Int32
  var kind: Kind

  /// Index of the last label (text) cell, or `nil` when every cell is value-like.
  var lastLabel: Int? { lastLabelIndex < 0 ? nil : Int(lastLabelIndex) }

  /// The index of the first value cell.
  var firstValue: Int { Int(lastLabelIndex) + 1 }

  /// How many cells hold a number.
  var numberCount: Int {
    values.reduce(0) { count, value in
      if case .number = value { count + 1 } else { count }
    }
  }

  /// The row's normalised label texts, in order (built for messages only).
  func labelTexts(_ storage: UnsafeBufferPointer<UInt8>) -> [String] {
    zip(cells, values).compactMap { cell, value in
      if case .text = value { LabelText(storage, cell.span).text } else { nil }
    }
  }

  /// The spans of the label cells (those read as text) among `cells`, in order,
  /// `values` holding each cell's value by index: what a row's label is made of. A
  /// sequence over the two buffers, so that it can be read twice and makes no array.
  struct LabelSpans: Sequence {
    let cells: UnsafeBufferPointer<StoredCell>
    let values: UnsafeBufferPointer<CellValue>

    struct Iterator: IteratorProtocol {
      let cells: UnsafeBufferPointer<StoredCell>
      let values: UnsafeBufferPointer<CellValue>
      var index = 0

      mutating func next() -> TextSpan? {
        while index < Swift.min(cells.count, values.count) {
          defer { index += 1 }
          if case .text = values[index] { return cells[index].span }
        }
        return nil
      }
    }

    func makeIterator() -> Iterator { Iterator(cells: cells, values: values) }
  }

  /// The spans of the row's label cells: only the cells up to the last label can be
  /// labels, so the value cells after it (most of a data row) are not looked at.
  var labelSpans: LabelSpans {
    let labelCells = lastLabel.map { min($0 + 1, cells.count, values.count) } ?? 0
    return LabelSpans(
      cells: UnsafeBufferPointer(rebasing: cells[..<labelCells]),
      values: UnsafeBufferPointer(rebasing: values[..<labelCells]))
  }

  /// The row's label texts, joined by spaces, for messages: what joining
  /// ``labelTexts(_:)`` with spaces gives (``LabelText/withJoined(_:in:separator:_:)``).
  /// The string is made by ``ValidText/string(checking:)``, the same string as
  /// `String(decoding:as:)` makes, validated many bytes at a time.
  func labelText(_ storage: UnsafeBufferPointer<UInt8>) -> String {
    guard lastLabel != nil else { return "" }
    return LabelText.withJoined(labelSpans, in: storage, separator: 0x20) { ValidText.string(checking: $0) }
  }

  /// Writes the row's label into `arena` as one piece, for the messages about the
  /// row: its label cells as written when `storageIsValid` (the document's storage
  /// is known valid UTF-8), to be normalised only if a message is read; else
  /// ``labelText(_:)``'s text (see ``RowLabelPiece``).
  func writeLabelText(
    _ storage: UnsafeBufferPointer<UInt8>, storageIsValid: Bool, into arena: inout MessageArena
  ) {
    RowLabelPiece.write(labelSpans, of: storage, storageIsValid: storageIsValid, into: &arena)
  }

  /// The row of table 三 whose label is the row's label cells run together. Never
  /// inlined: few rows need it, and inlined into the row reader it made every row's
  /// code larger.
  ///
  /// The labels run together start with the first label's normalised text, and a
  /// text matches an entry (exactly, or one extending or truncating the other) only
  /// if the two agree on their shorter length: so unless that first text agrees so
  /// with an entry (``LabelMatcher/Index/agreesWithAnEntry(_:)``), no row matches, and
  /// the other labels are not normalised and run together. Most rows that come here
  /// are pieces of a header spread over rows (`维持 纠正 结果 审结`, `组织 机构`),
  /// whose first piece starts no row label.
  @inline(never)
  static func joinedApplicationRow(
    _ cells: UnsafeBufferPointer<StoredCell>, _ values: UnsafeBufferPointer<CellValue>,
    _ storage: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    var first: StoredCell?
    for (cell, value) in zip(cells, values) {
      guard case .text = value else { continue }
      first = cell
      break
    }
    guard let first else { return nil }
    // Most first labels here (pieces of a header) are raw texts that start no row:
    // told by one look-up, without normalising the label.
    let (lower, upper) = ByteClass.trimmed(storage, first.span)
    if LabelClass.startsNoApplicationRow(storage, trimmedFrom: lower, to: upper) { return nil }
    let mayMatch = LabelText.withNormalised(storage, first.span) { _, text in
      LabelMatcher.applicationRows.agreesWithAnEntry(text)
    }
    guard mayMatch else { return nil }
    return LabelText.withJoined(LabelSpans(cells: cells, values: values), in: storage, separator: nil) {
      LabelMatcher.matchValue($0, in: LabelMatcher.applicationRows)
    }
  }

  /// Reads and classifies `row` as ``init(_:storage:values:keptCells:headerColumns:)``
  /// does, first copying its cells into `cells` (one slot per cell, uninitialised
  /// until now), which the analysis then points at: for a row whose own cells may
  /// not outlive the analysis (a `Row` made by hand, read one at a time).
  init(
    _ row: Row,
    storage: UnsafeBufferPointer<UInt8>,
    values: UnsafeMutableBufferPointer<CellValue>,
    cells copies: UnsafeMutableBufferPointer<StoredCell>,
    headerColumns: inout some HeaderColumnList
  ) {
    self.init(
      row, storage: storage, values: values, keptCells: Self.copyCells(of: row, into: copies),
      headerColumns: &headerColumns)
  }

  /// Reads and classifies `row` as ``init(_:storage:values:keptCells:headerColumns:labels:markerCounts:)``
  /// does, its edition markers counted nowhere: for a row read on its own (tests,
  /// tools), not one of a run's.
  init(
    _ row: Row,
    storage: UnsafeBufferPointer<UInt8>,
    values: UnsafeMutableBufferPointer<CellValue>,
    keptCells: UnsafeBufferPointer<StoredCell>,
    headerColumns: inout some HeaderColumnList
  ) {
    var markerCounts = EditionMarkers()
    self.init(
      row, storage: storage, values: values, keptCells: keptCells, headerColumns: &headerColumns,
      markerCounts: &markerCounts)
  }

  /// Copies `row`'s cells into the first slots of `slots` (uninitialised until now,
  /// at least one a cell), returning the copies: the cells an analysis of a row made
  /// by hand points at (``init(_:storage:values:keptCells:headerColumns:)``).
  static func copyCells(
    of row: Row, into slots: UnsafeMutableBufferPointer<StoredCell>
  ) -> UnsafeBufferPointer<StoredCell> {
    let count = min(slots.count, row.cells.count)
    for (index, cell) in row.cells.prefix(count).enumerated() {
      slots.initializeElement(at: index, to: StoredCell(reading: cell))
    }
    return UnsafeBufferPointer(rebasing: slots[..<count])
  }

  /// Reads and classifies `row`, writing its cells' values into `values` (one slot
  /// per cell, uninitialised until now). Each label is normalised into a stack
  /// buffer and classified by one lookup (``LabelClass``); no `String` is made
  /// unless the last label matches nothing, when the labels are tried run together.
  ///
  /// - Parameter keptCells: the row's cells, in memory that outlives the analysis,
  ///   which ``cells`` points at: the cells are not copied. For a row of the
  ///   builder's tables, its range of the document's one buffer of cells, which the
  ///   interpreter keeps alive and unchanged for the whole run (copying each cell's
  ///   48 bytes, as public `Cell`s, cost about 11 instructions a cell); for any other
  ///   row, a copy as ``StoredCell``s (``init(_:storage:values:cells:headerColumns:)``). It holds the same cells as
  ///   `row`, one a cell, and the loop reads them from here. Always inlined, into the
  ///   run's row loops: not inlined, the call and its spills cost more than the
  ///   copies saved (measured).
  /// - Parameter headerColumns: the columns of the table 二 headers read so far, one
  ///   slot a cell, all in one list (``HeaderColumnList``: the run's slots, or an
  ///   array for a row read on its own), so that a header allocates no list of its
  ///   own; a header row that names a column appends a slot for each of its cells,
  ///   and its kind holds where they start.
  /// - Parameter labels: the table the labels are looked up in
  ///   (``LabelClass/RawTable/shared``), which the run's row readers fetch once for
  ///   all their rows instead of each look-up reading the lazily made global.
  /// - Parameter markerCounts: the run's count of edition markers, to which the
  ///   row's labels' markers are added. Added here, not kept in the analysis: the
  ///   run only sums them, and every analysis (stored for each row, copied into
  ///   each observation) was 16 bytes larger for them.
  @inline(__always)
  init(
    _ row: Row,
    storage: UnsafeBufferPointer<UInt8>,
    values: UnsafeMutableBufferPointer<CellValue>,
    keptCells: UnsafeBufferPointer<StoredCell>,
    headerColumns: inout some HeaderColumnList,
    labels: LabelClass.RawTable = .shared,
    markerCounts: inout EditionMarkers
  ) {
    self.init(
      line: row.line, storage: storage, values: values, keptCells: keptCells, headerColumns: &headerColumns,
      labels: labels, markerCounts: &markerCounts)
  }

  /// Reads and classifies the row of `keptCells` that starts on `line`, as
  /// ``init(_:storage:values:keptCells:headerColumns:labels:markerCounts:)`` reads a
  /// `Row` (whose line and cells these are), one cell and one label at a time: for
  /// the run's reader of rows made by hand (``InterpretationRun``), whose cells it
  /// copies first. (The builder's rows are read in three passes over their table
  /// instead, to the same analyses: see
  /// ``init(line:storage:values:keptCells:labelCount:lastLabel:last:headerFlags:columnsStart:)``.)
  @inline(__always)
  init(
    line: Int,
    storage: UnsafeBufferPointer<UInt8>,
    values: UnsafeMutableBufferPointer<CellValue>,
    keptCells: UnsafeBufferPointer<StoredCell>,
    headerColumns: inout some HeaderColumnList,
    labels: LabelClass.RawTable,
    markerCounts: inout EditionMarkers
  ) {
    // What the label cells tell, gathered out of line (``LabelCells``), so that the
    // loop keeps only what every cell needs.
    var labelCells = LabelCells(storage: storage, cellCount: keptCells.count)
    for (index, cell) in keptCells.enumerated() {
      // Trimmed once, for the value and, in a text cell, for the label's look-up.
      var bounds = (start: 0, end: 0)
      let value = CellValue.read(storage, cell.span, trimmed: &bounds)
      values.initializeElement(at: index, to: value)
      // Whether the row holds a number is asked after the loop, of the few rows whose
      // kind depends on it (``holdsNumber(_:)``), not noted for every number cell.
      guard case .text = value else { continue }
      labelCells.note(from: bounds.start, to: bounds.end, at: index, in: labels, headerColumns: &headerColumns)
    }
    self.init(
      line: line, storage: storage, values: UnsafeBufferPointer(values), keptCells: keptCells, noted: labelCells,
      markerCounts: &markerCounts)
  }

  /// Classifies the row of `keptCells` that starts on `line`, its cells' values
  /// `values` read already, from what its `labelCount` label cells tell, their
  /// classes looked up already: the last one's index `lastLabel` and class `last`
  /// (meaningful only when `labelCount > 0`), the header flags they give
  /// (``LabelClass/init(headerFlagsOfFirst:any:)``), and where the row's slots start
  /// in the run's list of table 二 header columns, if it made them. For the run's
  /// second pass over a builder's table (``InterpretationRun``), which gathers these
  /// from the table's labels without a step a label; and the part of the other row
  /// readers after their loops. Always inlined.
  @inline(__always)
  init(
    line: Int,
    storage: UnsafeBufferPointer<UInt8>,
    values: UnsafeBufferPointer<CellValue>,
    keptCells cells: UnsafeBufferPointer<StoredCell>,
    labelCount: Int,
    lastLabel: Int,
    last: LabelClass,
    headerFlags: LabelClass,
    columnsStart: Int?
  ) {
    // Headers first: they hold words that are also row labels (其他, 总计).
    let kind: Kind
    if labelCount > 0 {
      // One test for the three header flags: nearly every row has none.
      if headerFlags.hasHeaderFlag {
        if headerFlags.isProactiveHeader {
          kind = .proactiveHeader(columnsStart)
        } else if headerFlags.isApplicationHeader {
          kind = .applicationHeader
        } else {
          kind = .reviewHeader
        }
      } else if let row = last.proactiveRow {
        kind = .proactive(row)
      } else if let row = last.applicationRow {
        kind = .application(row)
      } else if labelCount > 1, let row = Self.joinedApplicationRow(cells, values, storage) {
        // Labels split over several cells, or run together with their group.
        kind = .application(row)
      } else {
        kind = Self.holdsNumber(values) ? .unrecognized : .ignored
      }
    } else {
      kind = Self.holdsNumber(values) ? .numbersOnly : .ignored
    }
    // Every stored property is set once, at the end.
    self.cells = cells
    self.line = line
    self.values = values
    self.lastLabelIndex = labelCount > 0 ? Int32(truncatingIfNeeded: lastLabel) : -1
    self.kind = kind
  }

  /// Notes the table 二 header columns that the labels of a
  /// row of `cellCount` cells name, the labels being `found`, their classes looked up
  /// (their cells' indices among their table's cells, the row's first being
  /// `firstCell`), in order; returns where the row's slots start in `headerColumns`,
  /// if it made them. What ``LabelCells/note(_:at:headerColumns:)`` does for such
  /// labels one at a time (a column only in a row whose first label is table 二's
  /// header label, and not for that first label), for the run's second pass over a
  /// builder's table, which calls it only for a table 二 header row with a column
  /// label (the edition markers of every label are counted by the pass that looks
  /// them up, ``InterpretationRun/lookUp(_:storage:markerCounts:)``). Never
  /// inlined: few rows have one.
  @inline(never)
  static func noteColumns(
    _ found: UnsafeBufferPointer<FoundLabel>, firstCell: Int, cellCount: Int,
    headerColumns: inout some HeaderColumnList
  ) -> Int? {
    var columnsStart: Int?
    guard found.first?.label.isProactiveHeader ?? false else { return nil }
    for position in 1..<max(1, found.count) {
      if let column = found[position].label.proactiveColumn {
        noteHeaderColumn(
          column, at: Int(found[position].cell) &- firstCell, cellCount: cellCount, start: &columnsStart,
          in: &headerColumns)
      }
    }
    return columnsStart
  }

  /// ``noteColumns(_:firstCell:cellCount:headerColumns:)`` for the labels from
  /// `first` on whose cells stand before `end` (a cell index of their table), the
  /// labels that follow them ending with one at or past `end` (a later row's, or
  /// the mark after the table's labels, ``FoundLabel/end``): the labels counted
  /// here, so that the run's row loop, which calls this for a table 二 header row
  /// only, does not work out their count from its pointers for every row (a
  /// division by a label's 24 bytes, which the compiler made before the test).
  @inline(never)
  static func noteColumns(
    from first: UnsafePointer<FoundLabel>, before end: Int, firstCell: Int, cellCount: Int,
    headerColumns: inout some HeaderColumnList
  ) -> Int? {
    var count = 0
    while Int(first[count].cell) < end { count &+= 1 }
    return noteColumns(
      UnsafeBufferPointer(start: first, count: count), firstCell: firstCell, cellCount: cellCount,
      headerColumns: &headerColumns)
  }

  /// The row of `keptCells` that starts on `line`, its values `values`, classified
  /// from what its label cells told (`labelCells`, every one noted), whose edition
  /// markers are added to `markerCounts`: the part of the row readers after their
  /// cells are read and their labels noted.
  @inline(__always)
  private init(
    line: Int,
    storage: UnsafeBufferPointer<UInt8>,
    values: UnsafeBufferPointer<CellValue>,
    keptCells: UnsafeBufferPointer<StoredCell>,
    noted labelCells: LabelCells,
    markerCounts: inout EditionMarkers
  ) {
    markerCounts.add(labelCells.markers)
    self.init(
      line: line, storage: storage, values: values, keptCells: keptCells, labelCount: labelCells.count,
      lastLabel: labelCells.lastIndex ?? 0, last: labelCells.last ?? LabelClass(), headerFlags: labelCells.headerFlags,
      columnsStart: labelCells.columnsStart)
  }

  /// Whether any of `values` (a row's, all read) is a number: what a row's kind
  /// depends on when no label names it (a row of numbers, or a labelled row that
  /// matches nothing). Asked only of those rows, after the row's loop: most rows are
  /// named by a label, and a flag set in the loop cost a store for every number cell.
  /// Never inlined: the row reader holds only the call.
  @inline(never)
  static func holdsNumber(_ values: UnsafeBufferPointer<CellValue>) -> Bool {
    values.contains { value in
      if case .number = value { true } else { false }
    }
  }

  /// What a row's label cells tell, gathered one label cell at a time, in order
  /// (``note(from:to:at:in:headerColumns:)``): how many there are, the last one's index
  /// and class, the header flags any of them sets, the edition markers, and for a
  /// table 二 header the columns its cells name.
  ///
  /// Kept apart from the row's loop over its cells, and noted by one step never
  /// inlined, so that the loop, which most cells (numbers, empty cells) pass through
  /// without a label, holds in registers only what every cell needs: with all of
  /// this in the loop, its state was kept on the stack and every cell paid for it.
  struct LabelCells {
    /// The document's storage, and how many cells the row has: set once a row, for
    /// every label's look-up. (The table of labels is handed to each look-up
    /// instead: kept here, its two arrays were retained and released a row.)
    let storage: UnsafeBufferPointer<UInt8>
    let cellCount: Int
    /// How many of the labels mark each edition.
    var markers = EditionMarkers()
    /// How many label cells were noted.
    var count = 0
    // The last label cell's index and class, meaningful once a label is noted
    // (`count > 0`): kept as plain values, not optionals, so that a row sets up and
    // a label writes one word each instead of a value and its tag (``lastIndex``
    // and ``last`` give them as optionals).
    private var lastNotedIndex = 0
    private var lastNoted = LabelClass()
    /// Where the row's slots start in `headerColumns`, once a cell names a column.
    var columnsStart: Int?
    /// The header flags of every label noted, and table 二's header flag of the
    /// first, gathered by one `|` a label (``LabelClass/addHeaderFlags(of:mask:)``,
    /// ``headerMask``): one word for what were a flag and two tests a label.
    var headerFlags = LabelClass()
    /// The header flags the next label gives (``LabelClass/firstLabelHeaderMask`` for
    /// the first, table 二's header flag too; ``LabelClass/laterLabelHeaderMask`` once
    /// one is noted): kept, not chosen from `count` a label.
    private var headerMask = LabelClass.firstLabelHeaderMask
    /// The index of the last label cell, `nil` when none was noted.
    var lastIndex: Int? { count > 0 ? lastNotedIndex : nil }
    /// The class of the last label cell, `nil` when none was noted.
    var last: LabelClass? { count > 0 ? lastNoted : nil }
    /// Whether the first label is table 二's header label (`信息内容`).
    var firstIsProactiveHeader: Bool { headerFlags.isProactiveHeader }
    /// Whether any label is one of table 三's header labels.
    var anyApplicationHeader: Bool { headerFlags.isApplicationHeader }
    /// Whether any label is one of table 四's header labels.
    var anyReviewHeader: Bool { headerFlags.isReviewHeader }

    init(storage: UnsafeBufferPointer<UInt8>, cellCount: Int) {
      self.storage = storage
      self.cellCount = cellCount
    }

    /// Notes the label cell at `index`, whose bytes without white space at either end
    /// are `lower..<upper` of the storage: looks it up in `table`
    /// (``LabelClass/lookUp(_:trimmedFrom:to:in:)``, inlined here, so a label cell
    /// costs one call) and merges what its class tells: its flags by one `|` without
    /// a branch, and its edition marker, if any, by one addition to the packed counts.
    @inline(never)
    mutating func note(
      from lower: Int, to upper: Int, at index: Int, in table: LabelClass.RawTable,
      headerColumns: inout some HeaderColumnList
    ) {
      let label = LabelClass.lookUp(storage, trimmedFrom: lower, to: upper, in: table)
      note(label, at: index, headerColumns: &headerColumns)
    }

    /// Notes the label cell at `index`, of class `label` (looked up already): merges
    /// what its class tells, as ``note(from:to:at:in:headerColumns:)`` does after its
    /// look-up. Always inlined: into that step, and into the second pass over a
    /// builder's table, which looks its labels up beforehand, all in one loop.
    @inline(__always)
    mutating func note(_ label: LabelClass, at index: Int, headerColumns: inout some HeaderColumnList) {
      // One test for the two answers nearly no label holds (a column, a marker).
      if label.namesColumnOrMarksEdition { noteColumnOrMarker(label, at: index, headerColumns: &headerColumns) }
      headerFlags.addHeaderFlags(of: label, mask: headerMask)
      headerMask = LabelClass.laterLabelHeaderMask
      // A row has far fewer cells than `Int.max`: no test for overflow.
      count &+= 1
      lastNotedIndex = index
      lastNoted = label
    }

    /// The part of ``note(from:to:at:in:headerColumns:)`` for a label that names a
    /// table 二 column or marks an edition (``LabelClass/namesColumnOrMarksEdition``),
    /// made before the label is counted: writes the column when the row is a table 二
    /// header (its first label `信息内容`, this one not the first), and counts the
    /// marker. Out of line: few labels come here, and the common path keeps one test.
    @inline(never)
    private mutating func noteColumnOrMarker(
      _ label: LabelClass, at index: Int, headerColumns: inout some HeaderColumnList
    ) {
      if count != 0, headerFlags.isProactiveHeader, let column = label.proactiveColumn {
        RowAnalysis.noteHeaderColumn(column, at: index, cellCount: cellCount, start: &columnsStart, in: &headerColumns)
      }
      if let marker = label.editionMarker { markers.add(marker) }
    }
  }

  /// Writes `column`, named by the cell at `index` of a table 二 header of
  /// `cellCount` cells, into the header's slots in `headerColumns`, making the
  /// slots (one a cell, `nil` until named) at the row's first named column and
  /// setting `start` to where they begin (when the list has no room for them, which
  /// never happens for a run's rows, the header names no column). Never inlined:
  /// only header rows write into the list, and inlined into the row loop its
  /// uniqueness check was made for every row.
  @inline(never)
  fileprivate static func noteHeaderColumn(
    _ column: Int, at index: Int, cellCount: Int, start: inout Int?, in headerColumns: inout some HeaderColumnList
  ) {
    let first: Int
    if let start {
      first = start
    } else {
      // No room (never for a run's rows, see ``HeaderColumnSlots``): the header
      // names no column.
      guard let made = headerColumns.appendEmptySlots(cellCount) else { return }
      first = made
      start = first
    }
    headerColumns.set(column, at: first &+ index)
  }
}

/// How many labels mark each template edition (in one row, or in a whole document).
///
/// The two counts are kept in one word, 32 bits each, so that a row's counts are
/// added to a document's by one addition, and a row sets up one word for them. A
/// count never reaches 2³²: that many labels would take over 190 GiB of cells.
struct EditionMarkers: Sendable, Hashable {
  /// The 2019 count in the low 32 bits, the 2021 count in the high 32.
  private var packed: UInt64 = 0

  /// Labels found only in the 2019 template.
  var count2019: Int {
    get { Int(truncatingIfNeeded: packed & 0xFFFF_FFFF) }
    set { packed = packed & ~0xFFFF_FFFF | UInt64(truncatingIfNeeded: newValue) & 0xFFFF_FFFF }
  }
  /// Labels found only in the 2021 template.
  var count2021: Int {
    get { Int(truncatingIfNeeded: packed >> 32) }
    set { packed = packed & 0xFFFF_FFFF | UInt64(truncatingIfNeeded: newValue) << 32 }
  }

  /// The counts given (each from 0 to `UInt32.max`).
  init(count2019: Int = 0, count2021: Int = 0) {
    self.count2019 = count2019
    self.count2021 = count2021
  }

  /// Counts one marker label of `edition`.
  mutating func add(_ edition: Edition) {
    switch edition {
    case .edition2019: packed &+= 1
    case .edition2021: packed &+= 1 << 32
    }
  }

  /// Adds `other`'s counts.
  mutating func add(_ other: EditionMarkers) {
    packed &+= other.packed
  }
}
