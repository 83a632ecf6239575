/// The caps that keep hostile input cheap: no row, table, line or label can make a
/// later step do more than a bounded amount of work, so parsing time grows linearly
/// with the input and memory stays within a small multiple of it.
///
/// Real reports stay far below every cap (a report has about 200 table rows of at
/// most about 20 cells, labels of at most about 40 characters). What goes beyond a
/// cap is not read, and a `limitExceeded` warning names the line where reading
/// stopped; nothing is cut silently. ``DocumentBuilder`` applies the caps on rows,
/// tables, lines and paragraphs, so every adapter that builds its document with it
/// gets them; label normalisation applies ``labelCharacters``.
///
/// The caps exist because such costs are real: cmark-gfm spent quadratic time on
/// pipe-table rows padded with cells (CVE-2023-37463).
public enum InputLimits {
  /// The most cells a table row keeps (256). Further cells of the row are dropped.
  public static let cellsPerRow = 256
  /// The most rows a table keeps (5,000). Further rows of the table are dropped.
  public static let rowsPerTable = 5_000
  /// The most table rows a document keeps (20,000). Further rows are dropped.
  public static let rowsPerDocument = 20_000
  /// The most paragraphs (non-blank lines of prose) a document keeps (100,000).
  /// Further paragraphs are dropped; they still end the table before them.
  public static let paragraphsPerDocument = 100_000
  /// The most bytes of one paragraph that are kept (256 KiB). The rest of the line
  /// is dropped, at a character boundary.
  public static let paragraphBytes = 256 << 10
  /// The most characters of a label cell or heading that are normalised and compared
  /// (256); the label tables' longest entry has about 40.
  public static let labelCharacters = 256
}
