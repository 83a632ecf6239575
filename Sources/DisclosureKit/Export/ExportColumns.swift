import DisclosureModel

/// The columns of the corpus table that ``CSVTableWriter`` writes, in order: one row
/// per file, the same columns for every report whatever its edition.
///
/// | columns | content |
/// |---|---|
/// | `path` | the file, as found by ``CorpusFiles`` |
/// | `layout`, `encoding`, `edition`, `agency`, `year` | from ``ReportMetadata`` |
/// | every key of ``FieldCatalogue/allKeys`` (`report.title` … `litigation.afterReview.total`) | the value as in the `fields` output (text keeps its line breaks, quoted); empty for `null` and for a key the report's edition lacks |
/// | `check.<id>` per ``CheckID`` | `pass`, `fail` or `incomplete` |
/// | `diagnostics.info`, `diagnostics.warning`, `diagnostics.error` | how many diagnostics of each severity |
/// | `blankCellsReadAsZero` | `true` when blank cells were read as 0 (``ParseOptions/blankAsZero``), else `false` |
/// | `error` | for a file that is not a report: the ``DisclosureError/description`` (every other column but `path` is empty); empty for a report |
///
/// That is 248 columns: 6, then 231 field keys (the 234 rows of `fields.tsv` less
/// the three keys both editions define under different labels, such as
/// `proactive.licensing.decisions`), 6 checks, 3 counts, and 2. A column name holds
/// dots, never commas or quotes. Each edition's keys keep their `fields.tsv` order,
/// except that those three stand where `fields.tsv` first lists them, among the
/// 2021 keys of table 二.
public enum ExportColumns {
  /// The columns before the fields.
  public static let metadata = ["path", "layout", "encoding", "edition", "agency", "year"]
  /// The field columns: every distinct key of both editions, in `fields.tsv` order.
  public static let fields = FieldCatalogue.allKeys
  /// The check columns, `check.<id>` in the contract's order.
  public static let checks = CheckID.allCases.map { "check.\($0.rawValue)" }
  /// The diagnostic count columns, `diagnostics.<severity>` from `info` to `error`.
  public static let diagnostics = Diagnostic.Severity.allCases.sorted().map { "diagnostics.\($0.rawValue)" }
  /// The columns after the diagnostic counts.
  public static let trailing = ["blankCellsReadAsZero", "error"]

  /// Every column, in order.
  public static let all = metadata + fields + checks + diagnostics + trailing

  /// The position in a 2019 report's ``Report/fields`` of each field column, or -1
  /// where the edition lacks the key.
  private static let fieldPositions2019 = fields.map { FieldCatalogue.index(of: $0, in: .edition2019) ?? -1 }
  /// The same for the 2021 edition.
  private static let fieldPositions2021 = fields.map { FieldCatalogue.index(of: $0, in: .edition2021) ?? -1 }

  /// For `edition`, the position in a report's ``Report/fields`` of each field
  /// column, or -1 where the edition lacks the key: a switch and a plain `Int` each,
  /// where a dictionary of optionals cost the row writer a hashed look-up a row.
  static func fieldPositions(of edition: Edition) -> [Int] {
    switch edition {
    case .edition2019: fieldPositions2019
    case .edition2021: fieldPositions2021
    }
  }
}
