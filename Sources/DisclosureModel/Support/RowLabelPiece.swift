/// How a row's label is kept in a report's ``MessageArena`` for the messages about
/// the row (a row of zeros, a repeated row, values that cannot be placed): its
/// label cells as written, normalised and joined only when a message is read.
///
/// Most callers never read a diagnostic's message, yet every message about a row
/// names the row by its label. Normalised, joined and checked as valid UTF-8 when
/// the diagnostic was made, a row's label cost some 1,500 instructions, most of a
/// damaged report's cost of making its messages; copying the label cells' bytes
/// costs a small part of that, and the same text is made from them when the message
/// is read (``withText(_:_:)``), by the same normalising
/// (``LabelText/withJoined(_:in:separator:_:)``), since normalising a label reads
/// only the bytes of its span. The arena keeps copies, never the report's source
/// text (see ``MessageArena``).
///
/// A label piece is one piece of the arena whose bytes are:
///
/// - none, for a row without labels;
/// - ``rawTag`` (`0x00`), then each label cell's bytes as written, each as a piece
///   of its own (its length, then its bytes): the form written when the document's
///   storage is known valid UTF-8 and each cell starts and ends on a scalar
///   boundary, so that the bytes are valid UTF-8, as every byte of the arena must
///   be (it becomes a `String` without a check);
/// - otherwise the label text itself, normalised, joined and with any ill-formed
///   sequence replaced by U+FFFD: the form for bytes not known valid, and the form
///   of a label piece written by hand (a test's). Such a text never starts with
///   `0x00`: normalising keeps only letters, digits and ideographs, and a U+FFFD
///   starts with `0xEF`.
enum RowLabelPiece {
  /// The first byte of a label piece that holds the label cells as written.
  static let rawTag: UInt8 = 0x00

  /// Writes into `arena` the label piece of the labels at `spans` of `storage`, the
  /// cells of a row's label in order (``RowAnalysis/labelSpans``): the cells as
  /// written when `storageIsValid` (``Document/isKnownValidUTF8``) and each span is
  /// whole (``ValidText/isWhole(_:_:_:)``), else their text, joined by spaces and
  /// checked, as ``RowAnalysis/labelText(_:)`` makes it; an empty piece when there
  /// are no labels. Spans are clamped to `storage`.
  ///
  /// Always inlined, into the notes about a row (each never inlined, so a row that
  /// makes no note runs none of it): a call of its own cost about 50 instructions
  /// a label piece (−232 a damaged report).
  @inline(__always)
  static func write(
    _ spans: some Sequence<TextSpan>, of storage: UnsafeBufferPointer<UInt8>, storageIsValid: Bool,
    into arena: inout MessageArena
  ) {
    guard storageIsValid else { return writeText(spans, of: storage, into: &arena) }
    // A row's label cells nearly always fit in a small room: written straight into
    // the arena's room in one pass, with no buffer of their own to copy from.
    var outcome = Filled.appended
    arena.appendPiece(upTo: smallPiece) { room in
      fill(room, with: spans, of: storage, outcome: &outcome)
    }
    switch outcome {
    case .appended: return
    case .notWhole: return writeText(spans, of: storage, into: &arena)
    case .noRoom: break
    }
    // A longer label: sized first, then written the same way.
    var size = 1
    for span in spans {
      let (lower, upper) = bounds(of: span, in: storage)
      size += MessageArena.lengthSize(upper - lower) + upper - lower
    }
    // Appended only when the piece filled exactly the room it was sized for;
    // anything else is written as text instead, so no label piece is ever lost.
    var appended = false
    arena.appendPiece(length: size) { room in
      appended = fill(room, with: spans, of: storage, outcome: &outcome) == size
      return appended
    }
    if appended { return }
    writeText(spans, of: storage, into: &arena)
  }

  /// The room for a label piece of cells as written that ``write(_:of:storageIsValid:into:)``
  /// tries first: more than the cells of any row label of the template, with their
  /// lengths.
  private static let smallPiece = 256

  /// How ``fill(_:with:of:outcome:)`` went.
  private enum Filled {
    /// The piece was written.
    case appended
    /// A span does not start and end on scalar boundaries.
    case notWhole
    /// The buffer is too small for the piece.
    case noRoom
  }

