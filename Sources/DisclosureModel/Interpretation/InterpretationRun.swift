/// The state of one ``Interpreter`` pass over a document.
struct InterpretationRun {
  /// The document's blocks, its notes and its storage, borrowed from the caller's
  /// ``Document`` for the run only (``Interpreter/interpret(_:layout:encoding:)``
  /// holds the document meanwhile): pointers instead of a copy of the document, so
  /// its three arrays are neither retained when the run starts nor released when it
  /// ends.
  let blocks: UnsafeBufferPointer<Block>
  let notes: UnsafeBufferPointer<Diagnostic>
  let storage: UnsafeBufferPointer<UInt8>
  /// The document's ``Document/isKnownValidUTF8``.
  let storageIsValid: Bool
  /// Whether placed empty cells are read as 0 (``Interpreter/blankAsZero``).
  var blankAsZero = false

  /// The sections found so far (``sectionCount`` of them), in slots of the run's one
  /// allocation: a section starts only at a number above the last one's (or as the
  /// first), so there are at most six, and each is kept as plain values (its
  /// heading's span, not its string), made into a ``Section`` once at the end.
  private var sections = UnsafeMutableBufferPointer<SectionStart>(start: nil, count: 0)
  /// How many slots of ``sections`` hold a section.
  private var sectionCount = 0
  /// Every paragraph but the headings, trimmed, as a span of the storage and its
  /// line, in order: first the preamble (those before the first section, made into
  /// strings only as ``MetadataReader`` needs them), then each section's (made into
  /// text once per section). In slots of the run's one allocation, one a paragraph
  /// of the document, so no list is allocated or freed for them.
  private var paragraphs = UnsafeMutableBufferPointer<(span: TextSpan, line: Int)>(start: nil, count: 0)
  /// How many slots of ``paragraphs`` hold a paragraph.
  private var paragraphsUsed = 0
  private var currentSection = 0
  private var diagnostics: [Diagnostic] = []
  /// The data rows placed so far (``observe(_:)``), in the slots of the run's one
  /// allocation: at most one a row, so a slot a row of the document.
  private var observations = UnsafeMutableBufferPointer<Observation>(start: nil, count: 0)
  /// How many slots of ``observations`` hold an observation.
  private var observationCount = 0
  private var markerCounts = EditionMarkers()
  private var lastApplicationLine: Int?
  private var lastReviewContextLine: Int?
  /// The tables (2, 3 or 4) whose ``MessageTemplate/foundByShape`` note was made,
  /// as bits (`1 << table`): a row of a table whose heading is missing asks for
  /// each row, and testing a bit costs no hashing (a `Set<Int>` hashed twice a
  /// row and allocated its storage once a report).
  private var foundByShapeReported: UInt8 = 0
  /// The grid width of the last table holding table 三's rows, for its next part
  /// (``ApplicationGrid``).
  private var applicationGrid = ApplicationGrid.known(nil)
  /// The last line of the paragraphs read so far (not empty once trimmed). The rows'
  /// lines are not gathered as they are read: their analyses stay in ``analyses``
  /// until the run ends, so ``lastLineRead()`` finds the last of them only when a
  /// missing section asks for it (most reports ask for none), and the row loops
  /// keep one value and one comparison a row less.
  private var lastParagraphLine = 0
  /// Every table cell's value, one slot per cell of the document in reading order,
  /// allocated once a run (``run(layout:encoding:)``): each ``RowAnalysis`` holds
  /// its row's part, so reading a row allocates nothing.
  private var cellValues = UnsafeMutableBufferPointer<CellValue>(start: nil, count: 0)
  /// Slots for the table cells of rows made by hand, in the same order as
  /// ``cellValues``: such a row's cells are copied here, so that its ``RowAnalysis``
  /// points at them and holds no reference. The builder's rows are not copied: their
  /// analyses point into ``builderCells``.
  private var cells = UnsafeMutableBufferPointer<StoredCell>(start: nil, count: 0)
  /// The document's one buffer of cells, which the builder's tables share
  /// (``Table/Rows/Shared``), for the whole of ``run(layout:encoding:)``: the
  /// analyses of those tables' rows point at their ranges of it instead of copies.
  /// Valid during the run, which holds the buffer in a `withUnsafeBufferPointer`
  /// call; the document, a `let` of the run, keeps it alive and unchanged.
  private var builderCells = UnsafeBufferPointer<StoredCell>(start: nil, count: 0)
  /// The list of where each row of the document ends in ``builderCells``, which the
  /// builder's tables share too, held the same way for the whole run: a table read
  /// from these two buffers is never copied out of its block (no retain a table).
  private var builderEnds = UnsafeBufferPointer<DocumentBuilder.RowEnd>(start: nil, count: 0)
  /// How many slots of ``cellValues`` and ``cells`` the rows read so far hold.
  private var cellsUsed = 0
  /// The label cells of the builder's table being read, found by the first pass
  /// over its cells and looked up by the second, row by row
  /// (``readRows(_:start:ends:cells:holdsApplications:)``): one slot a cell of the document, in
  /// the run's one allocation, each table's labels from the first slot; and one slot
  /// more, for the mark that ends a table's labels (``FoundLabel/end``). Each label's
  /// class is written into its slot by the pass between the two
  /// (``lookUp(_:storage:markerCounts:)``).
  private var foundLabels = UnsafeMutableBufferPointer<FoundLabel>(start: nil, count: 0)
  /// Every table row's analysis, one slot per row of the document in reading order,
  /// in the same allocation as ``cellValues`` and ``cells``: each table's rows are
  /// the run of slots its rows fill, so a table allocates no list of its own.
  private var analyses = UnsafeMutableBufferPointer<RowAnalysis>(start: nil, count: 0)
  /// How many slots of ``analyses`` the rows read so far hold.
  private var analysesUsed = 0
  /// The columns of every table 二 header read so far that names one, one slot a
  /// cell, each header's from the position that its row's
  /// ``RowAnalysis/Kind/proactiveHeader(_:)`` holds: in slots of the run's one
  /// allocation, one a cell of the document (see ``HeaderColumnSlots``).
  private var proactiveHeaderColumns = HeaderColumnSlots(UnsafeMutableBufferPointer(start: nil, count: 0))
  /// The columns of every table 二 observation, each observation's in order: an
  /// ``Observation`` holds its range.
  ///
  /// In slots of the run's one allocation, one a cell of the document: a row under
  /// its header's grid lists at most one column a cell of its own, and the rows
  /// placed against a header without its grid share one list of that header's
  /// columns (``lastHeaderColumns``), at most one a cell of the header, so the
  /// slots always suffice.
  private var observedColumns = UnsafeMutableBufferPointer<Int>(start: nil, count: 0)
  /// How many slots of ``observedColumns`` hold a column.
  private var observedColumnCount = 0
  /// The cell of each column in ``observedColumns`` that a table 二 row under its
  /// header's grid lists, in the slot of the same position (the slots of other rows'
  /// columns are left unwritten and never read): such a row's placement is
  /// ``ValuePlacement/Plain/Cells/observed(start:count:)`` over its range of them.
  /// In slots of the run's one allocation, as many as ``observedColumns``.
  private var observedCells = UnsafeMutableBufferPointer<Int>(start: nil, count: 0)
  /// The header whose columns (its cells' named columns, in order) the last row
  /// placed without its grid listed, by where its columns start in
  /// ``proactiveHeaderColumns``, and their range in ``observedColumns``: the next
  /// such row under the same header shares them.
  private var lastHeaderColumns: (columnsStart: Int, range: Range<Int>)?
  /// The cells and reasons that the observations' placements list.
  private var placementLists = ValuePlacement.Lists()

