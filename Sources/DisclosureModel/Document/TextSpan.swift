/// A range of bytes in a ``Document``'s storage: the text of a cell or paragraph.
///
/// Spans keep cell text where the adapter found it instead of copying it into a new
/// string, so building a document allocates per row, not per cell.
public struct TextSpan: Sendable, Hashable {
  /// Offset of the first byte.
  public var start: Int
  /// Offset one past the last byte.
  public var end: Int

  /// Creates a span over `range`.
  @inlinable
  public init(_ range: Range<Int>) {
    self.start = range.lowerBound
    self.end = range.upperBound
  }

  /// The span as a range.
  public var range: Range<Int> { start..<end }

  /// Whether the span holds no bytes.
  public var isEmpty: Bool { start >= end }
}
