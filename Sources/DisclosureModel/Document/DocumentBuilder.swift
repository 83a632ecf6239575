/// Builds a ``Document`` row by row, the way an adapter reads its layout.
///
/// ```swift
/// var builder = DocumentBuilder(source: text)
/// builder.addParagraph(range, line: 1)
/// builder.addCell(cellRange, line: 3)
/// builder.addCell(otherRange, line: 3)
/// builder.endRow()
/// builder.endTable()
/// let document = builder.finish()
/// ```
///
/// Cells added between two ``endRow()`` calls form a row; rows added between two
/// ``endTable()`` calls form a table. Adding a paragraph ends any open row and table.
public struct DocumentBuilder: Sendable {
  private var storage: [UInt8]
  private var blocks: [Block] = []
  private var rows: [Row] = []
  private var cells: [Cell] = []
  private var rowLine = 0

  /// Starts a document over `source`; spans of the source's bytes are valid as they are.
  public init(source: SourceText) {
    self.storage = source.bytes
    self.blocks.reserveCapacity(64)
  }

  /// The bytes that spans point into (the source, plus any text added with
  /// ``appendText(_:)``).
  public var bytes: [UInt8] { storage }

  /// Appends text that is not in the source (for example a reassembled cell) and
  /// returns its span.
  public mutating func appendText(_ text: some StringProtocol) -> TextSpan {
    let start = storage.count
    storage.append(contentsOf: text.utf8)
    return TextSpan(start..<storage.count)
  }

  /// Appends bytes that are not in the source and returns their span.
  public mutating func appendBytes(_ bytes: some Sequence<UInt8>) -> TextSpan {
    let start = storage.count
    storage.append(contentsOf: bytes)
    return TextSpan(start..<storage.count)
  }

  /// Adds a paragraph (a line of prose), ending any open row and table.
  public mutating func addParagraph(_ range: Range<Int>, line: Int) {
    addParagraph(TextSpan(range), line: line)
  }

  /// Adds a paragraph from a span, ending any open row and table.
  public mutating func addParagraph(_ span: TextSpan, line: Int) {
    endTable()
    blocks.append(.paragraph(Paragraph(span: span, line: line)))
  }

  /// Adds a cell to the open row (opening one if needed).
  public mutating func addCell(_ range: Range<Int>, line: Int, columnSpan: Int = 1) {
    addCell(Cell(span: TextSpan(range), line: line, columnSpan: columnSpan))
  }

  /// Adds a fully described cell to the open row (opening one if needed).
  public mutating func addCell(_ cell: Cell) {
    if cells.isEmpty { rowLine = cell.line }
    cells.append(cell)
  }

  /// Extends the last cell of the open row with a continuation line ending at
  /// `end` on `line` (a wrapped cell); the text between is kept as it is in the storage.
  /// Does nothing when no row is open.
  public mutating func extendLastCell(to end: Int, line: Int) {
    guard let last = cells.indices.last else { return }
    cells[last].span.end = max(cells[last].span.end, end)
    cells[last].endLine = line
  }

  /// Whether a row is open (has at least one cell).
  public var hasOpenRow: Bool { !cells.isEmpty }

  /// Whether a table is open (has at least one finished row).
  public var hasOpenTable: Bool { !rows.isEmpty }

  /// Closes the open row, if any, and adds it to the open table.
  public mutating func endRow() {
    guard !cells.isEmpty else { return }
    rows.append(Row(cells: cells, line: rowLine))
    cells.removeAll(keepingCapacity: true)
  }

  /// Closes the open row and table, if any.
  public mutating func endTable() {
    endRow()
    guard !rows.isEmpty else { return }
    blocks.append(.table(Table(rows: rows)))
    rows.removeAll(keepingCapacity: true)
  }

  /// Closes everything open and returns the document.
  public mutating func finish() -> Document {
    endTable()
    return Document(storage: storage, blocks: blocks)
  }
}