  /// A data row placed onto its columns, waiting for the edition to be known.
  ///
  /// A plain value: its columns and its placement's listed cells and reason are in
  /// the run's lists (``observedColumns``, ``placementLists``), so that copying and
  /// freeing observations counts no reference.
  struct Observation {
    enum Table {
      /// The row's position in ``LabelMatcher/proactiveRows``.
      case proactive(Int)
      /// The row's position in ``LabelMatcher/applicationRows``.
      case application(Int)
      case review
    }
    var table: Table
    /// The row's analysis: its slot of the run's ``analyses``, which hold every
    /// analysis until the run ends, after the rows are recorded (tests point at
    /// analyses they keep alive for the call). Pointed at, not copied: the copy
    /// wrote 64 bytes an observation, and most rows then read only a few of them.
    var analysisAddress: UnsafePointer<RowAnalysis>
    /// The row's analysis, read where ``analysisAddress`` points.
    var analysis: RowAnalysis {
      @inline(__always) get { analysisAddress.pointee }
    }
    /// Table 二: the range in the run's ``observedColumns`` that holds each slot's
    /// column, as a position in ``LabelMatcher/proactiveColumns`` (empty when the row
    /// had no usable header). Empty for tables 三 and 四, whose columns are fixed.
    var columns: Range<Int>
    var placement: ValuePlacement.Plain
  }

  /// The grid width that the next table holding table 三's rows inherits: what
  /// ``TableShape/gridWidth(_:inheritedGrid:include:header:)`` gives for the last
  /// such table's rows and the grid that table inherited, or that inherited grid
  /// when it gives none. Counted only when asked for, by a row of that table that
  /// does not place itself or by the next such table: most reports have one such
  /// table, all of whose rows place themselves, so it is never counted (counting
  /// it for every such table cost about 600 instructions a clean report).
  enum ApplicationGrid {
    /// The width, counted (or none).
    case known(Int?)
    /// Still to count from the analyses at `rows` of the run's ``analyses``
    /// (which hold them until the run ends), inheriting `inherited`.
    case pending(rows: Range<Int>, inherited: Int?)
  }

  /// Where a section starts: its number, its heading (the template's own when
  /// `isOfficial`, else the text of `span`), the heading's line, and the position in
  /// ``paragraphs`` of its first paragraph. A plain value: the ``Section``, with its
  /// strings, is made once the run ends.
  struct SectionStart {
    var number: Int
    var isOfficial: Bool
    var span: TextSpan
    var line: Int
    var paragraphStart: Int
  }

  /// The room lent to the report's ``FieldAssembler`` (``FieldAssembler/init(edition:room:)``):
  /// the end of the block that ``run(layout:encoding:)`` allocates, valid while it runs.
  private var assemblerRoom: UnsafeMutableRawBufferPointer?

  /// At most this many sections start in a run: numbers 1 to 6, each above the last.
  static let maximumSections = 6

  /// The room reserved at the first for a list of optional positions
  /// (``ValuePlacement/Lists/slots``): 62 of 16 bytes
  /// and the array's 32-byte header make 1,024 bytes, the most that `malloc` serves
  /// from its per-thread cache (64, which the lists had, took its slower path).
  static let smallListRoom = 62

  /// A run over a document's `blocks`, `notes` and `storage`, each valid for the
  /// whole run; `storageIsValid` is the document's ``Document/isKnownValidUTF8``.
  init(
    blocks: UnsafeBufferPointer<Block>, notes: UnsafeBufferPointer<Diagnostic>, storage: UnsafeBufferPointer<UInt8>,
    storageIsValid: Bool
  ) {
    self.blocks = blocks
    self.notes = notes
    self.storage = storage
    self.storageIsValid = storageIsValid
  }

  mutating func run(layout: String, encoding: String) -> Report {
    var cellCount = 0
    var rowCount = 0
    var paragraphCount = 0
    // The builder's buffer of cells (its first table's), held for the run below.
    var documentCells: [StoredCell] = []
    var documentEnds: [DocumentBuilder.RowEnd] = []
    for block in blocks {
      switch block {
      case .paragraph: paragraphCount += 1
      case .table(let table):
        // The builder's tables count their cells without a walk over their rows.
        rowCount += table.rows.count
        cellCount += table.rows.cellCount
        if documentCells.isEmpty, case .shared(let shared) = table.rows.form {
          documentCells = shared.cells
          documentEnds = shared.ends
        }
      }
    }
    // The four blocks in one allocation (one `malloc` and one `free` a run, not
    // four): the cells after the values, the analyses after the cells, the
    // observations after the analyses, each at the next multiple of its alignment.
    func aligned(_ offset: Int, _ alignment: Int) -> Int { (offset + alignment - 1) / alignment * alignment }
    let cellsOffset = aligned(cellCount * MemoryLayout<CellValue>.stride, MemoryLayout<StoredCell>.alignment)
    let analysesOffset = aligned(
      cellsOffset + cellCount * MemoryLayout<StoredCell>.stride, MemoryLayout<RowAnalysis>.alignment)
    let observationsOffset = aligned(
      analysesOffset + rowCount * MemoryLayout<RowAnalysis>.stride, MemoryLayout<Observation>.alignment)
    // The paragraphs and the sections after the observations, in the same block.
    let paragraphsOffset = aligned(
      observationsOffset + rowCount * MemoryLayout<Observation>.stride,
      MemoryLayout<(span: TextSpan, line: Int)>.alignment)
    let sectionsOffset = aligned(
      paragraphsOffset + paragraphCount * MemoryLayout<(span: TextSpan, line: Int)>.stride,
      MemoryLayout<SectionStart>.alignment)
    // And the observed columns, one slot a cell, then as many for their cells.
    let observedColumnsOffset = aligned(
      sectionsOffset + Self.maximumSections * MemoryLayout<SectionStart>.stride, MemoryLayout<Int>.alignment)
    let observedCellsOffset = observedColumnsOffset + cellCount * MemoryLayout<Int>.stride
    // And the found labels, one slot a cell and one for the mark after them.
    let foundLabelsOffset = aligned(
      observedCellsOffset + cellCount * MemoryLayout<Int>.stride, MemoryLayout<FoundLabel>.alignment)
    // And the table 二 headers' columns, one slot a cell.
    let headerColumnsOffset = aligned(
      foundLabelsOffset + (cellCount + 1) * MemoryLayout<FoundLabel>.stride, MemoryLayout<Int?>.alignment)
    // And the room lent to the report's assembler (its states, its first column room
    // and its arena's first room), for the edition with the most fields: decided
    // only after the blocks are read.
    let assemblerOffset = aligned(
      headerColumnsOffset + cellCount * MemoryLayout<Int?>.stride, FieldAssembler.roomAlignment)
    // The block kept from the thread's last run when it is large enough (see
    // ``RunBlock``), given back when the run ends.
    let block = RunBlock(
      byteCount: assemblerOffset + FieldAssembler.largestRoomByteCount,
      alignment: max(
        MemoryLayout<CellValue>.alignment, MemoryLayout<StoredCell>.alignment, MemoryLayout<RowAnalysis>.alignment,
        MemoryLayout<Observation>.alignment, MemoryLayout<(span: TextSpan, line: Int)>.alignment,
        MemoryLayout<SectionStart>.alignment, MemoryLayout<FoundLabel>.alignment,
        MemoryLayout<Int?>.alignment, FieldAssembler.roomAlignment))
    let slots = block.room
    assemblerRoom = UnsafeMutableRawBufferPointer(
      start: slots + assemblerOffset, count: FieldAssembler.largestRoomByteCount)
    cellValues = UnsafeMutableBufferPointer(
      start: slots.bindMemory(to: CellValue.self, capacity: cellCount), count: cellCount)
    cells = UnsafeMutableBufferPointer(
      start: (slots + cellsOffset).bindMemory(to: StoredCell.self, capacity: cellCount), count: cellCount)
    analyses = UnsafeMutableBufferPointer(
      start: (slots + analysesOffset).bindMemory(to: RowAnalysis.self, capacity: rowCount), count: rowCount)
    observations = UnsafeMutableBufferPointer(
      start: (slots + observationsOffset).bindMemory(to: Observation.self, capacity: rowCount), count: rowCount)
    observedColumns = UnsafeMutableBufferPointer(
      start: (slots + observedColumnsOffset).bindMemory(to: Int.self, capacity: cellCount), count: cellCount)
    observedCells = UnsafeMutableBufferPointer(
      start: (slots + observedCellsOffset).bindMemory(to: Int.self, capacity: cellCount), count: cellCount)
    foundLabels = UnsafeMutableBufferPointer(
      start: (slots + foundLabelsOffset).bindMemory(to: FoundLabel.self, capacity: cellCount + 1),
      count: cellCount + 1)
    proactiveHeaderColumns = HeaderColumnSlots(
      UnsafeMutableBufferPointer(
        start: (slots + headerColumnsOffset).bindMemory(to: Int?.self, capacity: cellCount), count: cellCount))
    // A slot a paragraph of the document and six for sections.
    paragraphs = UnsafeMutableBufferPointer(
      start: (slots + paragraphsOffset).bindMemory(to: (span: TextSpan, line: Int).self, capacity: paragraphCount),
      count: paragraphCount)
    sections = UnsafeMutableBufferPointer(
      start: (slots + sectionsOffset).bindMemory(to: SectionStart.self, capacity: Self.maximumSections),
      count: Self.maximumSections)
    // `CellValue`, `StoredCell`, `RowAnalysis` and `Observation` hold no references (tests
    // check that they are plain values), so their slots are given back (kept for
    // the thread's next run, or freed) without being deinitialised. The
    // observations, which point into the others, are all recorded before.
    defer {
      block.giveBack()
      cellValues = UnsafeMutableBufferPointer(start: nil, count: 0)
      cells = UnsafeMutableBufferPointer(start: nil, count: 0)
      cellsUsed = 0
      analyses = UnsafeMutableBufferPointer(start: nil, count: 0)
      analysesUsed = 0
      observations = UnsafeMutableBufferPointer(start: nil, count: 0)
      observationCount = 0
      paragraphs = UnsafeMutableBufferPointer(start: nil, count: 0)
      paragraphsUsed = 0
      sections = UnsafeMutableBufferPointer(start: nil, count: 0)
      sectionCount = 0
      observedColumns = UnsafeMutableBufferPointer(start: nil, count: 0)
      observedColumnCount = 0
      observedCells = UnsafeMutableBufferPointer(start: nil, count: 0)
      foundLabels = UnsafeMutableBufferPointer(start: nil, count: 0)
      proactiveHeaderColumns = HeaderColumnSlots(UnsafeMutableBufferPointer(start: nil, count: 0))
      placementLists.observed = UnsafeBufferPointer(start: nil, count: 0)
      lastHeaderColumns = nil
      assemblerRoom = nil
    }
    // The builder's cells held for the whole run, so that the analyses, which point
    // at them, may be read until the report is made.
    return documentCells.withUnsafeBufferPointer { documentCells in
      documentEnds.withUnsafeBufferPointer { documentEnds in
        builderCells = documentCells
        builderEnds = documentEnds
        defer {
          builderCells = UnsafeBufferPointer(start: nil, count: 0)
          builderEnds = UnsafeBufferPointer(start: nil, count: 0)
        }
        return readBlocks(layout: layout, encoding: encoding)
      }
    }
  }

