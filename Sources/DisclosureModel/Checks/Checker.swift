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
  ///
  /// `readingGrid` (tests only) set to `false` evaluates table 三's identities one by
  /// one even where they form an ``IdentityGrid``, as for an edition whose do not.
  static func check(edition: Edition, integers: some FieldIntegers, readingGrid: Bool = true) -> [CheckResult] {
    let identities = Identity.all(for: edition)
    // Every position the identities name (from the catalogue, so never negative)
    // is below `fieldBound`: a list at least that long is read without comparing
    // each position with its count. A shorter one (a report made by hand, with
    // fields missing) is read as the same list padded with `nil`s, which is what a
    // position past its end means.
    guard integers.count >= identities.fieldBound else {
      return padded(integers, to: identities.fieldBound).withUnsafeBufferPointer {
        check(edition: edition, integers: $0, readingGrid: readingGrid)
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
        if stated != sum { failures.append(failure(of: equation, stated: stated, computed: sum, edition: edition)) }
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

    let rowTotals: CheckResult
    let outcomeSums: CheckResult
    if readingGrid, let grid = identities.grid {
      (rowTotals, outcomeSums) = evaluateApplications(grid, of: identities, edition: edition, integers: integers)
    } else {
      rowTotals = evaluate(.applicationsRowTotals, identities.rowTotals)
      outcomeSums = evaluate(.applicationsOutcomeSum, identities.outcomeSums)
    }
    return [
      rowTotals,
      CheckResult(
        id: .applicationsBalance, status: status(balanceFailures, balanceIncomplete), failures: balanceFailures),
      outcomeSums,
      evaluate(.reviewTotal, identities.review),
      evaluate(.litigationDirectTotal, identities.litigationDirect),
      evaluate(.litigationAfterReviewTotal, identities.litigationAfterReview),
    ]
  }

  /// `applications.rowTotals` and `applications.outcomeSum` over table 三's `grid`
  /// (``Identity/Set/grid``), read row by row, each field once: a row's six parts
  /// are summed against its `total`, and an outcome row's seven columns are added
  /// to the columns' sums, which are compared with the `outcomeTotal` row at the
  /// end. The same results as evaluating ``Identity/Set/rowTotals`` and
  /// ``Identity/Set/outcomeSums`` one identity at a time, since the grid's
  /// identities are exactly those (``IdentityGrid/init(rowTotals:outcomeSums:)``
  /// checks it) and sums wrap (`&+`), so their order does not matter (a row's sum
  /// is all seven lanes' less the total's): each equation fails, is incomplete or
  /// holds as it would, and the failures come in the same order (rows, then
  /// columns). Every position read is below
  /// `identities.fieldBound`, which `integers` reaches (the caller checks).
  @inline(__always)
  private static func evaluateApplications(
    _ grid: IdentityGrid, of identities: Identity.Set, edition: Edition, integers: some FieldIntegers
  ) -> (rowTotals: CheckResult, outcomeSums: CheckResult) {
    var rowFailures: [CheckResult.Failure] = []
    var rowIncomplete = false
    // The outcome rows' sums, a lane a column, and a bit a column whose sum lacks
    // a value.
    var columnSums = SIMD8<Int>()
    var columnsMissing: UInt8 = 0
    // Plain loops over the rows, without closures: values a closure captures are
    // checked for exclusive access at each use.
    for row in 0..<grid.rowCount {
      let (values, missing) = rowValues(grid, row: row, integers: integers)
      if row >= grid.outcomeRowStart, row < grid.outcomeRowEnd {
        columnSums &+= values
        columnsMissing |= missing
      }
      // The six parts and the total are all there: the total is compared with the
      // sum of all seven lanes less its own.
      guard missing == 0 else {
        rowIncomplete = true
        continue
      }
      let stated = values[IdentityGrid.columnCount - 1]
      let sum = values.wrappedSum() &- stated
      if stated != sum {
        rowFailures.append(failure(of: identities.rowTotals[row], stated: stated, computed: sum, edition: edition))
      }
    }
    let (stated, statedMissing) = rowValues(grid, row: grid.outcomeTotalRow, integers: integers)
    var columnFailures: [CheckResult.Failure] = []
    var columnIncomplete = false
    // When every column has its values and each sum is the one stated (a clean
    // report), the loop over the columns would note nothing: one comparison of the
    // two vectors tells it (their eighth lanes are both 0), and the loop is skipped.
    if (statedMissing | columnsMissing) != 0 || any(stated .!= columnSums) {
      for column in 0..<IdentityGrid.columnCount {
        guard (statedMissing | columnsMissing) & (1 << column) == 0 else {
          columnIncomplete = true
          continue
        }
        if stated[column] != columnSums[column] {
          columnFailures.append(
            failure(
              of: identities.outcomeSums[column], stated: stated[column], computed: columnSums[column],
              edition: edition))
        }
      }
    }
    return (
      CheckResult(id: .applicationsRowTotals, status: status(rowFailures, rowIncomplete), failures: rowFailures),
      CheckResult(
        id: .applicationsOutcomeSum, status: status(columnFailures, columnIncomplete), failures: columnFailures)
    )
  }

  /// The values of `row` of `grid`, a lane a column (0 where a value is missing;
  /// the eighth lane 0), and a bit a column whose value is missing. Every position
  /// is one of the grid's identities', so below `integers.count` (see
  /// ``evaluateApplications(_:of:edition:integers:)``).
  @inline(__always)
  private static func rowValues(
    _ grid: IdentityGrid, row: Int, integers: some FieldIntegers
  ) -> (values: SIMD8<Int>, missing: UInt8) {
    let base = grid.position(row: row, column: 0)
    var values = SIMD8<Int>()
    var missing: UInt8 = 0
    for column in 0..<IdentityGrid.columnCount {
      let value = integers.integer(at: base &+ column)
      // A branch taken rarely (most of table 三's values are there), not a
      // conditional move on every value.
      if _slowPath(value == nil) { missing |= 1 << column }
      values[column] = value ?? 0
    }
    return (values, missing)
  }

  /// The failure of `equation`, which states `stated` where its parts sum to
  /// `computed`, with its keys (made only here: most reports fail nothing).
  private static func failure(of equation: Identity, stated: Int, computed: Int, edition: Edition)
    -> CheckResult.Failure
  {
    .init(
      key: equation.totalKey(in: edition), stated: stated, computed: computed, parts: equation.partKeys(in: edition))
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
