import Foundation

extension CorpusStatistics {
  /// The statistics for people: which reports count and which were left out, then
  /// one table per figure, ending with a newline.
  ///
  /// ```text
  /// 58 files: 55 reports read, 3 not reports (binary 1, empty 1, notAReport 1)
  /// included: 49 reports, those in which no check fails (an incomplete check does not exclude a report)
  /// left out: 9 files: 3 not reports, 6 reports with a failing check (applications.balance 4, review.total 2)
  ///
  /// applications received (applications.received.total)
  /// year   edition  reports  with value   received     mean
  /// 2019   2019           8           8       1234    154.3
  /// …
  /// ```
  public func formatted() -> String {
    var out: [String] = []
    var head = "\(files) \(files == 1 ? "file" : "files"): \(reports) \(reports == 1 ? "report" : "reports") read"
    head += ", \(unreadable) not \(unreadable == 1 ? "a report" : "reports")"
    if unreadable > 0 { head += " (\(ExportSummary.list(unreadableByKind)))" }
    out.append(head)
    out.append(
      "included: \(included) \(included == 1 ? "report" : "reports"), those in which no check fails (an incomplete check does not exclude a report)"
    )
    var leftOutLine = "left out: \(leftOut) \(leftOut == 1 ? "file" : "files")"
    if leftOut > 0 {
      var reasons: [String] = []
      if unreadable > 0 { reasons.append("\(unreadable) not \(unreadable == 1 ? "a report" : "reports")") }
      if reportsWithFailingCheck > 0 {
        reasons.append(
          "\(reportsWithFailingCheck) \(reportsWithFailingCheck == 1 ? "report" : "reports") with a failing check (\(ExportSummary.list(leftOutByCheck, order: CheckID.allCases.map(\.rawValue))))"
        )
      }
      leftOutLine += ": " + reasons.joined(separator: ", ")
    }
    out.append(leftOutLine)
    if blankCellsReadAsZero { out.append("blank cells were read as 0 (--blank-as-zero)") }
    guard included > 0 else { return out.joined(separator: "\n") + "\n" }

    out.append("")
    out.append("applications received (applications.received.total), by report year and edition")
    var rows = [["year", "edition", "reports", "with value", "received", "mean"]]
    for group in groups + [overall] {
      let isOverall = group.edition == nil
      rows.append([
        isOverall ? "all" : group.year.map(String.init) ?? "unknown",
        group.edition?.rawValue ?? "",
        String(group.reports), String(group.received.reports),
        group.received.overflowed ? "overflow" : String(group.received.sum),
        group.received.mean.map { String(format: "%.1f", $0) } ?? "-",
      ])
    }
    out += Self.table(rows, leftColumns: 2)

    out.append("")
    out.append("reports by applications received (with value: \(overall.received.reports))")
    rows = [["received", "reports"]]
    for (label, count) in zip(Distribution.labels, overall.receivedDistribution.counts)
    where label != "negative" || count > 0 {
      rows.append([label, String(count)])
    }
    out += Self.table(rows, leftColumns: 1)

    let outcomes = overall.outcomes
    out.append("")
    out.append(
      "outcomes of applications (table 三, 总计 column), over \(outcomes.reports) \(outcomes.reports == 1 ? "report" : "reports") with every outcome known (\(outcomes.missing) left out)"
    )
    if outcomes.overflowed {
      out.append("the sums overflow 64 bits; a report's numbers are far too large")
    } else if outcomes.reports > 0 {
      rows = [["outcome", "applications", "share"]]
      for (index, category) in Outcomes.categories.enumerated() {
        rows.append([
          category, String(outcomes.sums[index]),
          outcomes.share(category).map { String(format: "%.1f%%", $0 * 100) } ?? "-",
        ])
      }
      rows.append(["outcomeTotal", String(outcomes.total), outcomes.total > 0 ? "100.0%" : "-"])
      out += Self.table(rows, leftColumns: 1)
    }

    out.append("")
    out.append("administrative review and litigation, each over the reports with all five values known")
    rows = [["group", "reports", "left out"] + Results.columns]
    for (name, results) in [
      ("review", overall.review), ("litigation.direct", overall.litigationDirect),
      ("litigation.afterReview", overall.litigationAfterReview),
    ] {
      let sums = results.overflowed ? Results.columns.map { _ in "overflow" } : results.sums.map(String.init)
      rows.append([name, String(results.reports), String(results.missing)] + sums)
    }
    out += Self.table(rows, leftColumns: 1)
    return out.joined(separator: "\n") + "\n"
  }

  /// Lines of a table whose first `leftColumns` columns are left-aligned and the
  /// others right-aligned, two spaces apart (ASCII cells only).
  static func table(_ rows: [[String]], leftColumns: Int) -> [String] {
    let count = rows.map(\.count).max() ?? 0
    var widths = Array(repeating: 0, count: count)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    return rows.map { row in
      var line = ""
      for (index, cell) in row.enumerated() {
        if index > 0 { line += "  " }
        let padding = String(repeating: " ", count: widths[index] - cell.count)
        line += index < leftColumns ? cell + padding : padding + cell
      }
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
  }
}
