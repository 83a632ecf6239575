/// The administrative level of the body that publishes a synthetic report. The
/// level decides the name's shape and the size of the numbers.
public enum AgencyLevel: String, CaseIterable, Sendable, Hashable, Codable {
  /// A township or sub-district (乡镇 / 街道): few applications, often none.
  case township
  /// A county or district government or one of its offices (县区).
  case county
  /// A bureau of a prefecture-level city (市局).
  case municipalBureau
  /// A department of a province (省厅): up to tens of thousands of applications.
  case provincialDepartment

  /// The level's name in Chinese.
  public var chineseName: String {
    switch self {
    case .township: "乡镇"
    case .county: "县区"
    case .municipalBureau: "市局"
    case .provincialDepartment: "省厅"
    }
  }
}