  /// Reads the document's blocks into the run's slots (allocated by
  /// ``run(layout:encoding:)``) and makes the report.
  private mutating func readBlocks(layout: String, encoding: String) -> Report {
    for index in blocks.indices {
      // A builder's table is read from the two buffers held for the run, by its
      // offsets alone: the table is not copied out of its block.
      if let rows = builderRows(of: blocks[index]) {
        readTable(rows: rows.rows, start: rows.start)
        continue
      }
      switch blocks[index] {
      case .paragraph(let paragraph): read(paragraph)
      case .table(let table): read(table)
      }
    }
    // The paragraphs read (a prefix of the slots), valid until the run returns.
    let paragraphsRead = UnsafeBufferPointer(rebasing: paragraphs[..<paragraphsUsed])
    let sectionsRead = UnsafeBufferPointer(rebasing: sections[..<sectionCount])
    let metadata = MetadataReader.read(
      preamble: UnsafeBufferPointer(
        rebasing: paragraphsRead[..<(sectionsRead.first?.paragraphStart ?? paragraphsUsed)]),
      in: storage, storageIsValid: storageIsValid)
    let edition = decideEdition(year: metadata.year)
    // The assembler is a local of this function, gone before ``run(layout:encoding:)``
    // frees the block that its room is a part of.
    var assembler = FieldAssembler(edition: edition, room: assemblerRoom)
    assembler.blankAsZero = blankAsZero
    assembler.storageIsValid = storageIsValid
    assembler.setReportFields(
      title: metadata.title, agency: metadata.agency, year: metadata.year, yearLine: metadata.yearLine,
      edition: edition, layout: layout)
    // Each of the title, agency and year not found, and each section missing: the
    // run's last diagnostics, made straight into the final list once it is known
    // (``forEachLateDiagnostic(_:_:_:)``), so that the run's own list is not
    // allocated for them alone.
    let metadataMissing = metadata.missingCount
    // The notes, the run's diagnostics, the metadata missing and one a missing
    // section (numbers 1 to 6, each started at most once) go in front of the
    // assembler's.
    assembler.frontRoom = notes.count + diagnostics.count + metadataMissing + (Self.maximumSections - sectionCount)
    // The table 二 rows' cells, for the placements that point into them, valid
    // until the run ends (``run(layout:encoding:)`` clears the view then).
    placementLists.observed = UnsafeBufferPointer(rebasing: observedCells[..<observedColumnCount])
    assembler.record(
      UnsafeBufferPointer(rebasing: observations[..<observationCount]),
      columns: UnsafeBufferPointer(rebasing: observedColumns[..<observedColumnCount]),
      placements: &placementLists, storage: storage)
    assembler.inferFromZeroTotals()
    assembler.diagnoseMissing(anchors: anchors())
    // Each section made once, here, from its start: its heading's string and its
    // paragraphs' text.
    // The official headings are borrowed from the lazy global, not copied: a copy
    // would retain the array, whose count every core parsing at once shares.
    let sectionList = Self.officialHeadings.withUnsafeBufferPointer { officialHeadings in
      sectionsRead.indices.map { [storage, storageIsValid] index in
        let start = sectionsRead[index]
        let end = index + 1 < sectionsRead.count ? sectionsRead[index + 1].paragraphStart : paragraphsRead.count
        return Section(
          number: start.number,
          heading: start.isOfficial
            ? officialHeadings[start.number].text
            : Self.text(start.span, in: storage, storageIsValid: storageIsValid),
          line: start.line,
          text: Self.joined(
            UnsafeBufferPointer(rebasing: paragraphsRead[start.paragraphStart..<end]), in: storage,
            storageIsValid: storageIsValid))
      }
    }
    let checks = assembler.withFieldIntegers { Checker.check(edition: edition, integers: $0) }
    // Taken after the checks, which read them through the assembler.
    let fields = assembler.takeFields()
    // Gathered into the assembler's array, which is taken over (unique, so its
    // diagnostics are neither copied nor retained again), with the document's notes
    // and the run's own moved in front of them in place, then sorted in place.
    var allDiagnostics = assembler.takeDiagnostics()
    let front = notes.count + diagnostics.count
    let late = metadataMissing + (Self.maximumSections - sectionsRead.count)
    if allDiagnostics.isEmpty, notes.isEmpty {
      // Nothing recorded and no notes (a clean report): the run's own list is the
      // whole list, in the same order, taken over instead of copied into a new one,
      // and the late ones follow it.
      swap(&allDiagnostics, &diagnostics)
      if late > 0 {
        allDiagnostics.reserveCapacity(allDiagnostics.count + late)
        Self.forEachLateDiagnostic(metadata, sectionsRead) { allDiagnostics.append($0) }
      }
    } else if front + late > 0 {
      allDiagnostics.reserveCapacity(allDiagnostics.count + front + late)
      allDiagnostics.insert(contentsOf: notes, at: 0)
      allDiagnostics.insert(contentsOf: diagnostics, at: notes.count)
      // The late ones after the run's own, in their order, in front of the assembler's.
      var position = front
      Self.forEachLateDiagnostic(metadata, sectionsRead) { diagnostic in
        allDiagnostics.insert(diagnostic, at: position)
        position += 1
      }
    }
    // Sorted by line (those without one last), keeping the order of equal lines.
    // A list already in that order, which stable sorting would leave unchanged, is
    // left as it is: one pass reading each line once costs less than the sort's
    // own pass (a closure call reading two lines for each pair, and its set-up).
    if !Self.isSortedByLine(allDiagnostics) {
      allDiagnostics.sort { ($0.line ?? Int.max) < ($1.line ?? Int.max) }
    }
    // Made once, from parts all computed before, and returned as made: built empty
    // and filled in afterwards, the whole report was copied and destroyed once. The
    // metadata's `blankCellsReadAsZero` is set here too, not changed in the report
    // after the run.
    return Report(
      metadata: ReportMetadata(
        title: metadata.title, agency: metadata.agency, year: metadata.year, edition: edition, layout: layout,
        encoding: encoding, blankCellsReadAsZero: blankAsZero),
      sections: sectionList,
      fields: fields,
      checks: checks,
      diagnostics: allDiagnostics
    )
  }

