/// What a report says about itself and how it was read.
public struct ReportMetadata: Sendable, Hashable, Codable {
  /// The report's title, as found (`report.title`).
  public var title: String?
  /// The publishing body (`report.agency`).
  public var agency: String?
  /// The report year (`report.year`).
  public var year: Int?
  /// The template edition (`report.edition`).
  public var edition: Edition
  /// The layout adapter that read the text (`report.layout`).
  public var layout: String
  /// The text encoding the bytes were decoded from (`utf-8`, `utf-16le`, `gb18030`…).
  public var encoding: String
  /// Whether empty table cells were read as 0 (``ParseOptions/blankAsZero``) rather
  /// than `null`. Values read that way carry a `blankReadAsZero` diagnostic.
  public var blankCellsReadAsZero: Bool

  /// Creates metadata.
  public init(
    title: String?, agency: String?, year: Int?, edition: Edition, layout: String, encoding: String,
    blankCellsReadAsZero: Bool = false
  ) {
    self.title = title
    self.agency = agency
    self.year = year
    self.edition = edition
    self.layout = layout
    self.encoding = encoding
    self.blankCellsReadAsZero = blankCellsReadAsZero
  }

  private enum CodingKeys: String, CodingKey {
    case title, agency, year, edition, layout, encoding, blankCellsReadAsZero
  }

  /// Decodes metadata; a missing `blankCellsReadAsZero` is `false` (metadata written
  /// before the option existed).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      title: try container.decodeIfPresent(String.self, forKey: .title),
      agency: try container.decodeIfPresent(String.self, forKey: .agency),
      year: try container.decodeIfPresent(Int.self, forKey: .year),
      edition: try container.decode(Edition.self, forKey: .edition),
      layout: try container.decode(String.self, forKey: .layout),
      encoding: try container.decode(String.self, forKey: .encoding),
      blankCellsReadAsZero: try container.decodeIfPresent(Bool.self, forKey: .blankCellsReadAsZero) ?? false)
  }
}
