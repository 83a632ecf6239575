/// The stable codes of ``Diagnostic``. New codes may be added; existing ones keep
/// their meaning.
public enum DiagnosticCode: String, Sendable, Hashable, Codable, CaseIterable {
  /// A value cell is empty, so the value is `null`.
  case emptyCell
  /// A value cell holds only `-`, `—`, `/` or `无`, so the value is `null`.
  case placeholderCell
  /// A value cell holds text that is not a number of the field's type.
  case unreadableNumber
  /// A value is written in a unit other than the field's (`251000元` for 万元).
  case unitMismatch
  /// A number does not fit in a 64-bit integer.
  case numberOverflow
  /// A row's values cannot be placed in their columns with certainty; they are `null`.
  case cannotPlace
  /// A row has empty cells after its values, beyond the table's columns (extra
  /// columns of a page break); they were dropped.
  case extraEmptyCells
  /// Values were inferred as 0 because the row's or group's total is 0 and every
  /// count is non-negative.
  case inferredFromZeroTotal
  /// Every value of a row is 0 and the row lacks one cell, or has extra cells that
  /// are all 0 too, so every column is 0 whichever cell was lost or added.
  case inferredZeroRow
  /// A row holds only its total; the other columns are unknown.
  case totalOnly
  /// A row of a table was not found in the text; its values are `null`.
  case missingRow
  /// A whole table was not found; its values are `null`.
  case missingTable
  /// A table was found by its shape because its section heading is missing.
  case foundByShape
  /// A section heading was not found.
  case missingSection
  /// A row appears again with the same values (a repeated table); it was read once.
  case duplicateRow
  /// A repeated row disagrees with its first copy; the values that differ are `null`.
  case conflictingDuplicate
  /// A row inside a table holds numbers but no known label; it was not used.
  case unrecognizedRow
  /// The template edition was decided by the report year, not by table headers.
  case editionFromYear
  /// The table headers and the report year point to different editions.
  case editionConflict
  /// The report title, agency or year was not found.
  case missingMetadata
  /// A value was read with a cell-level repair (full-width digits, grouping).
  case normalizedNumber
  /// Byte sequences on the line were not valid in the text's encoding and were
  /// replaced with U+FFFD (lenient decoding only; strict decoding refuses the input).
  case replacedBytes
  /// A row, table, line or the document went beyond an ``InputLimits`` cap; what lay
  /// beyond it was not read.
  case limitExceeded
  /// An empty value cell, placed in its column with certainty, was read as 0 because
  /// the parse asked for it (``ParseOptions/blankAsZero``); without that option it
  /// would be `null` with ``emptyCell``.
  case blankReadAsZero
}
