/// A table grid in a layout-neutral ``Document``.
///
/// A table is what the adapter saw as one contiguous table. Tables broken by a page
/// break or a blank line arrive as several `Table` values; the interpreter reads
/// each row by its labels and shape, so the pieces need not be joined and adapters
/// need not guess.
public struct Table: Sendable, Hashable {
  /// The rows, top to bottom (see ``Rows``: a collection indexed from 0 like an
  /// array, whose rows are made only as they are read).
  public var rows: Rows

  /// Creates a table.
  public init(rows: [Row]) {
    self.rows = Rows(rows)
  }

  /// Creates a table of `rows`, however they are held.
  public init(rows: Rows) {
    self.rows = rows
  }

  /// The 1-based source line of the first row, or 0 for an empty table.
  public var line: Int { rows.first?.line ?? 0 }
}
