/// A reader for one source layout: it scores how well a text fits the layout and
/// turns the text into a layout-neutral ``Document``.
///
/// Adapters know nothing about reports: no labels, no fields, no checks. Those live
/// in the shared ``Interpreter``, so a new layout needs only this protocol.
///
/// ```swift
/// struct SemicolonLayout: LayoutAdapter {
///   let name = "semicolon"
///   func score(_ text: SourceText) -> Double { ... }       // 0 ... 1
///   func makeDocument(from text: SourceText) -> Document { ... }
/// }
/// var registry = LayoutRegistry.standard     // from DisclosureKit
/// registry.register(SemicolonLayout())
/// ```
public protocol LayoutAdapter: Sendable {
  /// A stable, lowercase name (`tsv`, `markdown`, `cell-per-line`): it appears in
  /// every report as `report.layout` and is what `--layout` selects.
  var name: String { get }

  /// How well `text` fits this layout, from 0 (not at all) to 1 (certainly).
  ///
  /// Scores of different adapters are compared with each other, so base them on the
  /// share of the text's lines that show the layout's marks.
  func score(_ text: SourceText) -> Double

  /// The same score, given a ``LineShapeCensus`` of `text` that the caller has
  /// already taken (``LayoutRegistry/detect(_:)`` counts the text once for every
  /// adapter). The default calls ``score(_:)``; adapters that score from the census
  /// implement it to avoid counting again.
  func score(_ text: SourceText, census: LineShapeCensus) -> Double

  /// Reads `text` as this layout. Never fails: what the adapter cannot read stays a
  /// paragraph, and the interpreter reports what it misses.
  func makeDocument(from text: SourceText) -> Document
}

extension LayoutAdapter {
  /// Scores `text` on its own, ignoring the census.
  public func score(_ text: SourceText, census: LineShapeCensus) -> Double { score(text) }
}
