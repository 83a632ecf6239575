/// Why a row's values cannot be placed (``ValuePlacement/Rule/cannotPlace(_:)``),
/// kept as its kind and numbers: its text, the last piece of each `cannotPlace`
/// message about the row, is written straight into the report's ``MessageArena``
/// when the row is recorded (``append(to:)``), with no `String` made. Made as a
/// `String` by interpolation, each reason cost an allocation and some 700
/// instructions a damaged report before it was copied into the arena.
///
/// Two reasons are equal, and hash alike, when they give the same text, however they
/// are kept; a string literal is a reason given as text.
enum PlacementReason: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// More filled cells than the table has columns.
  case moreFilledThanColumns(filled: Int, columns: Int)
  /// Fewer cells than the table has columns.
  case fewerCellsThanColumns(cells: Int, columns: Int)
  /// No cell of the row holds a value.
  case noValues
  /// The filled cells span more columns than the table has.
  case filledSpanTooWide(filled: Int, span: Int, columns: Int)
  /// The row is narrower than the table's other rows.
  case shorterThanTheTable
  /// The empty cells could sit at either end of the row.
  case emptyAtEitherEnd(cells: Int, columns: Int)
  /// The row's width is not one its table's other rows confirm, so a lost cell
  /// could have shifted its values.
  case widthUnconfirmed(cells: Int, columns: Int)
  /// A reason given as text.
  case text(String)

  /// Writes the reason's text (as ``description`` gives it) with `writer`.
  func write(into writer: inout MessageText.Writer) {
    switch self {
    case .moreFilledThanColumns(let filled, let columns):
      writer.put(filled)
      writer.put(" filled cells for the table's ")
      writer.put(columns)
      writer.put(" columns")
    case .fewerCellsThanColumns(let cells, let columns):
      writer.put(cells)
      writer.put(" cells for ")
      writer.put(columns)
      writer.put(" columns")
    case .noValues:
      writer.put("the row has no values")
    case .filledSpanTooWide(let filled, let span, let columns):
      writer.put(filled)
      writer.put(" filled cells span ")
      writer.put(span)
      writer.put(" columns, more than the table's ")
      writer.put(columns)
    case .shorterThanTheTable:
      writer.put("the row has fewer cells than the table's other rows, so a cell was lost and its place is unknown")
    case .emptyAtEitherEnd(let cells, let columns):
      writer.put(cells)
      writer.put(" cells for ")
      writer.put(columns)
      writer.put(" columns and the empty ones could sit at either end")
    case .widthUnconfirmed(let cells, let columns):
      writer.put(cells)
      writer.put(" cells for ")
      writer.put(columns)
      writer.put(
        " columns, and the table's other rows do not show that the row has all its cells: a lost cell would shift its values"
      )
    case .text(let text):
      writer.put(text: text)
    }
  }

  /// The reason's text.
  var description: String { MessageText.make { write(into: &$0) } }

  /// A reason given as text.
  init(stringLiteral text: String) {
    self = .text(text)
  }

  /// Whether the two give the same text.
  static func == (lhs: PlacementReason, rhs: PlacementReason) -> Bool {
    lhs.description == rhs.description
  }

  /// Hashes the reason's text.
  func hash(into hasher: inout Hasher) {
    hasher.combine(description)
  }

  /// Appends the reason's text to `arena` as one piece, written on the stack first
  /// (a reason's fixed words and numbers take at most a few hundred bytes).
  func append(to arena: inout MessageArena) {
    if case .text(let text) = self { return arena.append(text) }
    var counter = MessageText.Writer(output: nil)
    write(into: &counter)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: counter.count) { buffer in
      var writer = MessageText.Writer(output: buffer)
      write(into: &writer)
      arena.append(UnsafeBufferPointer(rebasing: buffer[..<writer.count]))
    }
  }
}
