extension Table {
  /// The rows of one table, top to bottom, indexed from 0 like an array.
  ///
  /// A table that ``DocumentBuilder`` built holds the builder's compact form, not a
  /// `Row` a row: the document's one buffer of cells and its list of where each row
  /// ends, with the table's range of that list. A `Row` is made only when one is
  /// read (by subscript or iteration), in O(1): its ``Row/Cells`` share the buffer.
  /// So finishing a document allocates nothing per table or row, and freeing it
  /// releases two references a table instead of a `Row` a row and an array a table.
  ///
  /// Reading never copies. Changing the rows (setting one, appending, removing) first
  /// makes them an array of `Row` values of the table's own (their cells still
  /// shared, copied only when they change, see ``Row/Cells``), so no other table
  /// ever sees the change. A table made with ``Table/init(rows:)`` holds its array.
  ///
  /// ```swift
  /// let table = document.tables[0]
  /// table.rows.count                            // 14
  /// table.rows[2].line                          // 26
  /// for row in table.rows { ... }
  /// let copy = Array(table.rows)                // a plain [Row]
  /// ```
  public struct Rows: RandomAccessCollection, MutableCollection, RangeReplaceableCollection, Sendable {
    /// How the rows are held.
    enum Form: Sendable {
      /// Rows made by the caller, as they are.
      case plain([Row])
      /// The builder's compact form, see ``Shared``.
      case shared(Shared)
    }

    /// Rows held as ranges of a buffer of cells that other tables share: row `i`
    /// (from 0) is `cells[start(i) ..< ends[rows.lowerBound + i].cells]`, where a
    /// row starts where the one before ends (the first at `start`), and its line is
    /// its first cell's.
    ///
    /// Only ``DocumentBuilder/finish()`` makes one, after checking what readers rely
    /// on without checking again: `rows` lies within `ends`, and every row's range
    /// is non-empty (so it has a first cell and a line) and within `cells`, the first
    /// starting at `start` and each at the end of the one before.
    ///
    /// The table's range of rows and its first cell are held as 32-bit offsets (the
    /// check makes sure they fit, and ``InputLimits`` keeps every document's rows and
    /// cells far below that), so that a `Shared` takes 28 bytes and a ``Block`` 32
    /// (48 with full-width offsets): a report's blocks then fit the 1 KiB that
    /// `malloc` serves from its per-thread cache, and each block is copied and
    /// destroyed in fewer words.
    struct Shared: Sendable {
      /// Every cell of the document, the buffer all its tables share, as the builder
      /// stores them (``StoredCell``: every cell of a document with a `Shared` fits).
      let cells: [StoredCell]
      /// Where each row of the document ends in `cells` (the builder's list).
      let ends: [DocumentBuilder.RowEnd]
      /// The table's first row: the lower bound of its range of `ends`.
      private let firstRow: Int32
      /// One past the table's last row: the upper bound of its range of `ends`.
      private let endRow: Int32
      /// Where the table's first row starts in `cells`.
      private let firstCell: Int32

      /// The table's rows: its range of `ends`.
      var rows: Range<Int> { Range(uncheckedBounds: (Int(firstRow), Int(endRow))) }
      /// Where the table's first row starts in `cells`.
      var start: Int { Int(firstCell) }

      /// The rows `rows` of `ends`, the first starting at `start` in `cells`: rows that
      /// ``isValid(cells:ends:rows:start:)`` accepted, so every bound fits 32 bits.
      init(cells: [StoredCell], ends: [DocumentBuilder.RowEnd], rows: Range<Int>, start: Int) {
        self.cells = cells
        self.ends = ends
        self.firstRow = Int32(truncatingIfNeeded: rows.lowerBound)
        self.endRow = Int32(truncatingIfNeeded: rows.upperBound)
        self.firstCell = Int32(truncatingIfNeeded: start)
      }

      /// The number of cells in the table's rows.
      var cellCount: Int { rows.isEmpty ? 0 : ends[rows.upperBound - 1].cells - start }

      /// Where row `index` (an index of `ends` within `rows`) starts in `cells`.
      func startOfRow(_ index: Int) -> Int {
        index == rows.lowerBound ? start : ends[index - 1].cells
      }

      /// Row `index` (an index of `ends` within `rows`), its cells sharing `cells`.
      func row(_ index: Int) -> Row {
        row(cells: startOfRow(index)..<ends[index].cells)
      }

      /// The row whose cells are `bounds` of `cells`: one row's range (see
      /// ``Shared``), so non-empty and within `cells`.
      @inline(__always)
      func row(cells bounds: Range<Int>) -> Row {
        Row(cells: Row.Cells(uncheckedSharing: cells, bounds: bounds), line: cells[bounds.lowerBound].line)
      }