  /// Hands `body` the run's last diagnostics, in order: one for each of the title,
  /// agency and year that `metadata` lacks (``MetadataReader/Metadata/missing``),
  /// then one for each section number (1 to 6) that no section of `sections` has.
  private static func forEachLateDiagnostic(
    _ metadata: MetadataReader.Metadata, _ sections: UnsafeBufferPointer<SectionStart>,
    _ body: (Diagnostic) -> Void
  ) {
    if metadata.missingCount > 0 {
      for missing in metadata.missing {
        body(
          Diagnostic(
            code: .missingMetadata, severity: .warning, line: nil, key: "report.\(missing)",
            message: "The report's \(missing) was not found in its title or first lines."))
      }
    }
    for number in 1...maximumSections where !sections.contains(where: { $0.number == number }) {
      // The message is written when read (``MessageTemplate/missingSection``).
      body(
        Diagnostic(
          storedLine: nil, code: .missingSection, severity: .info, template: .missingSection,
          pieceStart: UInt32(truncatingIfNeeded: number), keyField: nil, body: ""))
    }
  }

  /// Whether no diagnostic of `diagnostics` has a line before the one in front of
  /// it (a missing line counted as after every line): then sorting them stably by
  /// line leaves them as they are. Stops at the first one out of order.
  static func isSortedByLine(_ diagnostics: [Diagnostic]) -> Bool {
    diagnostics.withUnsafeBufferPointer { list in
      var previous = Int.min
      for diagnostic in list {
        let line = diagnostic.line ?? Int.max
        guard line >= previous else { return false }
        previous = line
      }
      return true
    }
  }

  // MARK: Paragraphs and sections

  private mutating func read(_ paragraph: Paragraph) {
    let span = trimmed(paragraph.span)
    guard !span.isEmpty else { return }
    lastParagraphLine = max(lastParagraphLine, paragraph.line)
    // A heading is short: only short paragraphs are normalised and looked at.
    let isShort = span.end - span.start <= LabelTable.maximumHeadingLength * 6
    if isShort, let (number, isOfficial) = Self.section(span, in: storage), number > currentSection || sectionCount == 0
    {
      currentSection = number
      // At most six sections start (see ``sections``): the guard only keeps a write
      // from ever passing the end. The heading's string is made at the end of the
      // run (the template's own, written as the template writes it, is the
      // catalogue's string: not validated and copied again).
      guard sectionCount < sections.count else { return }
      sections.initializeElement(
        at: sectionCount,
        to: SectionStart(
          number: number, isOfficial: isOfficial, span: span, line: paragraph.line, paragraphStart: paragraphsUsed))
      sectionCount += 1
      return
    }
    // A slot for each paragraph of the document, counted from this same document:
    // the guard only keeps a write from ever passing the end.
    guard paragraphsUsed < paragraphs.count else { return }
    paragraphs.initializeElement(at: paragraphsUsed, to: (span, paragraph.line))
    paragraphsUsed += 1
  }

  /// The section a heading starts (see ``section(_:in:)``).
  static func sectionNumber(_ span: TextSpan, in storage: UnsafeBufferPointer<UInt8>) -> Int? {
    section(span, in: storage)?.number
  }

  /// The template's six headings (``LabelTable/sectionNames``), at their section's
  /// number (position 0 is empty), as strings and as UTF-8 bytes.
  static let officialHeadings: [(text: String, bytes: PermanentBuffer<UInt8>)] = (0...6).map { number in
    let text = LabelTable.sectionNames[number] ?? ""
    return (text, PermanentBuffer(Array(text.utf8)))
  }

  /// The section a heading starts: its normalised text starts with `一、` to `六、`,
  /// is short, and holds one of the section's keywords (compared as UTF-8 bytes);
  /// and whether it is written exactly as the template's heading of that section
  /// (``officialHeadings``), which is such a heading (a test checks that the general
  /// normaliser finds each). `span` must be trimmed (as ``read(_:)-(Paragraph)``
  /// trims it) and within `storage`. Always inlined into ``read(_:)-(Paragraph)``,
  /// which calls it for every short paragraph, most turned away at the first scalar.
  @inline(__always)
  static func section(_ span: TextSpan, in storage: UnsafeBufferPointer<UInt8>) -> (number: Int, isOfficial: Bool)? {
    // The span is trimmed, so its first character must be the numeral 一 to 六:
    // most paragraphs are turned away without being normalised.
    guard span.start >= 0, span.start < span.end, span.end <= storage.count else { return nil }
    let candidate: Int
    switch ByteClass.scalar(in: storage, at: span.start).value {
    case 0x4E00: candidate = 1  // 一
    case 0x4E8C: candidate = 2  // 二
    case 0x4E09: candidate = 3  // 三
    case 0x56DB: candidate = 4  // 四
    case 0x4E94: candidate = 5  // 五
    case 0x516D: candidate = 6  // 六
    default: return nil
    }
    let official = officialHeadings[candidate].bytes.buffer
    if official.count == span.end - span.start, let base = official.baseAddress, let text = storage.baseAddress,
      equalBytes(base, text + span.start, count: official.count)
    {
      return (candidate, true)
    }
    // A numeral followed by an ideograph (`一是…`, prose that a short paragraph may
    // start with) has no `、` after it: normalising, which would read the whole
    // paragraph character by character, finds no `一、` enumerator in it.
    if span.end - span.start > 5, ByteClass.isIdeographLead(storage[span.start + 3]) { return nil }
    let number = LabelText.withNormalised(storage, span, headingNumber)
    return number.map { ($0, false) }
  }

  /// The section of a heading whose normalised text is `text` after `enumerator`:
  /// the enumerator is `一、` to `六、`, the text is short and holds one of the
  /// section's keywords (compared as UTF-8 bytes). `nil` for anything else.
  static func headingNumber(_ enumerator: LabelText.Enumerator?, _ text: UnsafeBufferPointer<UInt8>) -> Int? {
    guard case .chinese(let number) = enumerator, number >= 1, number <= 6,
      ByteClass.characterCount(text, atMost: LabelTable.maximumHeadingLength),
      LabelMatcher.sectionKeywordBytes[number].contains(where: { keyword in
        ByteClass.firstOffset(of: keyword.buffer, in: text) != nil
      })
    else { return nil }
    return number
  }

  /// Whether the `count` bytes at `first` equal those at `second`: eight at a time,
  /// then one at a time.
  private static func equalBytes(_ first: UnsafePointer<UInt8>, _ second: UnsafePointer<UInt8>, count: Int) -> Bool {
    var offset = 0
    while offset + 8 <= count {
      guard ByteBlock.load(first, at: offset) == ByteBlock.load(second, at: offset) else { return false }
      offset += 8
    }
    while offset < count {
      guard first[offset] == second[offset] else { return false }
      offset += 1
    }
    return true
  }

  /// The text of `span` (clamped to the storage), as `Document.text(_:)` makes it.
  private static func text(
    _ span: TextSpan, in storage: UnsafeBufferPointer<UInt8>, storageIsValid: Bool
  ) -> String {
    let lower = min(max(0, span.start), storage.count)
    let upper = min(max(lower, span.end), storage.count)
    return ValidText.string(of: storage, lower, upper, storageIsValid: storageIsValid)
  }

