/// The list that the columns named by table 二 headers are written into, one slot a
/// cell of each header row that names one (``RowAnalysis/noteHeaderColumn(_:at:cellCount:start:in:)``):
/// an array for rows read on their own (tests, tools), the run's slots
/// (``HeaderColumnSlots``) for a run's rows.
protocol HeaderColumnList {
  /// How many slots the list holds.
  var count: Int { get }
  /// Adds `count` slots (none when `count` is negative), each holding no column, at
  /// the end of the list, returning where they start; or `nil`, adding nothing,
  /// when the list has no room for them.
  mutating func appendEmptySlots(_ count: Int) -> Int?
  /// Writes `column` into the slot at `index`; does nothing for an index outside
  /// the list.
  mutating func set(_ column: Int, at index: Int)
}

extension Array: HeaderColumnList where Element == Int? {
  mutating func appendEmptySlots(_ count: Int) -> Int? {
    // Room for an ordinary report's table 二 headers, reserved at the first.
    if capacity == 0 { reserveCapacity(64) }
    let first = self.count
    // One append a slot: the generic append of a repeated `nil` cost about twice as
    // much for a header's few cells.
    for _ in 0..<Swift.max(count, 0) { append(nil) }
    return first
  }

  mutating func set(_ column: Int, at index: Int) {
    guard index >= 0, index < count else { return }
    self[index] = column
  }
}

/// A ``HeaderColumnList`` in slots of an interpretation run's one allocation, one a
/// cell of the document (``InterpretationRun/run(layout:encoding:)``): every header
/// row appends at most one slot a cell of its own, once, so the slots always
/// suffice, and the list allocates nothing (an array of its own cost a `malloc` and
/// a `free` a report, about 500 instructions).
///
/// Every read and write is checked against the slots filled so far: an index outside
/// them reads no column and writes nothing.
struct HeaderColumnSlots: HeaderColumnList {
  /// The slots, valid while the run lasts; the first ``count`` are initialised.
  private let slots: UnsafeMutableBufferPointer<Int?>
  /// How many of ``slots`` hold a slot of the list.
  private(set) var count = 0

  /// An empty list over `slots` (uninitialised memory bound to `Int?`, valid while
  /// the list is used).
  init(_ slots: UnsafeMutableBufferPointer<Int?>) {
    self.slots = slots
  }

  mutating func appendEmptySlots(_ added: Int) -> Int? {
    let added = max(added, 0)
    guard added <= slots.count &- count, let base = slots.baseAddress else { return added == 0 ? count : nil }
    (base + count).initialize(repeating: nil, count: added)
    let first = count
    count &+= added
    return first
  }

  mutating func set(_ column: Int, at index: Int) {
    guard index >= 0, index < count else { return }
    slots[index] = column
  }

  /// The column named by the slot at `index`, if any (none for an index outside the
  /// list).
  subscript(index: Int) -> Int? {
    index >= 0 && index < count ? slots[index] : nil
  }
}