      /// Whether `ends[rows]`, the first row starting at `start`, are rows that
      /// readers may take as they are (see ``Shared``): each non-empty, each
      /// starting where the one before ends, the last ending within `cells`, and
      /// every bound small enough for the 32-bit offsets a `Shared` keeps.
      ///
      /// When the caller knows that `ends` rise strictly from row to row
      /// (`knownAscending`, as ``DocumentBuilder`` keeps them, see
      /// ``DocumentBuilder/rowEndsAscend``), only the first row's start and the last
      /// row's end are compared: with every end above the one before, the rows
      /// between are non-empty and within `cells` too. This saves a walk over every
      /// row of every table when a document is finished. Otherwise every row is
      /// tested.
      static func isValid(
        cells: [StoredCell], ends: [DocumentBuilder.RowEnd], rows: Range<Int>, start: Int, knownAscending: Bool = false
      ) -> Bool {
        guard rows.lowerBound >= 0, rows.upperBound <= ends.count, rows.upperBound <= Int32.max, start >= 0,
          cells.count <= Int32.max
        else { return false }
        if knownAscending, !rows.isEmpty {
          return start < ends[rows.lowerBound].cells && ends[rows.upperBound - 1].cells <= cells.count
        }
        var previous = start
        for index in rows {
          let end = ends[index].cells
          guard previous < end else { return false }
          previous = end
        }
        return previous <= cells.count
      }
    }

    /// The rows.
    private(set) var form: Form

    /// No rows.
    public init() {
      form = .plain([])
    }

    /// The rows of `rows`, in order.
    public init(_ rows: [Row]) {
      form = .plain(rows)
    }

    /// Rows in the builder's compact form, checked by ``Shared/isValid(cells:ends:rows:start:)``.
    init(shared: Shared) {
      form = .shared(shared)
    }

    /// 0, like an array's.
    public var startIndex: Int { 0 }
    /// The number of rows.
    public var endIndex: Int { count }
    /// The number of rows.
    public var count: Int {
      switch form {
      case .plain(let rows): rows.count
      case .shared(let shared): shared.rows.count
      }
    }

    /// The index after `index`.
    public func index(after index: Int) -> Int { index + 1 }
    /// The index before `index`.
    public func index(before index: Int) -> Int { index - 1 }

    /// The row at `position`, which must be in `0 ..< count` (as for an array).
    public subscript(position: Int) -> Row {
      get {
        switch form {
        case .plain(let rows):
          return rows[position]
        case .shared(let shared):
          precondition(position >= 0 && position < shared.rows.count, "Table.Rows index out of range")
          return shared.row(shared.rows.lowerBound + position)
        }
      }
      set {
        makePlain { $0[position] = newValue }
      }
    }

    /// Replaces the rows at `subrange` (indexes from 0) with `newElements`, in an
    /// array of the table's own.
    public mutating func replaceSubrange<C: Collection<Row>>(_ subrange: Range<Int>, with newElements: C) {
      makePlain { $0.replaceSubrange(subrange, with: newElements) }
    }

    /// Appends `row`, in an array of the table's own.
    public mutating func append(_ row: Row) {
      makePlain { $0.append(row) }
    }

    /// Makes room for `capacity` rows in an array of the table's own.
    public mutating func reserveCapacity(_ capacity: Int) {
      makePlain { $0.reserveCapacity(capacity) }
    }

    /// The number of cells in all the rows: for the builder's rows, without
    /// looking at each.
    package var cellCount: Int {
      switch form {
      case .plain(let rows): rows.reduce(0) { $0 + $1.cells.count }
      case .shared(let shared): shared.cellCount
      }
    }

    /// Calls `change` with the rows as an array of the table's own (the builder's
    /// rows made into `Row` values first), which it may change, and keeps it. The
    /// array is moved out of `form` for the call, so that it is unique and changed
    /// in place.
    private mutating func makePlain(_ change: (inout [Row]) -> Void) {
      var rows: [Row]
      switch form {
      case .plain(let own): rows = own
      case .shared(let shared): rows = shared.rows.map(shared.row)
      }
      form = .plain([])
      change(&rows)
      form = .plain(rows)
    }
  }
}

extension Table.Rows: ExpressibleByArrayLiteral {
  /// The rows listed, in order.
  public init(arrayLiteral rows: Row...) {
    self.init(rows)
  }
}

extension Table.Rows: Hashable {
  /// Tables' rows are equal when they hold equal rows in the same order, however
  /// they are held.
  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.elementsEqual(rhs)
  }

  /// Hashes the count and the rows in order, as an array of them hashes.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for row in self { hasher.combine(row) }
  }
}

extension Table.Rows: CustomStringConvertible {
  /// The rows as an array would print them.
  public var description: String { Array(self).description }
}
