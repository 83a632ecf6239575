/// One equation of the contract's checks, `total = Σ parts`, as positions in an
/// edition's ``FieldCatalogue/fields(for:)``, computed once per edition.
struct Identity: Sendable {
  /// The key and position of the stated total.
  var totalKey: String
  var total: Int
  /// The keys and positions of the parts.
  var partKeys: [String]
  var parts: [Int]

  /// Builds the identity from keys; `nil` if a key is not in the edition.
  init?(total: String, parts: [String], edition: Edition) {
    guard let totalIndex = FieldCatalogue.index(of: total, in: edition) else { return nil }
    let partIndices = parts.compactMap { FieldCatalogue.index(of: $0, in: edition) }
    guard partIndices.count == parts.count else { return nil }
    self.totalKey = total
    self.total = totalIndex
    self.partKeys = parts
    self.parts = partIndices
  }

  /// The equations of each check, per edition.
  struct Set: Sendable {
    /// `applications.rowTotals`: one per row of table 三.
    var rowTotals: [Identity]
    /// `applications.outcomeSum`: one per column.
    var outcomeSums: [Identity]
    /// `review.total`, `litigation.direct.total`, `litigation.afterReview.total`.
    var review: Identity?
    var litigationDirect: Identity?
    var litigationAfterReview: Identity?
    /// `applications.balance`: per column, the positions of received, carriedOver,
    /// outcomeTotal and carriedForward.
    var balance: [(keys: [String], indices: [Int])]

    /// The row-level identities whose parts are non-negative counts.
    var countGroups: [Identity] = []
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
    func group(_ prefix: String) -> Identity? {
      Identity(
        total: "\(prefix).total", parts: ["upheld", "corrected", "other", "pending"].map { "\(prefix).\($0)" },
        edition: edition)
    }
    let balance = columns.map { column in
      let keys = ["received", "carriedOver", "outcomeTotal", "carriedForward"].map { "applications.\($0).\(column)" }
      return (keys, keys.compactMap { FieldCatalogue.index(of: $0, in: edition) })
    }
    var set = Set(
      rowTotals: rowTotals, outcomeSums: outcomeSums, review: group("review"),
      litigationDirect: group("litigation.direct"), litigationAfterReview: group("litigation.afterReview"),
      balance: balance)
    set.countGroups = rowTotals + [set.review, set.litigationDirect, set.litigationAfterReview].compactMap { $0 }
    return set
  }
}