  /// `span` without the white space at either end. Always inlined: it is called for
  /// every paragraph, and was a call of its own.
  @inline(__always)
  private func trimmed(_ span: TextSpan) -> TextSpan {
    let (start, end) = ByteClass.trimmed(storage, span)
    return TextSpan(start..<end)
  }

  /// The text of `paragraphs`, one a line.
  ///
  /// Static, and given the storage: as a method called from the closure that makes
  /// the sections, it made the compiler copy the whole run for each section.
  /// When `storageIsValid` (``Document/isKnownValidUTF8``) and every span starts
  /// and ends on scalar boundaries, the joined bytes (whole scalars and line feeds)
  /// are valid UTF-8 and are not checked again.
  private static func joined(
    _ paragraphs: UnsafeBufferPointer<(span: TextSpan, line: Int)>, in storage: UnsafeBufferPointer<UInt8>,
    storageIsValid: Bool
  ) -> String {
    // A section without paragraphs (about half of them) has empty text, and one of
    // a single paragraph has that paragraph's: neither needs the buffer.
    guard paragraphs.count > 1 else {
      guard let span = paragraphs.first?.span else { return "" }
      let lower = min(max(0, span.start), storage.count)
      return ValidText.string(
        of: storage, lower, min(max(lower, span.end), storage.count), storageIsValid: storageIsValid)
    }
    // The joined length and whether every span is whole, in one pass over the
    // paragraphs (a line feed after each, less the last's).
    var capacity = -1
    var whole = storageIsValid
    for (span, _) in paragraphs {
      capacity += span.end - span.start + 1
      whole = whole && ValidText.isWhole(storage, span.start, span.end)
    }
    // Written into one buffer and, unless known whole, checked there by the
    // module's own validator, many bytes at a time (the standard library's check is
    // the slower part).
    return ValidText.copy(capacity: max(0, capacity), knownValid: whole) { buffer in
      var written = 0
      for (index, (span, _)) in paragraphs.enumerated() {
        if index > 0 {
          buffer[written] = 0x0A
          written += 1
        }
        let source = UnsafeBufferPointer(rebasing: storage[span.start..<span.end])
        _ = UnsafeMutableBufferPointer(rebasing: buffer[written..<written + source.count]).initialize(from: source)
        written += source.count
      }
      return written
    }
  }

  // MARK: Tables

  /// Reads the row that starts on `line` into the next slots of the run's block, and
  /// counts what the run counts over all rows; sets `holdsApplications` when the row
  /// is one of table 三's. Always inlined, into the loop over rows made by hand
  /// (``readRows(of:holdsApplications:)``; the builder's rows are read in three
  /// passes over their table, ``readRows(_:start:ends:cells:holdsApplications:)``). `keptCells`
  /// holds the row's cells, one a cell, where they outlive the run's reading (see
  /// ``RowAnalysis/init(_:storage:values:keptCells:headerColumns:)``): the row is read
  /// from them and its line. `labels` is the table of labels, fetched once by the
  /// row loop for all its rows.
  @inline(__always)
  private mutating func readRow(
    line: Int, keptCells: UnsafeBufferPointer<StoredCell>, labels: LabelClass.RawTable, holdsApplications: inout Bool
  ) {
    // The slots were counted from this same document, so they always suffice.
    let end = cellsUsed + keptCells.count
    let analysis = RowAnalysis(
      line: line, storage: storage, values: UnsafeMutableBufferPointer(rebasing: cellValues[cellsUsed..<end]),
      keptCells: keptCells, headerColumns: &proactiveHeaderColumns, labels: labels, markerCounts: &markerCounts)
    cellsUsed = end
    append(analysis, holdsApplications: &holdsApplications)
  }

  /// Keeps `analysis` as the next row's, noting whether it is a row of table 三.
  @inline(__always)
  private mutating func append(_ analysis: RowAnalysis, holdsApplications: inout Bool) {
    switch analysis.kind {
    case .application, .applicationHeader: holdsApplications = true
    default: break
    }
    analyses.initializeElement(at: analysesUsed, to: analysis)
    analysesUsed += 1
  }

  /// Reads the builder's rows `rows` of `ends`, the first starting at `tableStart`
  /// in `cells` (the run's ``builderEnds`` and ``builderCells``), straight from the
  /// two buffers, without a `[Row]` or a walk of the table's `Rows`, in three passes
  /// over the whole table, each a loop of its own that holds only what its work
  /// needs: its cells' values, and its label cells' bounds (``readCells(_:storage:into:labels:)``); the
  /// labels' classes, one look-up each, and their edition markers counted
  /// (``lookUp(_:storage:markerCounts:)``); then each row,
  /// its labels' classes merged by one `|` each and its kind told from them
  /// (``RowAnalysis/init(line:storage:values:keptCells:labelCount:lastLabel:last:headerFlags:columnsStart:)``),
  /// with no step a label (the one row loop that read the cells and looked each
  /// label up by a call from within cost about 750 instructions a clean report
  /// more, its state kept on the stack across the calls).
  ///
  /// Each row's analysis points at its range of `cells`, the same buffer held for
  /// the run (``builderCells``), instead of a copy, and takes its first cell's line
  /// (no `Row` is made: it cost a checked read of the array and its cells' view a
  /// row). The ranges were checked when the builder made the table
  /// (``Table/Rows/Shared``): each is non-empty and within the buffer, so its first
  /// cell, which gives the row its line, exists (an empty range, which the builder
  /// never makes, would end the loop before its cell is read), the rows follow one
  /// another, and the table's cells are one range of `cells`; `rows` is still
  /// tested to lie within `ends`, once a table. Never
  /// inlined, like ``readRows(of:holdsApplications:)``: the table's reading is at
  /// the compiler's inlining limit.
  @inline(never)
  private mutating func readRows(
    _ rows: Range<Int>, start tableStart: Int, ends: UnsafeBufferPointer<DocumentBuilder.RowEnd>,
    cells: UnsafeBufferPointer<StoredCell>, holdsApplications: inout Bool
  ) {
    guard let lastRow = rows.last, rows.lowerBound >= 0, lastRow < ends.count else { return }
    // The table's cells, one range of `cells` (see above), and their slots of the
    // run's values, counted from this same document, so they always suffice.
    let tableCells = UnsafeBufferPointer(rebasing: cells[tableStart..<ends[lastRow].cells])
    let tableValues = UnsafeMutableBufferPointer(rebasing: cellValues[cellsUsed..<cellsUsed + tableCells.count])
    let labelCount = Self.readCells(
      tableCells, storage: storage, into: tableValues, labels: foundLabels)
    // The mark after the table's labels (``FoundLabel/end``), at a cell past every
    // row's end, which stops the loop over a row's labels below without a test of
    // their count (two instructions a label and a row, and fewer values kept across
    // the loop: −479 a clean report, −516 a damaged one). Every row ends within the
    // table's cells (the builder checked the ranges, see above), so before the mark
    // when the table has fewer cells than the mark's index; and the slots, one more
    // than the document's cells, always leave room for it. (The tests only keep a
    // read from ever passing the labels' slots: neither fails.)
    // Each row's cells, values and analysis are reached from the first ones' addresses,
    // known here to exist, without the test for a missing address that a buffer made
    // by `rebasing` a slice makes (three instructions a buffer and a row); the
    // analyses written by a pointer moved a row at a time, their count set once after
    // the loop. (A table has a row and every row a cell, so its cells and values have
    // addresses; the run's analyses have a slot for each row of the document.)
    guard labelCount < foundLabels.count, tableCells.count < Int(FoundLabel.end.cell),
      let labelsAndMark = foundLabels.baseAddress, let firstCell = tableCells.baseAddress,
      let firstValue = UnsafePointer(tableValues.baseAddress), let firstAnalysis = analyses.baseAddress,
      rows.count <= analyses.count &- analysesUsed
    else { return }
    foundLabels.initializeElement(at: labelCount, to: .end)
    Self.lookUp(
      UnsafeMutableBufferPointer(rebasing: foundLabels[..<labelCount]), storage: storage, markerCounts: &markerCounts)
    // The rows' ends and the labels walked by pointers too, the labels' count and
    // index worked out from them only where they are used.
    guard let firstEnd = ends.baseAddress else { return }
    var rowEnd = firstEnd + rows.lowerBound
    let endOfRows = firstEnd + rows.upperBound
    var label = labelsAndMark
    var start = 0
    var slot = firstAnalysis + analysesUsed
    // Whether a row is one of table 三's (see below).
    var holds = false
    while rowEnd < endOfRows {
      let end = rowEnd.pointee.cells &- tableStart
      // The row's labels: those from `label` on that stand before its end, their
      // answers merged by one `|` each.
      let rowLabels = label
      var any: UInt64 = 0
      while Int(label.pointee.cell) < end {
        any |= label.pointee.label.packed
        label += 1
      }
      // Rows follow one another and none is empty (see above): never a count below
      // one, which stops the loop rather than being read.
      let cellCount = end &- start
      guard cellCount > 0 else { break }
      let kept = UnsafeBufferPointer(start: firstCell + start, count: cellCount)
      let labelCount = rowLabels.distance(to: label)
      let first = labelCount > 0 ? rowLabels.pointee.label : LabelClass()
      var columnsStart: Int?
      // Only a table 二 header row's column labels are noted here: every label's
      // edition marker was counted as it was looked up.
      if first.isProactiveHeader, LabelClass(packed: any).namesColumn {
        columnsStart = RowAnalysis.noteColumns(
          from: rowLabels, before: end, firstCell: start, cellCount: cellCount, headerColumns: &proactiveHeaderColumns)
      }
      let analysis = RowAnalysis(
        line: kept[0].line, storage: storage, values: UnsafeBufferPointer(start: firstValue + start, count: cellCount),
        keptCells: kept, labelCount: labelCount,
        lastLabel: labelCount > 0 ? Int((label - 1).pointee.cell) &- start : 0,
        last: labelCount > 0 ? (label - 1).pointee.label : LabelClass(),
        headerFlags: LabelClass(headerFlagsOfFirst: first, any: any), columnsStart: columnsStart)
      // What ``append(_:holdsApplications:)`` does, through the pointer, the flag
      // kept in a local and written to the caller's once, after the loop (written
      // through its address for each row of table 三, it cost 142 instructions a
      // clean report, as the loop's other values were then kept differently).
      switch analysis.kind {
      case .application, .applicationHeader: holds = true
      default: break
      }
      slot.initialize(to: analysis)
      slot += 1
      start = end
      rowEnd += 1
    }
    if holds { holdsApplications = true }
    analysesUsed = firstAnalysis.distance(to: slot)
    cellsUsed += tableCells.count
  }

