public import DisclosureModel

/// The outcome of one ``CorpusInput``: its report, or the error that stopped it.
public struct CorpusResult: Sendable {
  /// The input's position in the sequence given to ``CorpusParser/reports(for:)``.
  public var index: Int
  /// The input's path or name.
  public var name: String
  /// The report, or why the input could not become one.
  public var result: Result<Report, DisclosureError>

  /// Creates a result.
  public init(index: Int, name: String, result: Result<Report, DisclosureError>) {
    self.index = index
    self.name = name
    self.result = result
  }

  /// The report, or `nil` when the input failed.
  public var report: Report? { try? result.get() }

  /// The error, or `nil` when the input became a report.
  public var error: DisclosureError? {
    if case .failure(let error) = result { error } else { nil }
  }
}
