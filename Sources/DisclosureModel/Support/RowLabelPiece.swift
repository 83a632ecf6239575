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
  static func write(
    _ spans: some Sequence<TextSpan>, of storage: UnsafeBufferPointer<UInt8>, storageIsValid: Bool,
    into arena: inout MessageArena
  ) {
    // The piece's size as cells as written (the tag, each cell's length and bytes),
    // and whether they may be written so.
    var count = 0
    var size = 1
    var whole = storageIsValid
    for span in spans {
      let (lower, upper) = clamped(span, to: storage)
      count += 1
      size += MessageArena.lengthSize(upper - lower) + upper - lower
      whole = whole && ValidText.isWhole(storage, lower, upper)
    }
    if count == 0 {
      arena.append(UnsafeBufferPointer(start: nil, count: 0))
    } else if whole {
      // Written in a buffer of the piece's size (on the stack when small), then
      // appended as one piece: a copy of each cell's bytes, and one append. Sized
      // above, so the buffer never falls short; every write is checked all the same,
      // and the piece cut at a cell rather than overrun.
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: size) { buffer in
        var written = 0
        if let target = buffer.baseAddress {
          target[0] = rawTag
          written = 1
          for span in spans {
            let (lower, upper) = clamped(span, to: storage)
            let lengthSize = MessageArena.writeLength(upper - lower, into: buffer, at: written)
            guard lengthSize > 0, upper - lower <= buffer.count - written - lengthSize else { break }
            written += lengthSize
            if upper > lower, let source = storage.baseAddress {
              (target + written).update(from: source + lower, count: upper - lower)
            }
            written += upper - lower
          }
        }
        arena.append(UnsafeBufferPointer(rebasing: buffer[..<written]))
      }
    } else {
      LabelText.withJoined(spans, in: storage, separator: 0x20) { joined in
        if UTF8Validation.firstInvalid(joined) == nil {
          arena.append(joined)
        } else {
          arena.append(ValidText.string(checking: joined))
        }
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

  /// The bounds of `span` within `storage`: `0 <= lower <= upper <= storage.count`.
  @inline(__always)
  private static func clamped(_ span: TextSpan, to storage: UnsafeBufferPointer<UInt8>) -> (lower: Int, upper: Int) {
    let lower = max(0, min(span.start, storage.count))
    return (lower, max(lower, min(span.end, storage.count)))
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
