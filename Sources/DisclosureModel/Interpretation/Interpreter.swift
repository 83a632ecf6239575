/// Maps any layout-neutral ``Document`` to a ``Report``: one interpreter for every
/// layout.
///
/// It finds the sections by their headings, the tables by their labels (and by their
/// shape when a heading is lost), tells the 2019 template from the 2021 template,
/// places each row's values in their columns only where the text makes it certain,
/// and runs the checks. Every value it gives was read from the text or implied beyond
/// doubt by the text and an identity (with an `info` diagnostic saying so); every
/// other value is `nil` with a diagnostic naming the line.
///
/// ```swift
/// let document = TabSeparatedLayout().makeDocument(from: SourceText(text))
/// let report = Interpreter().interpret(document, layout: "tsv")
/// ```
public struct Interpreter: Sendable {
  /// Whether an empty value cell whose column is placed with certainty is read as 0
  /// (with a `blankReadAsZero` info diagnostic) instead of `null` (default `false`;
  /// see ``ParseOptions/blankAsZero``). The report records it in
  /// ``ReportMetadata/blankCellsReadAsZero``.
  public var blankAsZero: Bool

  /// Creates an interpreter.
  public init(blankAsZero: Bool = false) {
    self.blankAsZero = blankAsZero
  }

  /// Interprets `document`, recording `layout` and `encoding` in the report's metadata.
  public func interpret(_ document: Document, layout: String, encoding: String = "utf-8") -> Report {
    // The run borrows the document's arrays through pointers, valid while the
    // document is held here (see ``InterpretationRun/blocks``). The run records
    // ``blankAsZero`` in the report's metadata itself.
    document.storage.withUnsafeBufferPointer { storage in
      document.blocks.withUnsafeBufferPointer { blocks in
        document.notes.withUnsafeBufferPointer { notes in
          var run = InterpretationRun(
            blocks: blocks, notes: notes, storage: storage, storageIsValid: document.isKnownValidUTF8)
          run.blankAsZero = blankAsZero
          return run.run(layout: layout, encoding: encoding)
        }
      }
    }
  }
}