  /// Writes the label piece of cells as written for `spans` of `storage` (a
  /// document's storage known valid UTF-8) into `buffer`, returning how many bytes
  /// it took (none when there are no spans: an empty piece), and setting `outcome`;
  /// returns -1 when a span is not whole or the piece does not fit. Every write is
  /// checked against the buffer's end.
  @inline(__always)
  private static func fill(
    _ buffer: UnsafeMutableBufferPointer<UInt8>, with spans: some Sequence<TextSpan>,
    of storage: UnsafeBufferPointer<UInt8>, outcome: inout Filled
  ) -> Int {
    guard let target = buffer.baseAddress, buffer.count > 0 else {
      outcome = .noRoom
      return -1
    }
    target[0] = rawTag
    var written = 1
    for span in spans {
      let (lower, upper) = bounds(of: span, in: storage)
      guard ValidText.isWhole(storage, lower, upper) else {
        outcome = .notWhole
        return -1
      }
      // A length below 64, nearly every cell's, in its one byte in line.
      let lengthSize =
        upper - lower < 0x40 && written < buffer.count
        ? put(UInt8(truncatingIfNeeded: upper - lower), at: target + written)
        : MessageArena.writeLength(upper - lower, into: buffer, at: written)
      guard lengthSize > 0, upper - lower <= buffer.count - written - lengthSize else {
        outcome = .noRoom
        return -1
      }
      written += lengthSize
      if upper > lower, let source = storage.baseAddress {
        (target + written).update(from: source + lower, count: upper - lower)
      }
      written += upper - lower
    }
    outcome = .appended
    // The tag alone: no labels, an empty piece.
    return written == 1 ? 0 : written
  }

  /// Writes `byte` at `target`, returning 1: a one-byte length.
  @inline(__always)
  private static func put(_ byte: UInt8, at target: UnsafeMutablePointer<UInt8>) -> Int {
    target.pointee = byte
    return 1
  }

  /// The bounds of `span` clamped to `storage`, as ``ByteClass/clamped(_:to:)``
  /// gives them, in line: that one is never inlined, and a label piece clamps each
  /// of its cells.
  @inline(__always)
  private static func bounds(of span: TextSpan, in storage: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
    let lower = max(0, min(span.start, storage.count))
    return (lower, max(lower, min(span.end, storage.count)))
  }

  /// Writes into `arena` the label piece of text for `spans` of `storage`: their
  /// texts joined by spaces, any ill-formed sequence replaced by U+FFFD (no spans
  /// join to an empty piece).
  private static func writeText(
    _ spans: some Sequence<TextSpan>, of storage: UnsafeBufferPointer<UInt8>, into arena: inout MessageArena
  ) {
    LabelText.withJoined(spans, in: storage, separator: 0x20) { joined in
      if UTF8Validation.firstInvalid(joined) == nil {
        arena.append(joined)
      } else {
        arena.append(ValidText.string(checking: joined))
      }
    }
  }

  /// Calls `body` with the label text that the label piece `piece` (a piece of an
  /// arena, as ``MessageArena/Pieces`` reads it) keeps: the cells' texts normalised
  /// and joined by spaces, the same bytes as ``RowAnalysis/labelText(_:)`` gives for
  /// the row, for a piece of cells as written; the piece itself for one of text.
  ///
  /// Valid UTF-8 either way: the cells of a piece are valid UTF-8 (see
  /// ``RowLabelPiece``), and normalising valid bytes gives valid bytes; should the
  /// joined bytes not be, they are passed on as `String(decoding:as:)` makes them,
  /// as ``RowAnalysis/labelText(_:)`` would.
  static func withText<Result>(
    _ piece: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    guard let first = piece.first, first == rawTag else { return body(piece) }
    let cells = UnsafeBufferPointer(rebasing: piece[1...])
    return LabelText.withJoined(CellSpans(cells: cells), in: cells, separator: 0x20) { joined in
      guard UTF8Validation.firstInvalid(joined) != nil else { return body(joined) }
      var text = String(decoding: joined, as: UTF8.self)
      return text.withUTF8(body)
    }
  }

  /// The spans of the cells kept in a label piece after its tag: each piece's bytes
  /// in `cells`, in order, read by ``MessageArena/Pieces`` (so never past the end).
  private struct CellSpans: Sequence {
    let cells: UnsafeBufferPointer<UInt8>

    struct Iterator: IteratorProtocol {
      var pieces: MessageArena.Pieces

      mutating func next() -> TextSpan? {
        guard !pieces.isAtEnd else { return nil }
        return TextSpan(pieces.nextBounds())
      }
    }

    func makeIterator() -> Iterator { Iterator(pieces: MessageArena.Pieces(cells, from: 0)) }
  }
}
