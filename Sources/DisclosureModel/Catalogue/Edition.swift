/// The official template a report follows.
///
/// | edition | template | report years |
/// |---|---|---|
/// | ``edition2019`` | 国办公开办函〔2019〕60号 | 2019, 2020 |
/// | ``edition2021`` | 国办公开办函〔2021〕30号 | 2021 and later |
public enum Edition: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  /// The 2019 template (国办公开办函〔2019〕60号).
  case edition2019 = "2019"
  /// The 2021 template (国办公开办函〔2021〕30号).
  case edition2021 = "2021"

  /// The edition an agency should have used for a report year: 2019 for the years
  /// 2019 and 2020, 2021 from 2021 on.
  public init(reportYear: Int) {
    self = reportYear <= 2020 ? .edition2019 : .edition2021
  }

  /// Orders by year.
  public static func < (lhs: Edition, rhs: Edition) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Which editions a canonical field belongs to (the `edition` column of `fields.tsv`).
public enum EditionScope: String, Sendable, Hashable, Codable {
  /// Both editions (`both`).
  case both
  /// Only the 2019 edition (`2019`).
  case edition2019 = "2019"
  /// Only the 2021 edition (`2021`).
  case edition2021 = "2021"

  /// Whether a field of this scope belongs to `edition`.
  public func contains(_ edition: Edition) -> Bool {
    switch self {
    case .both: true
    case .edition2019: edition == .edition2019
    case .edition2021: edition == .edition2021
    }
  }
}
