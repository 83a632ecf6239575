/// Runs the six consistency checks (勾稽关系) of the contract on a report's values.
///
/// Checks never change a value: a report that fails them is reported as failing.
public enum Checker {
  /// The six results for `report`, in the contract's order.
  public static func check(_ report: Report) -> [CheckResult] {
    let identities = Identity.all(for: report.edition)
    // Every field's integer, read once: the identities read about 250 values.
    let integers = report.fields.map { $0.value?.integer }
    func value(_ index: Int) -> Int? { index < integers.count ? integers[index] : nil }

    func evaluate(_ id: CheckID, _ equations: [Identity]) -> CheckResult {
      var failures: [CheckResult.Failure] = []
      var incomplete = false
      for equation in equations {
        var sum = 0
        var missing = false
        for part in equation.parts {
          if let partValue = value(part) { sum &+= partValue } else { missing = true }
        }
        guard let stated = value(equation.total), !missing else {
          incomplete = true
          continue
        }
        if stated != sum {
          failures.append(.init(key: equation.totalKey, stated: stated, computed: sum, parts: equation.partKeys))
        }
      }
      return CheckResult(id: id, status: status(failures, incomplete), failures: failures)
    }

    var balanceFailures: [CheckResult.Failure] = []
    var balanceIncomplete = false
    for column in identities.balance {
      let operands = column.indices.map(value)
      guard operands.count == 4, let received = operands[0], let carriedOver = operands[1],
        let outcome = operands[2], let forward = operands[3]
      else {
        balanceIncomplete = true
        continue
      }
      if received &+ carriedOver != outcome &+ forward {
        balanceFailures.append(
          .init(
            key: column.keys[0], stated: received &+ carriedOver, computed: outcome &+ forward,
            parts: [column.keys[2], column.keys[3]]))
      }
    }

    return [
      evaluate(.applicationsRowTotals, identities.rowTotals),
      CheckResult(
        id: .applicationsBalance, status: status(balanceFailures, balanceIncomplete), failures: balanceFailures),
      evaluate(.applicationsOutcomeSum, identities.outcomeSums),
      evaluate(.reviewTotal, identities.review.map { [$0] } ?? []),
      evaluate(.litigationDirectTotal, identities.litigationDirect.map { [$0] } ?? []),
      evaluate(.litigationAfterReviewTotal, identities.litigationAfterReview.map { [$0] } ?? []),
    ]
  }

  private static func status(_ failures: [CheckResult.Failure], _ incomplete: Bool) -> CheckResult.Status {
    !failures.isEmpty ? .fail : (incomplete ? .incomplete : .pass)
  }
}
