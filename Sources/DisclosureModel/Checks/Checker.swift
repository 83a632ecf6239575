/// Runs the six consistency checks (勾稽关系) of the contract on a report's values.
///
/// Checks never change a value: a report that fails them is reported as failing.
public enum Checker {
  /// The six results for `report`, in the contract's order.
  public static func check(_ report: Report) -> [CheckResult] {
    let edition = report.edition
    let columns = LabelTable.applicationColumns
    let applicantColumns = Array(columns.dropLast())
    let outcomeRows =
      ["granted", "partiallyGranted"]
      + FieldCatalogue.fields(for: edition)
      .map(\.key)
      .filter {
        $0.hasSuffix(".total")
          && ["applications.denied.", "applications.unavailable.", "applications.notProcessed.", "applications.otherHandling."]
          .contains(where: $0.hasPrefix)
      }
      .map { String($0.dropFirst("applications.".count).dropLast(".total".count)) }
    let allRows = Set(
      FieldCatalogue.fields(for: edition).map(\.key).filter { $0.hasPrefix("applications.") }
        .map { String($0.dropFirst("applications.".count).split(separator: ".").dropLast().joined(separator: ".")) })

    func value(_ key: String) -> Int?? {
      // .none: not a key of the edition; .some(nil): null.
      guard let field = report.field(key) else { return .none }
      return .some(field.value?.integer)
    }

    func evaluate(_ id: CheckID, _ equations: [(total: String, parts: [String])]) -> CheckResult {
      var failures: [CheckResult.Failure] = []
      var incomplete = false
      for equation in equations {
        guard case .some(let stated) = value(equation.total) else { continue }
        var sum = 0
        var missing = stated == nil
        for part in equation.parts {
          guard case .some(let partValue) = value(part) else { continue }
          if let partValue { sum += partValue } else { missing = true }
        }
        if missing {
          incomplete = true
        } else if let stated, stated != sum {
          failures.append(.init(key: equation.total, stated: stated, computed: sum, parts: equation.parts))
        }
      }
      let status: CheckResult.Status = !failures.isEmpty ? .fail : (incomplete ? .incomplete : .pass)
      return CheckResult(id: id, status: status, failures: failures)
    }

    let rowTotals = allRows.sorted().map { row in
      ("applications.\(row).total", applicantColumns.map { "applications.\(row).\($0)" })
    }
    let outcomeSum = columns.map { column in
      ("applications.outcomeTotal.\(column)", outcomeRows.map { "applications.\($0).\(column)" })
    }
    func group(_ prefix: String) -> [(String, [String])] {
      [("\(prefix).total", ["upheld", "corrected", "other", "pending"].map { "\(prefix).\($0)" })]
    }
    return [
      evaluate(.applicationsRowTotals, rowTotals),
      balanceCheck(columns: columns, value: value),
      evaluate(.applicationsOutcomeSum, outcomeSum),
      evaluate(.reviewTotal, group("review")),
      evaluate(.litigationDirectTotal, group("litigation.direct")),
      evaluate(.litigationAfterReviewTotal, group("litigation.afterReview")),
    ]
  }

  private static func balanceCheck(columns: [String], value: (String) -> Int??) -> CheckResult {
    var failures: [CheckResult.Failure] = []
    var incomplete = false
    for column in columns {
      let keys = ["received", "carriedOver", "outcomeTotal", "carriedForward"].map { "applications.\($0).\(column)" }
      let operands = keys.map { value($0) ?? nil }
      guard let received = operands[0], let carriedOver = operands[1], let outcome = operands[2], let forward = operands[3]
      else {
        incomplete = true
        continue
      }
      if received + carriedOver != outcome + forward {
        failures.append(
          .init(key: keys[0], stated: received + carriedOver, computed: outcome + forward, parts: [keys[2], keys[3]]))
      }
    }
    return CheckResult(
      id: .applicationsBalance, status: !failures.isEmpty ? .fail : (incomplete ? .incomplete : .pass), failures: failures)
  }
}