  /// The first pass over a builder's table's cells, `cells`
  /// (``readRows(_:start:ends:cells:holdsApplications:)``): writes each cell's value
  /// into the same slot of `values` (uninitialised until now, one a cell), and each
  /// label cell (a value read as text), its index and trimmed bounds, into the next
  /// slot of `labels` (at least one a cell); returns how many labels it found. One
  /// loop over the whole table, holding only what every cell needs: the labels are
  /// looked up by the second pass, row by row, from the bounds found here.
  @inline(never)
  static func readCells(
    _ cells: UnsafeBufferPointer<StoredCell>, storage: UnsafeBufferPointer<UInt8>,
    into values: UnsafeMutableBufferPointer<CellValue>, labels: UnsafeMutableBufferPointer<FoundLabel>
  ) -> Int {
    var labelCount = 0
    // The cells and their values' slots walked by two pointers in step, up to the
    // shorter buffer's end (they are as long).
    guard let first = cells.baseAddress, var slot = values.baseAddress else { return 0 }
    let end = first + min(cells.count, values.count)
    var cell = first
    while cell < end {
      // Trimmed once, for the value and, in a text cell, for the label's look-up.
      var bounds = (start: 0, end: 0)
      let value = CellValue.read(storage, cell.pointee.span, trimmed: &bounds)
      slot.initialize(to: value)
      // A slot a cell, so the slots always suffice (the count's test only keeps a
      // write from ever passing the end).
      if case .text = value, labelCount < labels.count {
        // The cell's index: its distance in bytes from the first (never negative),
        // divided unsigned by a cell's 16 bytes, one shift (as a signed distance,
        // `cell - first`, three instructions more a label: −244 a clean report).
        let index = Int(
          bitPattern: (UInt(bitPattern: cell) &- UInt(bitPattern: first)) / UInt(MemoryLayout<StoredCell>.stride))
        labels.initializeElement(at: labelCount, to: FoundLabel(cell: index, start: bounds.start, end: bounds.end))
        labelCount &+= 1
      }
      cell += 1
      slot += 1
    }
    return labelCount
  }

  /// The pass between the two over a builder's table: looks up each label of `found`
  /// (its trimmed bounds of `storage`) in the table of labels, writing its class into
  /// its own slot (``FoundLabel/label``), and adds each label's edition marker, if it
  /// has one, to `markerCounts`. One
  /// loop of look-ups, each inlined (``LabelClass/lookUp(_:trimmedFrom:to:in:)``),
  /// instead of a call a label from the row's loop.
  @inline(never)
  static func lookUp(
    _ found: UnsafeMutableBufferPointer<FoundLabel>, storage: UnsafeBufferPointer<UInt8>,
    markerCounts: inout EditionMarkers
  ) {
    let table = LabelClass.RawTable.shared
    // Walked by one pointer up to the end: fewer values kept across the loop's calls
    // for the labels not found at once. The storage's address is tested once here,
    // not again for each label made from it (two instructions a label: −238 a clean
    // report). Without one the storage is empty, every label would look up to no
    // class, and the slots hold that already (``FoundLabel/label``); no label of
    // text is ever found in an empty storage anyway.
    guard var label = found.baseAddress, storage.baseAddress != nil else { return }
    let end = label + found.count
    while label < end {
      let found = LabelClass.lookUp(
        storage, trimmedFrom: Int(label.pointee.start), to: Int(label.pointee.end), in: table)
      label.pointee.label = found
      if found.marksEdition, let marker = found.editionMarker { markerCounts.add(marker) }
      label += 1
    }
  }

  /// Reads the rows of `table` one `Row` at a time, each row's cells copied into
  /// the run's ``cells``: a table made by hand, or changed after the builder made it
  /// (rows of any cells and lines, empty ones included).
  @inline(never)
  private mutating func readRows(of table: Table, holdsApplications: inout Bool) {
    let labels = LabelClass.RawTable.shared
    for row in table.rows {
      // The slots were counted from this same document, so they always suffice.
      let copies = RowAnalysis.copyCells(
        of: row, into: UnsafeMutableBufferPointer(rebasing: cells[cellsUsed..<cellsUsed + row.cells.count]))
      readRow(line: row.line, keptCells: copies, labels: labels, holdsApplications: &holdsApplications)
    }
  }

  /// The range of rows and first cell of `block` when it is a table whose rows are
  /// ranges of the very buffers held for the run (``builderCells`` and
  /// ``builderEnds``, the same storage, which every table the builder made shares),
  /// else `nil` (a paragraph, rows made by hand, or a document put together from
  /// several builders' tables): only the addresses are compared. Always inlined, so
  /// that only plain values leave the block, which is not copied.
  @inline(__always)
  private func builderRows(of block: Block) -> (rows: Range<Int>, start: Int)? {
    guard case .table(let table) = block, case .shared(let shared) = table.rows.form else { return nil }
    let sameCells = shared.cells.withUnsafeBufferPointer {
      $0.baseAddress == builderCells.baseAddress && $0.count == builderCells.count
    }
    let sameEnds = shared.ends.withUnsafeBufferPointer {
      $0.baseAddress == builderEnds.baseAddress && $0.count == builderEnds.count
    }
    return sameCells && sameEnds ? (shared.rows, shared.start) : nil
  }

