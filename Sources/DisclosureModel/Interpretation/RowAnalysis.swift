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
  var cells: UnsafeBufferPointer<Cell>
  /// The 1-based source line where the row starts.
  var line: Int
  /// The value of each of the row's cells, by cell index (in the run's block).
  var values: UnsafeBufferPointer<CellValue>
  /// Index of the last label (text) cell, or `nil` when every cell is value-like.
  var lastLabel: Int?
  var kind: Kind
  /// How many of the row's labels mark each edition.
  var markers: EditionMarkers

  /// The index of the first value cell.
  var firstValue: Int { (lastLabel ?? -1) + 1 }

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

  /// The row's label texts, joined by spaces, for messages: what joining
  /// ``labelTexts(_:)`` with spaces gives. Only the cells up to the last label can
  /// be labels, so the value cells after it (most of a data row) are not looked at.
  /// The string is made by ``ValidText/string(checking:)``, the same string as
  /// `String(decoding:as:)` makes, validated many bytes at a time.
  func labelText(_ storage: UnsafeBufferPointer<UInt8>) -> String {
    guard let lastLabel else { return "" }
    let labelCells = min(lastLabel + 1, cells.count, values.count)
    return Self.withJoinedLabels(
      UnsafeBufferPointer(rebasing: cells[..<labelCells]), UnsafeBufferPointer(rebasing: values[..<labelCells]),
      storage, separator: 0x20
    ) { ValidText.string(checking: $0) }
  }

  /// Writes ``labelText(_:)`` into `arena` as one piece: the same bytes, without
  /// the `String` (a message's label is only ever copied into the arena, so making
  /// the string, then copying its bytes there, made the text twice). Joined bytes
  /// that ``UTF8Validation`` finds valid are the string's bytes as they are; any
  /// others are written as the string that ``ValidText/string(checking:)`` makes of
  /// them, with each ill-formed sequence replaced by U+FFFD.
  func writeLabelText(_ storage: UnsafeBufferPointer<UInt8>, into arena: inout MessageArena) {
    guard let lastLabel else {
      arena.append(UnsafeBufferPointer(start: nil, count: 0))
      return
    }
    let labelCells = min(lastLabel + 1, cells.count, values.count)
    Self.withJoinedLabels(
      UnsafeBufferPointer(rebasing: cells[..<labelCells]), UnsafeBufferPointer(rebasing: values[..<labelCells]),
      storage, separator: 0x20
    ) { joined in
      if UTF8Validation.firstInvalid(joined) == nil {
        arena.append(joined)
      } else {
        arena.append(ValidText.string(checking: joined))
      }
    }
  }

  /// Calls `body` with the normalised texts of the label cells of `cells` (those
  /// `values` reads as text), in order, each after `separator` but the first, in one
  /// buffer: what joining ``labelTexts(_:)`` gives, in UTF-8, made without a
  /// `String` for each label and without an array (the buffer is a temporary
  /// allocation, on the stack when small: a message's labels or a run-together
  /// row label allocate nothing on the heap until the message's `String` is made).
  /// Never inlined: few rows need it, and inlined it made its callers' code larger.
  @inline(never)
  private static func withJoinedLabels<Result>(
    _ cells: UnsafeBufferPointer<Cell>, _ values: UnsafeBufferPointer<CellValue>,
    _ storage: UnsafeBufferPointer<UInt8>, separator: UInt8?, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    // Room for every label's bytes and a separator each. A label normalises to at
    // most ``InputLimits/labelCharacters`` characters, and to no more characters
    // than its cell has bytes, each at most four bytes of UTF-8, whatever the cell
    // holds: this bound holds for any input, so the copies below never fall short
    // (they are checked all the same, and cut rather than overrun).
    var capacity = 1
    var labelCount = 0
    var onlyLabel: Cell?
    for (cell, value) in zip(cells, values) {
      guard case .text = value else { continue }
      capacity += 4 * min(max(cell.span.end - cell.span.start, 0), InputLimits.labelCharacters) + 1
      labelCount += 1
      onlyLabel = cell
    }
    // One label (most rows a message names): its normalised text is the joined
    // text, passed on where normalising put it, without the buffer and the copy
    // (which, by the bound above, never cuts it).
    if labelCount == 1, let onlyLabel {
      return LabelText.withNormalised(storage, onlyLabel.span) { _, text in body(text) }
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { joined in
      var written = 0
      var first = true
      for (cell, value) in zip(cells, values) {
        guard case .text = value else { continue }
        if !first, let separator, written < joined.count {
          joined[written] = separator
          written += 1
        }
        first = false
        LabelText.withNormalised(storage, cell.span) { _, text in
          let count = min(text.count, joined.count - written)
          guard count > 0, let source = text.baseAddress, let target = joined.baseAddress else { return }
          (target + written).update(from: source, count: count)
          written += count
        }
      }
      return body(UnsafeBufferPointer(rebasing: joined[..<written]))
    }
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
    _ cells: UnsafeBufferPointer<Cell>, _ values: UnsafeBufferPointer<CellValue>,
    _ storage: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    var first: Cell?
    for (cell, value) in zip(cells, values) {
      guard case .text = value else { continue }
      first = cell
      break
    }
    guard let first else { return nil }
    let mayMatch = LabelText.withNormalised(storage, first.span) { _, text in
      LabelMatcher.applicationRows.agreesWithAnEntry(text)
    }
    guard mayMatch else { return nil }
    return withJoinedLabels(cells, values, storage, separator: nil) {
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
    cells copies: UnsafeMutableBufferPointer<Cell>,
    headerColumns: inout [Int?]
  ) {
    _ = row.cells.withUnsafeBufferPointer { copies.initialize(fromContentsOf: $0) }
    self.init(
      row, storage: storage, values: values,
      keptCells: UnsafeBufferPointer(rebasing: copies[..<min(copies.count, row.cells.count)]),
      headerColumns: &headerColumns)
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
  ///   48 bytes cost about 11 instructions a cell); for any other row, a copy
  ///   (``init(_:storage:values:cells:headerColumns:)``). It holds the same cells as
  ///   `row`, one a cell, and the loop reads them from here. Always inlined, into the
  ///   run's row loops: not inlined, the call and its spills cost more than the
  ///   copies saved (measured).
  /// - Parameter headerColumns: the columns of the table 二 headers read so far, one
  ///   slot a cell, all in one list (so that a header allocates no array of its
  ///   own); a header row that names a column appends a slot for each of its cells,
  ///   and its kind holds where they start.
  @inline(__always)
  init(
    _ row: Row,
    storage: UnsafeBufferPointer<UInt8>,
    values: UnsafeMutableBufferPointer<CellValue>,
    keptCells: UnsafeBufferPointer<Cell>,
    headerColumns: inout [Int?]
  ) {
    var markers = EditionMarkers()
    var labelCount = 0
    var lastLabel: Int?
    var last = LabelClass?.none
    var firstIsProactiveHeader = false
    // Where this row's slots start in `headerColumns`, once a cell names a column.
    var columnsStart: Int?
    var anyApplicationHeader = false
    var anyReviewHeader = false
    var hasNumbers = false
    for (index, cell) in keptCells.enumerated() {
      // Trimmed once, for the value and, in a text cell, for the label's look-up.
      var bounds = (start: 0, end: 0)
      let value = CellValue.read(storage, cell.span, trimmed: &bounds)
      values.initializeElement(at: index, to: value)
      switch value {
      case .text: break
      case .number:
        hasNumbers = true
        continue
      case .empty, .placeholder: continue
      }
      let label = LabelClass.of(storage, trimmedFrom: bounds.start, to: bounds.end)
      if labelCount == 0 {
        firstIsProactiveHeader = label.isProactiveHeader
      } else if firstIsProactiveHeader, let column = label.proactiveColumn {
        Self.noteHeaderColumn(column, at: index, cellCount: keptCells.count, start: &columnsStart, in: &headerColumns)
      }
      if let marker = label.editionMarker { markers.add(marker) }
      anyApplicationHeader = anyApplicationHeader || label.isApplicationHeader
      anyReviewHeader = anyReviewHeader || label.isReviewHeader
      labelCount += 1
      lastLabel = index
      last = label
    }
    // Headers first: they hold words that are also row labels (其他, 总计).
    let values = UnsafeBufferPointer(values)
    let cells = keptCells
    let kind: Kind
    if let last {
      if firstIsProactiveHeader {
        kind = .proactiveHeader(columnsStart)
      } else if anyApplicationHeader {
        kind = .applicationHeader
      } else if anyReviewHeader {
        kind = .reviewHeader
      } else if let row = last.proactiveRow {
        kind = .proactive(row)
      } else if let row = last.applicationRow {
        kind = .application(row)
      } else if labelCount > 1, let row = Self.joinedApplicationRow(cells, values, storage) {
        // Labels split over several cells, or run together with their group.
        kind = .application(row)
      } else {
        kind = hasNumbers ? .unrecognized : .ignored
      }
    } else {
      kind = hasNumbers ? .numbersOnly : .ignored
    }
    // Every stored property is set once, at the end.
    self.cells = cells
    self.line = row.line
    self.values = values
    self.lastLabel = lastLabel
    self.kind = kind
    self.markers = markers
  }
  /// Writes `column`, named by the cell at `index` of a table 二 header of
  /// `cellCount` cells, into the header's slots in `headerColumns`, making the
  /// slots (one a cell, `nil` until named) at the row's first named column and
  /// setting `start` to where they begin. Never inlined: only header rows write
  /// into the list, and inlined into the row loop its uniqueness check was made
  /// for every row.
  @inline(never)
  private static func noteHeaderColumn(
    _ column: Int, at index: Int, cellCount: Int, start: inout Int?, in headerColumns: inout [Int?]
  ) {
    let first: Int
    if let start {
      first = start
    } else {
      // Room for an ordinary report's table 二 headers, reserved at the first.
      if headerColumns.capacity == 0 { headerColumns.reserveCapacity(64) }
      first = headerColumns.count
      start = first
      // One append a slot: the generic append of a repeated `nil` cost about
      // twice as much for a header's few cells.
      for _ in 0..<max(cellCount, 0) { headerColumns.append(nil) }
    }
    headerColumns[first + index] = column
  }
}

/// How many labels mark each template edition (in one row, or in a whole document).
struct EditionMarkers: Sendable, Hashable {
  /// Labels found only in the 2019 template.
  var count2019 = 0
  /// Labels found only in the 2021 template.
  var count2021 = 0

  /// Counts one marker label of `edition`.
  mutating func add(_ edition: Edition) {
    switch edition {
    case .edition2019: count2019 += 1
    case .edition2021: count2021 += 1
    }
  }

  /// Adds `other`'s counts.
  mutating func add(_ other: EditionMarkers) {
    count2019 += other.count2019
    count2021 += other.count2021
  }
}
