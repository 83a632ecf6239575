/// Conversion damage a synthetic report can be rendered with. Each kind records
/// its truth: which values stay readable exactly and which become `null`.
///
/// Every kind applies to every ``SyntheticLayout``; the layout decides how the
/// damage looks (see `Documentation/Synthesis.md`). A kind that finds nothing to
/// change (``thousandsSeparators`` in a report without a number ≥ 1000) leaves
/// the text as it is.
public enum DamageKind: String, CaseIterable, Sendable, Hashable, Codable {
  /// Table 三's label area shrinks from three columns to two: the header's first
  /// number column is where the deepest row labels sit, those rows' values shift
  /// right, shallower rows end with an empty cell (seed 001). Values exact.
  case labelInNumberColumn
  /// Table 三 is split at a page break: a page-furniture line, then a second part
  /// that starts with an empty header row and whose rows all end with the same
  /// number of extra empty cells (seed 003). Values exact.
  case splitTable
  /// The header rows of table 三 or 四 are merged into one row, each column's
  /// header texts joined. Values exact.
  case headerMerged
  /// Every header row of table 三 or 四 is spread over two rows: long header texts
  /// are broken in the middle and the second half sits in an extra row below.
  /// Values exact.
  case headerSpread
  /// Header cells of tables 三 and 四 wrap over several lines: untabbed
  /// continuation lines (cell-per-line), `<br>` (Markdown), or the remainder on
  /// the next line as a row of its own (TSV). Values exact.
  case headerWrapped
  /// One data row of table 三 loses one value cell; the cells after it shift left.
  /// If every value of the row is 0 they all stay exact, otherwise all are `null`.
  case missingCell
  /// One data row of table 三 holds only its total; the other value cells are
  /// empty, and in half the cases one of them is lost as well (seed 002). The total is
  /// exact, the six columns are `null`.
  case totalOnly
  /// One to three data rows of table 三 vanish; their values are `null`.
  case rowsLost
  /// The heading of section 二, 三 or 四 is removed; the table must be found by
  /// its shape. Values exact.
  case headingLost
  /// A vertical label of table 三 (`本年度办理结果` or a group label) is broken into
  /// single characters, one per row, in reversed order (seed 000). Values exact.
  case reversedHeader
  /// A few value cells are empty; those values are `null`.
  case emptyCells
  /// A few value cells hold `-`, `—`, `/` or `无`; those values are `null`.
  case placeholders
  /// Some numbers are written with full-width digits (`１２３`). Values exact.
  case fullWidthDigits
  /// Numbers of 1000 or more are written with ASCII thousands separators
  /// (`1,234`). Values exact.
  case thousandsSeparators
  /// Lines end with CRLF. Values exact.
  case crlf
  /// The text starts with a UTF-8 byte-order mark. Values exact.
  case byteOrderMark
  /// Page furniture (a page number such as `- 3 -`, `第3页 共8页` or `3`, or the
  /// report title repeated) sits between rows of a table. Values exact.
  case interleavedProse
  /// Labels and headings use variant wordings (`(一)`, `区分的`, `其他法律法规禁止公开`,
  /// `结果 维持`, `三、政府信息依申请公开办理情况`). Values exact.
  case labelVariants
  /// Table 三 or 四 appears twice. Either the copy is identical (values exact) or
  /// it disagrees in one value, which is then `null`: the parser must flag the
  /// disagreement, not pick a copy.
  case repeatedTable
}
