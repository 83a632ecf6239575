/// One equation of the contract's checks, `total = Σ parts`, as positions in an
/// edition's ``FieldCatalogue/fields(for:)``, computed once per edition.
///
/// Identities are plain values in permanent buffers: the checks and the interpreter
/// read them for every report on every core without touching a shared reference
/// count (see ``PermanentBuffer``). Their keys, needed only for messages, come from
/// the catalogue.
struct Identity: Sendable, BitwiseCopyable {
  /// The position of the stated total.
  var total: Int
  /// The positions of the parts.
  var parts: PermanentBuffer<Int>

  /// Builds the identity from keys; `nil` if a key is not in the edition.
  init?(total: String, parts: [String], edition: Edition) {
    guard let totalIndex = FieldCatalogue.index(of: total, in: edition) else { return nil }
    let partIndices = parts.compactMap { FieldCatalogue.index(of: $0, in: edition) }
    guard partIndices.count == parts.count else { return nil }
    self.total = totalIndex
    self.parts = PermanentBuffer(partIndices)
  }

  /// The key of the stated total.
  func totalKey(in edition: Edition) -> String {
    FieldCatalogue.permanentFields(for: edition)[total].key
  }

  /// The keys of the parts.
  func partKeys(in edition: Edition) -> [String] {
    let fields = FieldCatalogue.permanentFields(for: edition)
    return parts.map { fields[$0].key }
  }

  /// `applications.balance` for one column: the positions of received,
  /// carriedOver, outcomeTotal and carriedForward (`nil` where the edition lacks
  /// the key).
  struct Balance: Sendable, BitwiseCopyable {
    var received: Int?
    var carriedOver: Int?
    var outcomeTotal: Int?
    var carriedForward: Int?
  }

  /// The equations of each check, per edition.
  struct Set: Sendable, BitwiseCopyable {
    /// `applications.rowTotals`: one per row of table 三.
    var rowTotals: PermanentBuffer<Identity>
    /// `applications.outcomeSum`: one per column.
    var outcomeSums: PermanentBuffer<Identity>
    /// ``rowTotals`` and ``outcomeSums`` as one grid of positions, when they are
    /// exactly a grid's identities (as the catalogue lays table 三 out): the checks
    /// then read each of the table's fields once.
    var grid: IdentityGrid?
    /// `review.total`, `litigation.direct.total`, `litigation.afterReview.total`:
    /// each one identity, or none where the edition lacks a key.
    var review: PermanentBuffer<Identity>
    var litigationDirect: PermanentBuffer<Identity>
    var litigationAfterReview: PermanentBuffer<Identity>
    /// `applications.balance`, per column of table 三.
    var balance: PermanentBuffer<Balance>
    /// The row-level identities whose parts are non-negative counts.
    var countGroups: PermanentBuffer<Identity>
    /// One more than the largest position any identity or balance names: a list
    /// of a report's values at least this long holds every position the checks
    /// read (``Checker``).
    var fieldBound: Int
  }

  /// The identities of `edition`.
  static func all(for edition: Edition) -> Set {
    edition == .edition2019 ? sets2019 : sets2021
  }

  private static let sets2019 = make(.edition2019)
  private static let sets2021 = make(.edition2021)

  private static func make(_ edition: Edition) -> Set {
    let columns = LabelTable.applicationColumns
    let keys = FieldCatalogue.fields(for: edition).map(\.key)
    var rows: [String] = []
    for key in keys where key.hasPrefix("applications.") {
      let row = String(key.split(separator: ".").dropLast().joined(separator: "."))
      if rows.last != row { rows.append(row) }
    }
    let rowTotals = rows.compactMap { row in
      Identity(total: "\(row).total", parts: columns.dropLast().map { "\(row).\($0)" }, edition: edition)
    }
    let outcomeRows = rows.filter { row in
      ["granted", "partiallyGranted", "denied.", "unavailable.", "notProcessed.", "otherHandling."].contains {
        row.dropFirst("applications.".count).hasPrefix($0)
      }
    }
    let outcomeSums = columns.compactMap { column in
      Identity(
        total: "applications.outcomeTotal.\(column)", parts: outcomeRows.map { "\($0).\(column)" }, edition: edition)
    }
    func group(_ prefix: String) -> [Identity] {
      Identity(
        total: "\(prefix).total", parts: ["upheld", "corrected", "other", "pending"].map { "\(prefix).\($0)" },
        edition: edition
      ).map { [$0] } ?? []
    }
    let balance = columns.map { column in
      let index = { (row: String) in FieldCatalogue.index(of: "applications.\(row).\(column)", in: edition) }
      return Balance(
        received: index("received"), carriedOver: index("carriedOver"), outcomeTotal: index("outcomeTotal"),
        carriedForward: index("carriedForward"))
    }
    let review = group("review")
    let litigationDirect = group("litigation.direct")
    let litigationAfterReview = group("litigation.afterReview")
    let equations = rowTotals + outcomeSums + review + litigationDirect + litigationAfterReview
    let positions =
      equations.flatMap { [$0.total] + Array($0.parts) }
      + balance.flatMap { [$0.received, $0.carriedOver, $0.outcomeTotal, $0.carriedForward].compactMap { $0 } }
    return Set(
      rowTotals: PermanentBuffer(rowTotals), outcomeSums: PermanentBuffer(outcomeSums),
      grid: IdentityGrid(rowTotals: rowTotals, outcomeSums: outcomeSums),
      review: PermanentBuffer(review), litigationDirect: PermanentBuffer(litigationDirect),
      litigationAfterReview: PermanentBuffer(litigationAfterReview), balance: PermanentBuffer(balance),
      countGroups: PermanentBuffer(rowTotals + review + litigationDirect + litigationAfterReview),
      fieldBound: (positions.max() ?? -1) + 1)
  }
}
