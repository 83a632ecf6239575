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
    /// The buffers a row's cells can be a range of.
    private enum Buffer: Sendable {
      /// Public cells: a row made by a caller, or changed.
      case cells([Cell])
      /// The builder's buffer of stored cells (``StoredCell``), whose cells are
      /// made into `Cell` values only as they are read.
      case stored([StoredCell])
    }

    /// The buffer the cells are a range of (possibly shared with other rows).
    private var base: Buffer
    /// The row's range of `base`.
    private var bounds: Range<Int>

    /// No cells.
    public init() {
      base = .cells([])
      bounds = 0..<0
    }

    /// The cells of `cells`, in order.
    public init(_ cells: [Cell]) {
      base = .cells(cells)
      bounds = 0..<cells.count
    }

    /// The cells at `bounds` of `base`, which other rows may share. `bounds` lies
    /// within `base`'s indices (the builder's own ranges).
    init(sharing base: [Cell], bounds: Range<Int>) {
      let lower = Swift.min(Swift.max(0, bounds.lowerBound), base.count)
      self.base = .cells(base)
      self.bounds = lower..<Swift.min(Swift.max(lower, bounds.upperBound), base.count)
    }

    /// The cells at `bounds` of `base`, taken as they are: for ``DocumentBuilder``,
    /// whose rows' ranges lie within its buffer of cells by construction (a row's
    /// range is `rowStart..<cells.count` when it ends, and cells are only ever removed
    /// from an open row's start on), so the clamping of ``init(sharing:bounds:)``
    /// would only cost instructions on every row.
    init(uncheckedSharing base: [Cell], bounds: Range<Int>) {
      self.base = .cells(base)
      self.bounds = bounds
    }

    /// The cells at `bounds` of the builder's buffer of stored cells, taken as they
    /// are (see ``init(uncheckedSharing:bounds:)``); each is made a `Cell` when read.
    init(uncheckedSharing base: [StoredCell], bounds: Range<Int>) {
      self.base = .stored(base)
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
        switch base {
        case .cells(let cells): return cells[bounds.lowerBound + position]
        case .stored(let cells): return cells[bounds.lowerBound + position].cell
        }
      }
      set {
        precondition(position >= 0 && position < bounds.count, "Row.Cells index out of range")
        changeOwned { $0[position] = newValue }
      }
    }

    /// Replaces the cells at `subrange` (indexes from 0) with `newElements`, in a
    /// buffer of the row's own.
    public mutating func replaceSubrange<C: Collection<Cell>>(_ subrange: Range<Int>, with newElements: C) {
      changeOwned { $0.replaceSubrange(subrange, with: newElements) }
    }

    /// Makes room for `capacity` cells in a buffer of the row's own.
    public mutating func reserveCapacity(_ capacity: Int) {
      changeOwned { $0.reserveCapacity(capacity) }
    }

    /// Calls `body` with the cells in contiguous memory, valid only during the call
    /// (cells of the builder's stored buffer are made into a temporary array first).
    public func withUnsafeBufferPointer<Result, Failure>(
      _ body: (UnsafeBufferPointer<Cell>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
      switch base {
      case .cells(let cells):
        return try cells.withUnsafeBufferPointer { (buffer) throws(Failure) -> Result in
          try body(UnsafeBufferPointer(rebasing: buffer[bounds]))
        }
      case .stored(let cells):
        return try cells[bounds].map(\.cell).withUnsafeBufferPointer { (buffer) throws(Failure) -> Result in
          try body(buffer)
        }
      }
    }

    /// Calls `body` with the cells in contiguous memory when the row holds them as
    /// `Cell` values (a row made by a caller, or changed); returns `nil` for a row
    /// of the builder's stored buffer, whose cells are made only as they are read
    /// (``withUnsafeBufferPointer(_:)`` copies them into a temporary buffer instead).
    public func withContiguousStorageIfAvailable<Result>(
      _ body: (UnsafeBufferPointer<Cell>) throws -> Result
    ) rethrows -> Result? {
      switch base {
      case .cells(let cells):
        return try cells.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[bounds])) }
      case .stored: return nil
      }
    }

    /// Calls `change` with the row's cells as a buffer of its own (its range of a
    /// shared one copied, stored cells made `Cell`s; a buffer it already has to
    /// itself is kept), which it may change, and keeps it. The array is moved out of
    /// `base` for the call, so that it is unique and changed in place.
    private mutating func changeOwned(_ change: (inout [Cell]) -> Void) {
      var own: [Cell]
      switch base {
      case .cells(let cells) where bounds == 0..<cells.count: own = cells
      case .cells(let cells): own = Array(cells[bounds])
      case .stored(let cells): own = cells[bounds].map(\.cell)
      }
      base = .cells([])
      change(&own)
      bounds = 0..<own.count
      base = .cells(own)
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
