import DisclosureModel

extension SourceText {
  /// `text` with the line shapes a census keeps, as a parse hands it to the adapter
  /// (when `keepingShapes`), or without them (every line scanned, as
  /// `makeDocument(from:)` called directly does).
  static func forTests(_ text: String, keepingShapes: Bool) -> SourceText {
    var source = SourceText(text)
    guard keepingShapes else { return source }
    var shapes = LineShapes(recording: true)
    _ = LineShapeCensus(source, keeping: &shapes)
    source.lineShapes = shapes
    return source
  }
}