  /// Reads a builder's table, the rows `rows` of ``builderEnds``, the first starting
  /// at `start` in ``builderCells`` (``builderRows(of:)``): straight from the two
  /// buffers, with no `[Row]` walked.
  private mutating func readTable(rows: Range<Int>, start: Int) {
    let firstRow = analysesUsed
    var holdsApplications = false
    readRows(rows, start: start, ends: builderEnds, cells: builderCells, holdsApplications: &holdsApplications)
    read(tableFrom: firstRow, holdsApplications: holdsApplications)
  }

  /// Reads a table that is not a builder's of the buffers held for the run
  /// (``readTable(rows:start:)`` reads those): its rows one `Row` at a time.
  private mutating func read(_ table: Table) {
    let firstRow = analysesUsed
    var holdsApplications = false
    readRows(of: table, holdsApplications: &holdsApplications)
    read(tableFrom: firstRow, holdsApplications: holdsApplications)
  }

  /// Reads the table whose rows' analyses are those from `firstRow` on (the last
  /// ones made), once they are all made; `holdsApplications` tells whether one of
  /// them is an application row.
  private mutating func read(tableFrom firstRow: Int, holdsApplications: Bool) {
    // The table's analyses fill the next slots of the run's block, and what the run
    // counts over all rows is counted as each is made, in the same pass.
    let rows = UnsafeBufferPointer(rebasing: analyses[firstRow..<analysesUsed])
    // Rows of one table share their column structure: learn it from the rows that
    // hold every value, and place the damaged rows the way their neighbours sit.
    // A shape is learned only when a row's values do not place themselves, once a
    // table; the grid width that the table's next part inherits, always.
    let isApplication: (RowAnalysis.Kind) -> Bool = { kind in
      if case .application = kind { true } else { false }
    }
    // The grid this table inherits, and its own for the next table, both counted
    // only when asked for (``ApplicationGrid``).
    var inheritedGrid: Int?
    if holdsApplications {
      inheritedGrid = inheritedApplicationGrid()
      applicationGrid = .pending(rows: firstRow..<analysesUsed, inherited: inheritedGrid)
    }
    var applicationShape: TableShape?
    func applicationContext(_ analysis: RowAnalysis) -> ValuePlacement.Context {
      let shape =
        applicationShape
        ?? TableShape(
          rows, columns: LabelTable.applicationColumns.count,
          gridWidth: Self.applicationGridWidth(rows, inheritedGrid: inheritedGrid), inheritedGrid: inheritedGrid,
          include: isApplication,
          header: { $0 == .applicationHeader })
      applicationShape = shape
      return shape.context(for: analysis)
    }
    var reviewShape: TableShape?
    let isReviewRow: (RowAnalysis.Kind) -> Bool = { $0 == .numbersOnly }
    let isReviewHeader: (RowAnalysis.Kind) -> Bool = { $0 == .reviewHeader }
    func reviewContext(_ analysis: RowAnalysis) -> ValuePlacement.Context {
      let shape =
        reviewShape
        ?? TableShape(
          rows, columns: LabelTable.reviewColumns.count,
          gridWidth: TableShape.gridWidth(rows, include: isReviewRow, header: isReviewHeader), include: isReviewRow,
          header: isReviewHeader)
      reviewShape = shape
      return shape.context(for: analysis)
    }
    // The last table 二 header: where its columns start in ``proactiveHeaderColumns``.
    var proactiveHeader: (columnsStart: Int?, cellCount: Int)?
    // Each row's kind is read in place, and the row copied only where it is used
    // (the loop over the rows themselves copied every row twice, used or not).
    // (No base only when the run has no rows: then there is no row to read.)
    guard let rowBase = rows.baseAddress else { return }
    // The positions counted by hand: a `for` over `rows.indices` tested each
    // position against the end twice (the loop's own test, and the range's
    // subscript in its iterator, which the `continue` below kept apart).
    var position = 0
    while position < rows.count {
      defer { position &+= 1 }
      switch rows[position].kind {
      case .ignored, .applicationHeader:
        break
      case .reviewHeader:
        lastReviewContextLine = rows[position].line
      case .proactiveHeader(let columnsStart):
        proactiveHeader = (columnsStart, rows[position].cells.count)
      case .proactive(let row):
        observeProactive(rows, at: position, address: rowBase + position, row: row, header: proactiveHeader)
      case .application(let row):
        // The row read in place, and copied once, into its observation.
        let line = rows[position].line
        noteShape(table: 3, line: line)
        lastApplicationLine = line
        // Nearly every row is placed by its end cells, here, with no call and no
        // context set up for one (about 30 instructions a row); the rest as before.
        let placement =
          ValuePlacement.plainByEnds(
            rows[position].values, from: rows[position].firstValue, columns: LabelTable.applicationColumns.count)
          ?? ValuePlacement.placePlain(
            rows[position].values, from: rows[position].firstValue, columns: LabelTable.applicationColumns.count,
            context: applicationContext(rows[position]), in: &placementLists)
        observe(
          Observation(
            table: .application(row), analysisAddress: rowBase + position, columns: 0..<0, placement: placement))
      case .numbersOnly:
        let analysis = rows[position]
        let inReviewContext = currentSection >= 4 || lastReviewContextLine != nil || lastApplicationLine != nil
        guard inReviewContext, analysis.values.count >= 8 || currentSection == 4 else {
          diagnostics.append(
            Diagnostic(
              code: .unrecognizedRow, severity: .warning, line: analysis.line,
              message: "A row of numbers without labels was not used: no table it belongs to precedes it."))
          continue
        }
        noteShape(table: 4, line: analysis.line)
        // As a row of table 三: placed by its end cells here when they place it.
        let placement =
          ValuePlacement.plainByEnds(analysis.values, from: 0, columns: LabelTable.reviewColumns.count)
          ?? ValuePlacement.placePlain(
            analysis.values, from: 0, columns: LabelTable.reviewColumns.count,
            context: reviewContext(analysis), in: &placementLists)
        observe(Observation(table: .review, analysisAddress: rowBase + position, columns: 0..<0, placement: placement))
      case .unrecognized:
        let analysis = rows[position]
        diagnostics.append(
          Diagnostic(
            code: .unrecognizedRow, severity: .warning, line: analysis.line,
            message:
              "The row 「\(analysis.labelTexts(storage).joined())」 holds numbers but matches no label of the template; it was not used."
          ))
      }
    }
  }

  /// What ``TableShape/gridWidth(_:inheritedGrid:include:header:)`` gives for the
  /// rows of table 三 and its headers among `rows`, inheriting `inheritedGrid`.
  private static func applicationGridWidth(_ rows: UnsafeBufferPointer<RowAnalysis>, inheritedGrid: Int?) -> Int? {
    TableShape.gridWidth(
      rows, inheritedGrid: inheritedGrid,
      include: { if case .application = $0 { true } else { false } }, header: { $0 == .applicationHeader })
  }

  /// The grid width the next table holding table 三's rows inherits
  /// (``applicationGrid``), counted now if still to count.
  private func inheritedApplicationGrid() -> Int? {
    switch applicationGrid {
    case .known(let width): return width
    case .pending(let rows, let inherited):
      return Self.applicationGridWidth(UnsafeBufferPointer(rebasing: analyses[rows]), inheritedGrid: inherited)
        ?? inherited
    }
  }

  /// Keeps `observation` in the next slot of ``observations``. There is a slot for
  /// each row of the document and a row makes at most one observation, so the slots
  /// always suffice (the guard only keeps a write from ever passing the end).
  @inline(__always)
  private mutating func observe(_ observation: Observation) {
    guard observationCount < observations.count else { return }
    observations.initializeElement(at: observationCount, to: observation)
    observationCount += 1
  }

  /// Notes that table `table` was found by its shape at `line` when its section's
  /// heading has not been seen. Always inlined: it is called for every data row,
  /// and in a report whose headings are all there (most) the one comparison turns
  /// each call away, which as a call of its own cost a call's entry and exit.
  @inline(__always)
  private mutating func noteShape(table: Int, line: Int) {
    guard currentSection < table else { return }
    reportFoundByShape(table: table, line: line)
  }

