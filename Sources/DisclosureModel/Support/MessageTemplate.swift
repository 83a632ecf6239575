/// The shapes of the messages that the interpretation writes about fields, rows and
/// values: each case writes one message from the diagnostic's key, its line and
/// the pieces kept for it in the report's ``MessageArena``.
///
/// This is the one definition of each of these messages: a diagnostic keeps its
/// template and the message is written from it when ``Diagnostic/message`` is
/// read, and whatever writes a message at once (a test, the fallback of an arena
/// past 4 GiB) writes it through the same ``write(into:key:line:pieces:)``.
/// ``text`` is the template of a message kept as text (set by a caller, made by
/// string interpolation, or decoded), and ``keyedText`` of one kept as text with a
/// key given as text.
enum MessageTemplate: UInt8, Sendable, CaseIterable {
  /// The message is the diagnostic's text, kept as it is.
  case text
  /// The message is kept as text, and so is the key, which is no field's of the
  /// catalogue: the diagnostic's text holds the two as two pieces of an arena's
  /// form, the key first (``Diagnostic/keyedText(key:message:)``).
  case keyedText

  // A cell's message: the prefix, the key, ` at line `, the line, the suffix. No pieces.
  case blankReadAsZero
  case emptyCell
  case placeholderCell
  case notANumber
  case normalizedNumber
  case tooLarge

  // A row's message with its label as made (even empty). Pieces: the label (a
  // row's label piece, read through ``RowLabelPiece``, as in every row message).
  case zeroRow
  case totalOnly
  case totalOnlyColumn

  // A row named as `The row 「label」 at line N`, or `The row of numbers at line N`
  // without a label. Pieces: the label, then as each says.
  case extraEmptyCells
  /// Then the line the values were first read at.
  case duplicateRow
  /// Then the reason.
  case cannotPlace

  /// A group row with numbers. Pieces: the label, the edition.
  case groupRow
  /// A row whose columns' keys the edition lacks. Pieces: the label, the edition,
  /// the keys joined.
  case missingKeys

  // A value's message. Pieces: its digits, then as each says.
  /// Pieces: the digits (the first ``NumberText/maximumDigits``).
  case overlong
  /// Pieces: the digits, the unit the field uses.
  case unitMismatch
  /// Pieces: the digits.
  case fraction
  /// Two copies of a row disagree. Pieces: the value read first (or `null`), the
  /// line it was read at (or `?`), the value read again.
  case conflict

  /// A value inferred from its row's total of 0. Pieces: the total's key.
  case inferredFromTotal
  /// A total inferred from parts that are all 0. No pieces.
  case inferredFromParts
  /// A row missing from its table. Pieces: the row's name.
  case missingRow
  /// A table missing. Pieces: the key's section.
  case missingTable

  // A section's message. No pieces: the section's number is kept where a template
  // with pieces keeps their start (``Diagnostic/pieceStart``).
  /// A table found by its shape at the line, its section's heading missing.
  case foundByShape
  /// A section's heading missing.
  case missingSection

  /// Whether the template reads pieces from the arena (so the diagnostic keeps
  /// the arena).
  var hasPieces: Bool {
    switch self {
    case .text, .keyedText, .blankReadAsZero, .emptyCell, .placeholderCell, .notANumber, .normalizedNumber,
      .tooLarge, .inferredFromParts, .foundByShape, .missingSection:
      false
    default: true
    }
  }

  /// The fixed text before and after `key at line N` in a cell's message (`nil`
  /// for a template of another shape).
  private var cellParts: (prefix: StaticString, suffix: StaticString)? {
    switch self {
    case .blankReadAsZero: ("The cell for ", " is empty; it was read as 0 (blank cells read as zero).")
    case .emptyCell: ("The cell for ", " is empty; the value is null.")
    case .placeholderCell:
      ("The cell for ", " holds only a dash, a slash or 无 (the ways of writing nothing); the value is null.")
    case .notANumber: ("The cell for ", " is not a number; the value is null.")
    case .normalizedNumber: ("The number for ", " was written with full-width digits or thousands separators.")
    case .tooLarge: ("The value for ", " is too large for a 64-bit integer; the value is null.")
    default: nil
    }
  }

  /// The message of this template for a diagnostic keyed `key` at `line`, with its
  /// pieces (if any) from `arena` at `start` (for a section's message, `start` is
  /// the section's number). `.text` and `.keyedText` have no template: their
  /// message is the diagnostic's text, and this gives an empty string.
  func message(key: String?, line: Int?, arena: String, start: Int) -> String {
    var arena = arena
    return arena.withUTF8 { message(key: key, line: line, pieces: $0, start: start) }
  }

  /// The message of this template, as ``message(key:line:arena:start:)`` makes it,
  /// with its pieces from `bytes` (an arena's) at `start`.
  func message(key: String?, line: Int?, pieces bytes: UnsafeBufferPointer<UInt8>, start: Int) -> String {
    MessageText.make { writer in
      var pieces = MessageArena.Pieces(bytes, from: start)
      write(into: &writer, key: key ?? "", line: line ?? 0, number: start, pieces: &pieces)
    }
  }

