/// Collects the values of one report's canonical fields, with the diagnostics that
/// explain every `null` and every inferred value.
///
/// Not copyable: it owns the memory of its fields and states, which its `deinit` frees.
struct FieldAssembler: ~Copyable {
  /// Lines to name for values whose row or table is missing.
  struct Anchors {
    var proactive: Int
    var applications: Int
    var review: Int
  }

  /// How the value of a field was found so far.
  ///
  /// The three states of a field that holds no value (`unset`, `inferable`,
  /// `lost`: one that a value may still be stored in) come first, so that telling
  /// them from the others, as recording does for every value, is one comparison.
  enum State {
    /// Not seen in the text.
    case unset
    /// `null` in a row that was seen (an empty or unplaceable cell): an identity
    /// may still pin it.
    case inferable
    /// `null` for a reason no identity can lift (a unit mismatch, a bad number).
    case lost
    /// Read from a cell.
    case read
    /// Inferred from an identity.
    case inferred
    /// `null` because two copies of its row disagree; no later copy or identity may
    /// set it.
    case conflicting
  }

  let edition: Edition
  /// Whether an empty cell placed in its column is read as 0 (``Interpreter/blankAsZero``).
  var blankAsZero = false
  /// Whether the storage that rows are recorded from is known valid UTF-8
  /// (``Document/isKnownValidUTF8``): then a row's label is written into the
  /// messages' arena as its cells stand, to be normalised only when a message is
  /// read (``RowLabelPiece``).
  var storageIsValid = false
  private let definitions: PermanentBuffer<FieldDefinition>
  /// Per field of ``definitions``, in order: the field as the report will hold it,
  /// its value and source written in place as rows are recorded, so that the
  /// report's fields are not built again from another form at the end
  /// (``fields()`` hands over the array itself).
  private var fieldList: [Field]
  /// ``fieldList``'s elements while a row is recorded or values inferred
  /// (``withSlots(_:)``), so that writing one checks neither the array's uniqueness
  /// nor its bounds (every index used comes from the edition's own catalogue
  /// tables, so it is below ``definitions``' count, the array's); empty otherwise,
  /// and never written outside ``withSlots(_:)``.
  private var slots = UnsafeMutableBufferPointer<Field>(start: nil, count: 0)
  /// Per field, in the same order, how its value was found so far: memory of the
  /// assembler's own (the start of ``memory``), scanned on its own by
  /// ``diagnoseMissing(anchors:)``.
  private let states: UnsafeMutableBufferPointer<State>
  /// Room for the catalogue indices of a table 二 row's columns (``record(_:columns:placements:storage:windowRowsDirectly:)``),
  /// kept from row to row instead of allocated for each: at first the room for
  /// ``firstColumnRoom`` columns after the states in ``memory``, replaced by an
  /// allocation of its own when a row needs more (freed by the next replacement or
  /// by `deinit`).
  private var columnIndexRoom: UnsafeMutableBufferPointer<Int?>
  /// The one allocation that holds ``states``, the first ``columnIndexRoom`` and
  /// the arena's first room: a report that has table 二 rows under a header needs
  /// the first two, a damaged one the third, and one allocation costs about 200
  /// instructions less than two. Freed by `deinit`, unless lent.
  private let memory: UnsafeMutableRawPointer
  /// How many columns the first ``columnIndexRoom`` has room for: more than a
  /// table 二 header of either edition's template has (a row under a longer header
  /// is given a room of its own).
  static let firstColumnRoom = 16
  /// Whether a row of table 二, 三 or 四 was seen.
  private var observedProactive = false
  private var observedApplications = false
  private var observedReview = false
  /// The diagnostics noted so far, their messages kept as templates whose pieces
  /// are in ``arena`` (attached by ``takeDiagnostics()``).
  private var recorded: [Diagnostic] = []
  /// The pieces of the messages of ``recorded`` (see ``MessageArena``).
  private var arena = MessageArena()
  /// How many diagnostics the caller of ``takeDiagnostics()`` will put in front of
  /// these (the document's notes, the run's own): room for them is reserved with
  /// the first diagnostic, so that the list is not moved again to take them.
  var frontRoom = 0
  /// How many diagnostics the list has room for at the first, besides
  /// ``frontRoom`` (see ``noteInPlace(_:_:line:key:_:from:)``).
  static let firstRoom = 24
  /// Where in ``arena`` the label of the row being recorded was first written as a
  /// piece (``writeLabel(of:in:)``), so that a second message about the row copies
  /// it from there instead of normalising its labels again; `nil` until a message
  /// needs it, and again at the next row. An offset, not the label's `String`: the
  /// label is written straight into the arena, and no string is made or released.
  private var labelPiece: Int?
  /// Per row of table 三 (by position), its catalogue indices when
  /// ``recordWindowRow(_:in:storage:)`` may take it (``windowApplicationRows(in:)``):
  /// fetched once for the report.
  private let windowApplicationRows: PermanentBuffer<PermanentBuffer<Int>>
  /// Table 四's catalogue indices as ``windowIndices(_:)`` gives them (empty when the
  /// edition lacks one of its keys): fetched once for the report.
  private let windowReviewIndices: PermanentBuffer<Int>
  /// The edition's catalogue indices of table 三's rows
  /// (``FieldCatalogue/applicationRowTable(in:)``) and of table 二's rows and
  /// columns (``FieldCatalogue/proactiveGrid(in:)``): fetched once for the report,
  /// not once a row or a column.
  private let applicationRowTable: PermanentBuffer<PermanentBuffer<Int?>>
  private let proactiveGrid: PermanentBuffer<PermanentBuffer<Int?>>
  /// Per row of table 三 (by position), whether the edition lacks one of its
  /// columns' keys: fetched once for the report instead of looked for in every row.
  private let applicationRowsLackingKeys: PermanentBuffer<Bool>
  /// Whether every field of table 三 and 四 is an integer field in the edition
  /// (``windowTablesHoldIntegers(in:)``), fetched once for the report.
  private let windowTablesHoldIntegers: Bool
  /// The count groups that name a value ever marked open (`inferable`, by
  /// ``markNull(_:_:)``, the only place that marks one), as a mask of
  /// ``CountGroupIndex``: the only groups that ``inferFromZeroTotals()`` reads, and
  /// while it is 0 (no value was marked open, as in a clean report) it reads
  /// nothing, not even the 205 states. Never cleared, so it errs only towards
  /// reading.
  private var openGroups: UInt64 = 0

  /// Whether ``memory`` is the assembler's own allocation, which `deinit` frees, or
  /// room lent by its caller (``init(edition:room:)``), which outlives it.
  private let ownsMemory: Bool

  /// How many bytes ``init(edition:room:)`` needs of room lent for an assembler of
  /// up to `fieldCount` fields (its states, its first column room and its arena's
  /// first room).
  static func roomByteCount(fieldCount: Int) -> Int {
    arenaRoomOffset(states: fieldCount) + MessageArena.roomByteCount
  }

  /// The alignment that room lent to ``init(edition:room:)`` must have.
  static var roomAlignment: Int {
    max(MemoryLayout<Int?>.alignment, MemoryLayout<State>.alignment, MessageArena.roomAlignment)
  }

  /// ``roomByteCount(fieldCount:)`` for the edition with the most fields: room that
  /// an assembler of either edition fits.
  static let largestRoomByteCount = roomByteCount(
    fieldCount: Edition.allCases.map { FieldCatalogue.permanentFields(for: $0).count }.max() ?? 0)

  /// An assembler for `edition` with memory of its own.
  init(edition: Edition) {
    self.init(edition: edition, room: nil)
  }

  /// An assembler for `edition` whose states, first column room and arena's first
  /// room (``MessageArena/init(room:)``) are in `room` when given: memory bound to nothing else, aligned to ``roomAlignment``, at
  /// least ``roomByteCount(fieldCount:)`` bytes for the edition's fields (a room
  /// too small is not used), and valid for the assembler's whole life (the
  /// interpretation lends it a part of its run's block, freed after the assembler,
  /// a local of the run, is gone). Without it, the assembler allocates its own, as
  /// before: lent, it saves a `malloc` and a `free` a report.
  init(edition: Edition, room: UnsafeMutableRawBufferPointer?) {
    self.edition = edition
    self.definitions = FieldCatalogue.permanentFields(for: edition)
    self.applicationRowTable = FieldCatalogue.applicationRowTable(in: edition)
    self.proactiveGrid = FieldCatalogue.proactiveGrid(in: edition)
    self.applicationRowsLackingKeys =
      edition == .edition2019 ? Self.applicationRowsLackingKeys2019 : Self.applicationRowsLackingKeys2021
    self.windowTablesHoldIntegers =
      edition == .edition2019 ? Self.windowTablesHoldIntegers2019 : Self.windowTablesHoldIntegers2021
    self.windowApplicationRows =
      edition == .edition2019 ? Self.windowApplicationRows2019 : Self.windowApplicationRows2021
    self.windowReviewIndices = edition == .edition2019 ? Self.windowReviewIndices2019 : Self.windowReviewIndices2021
    self.reportKeyIndices = edition == .edition2019 ? Self.reportKeyIndices2019 : Self.reportKeyIndices2021
    // The fields copied from the edition's blank image (``BlankFieldImage``), and
    // the states all `unset` (a `memset`).
    fieldList = Self.blankFields(BlankFieldImage.of(edition))
    // The states first, then the room, at an offset aligned for its indices.
    let count = fieldList.count
    if let room, let base = room.baseAddress, room.count >= Self.roomByteCount(fieldCount: count),
      Int(bitPattern: base) % Self.roomAlignment == 0
    {
      memory = base
      ownsMemory = false
    } else {
      memory = .allocate(byteCount: Self.roomByteCount(fieldCount: count), alignment: Self.roomAlignment)
      ownsMemory = true
    }
    states = UnsafeMutableBufferPointer(start: memory.bindMemory(to: State.self, capacity: count), count: count)
    states.initialize(repeating: .unset)
    columnIndexRoom = UnsafeMutableBufferPointer(
      start: (memory + Self.firstColumnRoomOffset(states: count)).bindMemory(
        to: Int?.self, capacity: Self.firstColumnRoom),
      count: Self.firstColumnRoom)
    // The arena's first room after the column room: its pieces, like the states,
    // in the one block (lent or the assembler's own), which outlives the arena, a
    // property of the assembler that it never hands out.
    let arenaStart = memory + Self.arenaRoomOffset(states: count)
    arena = MessageArena(room: UnsafeMutableRawBufferPointer(start: arenaStart, count: MessageArena.roomByteCount))
  }

  deinit {
    if !columnIndexRoomIsFirst { columnIndexRoom.deallocate() }
    if ownsMemory { memory.deallocate() }
  }

  /// Where in ``memory`` the first ``columnIndexRoom`` starts: after `states`
  /// states, at the next offset aligned for an index.
  static func firstColumnRoomOffset(states count: Int) -> Int {
    let alignment = MemoryLayout<Int?>.alignment
    return (count + alignment - 1) / alignment * alignment
  }

