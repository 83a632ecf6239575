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

  /// Creates metadata.
  public init(title: String?, agency: String?, year: Int?, edition: Edition, layout: String, encoding: String) {
    self.title = title
    self.agency = agency
    self.year = year
    self.edition = edition
    self.layout = layout
    self.encoding = encoding
  }
}
