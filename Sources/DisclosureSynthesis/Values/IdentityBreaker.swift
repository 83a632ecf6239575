import DisclosureModel

/// Breaks exactly one check of a report's numbers on purpose, the way agencies'
/// reports do: a total off by a few.
enum IdentityBreaker {
  /// Changes `values` so that check `id` fails and the five others still pass.
  static func breakCheck(
    _ id: String, in values: inout [String: Int], edition: Edition, using random: inout SyntheticRandom
  ) {
    let delta = random.int(1...5)
    let key = OfficialLabels.applicationKey
    func add(_ name: String) { values[name, default: 0] += delta }
    switch id {
    case "applications.rowTotals":
      // Three row totals off by the same amount: the totals column still balances
      // and still adds up, only the rows do not.
      let row = random.pick(OfficialLabels.outcomeRows(edition)) ?? "granted"
      add(key(row, "total"))
      add(key("outcomeTotal", "total"))
      add(key("received", "total"))
    case "applications.balance":
      // New applications off in one column, and its row total with them.
      let column = random.pick(OfficialLabels.applicantColumns) ?? "naturalPerson"
      add(key("received", column))
      add(key("received", "total"))
    case "applications.outcomeSum":
      // The outcome total off in one column; new applications follow so the
      // balance holds.
      let column = random.pick(OfficialLabels.applicantColumns) ?? "naturalPerson"
      add(key("outcomeTotal", column))
      add(key("outcomeTotal", "total"))
      add(key("received", column))
      add(key("received", "total"))
    case "review.total":
      add("review.total")
    case "litigation.direct.total":
      add("litigation.direct.total")
    default:
      add("litigation.afterReview.total")
    }
  }
}