  /// Where in ``memory`` the arena's first room starts: after the first column
  /// room that follows `states` states, at the next offset aligned for its header.
  static func arenaRoomOffset(states count: Int) -> Int {
    let alignment = MessageArena.roomAlignment
    let end = firstColumnRoomOffset(states: count) + firstColumnRoom * MemoryLayout<Int?>.stride
    return (end + alignment - 1) / alignment * alignment
  }

  /// Whether ``columnIndexRoom`` is still the first room, in ``memory`` (else it is
  /// an allocation of its own, which the assembler frees).
  private var columnIndexRoomIsFirst: Bool {
    UnsafeMutableRawPointer(columnIndexRoom.baseAddress) == memory + Self.firstColumnRoomOffset(states: states.count)
  }

  /// The fields of `image`, copied from it (``BlankFieldImage/copy(into:count:)``)
  /// into a new array's room.
  ///
  /// The room is allocated through `append(addingCapacity:initializingWith:)`,
  /// whose allocation is specialised for `Field`: the unspecialised one of
  /// `Array(unsafeUninitializedCapacity:)` (kept for toolchains without `OutputSpan`)
  /// looks up the storage's type at run time, some 300 instructions a report. The
  /// fields made are the same; only where their room comes from differs.
  static func blankFields(_ image: BlankFieldImage) -> [Field] {
    let count = image.count
    #if compiler(>=6.2)
      if #available(macOS 10.14.4, iOS 12.2, watchOS 5.2, tvOS 12.2, visionOS 1.0, *) {
        var fields: [Field] = []
        fields.append(addingCapacity: count) { span in
          span.withUnsafeMutableBufferPointer { room, written in
            guard let start = room.baseAddress else { return }
            let copied = min(room.count, count)
            image.copy(into: start, count: copied)
            written = copied
          }
        }
        return fields
      }
    #endif
    return [Field](unsafeUninitializedCapacity: count) { buffer, initialized in
      guard let start = buffer.baseAddress else { return }
      let copied = min(buffer.count, count)
      image.copy(into: start, count: copied)
      initialized = copied
    }
  }

  /// Calls `body` with ``slots`` set to ``fieldList``'s elements, valid for the call
  /// only: the array is moved out of the assembler meanwhile (so `body` may change
  /// the assembler, all but ``fieldList``) and back after, and being unique, it is
  /// neither copied nor checked again for each value written. Meanwhile
  /// ``fieldList`` is empty: `body` reads and writes the fields only through
  /// ``slots`` (``fields()`` and ``withFieldIntegers(_:)`` are for after).
  private mutating func withSlots<Result>(_ body: (inout FieldAssembler) -> Result) -> Result {
    var list: [Field] = []
    swap(&list, &fieldList)
    defer { swap(&list, &fieldList) }
    return list.withUnsafeMutableBufferPointer { buffer in
      slots = buffer
      defer { slots = UnsafeMutableBufferPointer(start: nil, count: 0) }
      return body(&self)
    }
  }

  /// The diagnostics gathered so far, handed over: the assembler keeps none, so the
  /// caller's array is the only reference to them. Each whose message has pieces is
  /// given the string of the arena they were written into: one string for the
  /// report, made here once.
  mutating func takeDiagnostics() -> [Diagnostic] {
    var taken: [Diagnostic] = []
    swap(&taken, &recorded)
    if !arena.isEmpty {
      let text = arena.string()
      // Written through the list's buffer (the array is unique), each body set in
      // place: a diagnostic whose template has pieces was noted with an empty body
      // (``note(_:_:line:key:_:from:)``), which holds no reference, so the new one
      // is written over it without the old being released, and the array is not
      // checked for uniqueness at each diagnostic.
      taken.withUnsafeMutableBufferPointer { list in
        for position in list.indices where list[position].template.hasPieces {
          withUnsafeMutablePointer(to: &list[position].body) { $0.initialize(to: text) }
        }
      }
      arena = MessageArena()
    }
    return taken
  }

  /// The diagnostics gathered so far, complete (a copy, for tests: the
  /// interpretation takes them with ``takeDiagnostics()``).
  var diagnostics: [Diagnostic] {
    guard !arena.isEmpty else { return recorded }
    let text = arena.string()
    return recorded.map {
      var diagnostic = $0
      if diagnostic.template.hasPieces { diagnostic.body = text }
      return diagnostic
    }
  }

  /// The report's own fields, which the interpreter sets from the preamble.
  enum ReportKey: Int, CaseIterable {
    case title, agency, year, edition, layout

    var key: String {
      switch self {
      case .title: "report.title"
      case .agency: "report.agency"
      case .year: "report.year"
      case .edition: "report.edition"
      case .layout: "report.layout"
      }
    }
  }

  /// Per ``ReportKey``, its position in each edition's fields: found once, so that
  /// setting one hashes no key.
  private static let reportKeyIndices2019 = PermanentBuffer(
    ReportKey.allCases.map { FieldCatalogue.index(of: $0.key, in: .edition2019) })
  private static let reportKeyIndices2021 = PermanentBuffer(
    ReportKey.allCases.map { FieldCatalogue.index(of: $0.key, in: .edition2021) })

  /// Per row of table 三, whether `edition` lacks a key of one of its columns (as
  /// `FieldCatalogue.applicationIndices(row:in:)` holds a `nil`).
  static func applicationRowsLackingKeys(in edition: Edition) -> [Bool] {
    (0..<LabelTable.applicationRows.count).map { FieldCatalogue.applicationIndices(row: $0, in: edition).contains(nil) }
  }

  private static let applicationRowsLackingKeys2019 = PermanentBuffer(applicationRowsLackingKeys(in: .edition2019))
  private static let applicationRowsLackingKeys2021 = PermanentBuffer(applicationRowsLackingKeys(in: .edition2021))

  /// Per row of table 三 (by position), the row's catalogue indices
  /// (``FieldCatalogue/applicationIndices(row:in:)``) when it is a value row and
  /// `edition` has every key of its columns, else none (empty): the rows that
  /// ``recordWindowRow(_:in:storage:)`` may record, told by one look-up a row instead
  /// of one in the lacking-keys list (``applicationRowsLackingKeys(in:)``) and one
  /// in the row table. A list holds every index (``windowIndices(_:)``), so that
  /// recording reads each as it stands, with no test for a missing one.
  static func windowApplicationRows(in edition: Edition) -> [PermanentBuffer<Int>] {
    FieldCatalogue.applicationRowTable(in: edition).indices.map { position in
      windowIndices(FieldCatalogue.applicationIndices(row: position, in: edition))
    }
  }

  /// `indices` when none is missing, as plain indices, else none (empty): a row
  /// whose edition lacks a key of one of its columns is recorded by the general
  /// steps, which note the missing keys.
  static func windowIndices(_ indices: PermanentBuffer<Int?>) -> PermanentBuffer<Int> {
    let known = indices.buffer.compactMap { $0 }
    return known.count == indices.count ? PermanentBuffer(known) : PermanentBuffer()
  }

  /// Table 四's indices (``FieldCatalogue/reviewIndices(in:)``) as
  /// ``windowIndices(_:)`` gives them: none when the edition lacks one of its keys.
  static let windowReviewIndices2019 = windowIndices(FieldCatalogue.reviewIndices(in: .edition2019))
  static let windowReviewIndices2021 = windowIndices(FieldCatalogue.reviewIndices(in: .edition2021))

  private static let windowApplicationRows2019 = PermanentBuffer(windowApplicationRows(in: .edition2019))
  private static let windowApplicationRows2021 = PermanentBuffer(windowApplicationRows(in: .edition2021))

  /// Whether every field that a row of table 三 or 四 is recorded into in `edition`
  /// (every index of ``FieldCatalogue/applicationIndices(row:in:)`` and
  /// ``FieldCatalogue/reviewIndices(in:)``) is an integer field: worked out from
  /// the catalogue once, so that ``recordWindowRow(_:in:storage:)`` need not fetch each
  /// value's definition to ask its type (the two tables hold counts only).
  static func windowTablesHoldIntegers(in edition: Edition) -> Bool {
    let fields = FieldCatalogue.fields(for: edition)
    let rows = FieldCatalogue.applicationRowTable(in: edition).buffer
    return (Array(rows) + [FieldCatalogue.reviewIndices(in: edition)]).allSatisfy { indices in
      indices.buffer.allSatisfy { index in index.map { fields[$0].type == .integer } ?? true }
    }
  }

  static let windowTablesHoldIntegers2019 = windowTablesHoldIntegers(in: .edition2019)
  static let windowTablesHoldIntegers2021 = windowTablesHoldIntegers(in: .edition2021)

  /// ``reportKeyIndices2019`` or ``reportKeyIndices2021``, the edition's: fetched
  /// once for the report, not once a key.
  private let reportKeyIndices: PermanentBuffer<Int?>

  private func index(of key: ReportKey) -> Int? {
    reportKeyIndices[key.rawValue]
  }

  mutating func set(_ key: ReportKey, _ value: FieldValue, source: SourceLocation?) {
    guard let index = index(of: key) else { return }
    fieldList[index].storage = FieldStorage(value: value, source: source)
    states[index] = .read
  }

  mutating func setText(_ key: ReportKey, _ text: String?) {
    guard let text else {
      if let index = index(of: key) {
        // No value stays in a `lost` field (see ``fill(_:_:source:)``).
        fieldList[index].value = nil
        states[index] = .lost
      }
      return
    }
    set(key, .text(text), source: nil)
  }

  /// Sets the report's own fields from the preamble, as ``setText(_:_:)`` of the
  /// title and the agency, ``set(_:_:source:)`` of the year (when found, with its
  /// line), the edition and the layout would, one after the other; for a new
  /// assembler only (every field still blank, as ``init(edition:)`` made it).
  ///
  /// In one ``withSlots(_:)``, each value written in place (a text without a source
  /// as its string, ``FieldStorage/init(text:)``, anything else by
  /// ``fill(_:_:source:)``): the array is neither checked for uniqueness nor looked
  /// up by key for each.
  mutating func setReportFields(
    title: String?, agency: String?, year: Int?, yearLine: Int?, edition: Edition, layout: String
  ) {
    withSlots { assembler in
      // A text read, with no source, or (`nil`) none: no value stays in a `lost`
      // field (see ``setText(_:_:)``).
      func write(_ key: ReportKey, text: String?) {
        guard let index = assembler.index(of: key) else { return }
        guard let text else {
          assembler.states[index] = .lost
          return
        }
        assembler.slots[index].storage = FieldStorage(text: text)
        assembler.states[index] = .read
      }
      write(.title, text: title)
      write(.agency, text: agency)
      if let year, let index = assembler.index(of: .year) {
        assembler.fill(index, .integer(year), source: yearLine.map { SourceLocation(line: $0) })
        assembler.states[index] = .read
      }
      write(.edition, text: edition.rawValue)
      write(.layout, text: layout)
    }
  }

  /// The fields so far: the assembler's own array, shared (the next value written,
  /// if any, copies it first).
  func fields() -> [Field] {
    fieldList
  }

  /// The fields, handed over: the assembler keeps an empty list, so the caller's
  /// array is the only reference to them (not retained here and released again by
  /// `deinit`). For the interpretation's end, once nothing reads the fields through
  /// the assembler.
  mutating func takeFields() -> [Field] {
    var taken: [Field] = []
    swap(&taken, &fieldList)
    return taken
  }

  /// The fields read as the checks read a report's fields: a field's integer is
  /// the one its value holds (`nil` for a field whose value is not an integer).
  struct SlotIntegers: FieldIntegers {
    /// The assembler's fields.
    let fields: UnsafeBufferPointer<Field>

    /// How many fields there are.
    var count: Int { fields.count }

    /// The integer the field at `index` holds, if any.
    @inline(__always)
    func integer(at index: Int) -> Int? {
      fields[index].storage.integer
    }
  }

  /// Calls `body` with the fields read as the checks read a report's fields,
  /// valid only for the call.
  func withFieldIntegers<Result>(_ body: (SlotIntegers) -> Result) -> Result {
    fieldList.withUnsafeBufferPointer { body(SlotIntegers(fields: $0)) }
  }

  // MARK: Recording rows

  /// Records the report's data rows, in order.
  ///
  /// - Parameters:
  ///   - observations: the run's observations, one a data row, in reading order
  ///     (slots of the run's allocation, valid for the call).
  ///   - columns: the run's list of table 二 columns, which each observation's
  ///     `columns` is a range of.
  ///   - placements: the lists that each observation's `placement` points into; a
  ///     row of table 二 without a header is placed here, and its placement added
  ///     to them.
  ///   - windowRowsDirectly: whether the rows that
  ///     ``recordWindowRow(_:in:storage:)`` takes are recorded by it (the default);
  ///     `false` records every row by ``recordRow(_:columns:placements:storage:from:)``,
  ///     for tests that compare the two (table 二 rows under their header's grid
  ///     included, ``recordHeaderGridRow(_:columns:placements:storage:)``).
  mutating func record(
    _ observations: UnsafeBufferPointer<InterpretationRun.Observation>, columns: UnsafeBufferPointer<Int>,
    placements: inout ValuePlacement.Lists,
    storage: UnsafeBufferPointer<UInt8>, windowRowsDirectly: Bool = true
  ) {
    // One ``withSlots(_:)`` for the report's rows, not one a row. Each observation
    // is passed by its address, and `recordRow` reads the parts it uses from
    // there: passed by value, each was first copied whole (some 100 bytes; its
    // analysis is pointed at, not held) to be passed.
    guard let first = observations.baseAddress else { return }
    withSlots { assembler in
      // What the window rows read, fixed while the rows are recorded: fetched and
      // tested once, before the loop over the rows, not once a row (a test a row
      // fewer: −48 a clean report, −102 a damaged one). Without it (an assembler
      // without fields, or `windowRowsDirectly` false), every row takes the general
      // steps, in a loop of its own.
      guard windowRowsDirectly, let window = assembler.windowTables() else {
        for position in 0..<observations.count {
          assembler.recordRow(first + position, columns: columns, placements: &placements, storage: storage)
        }
        return
      }
      for position in 0..<observations.count {
        let observed = first + position
        // Nearly every row is a value row placed as one window: recorded without
        // the general steps (``recordWindowRow(_:in:storage:)``).
        // Most of table 二's rows sit under their header's grid: their leading plain
        // counts are recorded without the general steps
        // (``recordHeaderGridRow(_:columns:placements:storage:)``).
        if assembler.recordWindowRow(observed, in: window, storage: storage)
          || assembler.recordHeaderGridRow(observed, columns: columns, placements: &placements, storage: storage)
        {
          continue
        }
        assembler.recordRow(observed, columns: columns, placements: &placements, storage: storage)
      }
    }
    // The last row's label piece is no row's now.
    labelPiece = nil
  }

  /// Records the row `observed` points at (a slot of the observations that
  /// ``record(_:columns:placements:storage:windowRowsDirectly:)`` is given), with ``slots`` set.
  ///
  /// `firstColumn` is where recording its values starts: 0, or for a table 二 row
  /// under its header's grid, the first column that
  /// ``recordHeaderGridRow(_:columns:placements:storage:)`` did not record (every
  /// column before it holding a plain count, now recorded, and a catalogue index).
  private mutating func recordRow(
    _ observed: UnsafePointer<InterpretationRun.Observation>, columns: UnsafeBufferPointer<Int>,
    placements: inout ValuePlacement.Lists,
    storage: UnsafeBufferPointer<UInt8>, from firstColumn: Int = 0
  ) {
    let observation = observed.pointee
    let analysis = observation.analysis
    let line = analysis.line
    // The previous row's label piece, if one was written, is no longer this row's.
    labelPiece = nil
    var placement = observation.placement
    // Each column's catalogue index, or `nil` when the edition lacks the key: a row
    // of a permanent table, or this row's list in ``columnIndexRoom``.
    let indices: UnsafeBufferPointer<Int?>
    switch observation.table {
    case .proactive(let row):
      observedProactive = true
      if observation.columns.isEmpty {
        // No header: the edition's columns for the row, in template order.
        indices = FieldCatalogue.proactiveIndices(row: row, in: edition).buffer
        placement = ValuePlacement.placePlain(
          analysis.values, from: analysis.firstValue, columns: indices.count, rowTotals: false, in: &placements)
      } else {
        let count = observation.columns.count
        if columnIndexRoom.count < count {
          // The first room lives in ``memory`` and is not freed on its own.
          if !columnIndexRoomIsFirst { columnIndexRoom.deallocate() }
          columnIndexRoom = .allocate(capacity: count)
        }
        // Whether a column's key is missing, noted as the list is written instead
        // of looked for again.
        var lacksKey = false
        // The row's entry of the grid, fetched once for its columns.
        let gridRow = FieldCatalogue.proactiveRow(row, in: proactiveGrid)
        for position in 0..<count {
          let index = FieldCatalogue.proactiveIndex(
            column: columns[observation.columns.lowerBound + position], in: gridRow)
          if index == nil { lacksKey = true }
          columnIndexRoom.initializeElement(at: position, to: index)
        }
        indices = UnsafeBufferPointer(rebasing: columnIndexRoom[0..<count])
        if lacksKey {
          noteMissingKeys(
            "proactive", LabelMatcher.proactiveRows.values[row],
            columns: columns[observation.columns].lazy.map { LabelMatcher.proactiveColumns.values[$0] },
            indices: indices, of: analysis, in: storage, line: line)
        }
      }
    case .application(let position):
      observedApplications = true
      // A value row's columns, found by position (a list as long as the table's
      // columns); only a row without values there (a group, 其他处理) looks at its
      // label entry, whose copy counts a reference.
      var table = FieldCatalogue.applicationIndices(row: position, in: applicationRowTable)
      // Whether the edition lacks a column's key: known per row for a value row.
      var lacksKey = position < applicationRowsLackingKeys.count ? applicationRowsLackingKeys[position] : false
      if table.isEmpty {
        switch LabelMatcher.applicationRows.values[position] {
        case .otherHandling where edition == .edition2019:
          table = FieldCatalogue.otherHandlingTotalIndices2019
          lacksKey = table.contains(nil)
        case .values:
          break
        case .otherHandling, .group:
          if analysis.numberCount > 0 {
            let start = arena.end
            writeLabel(of: analysis, in: storage)
            arena.append(edition.rawValue)
            note(.unrecognizedRow, .warning, line: line, key: nil, .groupRow, from: start)
          }
          return
        }
      }
      indices = table.buffer
      if lacksKey {
        let infix =
          switch LabelMatcher.applicationRows.values[position] {
          case .values(let name): name
          case .otherHandling, .group: "otherHandling.total"
          }
        noteMissingKeys(
          "applications", infix, columns: LabelTable.applicationColumns, indices: indices, of: analysis, in: storage,
          line: line)
      }
    case .review:
      observedReview = true
      indices = FieldCatalogue.reviewIndices(in: edition).buffer
    }

    // The row's known indices; its first (``known().first``), for messages, is
    // looked for only when one is made. Made where a case reads them: made before
    // the switch, the lazy sequence was set up for every row, most of which read none.
    func known() -> LazyMapSequence<LazyFilterSequence<LazyMapSequence<UnsafeBufferPointer<Int?>, Int?>>, Int> {
      indices.lazy.compactMap { $0 }
    }

    switch placement.rule {
    case .cannotPlace(let reasonIndex):
      // The label and reason are written once for the row's warnings, which share them.
      var shared: Int?
      for index in known() where markNull(index, .inferable) {
        let start: Int
        if let shared {
          start = shared
        } else {
          start = arena.end
          writeLabel(of: analysis, in: storage)
          placements.reasons[reasonIndex].append(to: &arena)
          shared = start
        }
        note(.cannotPlace, .warning, line: line, key: definitions[index], .cannotPlace, from: start)
      }
      return
    case .zeroRow:
      var repeatedFrom: Int?
      for index in known() {
        let outcome = store(index, .integer(0), source: SourceLocation(line: line), state: .inferred, line: line)
        if case .repeated(let firstLine) = outcome { repeatedFrom = repeatedFrom ?? firstLine ?? line }
      }
      if let repeatedFrom {
        noteRepeat(of: analysis, in: storage, at: line, firstLine: repeatedFrom, keyIndex: known().first)
      }
      noteRow(.inferredZeroRow, .info, keyIndex: known().first, of: analysis, in: storage, line: line, .zeroRow)
      return
    case .totalOnly:
      noteRow(.totalOnly, .info, keyIndex: known().last, of: analysis, in: storage, line: line, .totalOnly)
    case .window:
      // Empty cells between the label and the values are merged label cells, the
      // normal shape of a full grid; empty cells after the values are extra columns.
      guard placement.columnCount > 0,
        let lastSlot = placement.slot(placement.columnCount - 1, in: placements.slots, observed: placements.observed),
        lastSlot < analysis.values.count - 1
      else { break }
      noteExtraEmptyCells(of: analysis, in: storage, line: line, keyIndex: known().first)
    case .direct:
      break
    }

    let columnCount = min(placement.columnCount, indices.count)
    // The leading plain counts of a window placement (nearly every row's values)
    // are recorded first, in a loop of their own; the general loop takes the row on
    // from the first column that one left. (A row whose first columns were recorded
    // already, `firstColumn` above 0, is placed under its header's grid, never as a
    // window.)
    var firstColumn = firstColumn
    if case .window(let start, _) = placement.cells, start >= 0,
      columnCount <= min(analysis.values.count, analysis.cells.count) &- start
    {
      firstColumn = recordPlainCounts(
        from: start, columns: columnCount, indices: indices, values: analysis.values, cells: analysis.cells,
        integersOnly: false)
    }
    recordColumns(
      firstColumn..<columnCount, indices: indices, placement: placement, slots: placements.slots,
      observed: placements.observed, analysis: analysis, storage: storage)
  }

  /// Records the row `observed` points at, as ``recordRow(_:columns:placements:storage:from:)``
  /// would, when it is a value row of table 三 or the row of table 四 whose values
  /// sit in one window of cells ending at or past the row's last cell, or, placed
  /// by its end cells, before it with only empty cells after (``ValuePlacement/Plain/endsBeforeLastCell``),
  /// and whose edition has every key of its columns: nearly every row of a report. Returns
  /// `false`, having changed nothing, for any other row, which the caller then
  /// records in full.
  ///
  /// Safe as a short cut: for such a row, ``recordRow(_:columns:placements:storage:from:)``
  /// clears ``labelPiece``, marks the table observed, finds the same list of
  /// indices (a value row's list is not empty, so the group branch is not taken),
  /// notes no missing key (the row lacks none), and its rule notes nothing (a
  /// `direct` placement never does, and a `window` one notes extra empty cells
  /// only when its last cell stands before the row's last: that row's note is made
  /// here as it makes it, keyed by the first column's field, after clearing
  /// ``labelPiece``, before any value is recorded). It then records the
  /// same columns the same way: ``recordPlainCounts(from:columns:indices:values:cells:integersOnly:)``
  /// from the first column, and from where that stopped,
  /// ``recordWindowColumns(_:indices:start:analysis:storage:)`` as
  /// ``recordColumns(_:indices:placement:slots:observed:analysis:storage:)`` would.
  /// What it leaves out is the copy of the whole observation and the general
  /// row's steps, some hundred instructions a row; it
  /// clears ``labelPiece`` only when the general loop is to run, the one step
  /// that may read it (a row whose values are all plain counts writes no message),
  /// or when it notes the row's extra empty cells.
  ///
  /// `window` is what every such row reads (``windowTables()``), fetched once by
  /// the caller for all its rows.
  @inline(__always)
  private mutating func recordWindowRow(
    _ observed: UnsafePointer<InterpretationRun.Observation>, in window: WindowTables,
    storage: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    // A window placed knowing that it ends at the row's last value cell, by the
    // rule `direct` or `window` (``ValuePlacement/Plain/windowStart``): one
    // comparison, with no enum read. (A `window` rule ending before the row's last
    // cell, marked by its columns, is left to ``recordEarlyEndingWindowRow(_:in:storage:)``.)
    let start = observed.pointee.placement.windowStart
    guard start >= 0 else { return false }
    return recordWindow(
      observed, start: start, columns: observed.pointee.placement.windowColumns, in: window, storage: storage,
      notingExtraEmptyCells: false)
  }

  /// ``recordWindowRow(_:in:storage:)`` for a row placed as a `window` whose last
  /// column stands before the row's last value cell, the cells after it empty
  /// (``ValuePlacement/Plain/endsBeforeLastCell``), which that leaves: its window
  /// read from its placement's cells, and its `extraEmptyCells` note made first.
  /// Returns `false`, having changed nothing, for any other row. Never inlined, and
  /// tried by ``recordHeaderGridRow(_:columns:placements:storage:)`` for a row not
  /// of table 二, so that the loop over a report's rows is as it was: a clean report
  /// has no such row, and a third short cut in that loop, or a test in
  /// ``recordWindowRow(_:in:storage:)``, made it keep more in memory (about +500
  /// instructions a clean report). Fetches ``windowTables()`` itself, only for a
  /// row it takes (within ``withSlots(_:)``, as every row is recorded).
  @inline(never)
  private mutating func recordEarlyEndingWindowRow(
    _ observed: UnsafePointer<InterpretationRun.Observation>, storage: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard observed.pointee.placement.windowStart < 0,
      observed.pointee.placement.windowColumns == ValuePlacement.Plain.endsBeforeLastCell,
      case .window(let start, let columns) = observed.pointee.placement.cells, start >= 0,
      let window = windowTables()
    else { return false }
    return recordWindow(
      observed, start: start, columns: columns, in: window, storage: storage, notingExtraEmptyCells: true)
  }

  /// The steps of ``recordWindowRow(_:in:storage:)`` for the window of `columns`
  /// columns from the cell `start` (not negative); `notingExtraEmptyCells` (a
  /// constant where inlined) tells that the row's last column stands before its
  /// last value cell, so that its `extraEmptyCells` note is made, as
  /// ``recordRow(_:columns:placements:storage:from:)`` makes it, before its values.
  @inline(__always)
  private mutating func recordWindow(
    _ observed: UnsafePointer<InterpretationRun.Observation>, start: Int, columns: Int, in window: WindowTables,
    storage: UnsafeBufferPointer<UInt8>, notingExtraEmptyCells: Bool
  ) -> Bool {
    let values = observed.pointee.analysis.values
    let indices: UnsafeBufferPointer<Int>
    let isApplication: Bool
    switch observed.pointee.table {
    case .application(let position):
      // The row's list, empty for a row that is not a value row or lacks a key
      // (``windowApplicationRows(in:)``), which the general steps record.
      guard position >= 0, position < window.applicationRows.count else { return false }
      indices = window.applicationRows[position].buffer
      guard !indices.isEmpty else { return false }
      isApplication = true
    case .review:
      // Empty when the edition lacks one of table 四's keys: then the general steps.
      indices = window.reviewIndices
      guard !indices.isEmpty else { return false }
      isApplication = false
    case .proactive:
      return false
    }
    // Within the row's values and cells, as ``recordRow(_:columns:placements:storage:from:)``
    // requires before its plain counts; any other row is left to it.
    let cells = observed.pointee.analysis.cells
    let columnCount = min(columns, indices.count)
    guard columnCount <= min(values.count, cells.count) &- start else { return false }
    if isApplication { observedApplications = true } else { observedReview = true }
    if notingExtraEmptyCells {
      // As ``recordRow(_:columns:placements:storage:from:)`` notes such a row, before
      // its values, keyed by its first column's field: the previous row's label
      // piece is not this row's, and the note's piece is then the row's, for the
      // notes its values may make.
      labelPiece = nil
      noteExtraEmptyCells(
        of: observed.pointee.analysis, in: storage, line: observed.pointee.analysis.line, keyIndex: indices.first)
    }
    let firstColumn = recordPlainCounts(
      from: start, columns: columnCount, indices: indices, values: values, cells: cells,
      integersOnly: window.integersOnly, fields: window.fields, states: window.states)
    if firstColumn < columnCount {
      // The previous row's label piece, if one was written, is not this row's: it
      // is cleared only here, before the one loop that may write a message about
      // the row (the plain counts write none), as every other way a row is
      // recorded clears it first (``recordRow(_:columns:placements:storage:from:)``),
      // and ``record(_:columns:placements:storage:windowRowsDirectly:)`` after the
      // last row. (A row noted above has cleared it, and its piece is its own.)
      if !notingExtraEmptyCells { labelPiece = nil }
      recordWindowColumns(
        firstColumn..<columnCount, indices: indices, start: start, analysis: observed.pointee.analysis,
        storage: storage)
    }
    return true
  }

  /// Records the columns `columns` of a row that ``recordWindowRow(_:in:storage:)``
  /// takes, whose column `c` is the field at `indices[c]` and the cell `start + c`
  /// (every such cell one of the row's: the caller checks that the window lies
  /// within its values and cells), as ``recordColumns(_:indices:placement:slots:observed:analysis:storage:)``
  /// records them for its window placement: every column has a field and a cell, so
  /// none is marked `null` for want of one, and the row is noted once, keyed by its
  /// first column's field, when one of its values repeats a value read before.
  /// Never inlined: only a row holding a value other than a plain count comes here
  /// (nearly none of a clean report's), and in line, its loop made the loop over a
  /// report's rows larger.
  @inline(never)
  private mutating func recordWindowColumns(
    _ columns: Range<Int>, indices: UnsafeBufferPointer<Int>, start: Int, analysis: RowAnalysis,
    storage: UnsafeBufferPointer<UInt8>
  ) {
    let line = analysis.line
    var repeatedFrom: Int?
    for column in columns {
      let outcome = recordValue(at: indices[column], cellIndex: start &+ column, of: analysis, storage: storage)
      if case .repeated(let firstLine) = outcome { repeatedFrom = repeatedFrom ?? firstLine ?? line }
    }
    if let repeatedFrom {
      noteRepeat(of: analysis, in: storage, at: line, firstLine: repeatedFrom, keyIndex: indices.first)
    }
  }

  /// What ``recordWindowRow(_:in:storage:)`` reads for every row it takes, none of
  /// which changes while rows are recorded: fetched once for a report's rows, so
  /// that a row reads them from registers or the stack instead of reloading them
  /// from the assembler after each row's writes.
  struct WindowTables {
    /// ``windowApplicationRows``' elements.
    var applicationRows: UnsafeBufferPointer<PermanentBuffer<Int>>
    /// ``windowReviewIndices``' elements.
    var reviewIndices: UnsafeBufferPointer<Int>
    /// ``windowTablesHoldIntegers``.
    var integersOnly: Bool
    /// The base of ``slots`` (within ``withSlots(_:)``).
    var fields: UnsafeMutablePointer<Field>
    /// The base of ``states``.
    var states: UnsafeMutablePointer<State>
  }

  /// The assembler's ``WindowTables``, for use within ``withSlots(_:)`` only (the
  /// slots' base is valid there); `nil` when it has no fields.
  private func windowTables() -> WindowTables? {
    guard let fields = slots.baseAddress, let states = states.baseAddress else { return nil }
    return WindowTables(
      applicationRows: windowApplicationRows.buffer, reviewIndices: windowReviewIndices.buffer,
      integersOnly: windowTablesHoldIntegers, fields: fields, states: states)
  }

  /// Records the row `observed` points at when it is a table 二 row placed under
  /// its header's grid (its columns listed, its cells in the run's block: an
  /// ``ValuePlacement/Plain/Cells/observed(start:count:)`` placement, `direct`):
  /// its leading columns, as long as each has a catalogue index, a cell, a field
  /// holding no value yet, and either an integer field and a plain count
  /// (``CellValue/plainCount``) or a decimal field and a number stored without a
  /// message (``writeDecimal(_:of:in:source:at:fields:states:)``), one value at a
  /// time as the general loop would store it. A row it records
  /// only in part is handed on to ``recordRow(_:columns:placements:storage:from:)``
  /// from its first column not recorded. A row of table 三 or 四 is handed to
  /// ``recordEarlyEndingWindowRow(_:storage:)``, whose answer it returns. Returns
  /// `false`, having changed nothing, for any other row, which the caller records in full.
  ///
  /// Safe as a short cut: for such a row the general steps clear ``labelPiece``,
  /// mark table 二 observed, look up each column's index in the edition's grid
  /// (noting the missing ones, which this path never passes: it stops at the first
  /// column without an index), note nothing for a `direct` rule, and store each
  /// column's plain count or decimal as written here (``FieldStorage/record(count:line:at:of:)``,
  /// ``writeDecimal(_:of:in:source:at:fields:states:)``), a value that is never a
  /// repeat and, being neither overlong, repaired nor in another unit, writes no
  /// message. So the columns before
  /// the first it stops at end as the general steps leave them, and no message
  /// precedes those the general steps then write for the rest, in the same order.
  /// What it leaves out is the copy of the whole observation, the list of the
  /// row's indices and the general loop's calls: about 200 instructions a clean
  /// report (6.8 such rows of some 2 values each), measured end to end, and about
  /// 300 more for the row of a decimal amount (本年收费金额), before taken by the
  /// general steps.
  ///
  /// Every read is bounds-checked once: the row's range of `columns` and of the
  /// observed cells is tested before the loop, and each cell index against the
  /// row's values and cells; field indices come from the edition's grid, below the
  /// count of ``slots`` and ``states``.
  @inline(never)
  private mutating func recordHeaderGridRow(
    _ observed: UnsafePointer<InterpretationRun.Observation>, columns: UnsafeBufferPointer<Int>,
    placements: inout ValuePlacement.Lists, storage: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    // A row of table 三 or 四 that ``recordWindowRow(_:in:storage:)`` left may be
    // one that ``recordEarlyEndingWindowRow(_:storage:)`` takes.
    guard case .proactive(let row) = observed.pointee.table else {
      return recordEarlyEndingWindowRow(observed, storage: storage)
    }
    guard case .observed(let start, let count) = observed.pointee.placement.cells,
      case .direct = observed.pointee.placement.rule
    else { return false }
    let listed = observed.pointee.columns
    let cellList = placements.observed
    guard !listed.isEmpty, listed.lowerBound >= 0, listed.upperBound <= columns.count, start >= 0,
      count <= cellList.count &- start, let fields = slots.baseAddress, let states = states.baseAddress
    else { return false }
    observedProactive = true
    let values = observed.pointee.analysis.values
    let cells = observed.pointee.analysis.cells
    let cellLimit = min(values.count, cells.count)
    // The sources of the row's cells, numbered from 1 (none recorded here when a
    // number would not fit a field's plain numbers).
    guard let cellRun = FieldStorage.CellRun(firstCell: 1, count: cellLimit) else { return false }
    let gridRow = FieldCatalogue.proactiveRow(row, in: proactiveGrid)
    let columnCount = min(count, listed.count)
    var column = 0
    plainCounts: while column < columnCount {
      guard
        let index = FieldCatalogue.proactiveIndex(column: columns[listed.lowerBound &+ column], in: gridRow)
      else { break }
      let cellIndex = cellList[start &+ column]
      guard cellIndex >= 0, cellIndex < cellLimit else { break }
      switch states[index] {
      case .unset, .inferable, .lost: break
      case .read, .inferred, .conflicting: break plainCounts
      }
      switch definitions[index].type {
      case .integer:
        guard let value = values[cellIndex].plainCount else { break plainCounts }
        fields[index].storage.record(count: value, line: cells[cellIndex].storedLine, at: cellIndex, of: cellRun)
        states[index] = .read
      case .decimal:
        guard
          Self.writeDecimal(
            values[cellIndex], of: cells[cellIndex].span, in: storage,
            source: SourceLocation(line: cells[cellIndex].line, cell: cellIndex &+ 1), at: index, fields: fields,
            states: states)
        else { break plainCounts }
      case .text:
        break plainCounts
      }
      column &+= 1
    }
    // The rest of the row, if any, by the general steps.
    if column < columnCount {
      recordRow(observed, columns: columns, placements: &placements, storage: storage, from: column)
    }
    return true
  }

  /// Writes `value`, read from the cell `span` of `storage` at `source`, into the
  /// decimal field at `index` of `fields` (whose state in `states` is `unset`,
  /// `inferable` or `lost`, see ``fill(_:_:source:)``) and marks it `read`, when it
  /// is a number that the
  /// general steps store without a message: neither overlong nor repaired, with no
  /// unit or 万元 (``convert(_:to:index:line:storage:span:)``), stored as its digits
  /// as written (``CellValue/digits(_:_:)``), as ``store(_:_:source:state:line:)``
  /// stores it. Returns `false`, having written nothing, for any other value. Never
  /// inlined: a report has one such value (本年收费金额), and inlined, the loop
  /// that records table 二's plain counts kept fewer of its values in registers.
  @inline(never)
  private static func writeDecimal(
    _ value: CellValue, of span: TextSpan, in storage: UnsafeBufferPointer<UInt8>, source: SourceLocation,
    at index: Int, fields: UnsafeMutablePointer<Field>, states: UnsafeMutablePointer<State>
  ) -> Bool {
    guard case .number(let number) = value, !number.isOverlong, !number.repaired,
      number.unit == nil || number.unit == .tenThousandYuan
    else { return false }
    let field = fields + index
    let digits = CellValue.digits(storage, span)
    field.pointee.storage = FieldStorage(decimal: digits, source: source)
    states[index] = .read
    return true
  }

  /// Records the columns `columns` of the row `analysis` reads, each the field at
  /// its index in `indices` (none when `nil`) and the cell that `placement` gives it
  /// (`slots` and `observed` being the lists it was made in, ``ValuePlacement/Lists``):
  /// the general loop over a row's
  /// values, for the columns that ``recordPlainCounts(from:columns:indices:values:cells:integersOnly:)``
  /// did not record. Notes the row once when one of its values repeats a value read
  /// before.
  private mutating func recordColumns<Slot: FieldIndexSlot>(
    _ columns: Range<Int>, indices: UnsafeBufferPointer<Slot>, placement: ValuePlacement.Plain, slots: [Int?],
    observed: UnsafeBufferPointer<Int>, analysis: RowAnalysis, storage: UnsafeBufferPointer<UInt8>
  ) {
    let line = analysis.line
    var repeatedFrom: Int?
    for column in columns {
      guard let index = indices[column].fieldIndex else { continue }
      guard let cellIndex = placement.slot(column, in: slots, observed: observed) else {
        if markNull(index, .inferable) {
          noteRow(.totalOnly, .warning, keyIndex: index, of: analysis, in: storage, line: line, .totalOnlyColumn)
        }
        continue
      }
      let outcome = recordValue(at: index, cellIndex: cellIndex, of: analysis, storage: storage)
      if case .repeated(let firstLine) = outcome { repeatedFrom = repeatedFrom ?? firstLine ?? line }
    }
    if let repeatedFrom {
      noteRepeat(
        of: analysis, in: storage, at: line, firstLine: repeatedFrom,
        keyIndex: indices.lazy.compactMap { $0.fieldIndex }.first)
    }
  }

  /// Records the values of a row placed as a window (its column `c` is the cell
  /// `start + c`, the placement of nearly every row) from its first column on, as
  /// long as each is a plain count (``CellValue/plainCount``) for an integer field that
  /// holds no value yet, or a column without a key: the position of the first
  /// column it did not record (`columns` when it recorded them all), from which
  /// the general loop (``recordColumns(_:indices:placement:slots:analysis:storage:)``)
  /// goes on. `values` and `cells` are the row's (its ``RowAnalysis``'s).
  ///
  /// Each value is written as that loop writes it (``store(count:at:source:line:)``
  /// for a field that holds no value: the field filled in place, its state `read`),
  /// and such a value is never a repeat, so the loop's outcome for the row is the
  /// same. The loop calls nothing, so the buffers (the field slots, the states, the
  /// definitions, the row's values and cells) stay in registers, instead of being
  /// reloaded for each value around the general loop's calls. The caller checks
  /// that the window lies within the row's values and cells (`0 <= start`, and
  /// `start + columns` at most their counts), so every cell read is one of the row's.
  /// `integersOnly` tells that every field of `indices` is known to be an integer
  /// field (``windowTablesHoldIntegers``), so that no value's definition is fetched
  /// to ask it; `false` asks each.
  @inline(__always)
  private func recordPlainCounts<Slot: FieldIndexSlot>(
    from start: Int, columns: Int, indices: UnsafeBufferPointer<Slot>, values: UnsafeBufferPointer<CellValue>,
    cells: UnsafeBufferPointer<StoredCell>, integersOnly: Bool, fields: UnsafeMutablePointer<Field>? = nil,
    states: UnsafeMutablePointer<State>? = nil
  ) -> Int {
    // No slots outside ``withSlots(_:)``: then nothing is recorded here. A window of
    // at least one column lies within the row's values and cells (checked by the
    // caller) and within `indices` (`columns` is at most its count), so none of
    // them is empty then. `fields` and `states`, when given, are ``slots``' and
    // ``states``' bases, fetched once by a caller that records many rows. The
    // window's cells are numbered from `start + 1` on, none above the row's count
    // of cells: when that count fits a field's plain numbers (as in any real
    // report), so do they all (one comparison, made here where the window is known
    // to lie within the row), or none is recorded here.
    guard columns > 0, let fields = fields ?? slots.baseAddress, let states = states ?? self.states.baseAddress,
      let indexBase = indices.baseAddress, let valueBase = values.baseAddress, let cellBase = cells.baseAddress,
      let run = FieldStorage.CellRun(firstCell: start &+ 1, count: columns, ofRowCells: cells.count)
    else { return 0 }
    if integersOnly {
      return Self.recordPlainIntegers(
        into: fields, states: states, indices: indexBase, columns: columns, values: valueBase + start,
        cells: cellBase + start, firstCellBits: run.first)
    }
    guard let types = definitions.buffer.baseAddress else { return 0 }
    return Self.recordPlainCounts(
      into: fields, states: states, checkingTypesIn: types, indices: indexBase, columns: columns,
      values: valueBase + start, cells: cellBase + start, firstCellBits: run.first)
  }

  /// ``plainCountLoop(into:states:checkingTypesIn:indices:columns:values:cells:firstCellBits:)``
  /// for fields all known to be integer fields: no definition is read. Never inlined
  /// (see there).
  @inline(never)
  private static func recordPlainIntegers<Slot: FieldIndexSlot>(
    into fields: UnsafeMutablePointer<Field>, states: UnsafeMutablePointer<State>, indices: UnsafePointer<Slot>,
    columns: Int, values: UnsafePointer<CellValue>, cells: UnsafePointer<StoredCell>, firstCellBits: UInt64
  ) -> Int {
    plainCountLoop(
      into: fields, states: states, checkingTypesIn: nil, indices: indices, columns: columns, values: values,
      cells: cells, firstCellBits: firstCellBits)
  }

  /// ``plainCountLoop(into:states:checkingTypesIn:indices:columns:values:cells:firstCellBits:)``
  /// asking each field's type of `definitions`. Never inlined (see there).
  @inline(never)
  private static func recordPlainCounts<Slot: FieldIndexSlot>(
    into fields: UnsafeMutablePointer<Field>, states: UnsafeMutablePointer<State>,
    checkingTypesIn definitions: UnsafePointer<FieldDefinition>, indices: UnsafePointer<Slot>, columns: Int,
    values: UnsafePointer<CellValue>, cells: UnsafePointer<StoredCell>, firstCellBits: UInt64
  ) -> Int {
    plainCountLoop(
      into: fields, states: states, checkingTypesIn: definitions, indices: indices, columns: columns,
      values: values, cells: cells, firstCellBits: firstCellBits)
  }

  /// The loop of ``recordPlainCounts(from:columns:indices:values:cells:integersOnly:)``,
  /// on plain pointers: column `c` of the window is the field at `indices[c]` (none
  /// when `nil`), whose value is `values[c]` from the cell `cells[c]`, the cell
  /// `c` of the run whose first cell's bits are `firstCellBits` (a
  /// ``FieldStorage/CellRun``'s ``FieldStorage/CellRun/first``, made by the
  /// caller, so that every cell number fits a field's plain numbers). Stops at the
  /// first column whose field holds a value already (`states`), is not an integer field (asked of `definitions`
  /// only when given: `nil` means every field is known to be one), or whose value is
  /// not a plain count, returning its position (`columns` when it recorded them all).
  ///
  /// `indices` holds plain indices (`Int`) for a window row
  /// (``recordWindowRow(_:in:storage:)``, whose lists hold every index), read with no
  /// test for `nil`, or indices that may be missing (`Int?`) for a row that
  /// ``recordRow(_:columns:placements:storage:from:)`` records.
  ///
  /// Inlined into two functions never inlined, one for each way of knowing a
  /// field's type (`definitions` a constant in each, so neither tests it for each
  /// value), and handed only pointers: inlined into the loop over a report's rows,
  /// the loop's buffers did not all stay in registers next to that loop's own, and
  /// some were reloaded from the stack for every value. Every pointer read is within
  /// the caller's buffers: `c` stays below `columns`, and each field index comes
  /// from the edition's own catalogue tables (below the count of `fields` and
  /// `states`).
  @inline(__always)
  private static func plainCountLoop<Slot: FieldIndexSlot>(
    into fields: UnsafeMutablePointer<Field>, states: UnsafeMutablePointer<State>,
    checkingTypesIn definitions: UnsafePointer<FieldDefinition>?, indices: UnsafePointer<Slot>, columns: Int,
    values: UnsafePointer<CellValue>, cells: UnsafePointer<StoredCell>, firstCellBits: UInt64
  ) -> Int {
    let run = FieldStorage.CellRun(first: firstCellBits, count: columns)
    var column = 0
    while column < columns {
      if let index = indices[column].fieldIndex {
        switch states[index] {
        case .unset, .inferable, .lost: break
        case .read, .inferred, .conflicting: return column
        }
        if let definitions, definitions[index].type != .integer { return column }
        guard let count = values[column].plainCount else { return column }
        fields[index].storage.record(count: count, line: cells[column].storedLine, at: column, of: run)
        states[index] = .read
      }
      column &+= 1
    }
    return columns
  }

  /// Records the value of `analysis`'s cell at `cellIndex` (one of the row's
  /// cells) for the field at `index`: one step of the loop over a row's values.
  ///
  /// A plain count, nearly every value: stored as an integer, with no
  /// ``FieldValue`` made and consumed, and without copying the cell (only its
  /// line is read) or its number. Any other value, and every message, is left
  /// to ``recordOther(_:at:cell:cellIndex:storage:)``. `cellIndex` is a position
  /// in the row's cells, so `cellIndex + 1` cannot overflow.
  @inline(__always)
  private mutating func recordValue(
    at index: Int, cellIndex: Int, of analysis: RowAnalysis, storage: UnsafeBufferPointer<UInt8>
  ) -> StoreOutcome {
    if definitions[index].type == .integer, let count = analysis.values[cellIndex].plainCount {
      let cellLine = analysis.cells[cellIndex].line
      let source = SourceLocation(line: cellLine, cell: cellIndex &+ 1)
      return store(count: count, at: index, source: source, line: cellLine)
    }
    return recordOther(
      analysis.values[cellIndex], at: index, cell: analysis.cells[cellIndex], cellIndex: cellIndex,
      storage: storage)
  }

  /// Records a value other than a plain count (``CellValue/plainCount``) for the field at
  /// `index`, from `cell`, the row's cell at `cellIndex`: an empty cell, a
  /// placeholder, text, or a number that needs converting or a message. Kept out of
  /// `record` so that its loop over a row's values, nearly all plain counts, holds
  /// only their short path.
  @inline(never)
  private mutating func recordOther(
    _ value: CellValue, at index: Int, cell: StoredCell, cellIndex: Int, storage: UnsafeBufferPointer<UInt8>
  ) -> StoreOutcome {
    switch value {
    case .empty where blankAsZero:
      // The column is placed, so the blank is this key's cell: the caller asked
      // for blanks to be read as 0.
      noteCell(.blankReadAsZero, .info, index: index, line: cell.line, .blankReadAsZero)
      let source = SourceLocation(line: cell.line, cell: cellIndex + 1)
      return store(index, .integer(0), source: source, state: .read, line: cell.line)
    case .empty:
      if markNull(index, .inferable) {
        noteCell(.emptyCell, .warning, index: index, line: cell.line, .emptyCell)
      }
    case .placeholder:
      if markNull(index, .inferable) {
        noteCell(.placeholderCell, .warning, index: index, line: cell.line, .placeholderCell)
      }
    case .text:
      if markNull(index, .lost) {
        noteCell(.unreadableNumber, .warning, index: index, line: cell.line, .notANumber)
      }
    case .number(let number):
      if let value = convert(
        number, to: definitions[index].type, index: index, line: cell.line, storage: storage, span: cell.span)
      {
        if number.repaired {
          noteCell(.normalizedNumber, .info, index: index, line: cell.line, .normalizedNumber)
        }
        let source = SourceLocation(line: cell.line, cell: cellIndex + 1)
        return store(index, value, source: source, state: .read, line: cell.line)
      }
    }
    // Nothing stored: for the caller, as for a stored value, no repeat.
    return .stored
  }

  /// The warning for a row's columns whose keys the edition lacks (none when it
  /// lacks none): the keys `group.row.column` for each column name of `columns`
  /// whose index in `indices` (paired in order) is `nil`; the row is `analysis`'s.
  ///
  /// The keys are written, joined by `, `, straight into the message's piece in the
  /// arena, with no `String` made for each and for their list (some 500
  /// instructions a damaged report). Never inlined: few rows lack a key.
  @inline(never)
  private mutating func noteMissingKeys(
    _ group: String, _ row: String, columns: some Collection<String>, indices: UnsafeBufferPointer<Int?>,
    of analysis: RowAnalysis, in storage: UnsafeBufferPointer<UInt8>, line: Int
  ) {
    func writeKeys(_ writer: inout MessageText.Writer) {
      var first = true
      for (column, index) in zip(columns, indices) where index == nil {
        if !first { writer.put(", ") }
        first = false
        writer.put(text: group)
        writer.put(".")
        writer.put(text: row)
        writer.put(".")
        writer.put(text: column)
      }
    }
    guard zip(columns, indices).contains(where: { $0.1 == nil }) else { return }
    let start = arena.end
    writeLabel(of: analysis, in: storage)
    arena.append(edition.rawValue)
    var counter = MessageText.Writer(output: nil)
    writeKeys(&counter)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: counter.count) { buffer in
      var writer = MessageText.Writer(output: buffer)
      writeKeys(&writer)
      arena.append(UnsafeBufferPointer(rebasing: buffer[..<writer.count]))
    }
    note(.unrecognizedRow, .warning, line: line, key: nil, .missingKeys, from: start)
  }

  /// Writes the label of `analysis`'s row, the row being recorded, into ``arena``
  /// as one piece (``RowLabelPiece``): on the first call for the row, straight from
  /// its cells (``RowAnalysis/writeLabelText(_:storageIsValid:into:)``), noting where in
  /// ``labelPiece``; on later calls, copied from there. Always inlined: its callers
  /// are the notes about a row, each out of line, and the call it was cost about
  /// 15 instructions a label piece.
  @inline(__always)
  private mutating func writeLabel(of analysis: RowAnalysis, in storage: UnsafeBufferPointer<UInt8>) {
    if let labelPiece {
      arena.appendCopy(ofPieceAt: labelPiece)
    } else {
      labelPiece = arena.end
      analysis.writeLabelText(storage, storageIsValid: storageIsValid, into: &arena)
    }
  }

  /// `number` as a value of `type`, or `nil` (the value marked `null` with a
  /// diagnostic) when it cannot be one. A plain count never comes here: `record`
  /// stores it first (``CellValue/plainCount``). The commonest number that does, an
  /// integer count written with full-width digits or separators (not overlong, no
  /// fraction, no unit but a counting word, within `Int`), is taken here at once,
  /// inline; any other goes to ``convertOtherwise(_:to:index:line:storage:span:)``,
  /// which takes that one the same way.
  @inline(__always)
  private mutating func convert(
    _ number: NumberText, to type: ValueType, index: Int, line: Int, storage: UnsafeBufferPointer<UInt8>,
    span: TextSpan
  ) -> FieldValue? {
    if type == .integer, !number.isOverlong, !number.hasFraction, number.unit == nil || number.unit == .count,
      let integer = number.integer
    {
      return .integer(integer)
    }
    return convertOtherwise(number, to: type, index: index, line: line, storage: storage, span: span)
  }

  /// ``convert(_:to:index:line:storage:span:)``'s general way, for every number and
  /// type. The number's digits, for a decimal value or a message, are read again
  /// from its cell, `span` of `storage`. Never inlined: its messages' writing, in
  /// line, made every value that is no plain count set up a larger frame.
  @inline(never)
  private mutating func convertOtherwise(
    _ number: NumberText, to type: ValueType, index: Int, line: Int, storage: UnsafeBufferPointer<UInt8>,
    span: TextSpan
  ) -> FieldValue? {
    func digits() -> String { CellValue.digits(storage, span) }
    guard !number.isOverlong else {
      if markNull(index, .lost) {
        let start = arena.end
        arena.append(digits())
        note(.numberOverflow, .warning, line: line, key: definitions[index], .overlong, from: start)
      }
      return nil
    }
    switch (type, number.unit) {
    case (.integer, .yuan), (.integer, .tenThousandYuan), (.decimal, .yuan), (.decimal, .count):
      if markNull(index, .lost) {
        let start = Self.writePieces(digits(), type == .decimal ? "万元" : "a count", into: &arena)
        note(.unitMismatch, .warning, line: line, key: definitions[index], .unitMismatch, from: start)
      }
      return nil
    case (.integer, _):
      if number.hasFraction {
        if markNull(index, .lost) {
          let start = arena.end
          arena.append(digits())
          note(.unreadableNumber, .warning, line: line, key: definitions[index], .fraction, from: start)
        }
        return nil
      }
      guard let integer = number.integer else {
        if markNull(index, .lost) {
          noteCell(.numberOverflow, .warning, index: index, line: line, .tooLarge)
        }
        return nil
      }
      return .integer(integer)
    case (.decimal, _):
      return .decimal(digits())
    case (.text, _):
      return .text(digits())
    }
  }

  /// Stores the count `count` read from a cell for the field at `index`, as
  /// ``store(_:_:source:state:line:)`` stores `.integer(count)` with the state
  /// `read`, without making a ``FieldValue``.
  @inline(__always)
  private mutating func store(count: Int, at index: Int, source: SourceLocation, line: Int) -> StoreOutcome {
    switch states[index] {
    case .unset, .inferable, .lost:
      slots[index].storage.record(count: count, source: source)
      states[index] = .read
      return .stored
    case .read, .inferred, .conflicting:
      return storeAgain(index, .integer(count), line: line)
    }
  }

  /// Writes `value` and `source` into the field at `index`, whose state is
  /// `unset`, `inferable` or `lost`: an integer with its source by storing two
  /// words in place (``FieldStorage/record(count:source:)``, nearly every value),
  /// anything else as a new ``FieldStorage`` assigned over the old. Only within
  /// ``withSlots(_:)``.
  @inline(__always)
  private func fill(_ index: Int, _ value: FieldValue, source: SourceLocation?) {
    if case .integer(let count) = value, let source {
      slots[index].storage.record(count: count, source: source)
    } else {
      slots[index].storage = FieldStorage(value: value, source: source)
    }
  }

  /// What happened to a value offered by a row.
  private enum StoreOutcome {
    case stored
    /// The key was already read with the same value (the row is a repeat).
    case repeated(firstLine: Int?)
    /// The key was already read with another value; it is now `null`.
    case conflict
  }

  /// Stores `value` for the field at `index`, unless it was read or inferred before
  /// (a repeated row), when ``storeAgain(_:_:line:)`` decides.
  @discardableResult
  @inline(__always)
  private mutating func store(
    _ index: Int, _ value: FieldValue, source: SourceLocation?, state: State, line: Int
  ) -> StoreOutcome {
    switch states[index] {
    case .unset, .inferable, .lost:
      fill(index, value, source: source)
      states[index] = state
      return .stored
    case .read, .inferred, .conflicting:
      return storeAgain(index, value, line: line)
    }
  }

  /// `value` offered again for the field at `index`, already read, inferred or in
  /// conflict: a repeat if it is the same value, else a conflict that makes it `null`.
  /// An integer is compared with the field's integer (``FieldStorage/integer``, the
  /// same answer: a field's value is that integer exactly when it holds it), with no
  /// ``FieldValue`` made of the field's.
  private mutating func storeAgain(_ index: Int, _ value: FieldValue, line: Int) -> StoreOutcome {
    switch states[index] {
    case .read, .inferred:
      let same =
        if case .integer(let integer) = value { slots[index].storage.integer == integer } else {
          slots[index].value == value
        }
      if same { return .repeated(firstLine: slots[index].source?.line) }
      return noteConflict(index, value, line: line)
    case .conflicting, .unset, .inferable, .lost:
      // A field in conflict stays so; ``store(_:_:source:state:line:)`` handles the
      // other three states itself.
      return .conflict
    }
  }

  /// `value` offered again for the field at `index`, read or inferred as another
  /// value: two copies of the text disagree, and neither can be trusted over the
  /// other, so the field is made `null`, with a warning naming both values. Never
  /// inlined: few values come here, and in line its messages' writing made every
  /// repeated value set up a larger frame.
  @inline(never)
  private mutating func noteConflict(_ index: Int, _ value: FieldValue, line: Int) -> StoreOutcome {
    let current = slots[index].value
    let start = arena.end
    arena.append(current?.formatted ?? "null")
    if let firstLine = slots[index].source?.line { arena.append(firstLine) } else { arena.append("?") }
    arena.append(value.formatted)
    note(.conflictingDuplicate, .warning, line: line, key: definitions[index], .conflict, from: start)
    slots[index].storage = FieldStorage(value: nil, source: SourceLocation(line: line))
    states[index] = .conflicting
    return .conflict
  }

  /// One diagnostic for a row (`analysis`'s) whose values were already read with
  /// the same values.
  @inline(never)
  private mutating func noteRepeat(
    of analysis: RowAnalysis, in storage: UnsafeBufferPointer<UInt8>, at line: Int, firstLine: Int, keyIndex: Int?
  ) {
    let start = arena.end
    writeLabel(of: analysis, in: storage)
    arena.append(firstLine)
    noteInPlace(.duplicateRow, .info, line: line, key: keyIndex.map { definitions[$0] }, .duplicateRow, from: start)
  }

  /// The note for a row with empty cells after its values (`extraEmptyCells`).
  /// Always inlined: ``noteRow(_:_:keyIndex:of:in:line:_:)``, never inlined, is the
  /// one call (a damaged report makes about three such notes).
  @inline(__always)
  private mutating func noteExtraEmptyCells(
    of analysis: RowAnalysis, in storage: UnsafeBufferPointer<UInt8>, line: Int, keyIndex: Int?
  ) {
    noteRow(.extraEmptyCells, .info, keyIndex: keyIndex, of: analysis, in: storage, line: line, .extraEmptyCells)
  }

  /// Writes `first` and `second` as pieces of a message into `arena`, returning
  /// where they start.
  private static func writePieces(_ first: String, _ second: String, into arena: inout MessageArena) -> Int {
    let start = arena.end
    arena.append(first)
    arena.append(second)
    return start
  }

  /// A diagnostic about the row at `line`, `analysis`'s, whose label (the
  /// template's one piece) is written by ``writeLabel(of:in:)``, keyed by the field
  /// at `keyIndex` (none when `nil`).
  @inline(never)
  private mutating func noteRow(
    _ code: DiagnosticCode, _ severity: Diagnostic.Severity, keyIndex: Int?, of analysis: RowAnalysis,
    in storage: UnsafeBufferPointer<UInt8>, line: Int, _ template: MessageTemplate
  ) {
    let start = arena.end
    writeLabel(of: analysis, in: storage)
    noteInPlace(code, severity, line: line, key: keyIndex.map { definitions[$0] }, template, from: start)
  }

  /// A diagnostic about the cell of the field at `index` at `line`, whose message
  /// (`template`) names the field's key and the line: it has no pieces.
  ///
  /// Always inlined, into its callers ``recordOther(_:at:cell:cellIndex:storage:)``
  /// and ``convertOtherwise(_:to:index:line:storage:span:)``, themselves never
  /// inlined, so the loops that record values hold no diagnostic's making: only a
  /// value that is no plain count comes there, and the commonest diagnostic of a
  /// damaged report (a number written with full-width digits, about 16 a report,
  /// nearly every call of `recordOther` there) is then made with no call of its own
  /// (−460 instructions a damaged report against a call for each).
  ///
  /// Appends the diagnostic itself (``noteInPlace(_:_:line:key:_:from:)``) rather
  /// than through ``note(_:_:line:key:_:from:)``.
  @inline(__always)
  private mutating func noteCell(
    _ code: DiagnosticCode, _ severity: Diagnostic.Severity, index: Int, line: Int, _ template: MessageTemplate
  ) {
    noteInPlace(code, severity, line: line, key: definitions[index], template, from: arena.end)
  }

  /// Marks a value `null` in `state`, unless it was read or inferred: whether it
  /// did, so that the caller notes why.
  private mutating func markNull(_ index: Int, _ state: State) -> Bool {
    switch states[index] {
    case .unset, .inferable, .lost: break
    case .read, .inferred, .conflicting: return false
    }
    states[index] = state
    if state == .inferable { addOpenGroups(of: index) }
    return true
  }

  /// Adds the count groups that name the field at `index`, just marked open, to
  /// ``openGroups``. Never inlined: only a damaged cell opens a value, and the
  /// edition's index fetched in line made the loops that record values larger.
  @inline(never)
  private mutating func addOpenGroups(of index: Int) {
    openGroups |= CountGroupIndex.of(edition).mask(of: index)
  }

  /// Appends to ``recorded`` a diagnostic whose message `template` writes, with its
  /// pieces (if any) written into ``arena`` from `start` on.
  ///
  /// Never inlined, the diagnostic made in the call: the places that append one
  /// share this call instead of each inlining the array's append, and no
  /// `Diagnostic` value is made by a caller, to be copied into the array and
  /// destroyed. The key is its field's definition (``Diagnostic/keyField``), copied
  /// without a reference count.
  @inline(never)
  private mutating func note(
    _ code: DiagnosticCode, _ severity: Diagnostic.Severity, line: Int?, key: FieldDefinition?,
    _ template: MessageTemplate, from start: Int
  ) {
    noteInPlace(code, severity, line: line, key: key, template, from: start)
  }

  /// ``note(_:_:line:key:_:from:)`` made in the caller: the body of `note`, and
  /// inlined into the commonest notes (``noteCell(_:_:index:line:_:)``, itself
  /// inlined into callers that are never inlined, ``noteRow(_:_:keyIndex:of:in:line:_:)``
  /// and ``noteRepeat(of:in:at:firstLine:keyIndex:)``, never inlined), which then
  /// make one call fewer.
  @inline(__always)
  private mutating func noteInPlace(
    _ code: DiagnosticCode, _ severity: Diagnostic.Severity, line: Int?, key: FieldDefinition?,
    _ template: MessageTemplate, from start: Int
  ) {
    guard let pieceStart = UInt32(exactly: start) else {
      return noteAsText(code, severity, line: line, key: key, template, from: start)
    }
    // Room for twenty-four at the first (``firstRoom``), and for those the caller
    // puts in front (``frontRoom``): growing from one, a report with a few
    // diagnostics moved them three times, and from eight, a damaged report's
    // (often more than sixteen) twice more, then once more as the caller's were
    // put in front. Twenty-four 40-byte diagnostics and the array's header, 992
    // bytes (1,032 with one in front), are served from glibc's per-thread cache,
    // and so freed to it: four in five damaged reports (a median of about eight
    // diagnostics) never need more, and the others grow from there. Forty (about
    // 1.6 KiB, from the heap) cost about 260 instructions a damaged report more,
    // sixteen about 150 more (more reports grew).
    if recorded.capacity == 0 { recorded.reserveCapacity(Self.firstRoom + max(0, frontRoom)) }
    recorded.append(
      Diagnostic(
        storedLine: line, code: code, severity: severity, template: template, pieceStart: pieceStart, keyField: key,
        body: ""))
  }

  /// ``note(_:_:line:key:_:from:)`` for pieces that start past 4 GiB in the arena,
  /// which no real report comes near: the message is written now, as text, from
  /// the pieces just written, which are then dropped. Never inlined: in line, its
  /// message writing made every note set up a large stack frame and save its
  /// arguments there (about 35 instructions a diagnostic).
  @inline(never)
  private mutating func noteAsText(
    _ code: DiagnosticCode, _ severity: Diagnostic.Severity, line: Int?, key: FieldDefinition?,
    _ template: MessageTemplate, from start: Int
  ) {
    let text = arena.withBytes {
      template.message(key: key?.key, line: line, pieces: $0, start: start)
    }
    arena.removeAll(from: start)
    // A label piece written for this message is gone with it.
    if let piece = labelPiece, piece >= start { labelPiece = nil }
    recorded.append(
      Diagnostic(
        storedLine: line, code: code, severity: severity, template: .text, pieceStart: 0, keyField: key, body: text))
  }

  // MARK: Identities

  /// A total of 0 with non-negative parts means every part is 0; parts that are all 0
  /// mean the total is 0. Fills only `null`s of rows that were seen.
  mutating func inferFromZeroTotals() {
    // A group infers only into a value left open (`inferable`): a clean report has
    // none, and one pass over the states, eight at a time (``holdsInferable(_:)``),
    // costs less than reading every group.
    // The mask first: a clean report marks none open, so the states are not read;
    // then only the groups that name a value marked open (``openGroups``).
    guard openGroups != 0, Self.holdsInferable(UnsafeBufferPointer(states)) else { return }
    let selected = openGroups
    withSlots { $0.inferFromZeroTotalsInSlots(groups: selected) }
  }

  /// Stores `count` for the field at `index` as read from a cell at `line`, or,
  /// when `count` is `nil`, marks the field open as an empty cell placed in its
  /// column does (with no diagnostic): the states the inference starts from, set
  /// without rows (for the tests of ``inferFromZeroTotals()``). An index outside the
  /// fields is ignored.
  mutating func setForInference(_ index: Int, count: Int?, line: Int) {
    guard index >= 0, index < states.count else { return }
    withSlots { assembler in
      if let count {
        _ = assembler.store(count: count, at: index, source: SourceLocation(line: line), line: line)
      } else {
        _ = assembler.markNull(index, .inferable)
      }
    }
  }

  /// ``inferFromZeroTotals()`` by its general path, reading every count group of
  /// the edition: the same fields and diagnostics as the short path, which reads
  /// only the groups that name a value marked open (for the test that compares the
  /// two).
  mutating func inferFromZeroTotalsInEveryGroup() {
    guard openGroups != 0, states.contains(.inferable) else { return }
    withSlots { $0.inferFromZeroTotalsInSlots(groups: .max) }
  }

  /// ``inferFromZeroTotals()`` with ``slots`` set, once a value is known open, over
  /// the count groups that `groups` selects (a mask of positions in
  /// ``Identity/Set/countGroups``, ``CountGroupIndex/selects(_:_:)``), in order.
  ///
  /// Reading only the groups that name a value ever marked open (``openGroups``)
  /// infers exactly what reading every group infers: a group infers only when it
  /// counts an open value, every open value was marked open by ``markNull(_:_:)``,
  /// which adds its groups to the mask, and nothing opens a value meanwhile (a
  /// value inferred goes from open to `inferred`); so a group left out holds no
  /// open value at its turn and would be passed over. The groups read keep their
  /// order, so the values inferred and the notes made are the same, in the same order.
  private mutating func inferFromZeroTotalsInSlots(groups: UInt64) {
    // The fields made 0, whose warnings (an empty cell, say) are withdrawn in one
    // pass at the end: the only diagnostics added meanwhile are notes.
    // Kept as their definitions, as every diagnostic of the assembler keeps its key
    // (``Diagnostic/keyField``): an edition's keys are distinct, so a warning's key
    // is an inferred one exactly when its field's definition is one of these, told
    // by identity (``FieldDefinition``'s `==`) without reading a key's text, nor
    // copying the diagnostic to read it. A list, not a set: a report infers a few
    // fields; past ``inferredKeysListed``, a set is made once. A field is inferred
    // at most once (its state is then `inferred`), so none repeats.
    var inferredFields: [FieldDefinition] = []
    defer {
      if !inferredFields.isEmpty {
        let inferredSet: Set<FieldDefinition>? =
          inferredFields.count > Self.inferredKeysListed ? Set(inferredFields) : nil
        func isInferred(_ field: FieldDefinition) -> Bool {
          if let inferredSet { return inferredSet.contains(field) }
          return inferredFields.contains(field)
        }
        // Compacted in place, in order, as `removeAll(where:)` would: each diagnostic
        // is read where it stands and moved by swapping, never copied (the predicate
        // of `removeAll` was handed a copy of each, its two strings retained). Through
        // the list's buffer (the array is unique, so its elements are not copied): the
        // array's own `swapAt` copied both diagnostics out and back, counting their
        // references.
        let kept = recorded.withUnsafeMutableBufferPointer { list in
          var kept = 0
          for position in list.indices {
            let withdrawn =
              list[position].severity == .warning
              && list[position].keyField.map(isInferred) == true
            guard !withdrawn else { continue }
            if kept != position { list.swapAt(kept, position) }
            kept += 1
          }
          return kept
        }
        recorded.removeSubrange(kept...)
      }
    }
    let countGroups = Identity.all(for: edition).countGroups
    for position in countGroups.indices where CountGroupIndex.selects(groups, position) {
      let group = countGroups[position]
      // Count without building arrays: most groups are complete or hold a non-zero.
      var knownCount = 0
      var openCount = 0
      var allKnownZero = true
      var totalKnown = false
      var totalOpen = false
      // A part whose value is not known at all (its row not seen, a bad number, two
      // copies that disagree): the parts are then not all known to be 0.
      var partUnknown = false
      // A known value other than 0 (in a clean report, nearly always the total, read
      // first) settles the group: nothing can be inferred, so the rest is not read.
      counting: for position in 0...group.parts.count {
        let index = position == 0 ? group.total : group.parts[position - 1]
        switch states[index] {
        case .read, .inferred:
          knownCount += 1
          if case .integer(0) = slots[index].value {
          } else {
            allKnownZero = false
            break counting
          }
          if index == group.total { totalKnown = true }
        case .inferable:
          openCount += 1
          if index == group.total { totalOpen = true }
        case .unset, .lost, .conflicting:
          if index != group.total { partUnknown = true }
        }
      }
      guard knownCount > 0, openCount > 0, allKnownZero else { continue }
      // Either the total is a known 0 (so every part is 0), or every part is a known 0
      // and only the total is open.
      guard totalKnown || (openCount == 1 && totalOpen && !partUnknown) else { continue }
      for position in 0...group.parts.count {
        let index = position == 0 ? group.total : group.parts[position - 1]
        guard states[index] == .inferable else { continue }
        fill(index, .integer(0), source: slots[index].source)
        states[index] = .inferred
        // Room for a row's keys at the first: grown from one, the list was moved
        // four times for a row of zeros.
        if inferredFields.capacity == 0 { inferredFields.reserveCapacity(Self.inferredKeysListed) }
        inferredFields.append(definitions[index])
        let start = arena.end
        if totalKnown { arena.append(definitions[group.total].key) }
        note(
          .inferredFromZeroTotal, .info, line: nil, key: definitions[index],
          totalKnown ? .inferredFromTotal : .inferredFromParts,
          from: start)
      }
    }
  }

  /// How many inferred fields ``inferFromZeroTotalsInSlots(groups:)`` compares a
  /// warning's field with one by one; past them, it looks the field up in a set.
  static let inferredKeysListed = 16

  /// Gives every field that no row supplied a diagnostic naming where it should be.
  mutating func diagnoseMissing(anchors: Anchors) {
    // The tables are plain values in permanent memory: reading them for every report
    // on every core touches no shared reference count (``PermanentBuffer``).
    let tables = edition == .edition2019 ? Self.missingTables2019 : Self.missingTables2021
    // Most fields were read: their states are scanned four at a time
    // (``firstUnset(in:from:)``), and a definition is fetched only for a field left unset.
    let count = min(definitions.count, states.count)
    let scanned = UnsafeBufferPointer(rebasing: states[0..<count])
    var index = Self.firstUnset(in: scanned, from: 0)
    while index < count {
      defer { index = Self.firstUnset(in: scanned, from: index + 1) }
      let definition = definitions[index]
      let observed: Bool
      let line: Int
      switch tables[index] {
      case .proactive: (observed, line) = (observedProactive, anchors.proactive)
      case .applications: (observed, line) = (observedApplications, anchors.applications)
      case .review: (observed, line) = (observedReview, anchors.review)
      case nil: continue
      }
      let start = arena.end
      if observed {
        arena.append(Self.missingRow(at: index, in: edition))
        note(.missingRow, .warning, line: line, key: definition, .missingRow, from: start)
      } else {
        arena.append(definition.section)
        note(.missingTable, .error, line: line, key: definition, .missingTable, from: start)
      }
      states[index] = .lost
    }
  }

  /// The position of the first of `states` at or after `start` that is `unset`, or
  /// `states.count` when there is none (also for a `start` at or past the end).
  ///
  /// The same answer as `states[start...].firstIndex(of: .unset)`, read eight
  /// states at a time: a clean report leaves one or two of its 205 fields unset,
  /// so this scan of the states is nearly all that ``diagnoseMissing(anchors:)``
  /// does. A state is one byte (checked, else they are read one by one); eight
  /// are loaded as one word, and a word that holds no `unset` byte is passed
  /// whole. Every word read lies within `states`: one is loaded only while eight
  /// states remain, and the rest are read one by one.
  static func firstUnset(in states: UnsafeBufferPointer<State>, from start: Int) -> Int {
    first(.unset, held: unsetByte, in: states, from: start)
  }

  /// Whether one of `states` is `inferable`, read eight states at a time as
  /// ``firstUnset(in:from:)`` reads them: the test that lets
  /// ``inferFromZeroTotals()`` pass over a report with no value left open. A
  /// damaged report that marked a value open read about 36 states one by one for
  /// it (about 180 instructions).
  static func holdsInferable(_ states: UnsafeBufferPointer<State>) -> Bool {
    first(.inferable, held: inferableByte, in: states, from: 0) < states.count
  }

  /// The position of the first of `states` at or after `start` that is `state`,
  /// held in memory as the byte `byte`, or `states.count` when there is none: the
  /// scan of ``firstUnset(in:from:)`` and ``holdsInferable(_:)``.
  @inline(__always)
  private static func first(
    _ state: State, held byte: UInt8, in states: UnsafeBufferPointer<State>, from start: Int
  ) -> Int {
    let count = states.count
    var index = max(start, 0)
    if MemoryLayout<State>.stride == 1, let base = states.baseAddress {
      let bytes = UnsafeRawPointer(base)
      let ones: UInt64 = 0x0101_0101_0101_0101
      // Each byte made 0 where it is `state`, then the classic test for a zero
      // byte: its lowest flagged byte is always a true zero (a flag can be
      // wrong only above a true zero, through the borrow).
      let stateBytes = UInt64(byte) &* ones
      while index &+ 8 <= count {
        let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) ^ stateBytes
        let zeros = (word &- ones) & ~word & (ones &<< 7)
        if zeros != 0 { return index &+ zeros.trailingZeroBitCount &>> 3 }
        index &+= 8
      }
    }
    while index < count {
      if states[index] == state { return index }
      index &+= 1
    }
    return count
  }

  /// The byte that holds `unset` in memory (``firstUnset(in:from:)`` looks for it).
  static let unsetByte: UInt8 = withUnsafeBytes(of: State.unset) { $0.first ?? 0 }

  /// The byte that holds `inferable` in memory (``holdsInferable(_:)`` looks for it).
  static let inferableByte: UInt8 = withUnsafeBytes(of: State.inferable) { $0.first ?? 0 }

  // MARK: Where missing values belong

  /// The table a key's row belongs to, for messages about missing values.
  private enum SourceTable {
    case proactive, applications, review
  }

  private static let missingTables2019 = missingTables(for: .edition2019)
  private static let missingTables2021 = missingTables(for: .edition2021)
  private static let missingRows2019 = missingRows(for: .edition2019)
  private static let missingRows2021 = missingRows(for: .edition2021)

  /// Per field of `edition`, in catalogue order: the table its row belongs to (`nil`
  /// for the report's own keys).
  private static func missingTables(for edition: Edition) -> PermanentBuffer<SourceTable?> {
    PermanentBuffer(
      FieldCatalogue.fields(for: edition).map { definition in
        let key = definition.key
        let table: SourceTable? =
          key.hasPrefix("proactive.")
          ? .proactive
          : key.hasPrefix("applications.")
            ? .applications : (key.hasPrefix("review.") || key.hasPrefix("litigation.")) ? .review : nil
        return table
      })
  }

  /// Per field of `edition`, in catalogue order: its row's name as a message shows it.
  private static func missingRows(for edition: Edition) -> [String] {
    FieldCatalogue.fields(for: edition).map { $0.row.split(separator: "/").joined(separator: " ") }
  }

  /// The row name of the field at `index` of `edition`, as a message shows it (read
  /// only for a missing row, so the array's shared count is touched only then).
  private static func missingRow(at index: Int, in edition: Edition) -> String {
    edition == .edition2019 ? missingRows2019[index] : missingRows2021[index]
  }
}
