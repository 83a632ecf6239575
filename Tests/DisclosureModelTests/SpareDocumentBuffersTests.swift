import Testing

@testable import DisclosureModel

/// A parsed document's buffers, emptied and kept for the thread's next document
/// builder (``SpareDocumentBuffers``).
@Suite("Spare document buffers")
struct SpareDocumentBuffersTests {
  static let source = SourceText("abcdefghijklmnopqrstuvwxyz")

  /// A document of a paragraph and two tables, made by a builder.
  static func document() -> Document {
    var builder = DocumentBuilder(source: source)
    builder.addParagraph(0..<1, line: 1)
    builder.addCell(1..<2, line: 2)
    builder.addCell(2..<3, line: 2)
    builder.endRow()
    builder.endTable()
    builder.addParagraph(3..<4, line: 3)
    builder.addCell(4..<5, line: 4)
    builder.endRow()
    builder.endTable()
    return builder.finish()
  }

  @Test("The next builder on the thread starts with the kept buffers, empty, with their room")
  func keptForTheNextBuilder() {
    var document = Self.document()
    #expect(document.blocks.count == 4)
    SpareDocumentBuffers.keep(from: &document)
    #expect(document.blocks.isEmpty)
    // The builder's reservations (see `DocumentBuilder.init(source:)`) were kept.
    let builder = DocumentBuilder(source: Self.source)
    #expect(builder.blocks.isEmpty && builder.rows.isEmpty && builder.cells.isEmpty)
    #expect(builder.blocks.capacity >= 31)
    #expect(builder.rows.capacity >= 62)
    #expect(builder.cells.capacity >= 256)
    // A document made with the kept room is the same as the first.
    var second = Self.document()
    #expect(second == Self.document())
    SpareDocumentBuffers.keep(from: &second)
  }

  @Test("A document that shares its buffers with a copy leaves the copy whole")
  func sharedBuffersLeftWhole() {
    var document = Self.document()
    let copy = document
    SpareDocumentBuffers.keep(from: &document)
    #expect(copy == Self.document())
    #expect(copy.tables.map { $0.rows.map(\.cells.count) } == [[2], [1]])
    // The spares are empty all the same.
    let builder = DocumentBuilder(source: Self.source)
    #expect(builder.blocks.isEmpty && builder.rows.isEmpty && builder.cells.isEmpty)
  }

  @Test("Line shapes are kept empty with their room, unless the room is larger than an ordinary report's")
  func lineShapesKept() {
    var census = LineShapes(recording: true)
    _ = LineShapeCensus(Self.source, keeping: &census)
    #expect(census.shapes.count == 1)
    var shapes = census.shapes
    shapes.reserveCapacity(1000)
    let room = shapes.capacity
    SpareDocumentBuffers.keep(from: &shapes)
    #expect(shapes.isEmpty && shapes.capacity == 0)
    var taken: [LineShapeCensus.Shape] = []
    SpareDocumentBuffers.take(into: &taken)
    #expect(taken.isEmpty && taken.capacity == room)
    // Too large a room is freed, not kept: the next list taken has none.
    var large = census.shapes
    large.reserveCapacity(SpareDocumentBuffers.largestShapes + 1)
    SpareDocumentBuffers.keep(from: &large)
    var next: [LineShapeCensus.Shape] = []
    SpareDocumentBuffers.take(into: &next)
    #expect(next.isEmpty && next.capacity == 0)
  }
}
