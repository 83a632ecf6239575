public import DisclosureModel

/// The figures a reader asks of a corpus first: applications received per year and
/// edition, how applications were answered, and how many reviews and lawsuits there
/// were, computed only from reports whose checks hold.
///
/// ```swift
/// let files = CorpusFiles(["reports/"])
/// let statistics = await CorpusStatistics.compute(files)
/// print(statistics.formatted())
/// ```
///
/// **Which reports count.** A report is *included* when it was read and none of its
/// six checks has the status `fail`. A check that is `incomplete` (an operand is
/// `null`) does not exclude a report: its `null`s are simply not summed. Files that
/// are not reports, and reports with at least one failing check, are *left out*,
/// and the statistics count them by reason (``unreadableByKind``,
/// ``leftOutByCheck``).
///
/// **Which values count.** Each figure sums the included reports that have all of
/// its values, and says how many that is:
///
/// - applications received: `applications.received.total`, over the reports where
///   it is not `null` (``Group/received``), with the count per size class
///   (``Group/receivedDistribution``);
/// - outcomes: the 总计 column of table 三 grouped as the template does (予以公开,
///   部分公开, 不予公开, 无法提供, 不予处理, 其他处理) against
///   `applications.outcomeTotal.total`, over the reports where every one of those
///   values is known (``Group/outcomes``); the shares are of the summed total;
/// - review and litigation: `upheld`, `corrected`, `other`, `pending` and `total` of
///   `review`, `litigation.direct` and `litigation.afterReview`, each group over the
///   reports where all five are known.
///
/// Only sums and counts are kept, so memory does not depend on the corpus size.
public struct CorpusStatistics: Sendable, Hashable, Codable {
  /// Files seen.
  public var files = 0
  /// Files that became reports.
  public var reports = 0
  /// Files that are not reports, by ``DisclosureError/Kind`` raw value.
  public var unreadableByKind: [String: Int] = [:]
  /// Reports left out because at least one check fails.
  public var reportsWithFailingCheck = 0
  /// For each check id, the reports it fails in (a report may fail several).
  public var leftOutByCheck: [String: Int] = [:]
  /// The included reports, by report year and edition, sorted by year (unknown
  /// year last), then edition.
  public var groups: [Group] = []
  /// Every included report.
  public var overall = Group(year: nil, edition: nil)
  /// Whether blank cells were read as 0 (``ParseOptions/blankAsZero``).
  public var blankCellsReadAsZero = false

  /// Creates empty statistics.
  public init(blankCellsReadAsZero: Bool = false) {
    self.blankCellsReadAsZero = blankCellsReadAsZero
  }

  /// Files that are not reports.
  public var unreadable: Int { files - reports }
  /// Reports included in the figures.
  public var included: Int { overall.reports }
  /// Files left out of the figures: not reports, or with a failing check.
  public var leftOut: Int { files - included }

  /// Counts one file's result.
  public mutating func add(_ result: CorpusResult) {
    files += 1
    switch result.result {
    case .failure(let error):
      unreadableByKind[error.kind.rawValue, default: 0] += 1
    case .success(let report):
      add(report)
    }
  }

  /// Counts one report (read from a file).
  public mutating func add(_ report: Report) {
    reports += 1
    let failing = report.checks.filter { $0.status == .fail }
    guard failing.isEmpty else {
      reportsWithFailingCheck += 1
      for check in failing { leftOutByCheck[check.id.rawValue, default: 0] += 1 }
      return
    }
    overall.add(report)
    let year = report.metadata.year
    let edition = report.edition
    if let index = groups.firstIndex(where: { $0.year == year && $0.edition == edition }) {
      groups[index].add(report)
    } else {
      var group = Group(year: year, edition: edition)
      group.add(report)
      groups.append(group)
      groups.sort { left, right in
        let (l, r) = (left.year ?? Int.max, right.year ?? Int.max)
        return l != r ? l < r : (left.edition?.rawValue ?? "") < (right.edition?.rawValue ?? "")
      }
    }
  }

