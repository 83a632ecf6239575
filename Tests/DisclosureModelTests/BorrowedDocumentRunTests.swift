import Testing

@testable import DisclosureModel

/// The interpretation run reads the document's blocks, notes and storage through
/// pointers borrowed for the run (``InterpretationRun/blocks``), and records
/// ``Interpreter/blankAsZero`` in the report's metadata itself. These tests check
/// what the run reads through those pointers: the notes in front of the
/// diagnostics, the blocks' sections and values, and the metadata flag.
@Suite("Interpretation run over a borrowed document")
struct BorrowedDocumentRunTests {
  /// A document of a heading, a paragraph and a table 二 row of counts, with one note.
  private func document() -> Document {
    SmallRunDocument.make(
      note: Diagnostic(code: .replacedBytes, severity: .warning, line: 7, key: nil, message: "a note of the document"))
  }

  @Test("The document's note comes first, its section is read, and blankAsZero is recorded", arguments: [false, true])
  func readsBorrowedDocument(blankAsZero: Bool) {
    let report = Interpreter(blankAsZero: blankAsZero).interpret(document(), layout: "tsv", encoding: "gb18030")
    #expect(report.metadata.blankCellsReadAsZero == blankAsZero)
    #expect(report.metadata.layout == "tsv")
    #expect(report.metadata.encoding == "gb18030")
    #expect(report.sections.map(\.number) == [1])
    #expect(report.sections.first?.text == "本年度工作。")
    // The note has line 7, after every other diagnostic's line but those without one.
    #expect(report.diagnostics.contains { $0.code == .replacedBytes && $0.message == "a note of the document" })
    #expect(report.diagnostics.filter { $0.code == .replacedBytes }.count == 1)
  }

  @Test("An empty document makes a report with no sections and the flag recorded")
  func emptyDocument() {
    let report = Interpreter(blankAsZero: true).interpret(
      Document(storage: [], blocks: []), layout: "markdown")
    #expect(report.sections.isEmpty)
    #expect(report.metadata.blankCellsReadAsZero)
    #expect(report.metadata.layout == "markdown")
    #expect(report.metadata.encoding == "utf-8")
  }
}
