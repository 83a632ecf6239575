extension Row {
  /// The cells of one row, indexed from 0 like an array.
  ///
  /// The rows of a document built by ``DocumentBuilder`` share one buffer holding all
  /// of the document's cells, and each row's `Cells` is its range of that buffer: a
  /// document costs one allocation for its cells, not one per row or per table.
  /// Reading never copies. Changing a row's cells (setting one, appending, removing)
  /// first copies that row's cells into a buffer of its own, so no other row ever
  /// sees the change.
  ///
  /// ```swift
  /// let row = document.tables[0].rows[0]
  /// row.cells.count                            // 4
  /// document.text(row.cells[0])                // "规章"
  /// for (index, cell) in row.cells.enumerated() { ... }
  /// let copy = Array(row.cells)                // a plain [Cell]
  /// ```
  public struct Cells: RandomAccessCollection, MutableCollection, RangeReplaceableCollection, Sendable {
    /// The buffer the cells are a range of (possibly shared with other rows).
    private var base: [Cell]
    /// The row's range of `base`.
    private var bounds: Range<Int>

    /// No cells.
    public init() {
      base = []
      bounds = 0..<0
    }

    /// The cells of `cells`, in order.
    public init(_ cells: [Cell]) {
      base = cells
      bounds = 0..<cells.count
    }

    /// The cells at `bounds` of `base`, which other rows may share. `bounds` lies
    /// within `base`'s indices (the builder's own ranges).
    init(sharing base: [Cell], bounds: Range<Int>) {
      let lower = Swift.min(Swift.max(0, bounds.lowerBound), base.count)
      self.base = base
      self.bounds = lower..<Swift.min(Swift.max(lower, bounds.upperBound), base.count)
    }

    /// The cells at `bounds` of `base`, taken as they are: for ``DocumentBuilder``,
    /// whose rows' ranges lie within its buffer of cells by construction (a row's
    /// range is `rowStart..<cells.count` when it ends, and cells are only ever removed
    /// from an open row's start on), so the clamping of ``init(sharing:bounds:)``
    /// would only cost instructions on every row.
    init(uncheckedSharing base: [Cell], bounds: Range<Int>) {
      self.base = base
      self.bounds = bounds
    }

    /// 0, like an array's.
    public var startIndex: Int { 0 }
    /// The number of cells.
    public var endIndex: Int { bounds.count }
    /// The number of cells.
    public var count: Int { bounds.count }
    /// Whether the row has no cells.
    public var isEmpty: Bool { bounds.isEmpty }

    /// The index after `index`.
    public func index(after index: Int) -> Int { index + 1 }
    /// The index before `index`.
    public func index(before index: Int) -> Int { index - 1 }

    /// The cell at `position`, which must be in `0 ..< count` (as for an array).
    public subscript(position: Int) -> Cell {
      get {
        precondition(position >= 0 && position < bounds.count, "Row.Cells index out of range")
        return base[bounds.lowerBound + position]
      }
      set {
        precondition(position >= 0 && position < bounds.count, "Row.Cells index out of range")
        makeOwned()
        base[position] = newValue
      }
    }

    /// Replaces the cells at `subrange` (indexes from 0) with `newElements`, in a
    /// buffer of the row's own.
    public mutating func replaceSubrange<C: Collection<Cell>>(_ subrange: Range<Int>, with newElements: C) {
      makeOwned()
      base.replaceSubrange(subrange, with: newElements)
      bounds = 0..<base.count
    }

    /// Makes room for `capacity` cells in a buffer of the row's own.
    public mutating func reserveCapacity(_ capacity: Int) {
      makeOwned()
      base.reserveCapacity(capacity)
    }

    /// Calls `body` with the cells in contiguous memory, valid only during the call.
    public func withUnsafeBufferPointer<Result, Failure>(
      _ body: (UnsafeBufferPointer<Cell>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
      try base.withUnsafeBufferPointer { (buffer) throws(Failure) -> Result in
        try body(UnsafeBufferPointer(rebasing: buffer[bounds]))
      }
    }

    /// Calls `body` with the cells in contiguous memory (always available).
    public func withContiguousStorageIfAvailable<Result>(
      _ body: (UnsafeBufferPointer<Cell>) throws -> Result
    ) rethrows -> Result? {
      try base.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[bounds])) }
    }

    /// Gives the row a buffer of its own (its range of a shared one, copied), before
    /// a change; a buffer it already has to itself is kept.
    private mutating func makeOwned() {
      guard bounds != 0..<base.count else { return }
      base = Array(base[bounds])
      bounds = 0..<base.count
    }
  }
}

extension Row.Cells: ExpressibleByArrayLiteral {
  /// The cells listed, in order.
  public init(arrayLiteral cells: Cell...) {
    self.init(cells)
  }
}

extension Row.Cells: Hashable {
  /// Rows' cells are equal when they hold equal cells in the same order, whichever
  /// buffers hold them.
  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.elementsEqual(rhs)
  }

  /// Hashes the count and the cells in order.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for cell in self { hasher.combine(cell) }
  }
}

extension Row.Cells: CustomStringConvertible {
  /// The cells as an array would print them.
  public var description: String { Array(self).description }
}