  /// Parses `files` on all cores and computes their statistics.
  ///
  /// - Parameters:
  ///   - parser: the parser for each file (its ``ParseOptions/blankAsZero`` is
  ///     recorded in ``blankCellsReadAsZero``).
  ///   - window: files parsed ahead at once; `nil` for ``CorpusParser``'s default.
  ///   - progressInterval: the least time between two progress reports.
  ///   - progress: called at most once per interval and once at the end.
  public static func compute(
    _ files: CorpusFiles, parser: ReportParser = .standard, window: Int? = nil,
    progressInterval: Duration = .milliseconds(250), progress: (@Sendable (ExportProgress) -> Void)? = nil
  ) async -> CorpusStatistics {
    var statistics = CorpusStatistics(blankCellsReadAsZero: parser.options.blankAsZero)
    var meter = ProgressMeter(total: files.count, interval: progressInterval)
    for await result in CorpusParser(parser: parser, window: window).reports(for: files.inputs) {
      statistics.add(result)
      if let progress, let report = meter.tick(done: statistics.files, failures: statistics.unreadable) {
        progress(report)
      }
    }
    return statistics
  }

  // MARK: Figures

  /// The figures of a set of included reports: one report year and edition, or all.
  public struct Group: Sendable, Hashable, Codable {
    /// The report year (`nil` for reports without one, and for ``CorpusStatistics/overall``).
    public var year: Int?
    /// The edition (`nil` for ``CorpusStatistics/overall``).
    public var edition: Edition?
    /// Included reports.
    public var reports = 0
    /// `applications.received.total`.
    public var received = Total()
    /// How many reports received how many applications (``Distribution/bounds``).
    public var receivedDistribution = Distribution()
    /// The outcomes of applications (table 三's 总计 column).
    public var outcomes = Outcomes()
    /// `review.*`: 行政复议.
    public var review = Results()
    /// `litigation.direct.*`: 行政诉讼, 未经复议直接起诉.
    public var litigationDirect = Results()
    /// `litigation.afterReview.*`: 行政诉讼, 复议后起诉.
    public var litigationAfterReview = Results()

    /// Creates an empty group.
    public init(year: Int?, edition: Edition?) {
      self.year = year
      self.edition = edition
    }

    /// Adds an included report.
    public mutating func add(_ report: Report) {
      reports += 1
      let positions = KeyPositions.of(report.edition)
      let receivedTotal = KeyPositions.integer(at: positions.received, in: report)
      received.add(receivedTotal)
      if let receivedTotal { receivedDistribution.add(receivedTotal) }
      outcomes.add(report, positions: positions)
      review.add(report, at: positions.review)
      litigationDirect.add(report, at: positions.litigationDirect)
      litigationAfterReview.add(report, at: positions.litigationAfterReview)
    }
  }

  /// A sum of one value over the reports that have it.
  public struct Total: Sendable, Hashable, Codable {
    /// Reports with the value.
    public var reports = 0
    /// Reports without it (`null`).
    public var missing = 0
    /// The sum (meaningless when ``overflowed``).
    public var sum = 0
    /// Whether the sum went beyond 64 bits.
    public var overflowed = false

    /// Creates an empty total.
    public init() {}

    /// The sum divided by the reports, or `nil` when there are none.
    public var mean: Double? { reports > 0 && !overflowed ? Double(sum) / Double(reports) : nil }

    /// Adds one report's value (`nil` for `null`).
    public mutating func add(_ value: Int?) {
      guard let value else {
        missing += 1
        return
      }
      reports += 1
      overflowed = CorpusStatistics.add(value, to: &sum) || overflowed
    }
  }