  /// The diagnostic of ``noteShape(table:line:)``, made once a table. Never inlined:
  /// few rows reach it.
  @inline(never)
  private mutating func reportFoundByShape(table: Int, line: Int) {
    // `table` is 2, 3 or 4, so masking it to three bits changes nothing.
    let bit = UInt8(truncatingIfNeeded: 1 &<< (table & 7))
    guard foundByShapeReported & bit == 0 else { return }
    foundByShapeReported |= bit
    // The message is written when read (``MessageTemplate/foundByShape``); `table`
    // is 2, 3 or 4 (``noteShape(table:line:)``).
    diagnostics.append(
      Diagnostic(
        storedLine: line, code: .foundByShape, severity: .info, template: .foundByShape,
        pieceStart: UInt32(truncatingIfNeeded: table), keyField: nil, body: ""))
  }

  /// Observes the data row of table 二 at `position` of `rows` (its position `row`
  /// in ``LabelMatcher/proactiveRows``) under `header`. The row is read in place,
  /// and its observation points at it (`address`, that slot of `rows`) instead of
  /// holding a copy.
  private mutating func observeProactive(
    _ rows: UnsafeBufferPointer<RowAnalysis>, at position: Int, address: UnsafePointer<RowAnalysis>, row: Int,
    header: (columnsStart: Int?, cellCount: Int)?
  ) {
    noteShape(table: 2, line: rows[position].line)
    // The header's slots in ``proactiveHeaderColumns`` (none when it names no column).
    let headerSlots = header.flatMap { header in header.columnsStart.map { $0..<$0 + header.cellCount } } ?? 0..<0
    let firstColumn = observedColumnCount
    if let header, header.cellCount == rows[position].cells.count, !headerSlots.isEmpty {
      // Same grid as the header: a value belongs to the header column above it; an
      // empty header cell continues the column to its left (a merged header cell).
      // The columns and their cells are written straight into the run's block
      // (``observedColumns`` and, in the same slots, ``observedCells``).
      var filledInColumn = 0
      // The column (its position in ``LabelMatcher/proactiveColumns``) under whose
      // header two values stand, if any: its name is made only then.
      var crowdedColumn: Int?
      // The row's values, read once from its analysis, and the run's lists and their
      // count held in locals, written back after the loop: the loop's writes to the
      // lists would otherwise have them all reloaded for every cell.
      let values = address.pointee.values
      let headerColumns = proactiveHeaderColumns
      let columnSlots = observedColumns
      let cellSlots = observedCells
      let slotCount = min(columnSlots.count, cellSlots.count)
      var listedCount = observedColumnCount
      for index in address.pointee.firstValue..<address.pointee.cells.count {
        if let column = headerColumns[headerSlots.lowerBound + index] {
          // Listed with this cell in the same slot of the cells (as
          // ``listColumn(_:)`` lists a column): its slot when it is filled.
          if listedCount < slotCount {
            columnSlots.initializeElement(at: listedCount, to: column)
            cellSlots.initializeElement(at: listedCount, to: index)
            listedCount += 1
          }
          filledInColumn = values[index].isEmpty ? 0 : 1
          continue
        }
        guard listedCount != firstColumn, !values[index].isEmpty else { continue }
        filledInColumn += 1
        let last = listedCount - 1
        if filledInColumn == 1 {
          // The first filled cell of a column whose header cell is empty below it.
          if last >= 0, last < slotCount { cellSlots[last] = index }
        } else if crowdedColumn == nil, last >= 0, last < slotCount {
          crowdedColumn = columnSlots[last]
        }
      }
      observedColumnCount = listedCount
      let columnCount = observedColumnCount - firstColumn
      let placement: ValuePlacement.Plain
      if let crowdedColumn {
        // No cell is placed.
        let crowded = LabelMatcher.proactiveColumns.values[crowdedColumn]
        placementLists.reasons.append(.text("two values stand under the one header 「\(crowded)」"))
        placement = ValuePlacement.Plain(
          cells: .none(columns: columnCount), rule: .cannotPlace(reason: placementLists.reasons.count - 1))
      } else {
        placement = ValuePlacement.Plain(cells: .observed(start: firstColumn, count: columnCount), rule: .direct)
      }
      observe(
        Observation(
          table: .proactive(row), analysisAddress: address, columns: firstColumn..<observedColumnCount,
          placement: placement))
      return
    }
    // No usable header: the edition's columns for the row, in template order, are
    // resolved once the edition is known; place against the header's columns if any,
    // listed once for the rows under the same header.
    let columns: Range<Int>
    if let listed = lastHeaderColumns, listed.columnsStart == headerSlots.lowerBound, !headerSlots.isEmpty {
      columns = listed.range
    } else {
      for slot in headerSlots {
        if let column = proactiveHeaderColumns[slot] { listColumn(column) }
      }
      columns = firstColumn..<observedColumnCount
      if !headerSlots.isEmpty { lastHeaderColumns = (headerSlots.lowerBound, columns) }
    }
    // A row with fewer cells than its header lost one somewhere (a value, or an
    // empty cell at its end): it is placed only by its filled end columns. Made
    // only for a row that does not place itself (`context` is taken lazily).
    let placement = ValuePlacement.placePlain(
      rows[position].values, from: rows[position].firstValue, columns: columns.count,
      context: header.map { ValuePlacement.Context(underHeaderOf: $0.cellCount, cells: rows[position].cells.count) }
        ?? .none,
      rowTotals: false, in: &placementLists)
    observe(Observation(table: .proactive(row), analysisAddress: address, columns: columns, placement: placement))
  }

  /// Lists `column` in the next slot of ``observedColumns``, which always has one
  /// (see there: the guard only keeps a write from ever passing the end).
  @inline(__always)
  private mutating func listColumn(_ column: Int) {
    guard observedColumnCount < observedColumns.count else { return }
    observedColumns.initializeElement(at: observedColumnCount, to: column)
    observedColumnCount += 1
  }

  // MARK: Edition

  private mutating func decideEdition(year: Int?) -> Edition {
    let count2019 = markerCounts.count2019
    let count2021 = markerCounts.count2021
    if count2019 != count2021 {
      let edition: Edition = count2019 > count2021 ? .edition2019 : .edition2021
      if let year, Edition(reportYear: year) != edition {
        diagnostics.append(
          Diagnostic(
            code: .editionConflict, severity: .info, line: nil,
            message:
              "The table headers follow the \(edition.rawValue) template, though a \(year) report would normally use the \(Edition(reportYear: year).rawValue) template; the headers decide."
          ))
      }
      return edition
    }
    let edition = year.map(Edition.init(reportYear:)) ?? .edition2021
    diagnostics.append(
      Diagnostic(
        code: .editionFromYear, severity: .info, line: nil,
        message: year == nil
          ? "Neither the table headers nor a report year tell the template edition; 2021 is assumed."
          : "The table headers do not tell the template edition; the report year \(year ?? 0) decides \(edition.rawValue)."
      ))
    return edition
  }

  /// Lines to name when a row or table is missing: where its table was, or where its
  /// section begins, or the end of the text, which is found only when one of them
  /// needs it (``lastLineRead()``), and then once.
  private func anchors() -> FieldAssembler.Anchors {
    let started = UnsafeBufferPointer(rebasing: sections[..<sectionCount])
    func sectionLine(_ number: Int) -> Int? { started.first { $0.number == number }?.line }
    var found: Int?
    func lastLine() -> Int {
      if let found { return found }
      let line = lastLineRead()
      found = line
      return line
    }
    return FieldAssembler.Anchors(
      proactive: sectionLine(2) ?? lastLine(),
      applications: lastApplicationLine ?? sectionLine(3) ?? lastLine(),
      review: lastReviewContextLine ?? sectionLine(4) ?? lastLine())
  }

  /// The last line of the text read: the last line that a paragraph read (not empty
  /// once trimmed) or a table row starts on, or 0 when there is none. The rows'
  /// analyses, one for every row read, are all in the first ``analysesUsed`` slots
  /// of ``analyses`` until the run ends.
  private func lastLineRead() -> Int {
    var last = lastParagraphLine
    for analysis in UnsafeBufferPointer(rebasing: analyses[..<analysesUsed]) {
      last = max(last, analysis.line)
    }
    return last
  }
}
