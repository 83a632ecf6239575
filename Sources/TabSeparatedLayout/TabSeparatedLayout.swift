public import DisclosureModel

/// Reads text whose tables have one row per line and cells split by TAB (samples
/// 000 and 002), the usual result of copying a Word table as plain text.
///
/// - A line holding a tab is a table row. It is split on every tab and every cell is
///   kept, empty ones too, including a leading or trailing empty cell: positions matter.
/// - Consecutive row lines form one table; a blank line or a line without a tab ends it.
/// - A non-blank line without a tab is a paragraph. Blank lines produce nothing.
///
/// ```swift
/// let layout = TabSeparatedLayout()
/// let document = layout.makeDocument(from: SourceText("规章\t0\t0\t0\n"))
/// document.tables[0].rows[0].cells.count   // 4
/// ```
public struct TabSeparatedLayout: LayoutAdapter {
  /// `"tsv"`.
  public let name = "tsv"

  /// Creates the adapter.
  public init() {}

  /// The share of the text's table lines that are tab-separated rows (see
  /// ``LineShapeCensus/multiCellTabLines``); 0 for a text without table lines.
  public func score(_ text: SourceText) -> Double {
    score(LineShapeCensus(text))
  }

  /// The score from the census ``LayoutRegistry/detect(_:)`` took once for all
  /// adapters.
  public func score(_ text: SourceText, census: LineShapeCensus) -> Double {
    score(census)
  }

  /// The score from a census already taken, so a caller that scores several layouts
  /// counts the text once.
  public func score(_ census: LineShapeCensus) -> Double {
    census.share(census.multiCellTabLines)
  }

  /// Reads `text` as tab-separated rows and prose paragraphs.
  ///
  /// The row lines come in runs (``SourceText/forEachLineShape(runsOf:run:otherwise:)``),
  /// each added in one step (``DocumentBuilder/addRows(_:from:firstLine:separatedBy:in:lineFeedsOnly:)``):
  /// the rows its lines would add one by one, each split at every tab and ended.
  public func makeDocument(from text: SourceText) -> Document {
    var builder = DocumentBuilder(source: text)
    let lineFeedsOnly = text.endsLinesWithLineFeedsOnly
    text.forEachLineShape(
      runsOf: { $0.containsTab },
      run: { firstLine, start, shapes, _, buffer in
        builder.addRows(
          shapes, from: start, firstLine: firstLine, separatedBy: 0x09, in: buffer, lineFeedsOnly: lineFeedsOnly)
      },
      otherwise: { line, range, shape, _ in
        if shape.isBlank {
          builder.endTable()
        } else {
          builder.addParagraph(range, line: line)
        }
      })
    return builder.finish()
  }
}
