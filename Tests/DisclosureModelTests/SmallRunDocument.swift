@testable import DisclosureModel

/// A small document built by hand for tests of the interpretation run: a section 一
/// heading (line 1), a paragraph (line 2) and one tab-separated table 二 row of counts
/// (`制发规章 3 1 4`, line 3), with `note` appended to the document's notes.
enum SmallRunDocument {
  /// The document, its one note being `note`.
  static func make(note: Diagnostic) -> Document {
    let text = "一、总体情况\n本年度工作。\n制发规章\t3\t1\t4"
    var builder = DocumentBuilder(source: SourceText(text))
    let bytes = Array(text.utf8)
    let firstEnd = bytes.firstIndex(of: 0x0A) ?? 0
    let secondEnd = bytes[(firstEnd + 1)...].firstIndex(of: 0x0A) ?? 0
    builder.addParagraph(0..<firstEnd, line: 1)
    builder.addParagraph((firstEnd + 1)..<secondEnd, line: 2)
    var start = secondEnd + 1
    for index in start...bytes.count where index == bytes.count || bytes[index] == 0x09 {
      builder.addCell(start..<index, line: 3)
      start = index + 1
    }
    builder.endRow()
    builder.endTable()
    var document = builder.finish()
    document.notes.append(note)
    return document
  }
}
