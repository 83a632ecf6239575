/// The layout-neutral form of a report: ordered paragraphs and table grids, each
/// piece with its source line.
///
/// A ``LayoutAdapter`` turns a ``SourceText`` into a `Document`; the shared
/// ``Interpreter`` turns any `Document` into canonical fields. An adapter for a new
/// layout therefore only has to produce this value. Build one with
/// ``DocumentBuilder``.
///
/// Text is held as byte spans into ``storage``, which begins with the source bytes
/// (so spans found in the source need no copy) and may continue with text an adapter
/// added itself (for example a cell reassembled from wrapped lines).
public struct Document: Sendable, Hashable {
  /// UTF-8 bytes that every ``TextSpan`` of the document points into.
  public let storage: [UInt8]
  /// The blocks, in reading order.
  public var blocks: [Block]
  /// What the stages before interpretation noticed, each naming its line: bytes
  /// replaced by lenient decoding (`replacedBytes`), and rows, tables, lines or
  /// paragraphs cut at an ``InputLimits`` cap (`limitExceeded`). The ``Interpreter``
  /// copies them into the report's diagnostics.
  public var notes: [Diagnostic]
  /// Whether ``storage`` is known to be valid UTF-8: true only for a document that
  /// ``DocumentBuilder`` built over a ``SourceText`` known valid (see
  /// ``SourceText/isKnownValidUTF8``) and added only valid bytes to. The
  /// interpreter then makes a span's string without validating it again, when the
  /// span starts and ends on scalar boundaries. Not part of the document's value.
  package let isKnownValidUTF8: Bool

  /// Creates a document from storage and blocks whose spans point into it.
  public init(storage: [UInt8], blocks: [Block], notes: [Diagnostic] = []) {
    self.init(storage: storage, blocks: blocks, notes: notes, isKnownValidUTF8: false)
  }

  /// Creates a document whose storage the caller knows to be valid UTF-8, or not.
  package init(storage: [UInt8], blocks: [Block], notes: [Diagnostic], isKnownValidUTF8: Bool) {
    self.storage = storage
    self.blocks = blocks
    self.notes = notes
    self.isKnownValidUTF8 = isKnownValidUTF8
  }

  /// Two documents are equal when their storage, blocks and notes are (whether the
  /// storage is known valid is not compared).
  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.storage == rhs.storage && lhs.blocks == rhs.blocks && lhs.notes == rhs.notes
  }

  /// Hashes the storage, blocks and notes, the parts that ``==(_:_:)`` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(storage)
    hasher.combine(blocks)
    hasher.combine(notes)
  }

  /// The text of a span, decoded as UTF-8 (invalid bytes become U+FFFD).
  public func text(_ span: TextSpan) -> String {
    let lower = min(max(0, span.start), storage.count)
    let upper = min(max(lower, span.end), storage.count)
    return String(decoding: storage[lower..<upper], as: UTF8.self)
  }

  /// The text of a cell.
  public func text(_ cell: Cell) -> String { text(cell.span) }

  /// The text of a paragraph.
  public func text(_ paragraph: Paragraph) -> String { text(paragraph.span) }

  /// The tables, in reading order.
  public var tables: [Table] {
    blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
  }

  /// The paragraphs, in reading order.
  public var paragraphs: [Paragraph] {
    blocks.compactMap { if case .paragraph(let paragraph) = $0 { paragraph } else { nil } }
  }
}