  /// How many reports fall in each size class of a count.
  public struct Distribution: Sendable, Hashable, Codable {
    /// The lower bound of each class: `< 0`, `0`, `1–9`, `10–99`, `100–999`,
    /// `1,000–9,999`, `10,000` and more.
    public static let bounds = [Int.min, 0, 1, 10, 100, 1000, 10000]
    /// The classes' names, as printed.
    public static let labels = ["negative", "0", "1-9", "10-99", "100-999", "1000-9999", "10000+"]
    /// Reports per class, in the order of ``bounds``.
    public var counts = Array(repeating: 0, count: bounds.count)

    /// Creates an empty distribution.
    public init() {}

    /// Adds one report's count.
    public mutating func add(_ value: Int) {
      let index = (Self.bounds.lastIndex { $0 <= value }) ?? 0
      counts[index] += 1
    }
  }

  /// The outcomes of applications: table 三's 总计 column, grouped as the template
  /// groups its rows.
  public struct Outcomes: Sendable, Hashable, Codable {
    /// The outcome groups, in the template's order: `granted` (（一）予以公开),
    /// `partiallyGranted` (（二）部分公开), `denied` (（三）不予公开, 8 rows),
    /// `unavailable` (（四）无法提供, 3 rows), `notProcessed` (（五）不予处理, 5 rows),
    /// `otherHandling` (（六）其他处理: one row in 2019, three in 2021).
    public static let categories = [
      "granted", "partiallyGranted", "denied", "unavailable", "notProcessed", "otherHandling",
    ]
    /// Reports whose outcome values are all known, and so counted here.
    public var reports = 0
    /// Included reports with at least one of those values `null`, left out here.
    public var missing = 0
    /// The applications per category, in the order of ``categories``.
    public var sums = Array(repeating: 0, count: categories.count)
    /// The sum of `applications.outcomeTotal.total`.
    public var total = 0
    /// Whether a sum went beyond 64 bits.
    public var overflowed = false

    /// Creates empty outcomes.
    public init() {}

    /// The share of `category`'s applications in ``total`` (0…1), or `nil` when
    /// there is nothing to divide.
    public func share(_ category: String) -> Double? {
      guard let index = Self.categories.firstIndex(of: category), total > 0, !overflowed else { return nil }
      return Double(sums[index]) / Double(total)
    }

    /// The total-column keys of each category, per edition.
    static let keys: [Edition: [[String]]] = {
      var keys: [Edition: [[String]]] = [:]
      for edition in Edition.allCases {
        let totals = FieldCatalogue.fields(for: edition).map(\.key).filter {
          $0.hasPrefix("applications.") && $0.hasSuffix(".total")
        }
        keys[edition] = categories.map { category in totals.filter { $0.hasPrefix("applications.\(category).") } }
      }
      return keys
    }()

    /// Adds an included report, if all its outcome values are known.
    public mutating func add(_ report: Report) {
      add(report, positions: KeyPositions.of(report.edition))
    }

    /// ``add(_:)`` with the catalogue positions of the report's edition: first
    /// whether every value is known, then the sums, so that no list of the
    /// categories' sums is made.
    mutating func add(_ report: Report, positions: KeyPositions) {
      for category in positions.outcomes {
        for position in category where KeyPositions.integer(at: position, in: report) == nil {
          missing += 1
          return
        }
      }
      guard let outcomeTotal = KeyPositions.integer(at: positions.outcomeTotal, in: report) else {
        missing += 1
        return
      }
      reports += 1
      var overflow = false
      for (index, category) in positions.outcomes.enumerated() {
        var sum = 0
        for position in category {
          if let value = KeyPositions.integer(at: position, in: report) {
            overflow = CorpusStatistics.add(value, to: &sum) || overflow
          }
        }
        overflow = CorpusStatistics.add(sum, to: &sums[index]) || overflow
      }
      overflow = CorpusStatistics.add(outcomeTotal, to: &total) || overflow
      overflowed = overflowed || overflow
    }
  }

  /// The results of one group of table 四 (review, or one kind of litigation).
  public struct Results: Sendable, Hashable, Codable {
    /// The columns, in the template's order.
    public static let columns = ["upheld", "corrected", "other", "pending", "total"]
    /// Reports whose five values are all known, and so counted here.
    public var reports = 0
    /// Included reports with at least one of the five `null`, left out here.
    public var missing = 0
    /// The sums, in the order of ``columns``.
    public var sums = Array(repeating: 0, count: columns.count)
    /// Whether a sum went beyond 64 bits.
    public var overflowed = false

