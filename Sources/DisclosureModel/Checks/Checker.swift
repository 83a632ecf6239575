/// Runs the six consistency checks (勾稽关系) of the contract on a report's values.
///
/// Checks never change a value: a report that fails them is reported as failing.
public enum Checker {
  /// The six results for `report`, in the contract's order.
  public static func check(_ report: Report) -> [CheckResult] {
    // Every field's integer, read once: the identities read about 250 values.
    let integers = report.fields.map { $0.value?.integer }
    return integers.withUnsafeBufferPointer { check(edition: report.edition, integers: $0) }
  }

  /// `integers` read as a list at least `bound` long, each position past its end
  /// `nil` (as a field that a report lacks is `null`).
  private static func padded(_ integers: some FieldIntegers, to bound: Int) -> [Int?] {
    (0..<max(bound, integers.count)).map { $0 < integers.count ? integers.integer(at: $0) : nil }
  }

  /// The six results for a report of `edition` whose fields, in the order of
  /// ``FieldCatalogue/fields(for:)``, hold `integers`: the interpreter passes its
  /// assembler's entries, without reading the report's fields or listing their
  /// integers.
  static func check(edition: Edition, integers: some FieldIntegers) -> [CheckResult] {
    let identities = Identity.all(for: edition)
    // Every position the identities name (from the catalogue, so never negative)
    // is below `fieldBound`: a list at least that long is read without comparing
    // each position with its count. A shorter one (a report made by hand, with
    // fields missing) is read as the same list padded with `nil`s, which is what a
    // position past its end means.
    guard integers.count >= identities.fieldBound else {
      return padded(integers, to: identities.fieldBound).withUnsafeBufferPointer {
        check(edition: edition, integers: $0)
      }
    }
    @inline(__always)
    func value(_ index: Int) -> Int? {
      integers.integer(at: index)
    }

    func evaluate(_ id: CheckID, _ equations: PermanentBuffer<Identity>) -> CheckResult {
      var failures: [CheckResult.Failure] = []
      var incomplete = false
      // Walked through their buffers: the collections' own iterators went through
      // the bounds-checked subscript, an outlined call a part.
      for equation in equations.buffer {
        var sum = 0
        var missing = false
        for part in equation.parts.buffer {
          if let partValue = value(part) { sum &+= partValue } else { missing = true }
        }
        guard let stated = value(equation.total), !missing else {
          incomplete = true
          continue
        }
        if stated != sum {
          failures.append(
            .init(
              key: equation.totalKey(in: edition), stated: stated, computed: sum,
              parts: equation.partKeys(in: edition)))
        }
      }
      return CheckResult(id: id, status: status(failures, incomplete), failures: failures)
    }

    var balanceFailures: [CheckResult.Failure] = []
    var balanceIncomplete = false
    for column in identities.balance.buffer {
      guard let receivedIndex = column.received, let outcomeIndex = column.outcomeTotal,
        let forwardIndex = column.carriedForward, let received = value(receivedIndex),
        let carriedOver = column.carriedOver.flatMap(value), let outcome = value(outcomeIndex),
        let forward = value(forwardIndex)
      else {
        balanceIncomplete = true
        continue
      }
      if received &+ carriedOver != outcome &+ forward {
        let fields = FieldCatalogue.permanentFields(for: edition)
        balanceFailures.append(
          .init(
            key: fields[receivedIndex].key, stated: received &+ carriedOver, computed: outcome &+ forward,
            parts: [fields[outcomeIndex].key, fields[forwardIndex].key]))
      }
    }

    return [
      evaluate(.applicationsRowTotals, identities.rowTotals),
      CheckResult(
        id: .applicationsBalance, status: status(balanceFailures, balanceIncomplete), failures: balanceFailures),
      evaluate(.applicationsOutcomeSum, identities.outcomeSums),
      evaluate(.reviewTotal, identities.review),
      evaluate(.litigationDirectTotal, identities.litigationDirect),
      evaluate(.litigationAfterReviewTotal, identities.litigationAfterReview),
    ]
  }

  private static func status(_ failures: [CheckResult.Failure], _ incomplete: Bool) -> CheckResult.Status {
    !failures.isEmpty ? .fail : (incomplete ? .incomplete : .pass)
  }
}

/// A report's fields' integer values as the checks read them, by position in
/// ``FieldCatalogue/fields(for:)``.
protocol FieldIntegers {
  /// How many fields there are.
  var count: Int { get }
  /// The value of the field at `index` (below ``count``) if it is an integer, else
  /// `nil`.
  func integer(at index: Int) -> Int?
}

extension UnsafeBufferPointer: FieldIntegers where Element == Int? {
  /// The element at `index`.
  func integer(at index: Int) -> Int? { self[index] }
}
