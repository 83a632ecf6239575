import DisclosureModel

/// The identities of the contract's six checks, written out from the spec's table
/// independently of the library's `Checker`, and evaluated with `null` operands.
enum SyntheticIdentities {
  /// The six check ids, in the contract's order.
  static let checkIDs = [
    "applications.rowTotals", "applications.balance", "applications.outcomeSum",
    "review.total", "litigation.direct.total", "litigation.afterReview.total",
  ]

  /// One equation: the keys summed on each side.
  struct Equation: Sendable {
    var left: [String]
    var right: [String]
  }

  /// The equations of each check for `edition`.
  static func equations(_ edition: Edition) -> [String: [Equation]] {
    edition == .edition2019 ? equations2019 : equations2021
  }

  private static let equations2019 = makeEquations(.edition2019)
  private static let equations2021 = makeEquations(.edition2021)

  private static func makeEquations(_ edition: Edition) -> [String: [Equation]] {
    let columns = OfficialLabels.applicantColumns
    let key = OfficialLabels.applicationKey
    var result: [String: [Equation]] = [:]
    result["applications.rowTotals"] = OfficialLabels.applicationRows(edition).map { row in
      Equation(left: [key(row, "total")], right: columns.map { key(row, $0) })
    }
    result["applications.balance"] = OfficialLabels.applicationColumns.map { column in
      Equation(
        left: [key("received", column), key("carriedOver", column)],
        right: [key("outcomeTotal", column), key("carriedForward", column)])
    }
    result["applications.outcomeSum"] = OfficialLabels.applicationColumns.map { column in
      Equation(left: [key("outcomeTotal", column)], right: OfficialLabels.outcomeRows(edition).map { key($0, column) })
    }
    for (group, id) in zip(OfficialLabels.reviewGroups, checkIDs.dropFirst(3)) {
      result[id] = [
        Equation(left: ["\(group).total"], right: ["upheld", "corrected", "other", "pending"].map { "\(group).\($0)" })
      ]
    }
    return result
  }

  /// `pass`, `fail` or `incomplete` for every check: `fail` when a fully known
  /// equation disagrees, else `incomplete` when an operand is `null`, else `pass`.
  static func statuses(_ values: [String: Int?], edition: Edition) -> [String: String] {
    var result: [String: String] = [:]
    let all = equations(edition)
    for id in checkIDs {
      var failed = false
      var unknown = false
      for equation in all[id] ?? [] {
        let left = equation.left.map { values[$0] ?? nil }
        let right = equation.right.map { values[$0] ?? nil }
        if left.contains(where: { $0 == nil }) || right.contains(where: { $0 == nil }) {
          unknown = true
        } else if left.reduce(0, { $0 + ($1 ?? 0) }) != right.reduce(0, { $0 + ($1 ?? 0) }) {
          failed = true
        }
      }
      result[id] = failed ? "fail" : (unknown ? "incomplete" : "pass")
    }
    return result
  }
}
