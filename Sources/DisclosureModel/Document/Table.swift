/// A table grid in a layout-neutral ``Document``.
///
/// A table is what the adapter saw as one contiguous table. Tables broken by a page
/// break or a blank line arrive as several `Table` values; the interpreter reads
/// each row by its labels and shape, so the pieces need not be joined and adapters
/// need not guess.
public struct Table: Sendable, Hashable {
  /// The rows, top to bottom.
  public var rows: [Row]

  /// Creates a table.
  public init(rows: [Row]) {
    self.rows = rows
  }

  /// The 1-based source line of the first row, or 0 for an empty table.
  public var line: Int { rows.first?.line ?? 0 }
}