    /// Creates empty results.
    public init() {}

    /// The sum of `column` (`upheld` … `total`).
    public func sum(_ column: String) -> Int? {
      Self.columns.firstIndex(of: column).map { sums[$0] }
    }

    /// Adds an included report's values of `group` (`review`, `litigation.direct`…),
    /// if all five are known.
    public mutating func add(_ report: Report, group: String) {
      add(report, at: KeyPositions.positions(of: Self.columns.map { "\(group).\($0)" }, in: report.edition))
    }

    /// ``add(_:group:)`` with the catalogue positions of the group's columns in the
    /// report's edition (`nil` for a key the edition lacks), in ``columns`` order.
    /// First whether all five are known, then the sums.
    mutating func add(_ report: Report, at columns: [Int?]) {
      for position in columns where KeyPositions.integer(at: position, in: report) == nil {
        missing += 1
        return
      }
      reports += 1
      for (index, position) in columns.enumerated() {
        if let value = KeyPositions.integer(at: position, in: report) {
          overflowed = CorpusStatistics.add(value, to: &sums[index]) || overflowed
        }
      }
    }
  }

  /// Adds `value` to `sum`; returns whether it overflowed (the sum is then kept at
  /// the wrapped value, and must not be shown).
  /// The catalogue positions of the keys the statistics read, for one edition,
  /// worked out once: a report's value for a key is its field at the key's position
  /// (as ``Report/subscript(_:)`` finds it), so that adding a report looks up no key.
  struct KeyPositions: Sendable {
    let edition: Edition
    /// `applications.received.total`.
    let received: Int?
    /// `applications.outcomeTotal.total`.
    let outcomeTotal: Int?
    /// For each of ``Outcomes/categories``, the positions of its totals
    /// (``Outcomes/keys``).
    let outcomes: [[Int?]]
    /// The ``Results/columns`` of `review`, `litigation.direct` and
    /// `litigation.afterReview`.
    let review: [Int?]
    let litigationDirect: [Int?]
    let litigationAfterReview: [Int?]

    init(edition: Edition) {
      self.edition = edition
      received = FieldCatalogue.index(of: "applications.received.total", in: edition)
      outcomeTotal = FieldCatalogue.index(of: "applications.outcomeTotal.total", in: edition)
      outcomes = (Outcomes.keys[edition] ?? []).map { Self.positions(of: $0, in: edition) }
      func columns(_ group: String) -> [Int?] {
        Self.positions(of: Results.columns.map { "\(group).\($0)" }, in: edition)
      }
      review = columns("review")
      litigationDirect = columns("litigation.direct")
      litigationAfterReview = columns("litigation.afterReview")
    }

    private static let edition2019 = KeyPositions(edition: .edition2019)
    private static let edition2021 = KeyPositions(edition: .edition2021)

    /// The positions of `edition`.
    static func of(_ edition: Edition) -> KeyPositions {
      edition == .edition2019 ? edition2019 : edition2021
    }

    /// The catalogue positions of `keys` in `edition`.
    static func positions(of keys: [String], in edition: Edition) -> [Int?] {
      keys.map { FieldCatalogue.index(of: $0, in: edition) }
    }

    /// The integer of `report`'s field at `position`, as `report[key]?.integer`
    /// reads it for the key at that position: `nil` for no position, a position past
    /// the report's fields, or a value that is not an integer.
    static func integer(at position: Int?, in report: Report) -> Int? {
      guard let position, position < report.fields.count else { return nil }
      return report.fields[position].integer
    }
  }

  static func add(_ value: Int, to sum: inout Int) -> Bool {
    let (result, overflow) = sum.addingReportingOverflow(value)
    sum = result
    return overflow
  }
}