  /// Writes this template's message for `key` and `line`, reading its pieces in
  /// order from `pieces`; a section's message names section `number`.
  func write(
    into writer: inout MessageText.Writer, key: String, line: Int, number: Int, pieces: inout MessageArena.Pieces
  ) {
    if let parts = cellParts {
      writer.put(parts.prefix)
      writer.put(text: key)
      writer.put(" at line ")
      writer.put(line)
      writer.put(parts.suffix)
      return
    }
    switch self {
    case .text, .keyedText, .blankReadAsZero, .emptyCell, .placeholderCell, .notANumber, .normalizedNumber,
      .tooLarge:
      break
    case .zeroRow:
      writer.put("Every value of the row 「")
      Self.putLabel(pieces.next(), into: &writer)
      writer.put("」 at line ")
      writer.put(line)
      writer.put(" is 0 and at most one cell is missing or extra, so every column is 0.")
    case .totalOnly, .totalOnlyColumn:
      writer.put("The row 「")
      Self.putLabel(pieces.next(), into: &writer)
      writer.put("」 at line ")
      writer.put(line)
      writer.put(self == .totalOnly ? " holds only its total." : " holds only its total; this column's value is null.")
    case .extraEmptyCells:
      Self.putRow(pieces.next(), line: line, into: &writer)
      writer.put(" has empty cells after its values, more than the table's columns; they were dropped.")
    case .duplicateRow:
      Self.putRow(pieces.next(), line: line, into: &writer)
      writer.put(" repeats values already read at line ")
      writer.put(pieces.next())
      writer.put("; the values that agree were read once.")
    case .cannotPlace:
      Self.putRow(pieces.next(), line: line, into: &writer)
      writer.put(" has values that cannot be placed in their columns with certainty (")
      writer.put(pieces.next())
      writer.put("); the value is null.")
    case .groupRow:
      writer.put("The group row 「")
      Self.putLabel(pieces.next(), into: &writer)
      writer.put("」 holds numbers, which the ")
      writer.put(pieces.next())
      writer.put(" template has no field for; they were not used.")
    case .missingKeys:
      writer.put("The row 「")
      Self.putLabel(pieces.next(), into: &writer)
      writer.put("」 has columns that the ")
      writer.put(pieces.next())
      writer.put(" template lacks (")
      writer.put(pieces.next())
      writer.put("); they were not used.")
    case .overlong:
      Self.putValue(key, line: line, into: &writer)
      writer.put(" has more than ")
      writer.put(NumberText.maximumDigits)
      writer.put(" digits (")
      writer.put(pieces.next())
      writer.put("…); the value is null.")
    case .unitMismatch:
      Self.putValue(key, line: line, into: &writer)
      writer.put(" is written in a unit the field does not use (")
      writer.put(pieces.next())
      writer.put(" with a unit other than ")
      writer.put(pieces.next())
      writer.put("); the value is null.")
    case .fraction:
      Self.putValue(key, line: line, into: &writer)
      writer.put(" (")
      writer.put(pieces.next())
      writer.put(") is not a whole number; the value is null.")
    case .conflict:
      writer.put(text: key)
      writer.put(" is ")
      writer.put(pieces.next())
      writer.put(" at line ")
      writer.put(pieces.next())
      writer.put(" but ")
      writer.put(pieces.next())
      writer.put(" in the repeated row at line ")
      writer.put(line)
      writer.put("; the copies disagree, so the value is null.")
    case .inferredFromTotal:
      writer.put(text: key)
      writer.put(" is 0: its cell is empty or missing, but its row's total ")
      writer.put(pieces.next())
      writer.put(" is 0 and counts are never negative.")
    case .inferredFromParts:
      writer.put(text: key)
      writer.put(" is 0: its cell is empty or missing, but every other value of its row is 0, so the total is 0.")
    case .missingRow:
      writer.put("The row 「")
      writer.put(pieces.next())
      writer.put("」 is not in the text (its table ends near line ")
      writer.put(line)
      writer.put("); ")
      writer.put(text: key)
      writer.put(" is null.")
    case .missingTable:
      writer.put("The table for ")
      writer.put(text: key)
      writer.put(" (")
      writer.put(pieces.next())
      writer.put(") was not found (looked up to line ")
      writer.put(line)
      writer.put("); the value is null.")
    case .foundByShape:
      writer.put("The heading of section ")
      Self.putSection(number, into: &writer)
      writer.put(" is missing; its table was found by its labels and shape at line ")
      writer.put(line)
      writer.put(".")
    case .missingSection:
      writer.put("Section ")
      Self.putSection(number, into: &writer)
      writer.put(" has no heading in the text.")
    }
  }

  /// Writes section `number`'s name (``LabelTable/sectionNames``), or the number
  /// for a section without one.
  private static func putSection(_ number: Int, into writer: inout MessageText.Writer) {
    if let name = LabelTable.sectionNames[number] { writer.put(text: name) } else { writer.put(number) }
  }

  /// Writes the label text that the label piece `piece` keeps (``RowLabelPiece``).
  private static func putLabel(_ piece: UnsafeBufferPointer<UInt8>, into writer: inout MessageText.Writer) {
    RowLabelPiece.withText(piece) { writer.put($0) }
  }

  /// Writes how a message names the row at `line`: `The row 「label」 at line N`, or
  /// `The row of numbers at line N` for a row without a label (or one whose labels
  /// normalise to nothing). `piece` is the row's label piece (``RowLabelPiece``).
  private static func putRow(_ piece: UnsafeBufferPointer<UInt8>, line: Int, into writer: inout MessageText.Writer) {
    RowLabelPiece.withText(piece) { label in putRow(label: label, line: line, into: &writer) }
  }

  /// ``putRow(_:line:into:)`` for the label text `label`.
  private static func putRow(label: UnsafeBufferPointer<UInt8>, line: Int, into writer: inout MessageText.Writer) {
    if label.isEmpty {
      writer.put("The row of numbers")
    } else {
      writer.put("The row 「")
      writer.put(label)
      writer.put("」")
    }
    writer.put(" at line ")
    writer.put(line)
  }

  /// Writes `The value for KEY at line N`.
  private static func putValue(_ key: String, line: Int, into writer: inout MessageText.Writer) {
    writer.put("The value for ")
    writer.put(text: key)
    writer.put(" at line ")
    writer.put(line)
  }
}
