/// A piece of a synthetic report between layout and bytes.
enum DocumentBlock: Sendable, Hashable {
  /// A paragraph of prose (or a title, or page furniture).
  case paragraph(String)
  /// The heading of section `1...6`.
  case heading(Int, String)
  /// A table, or a part of one.
  case table(LaidTable)
  /// Where a table goes before its template is laid out.
  case placeholder(TableKind)

  /// The table, if the block is one.
  var table: LaidTable? {
    if case .table(let table) = self { table } else { nil }
  }
}
