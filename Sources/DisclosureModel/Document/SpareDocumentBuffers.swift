#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Musl)
  internal import Musl
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// A thread's empty buffers for the next ``DocumentBuilder``: the blocks, the rows'
/// ends and the cells of the last document that ``ReportParser`` parsed on the
/// thread, emptied and kept with their room instead of freed.
///
/// A builder reserves room for an ordinary report's blocks, rows and cells
/// (``DocumentBuilder/init(source:)``), and a parse freed the three when it dropped
/// the document: about 900 instructions of `malloc` and `free` a clean report, and
/// 1,000 a damaged one (whose buffers grew as well). A parse
/// instead empties its document's three buffers once the report is made
/// (``keep(from:)``) and leaves them in a thread-specific slot, and the thread's
/// next builder takes them (``take(into:_:_:)``): the same room, allocated once a
/// thread. A buffer is emptied with `removeAll(keepingCapacity:)`, which frees its
/// elements and keeps its room when the parse's reference is the only one (as it is
/// for every standard adapter's document); one shared with a copy of the document
/// that an adapter kept is left to that copy, and the spare is a new empty buffer of
/// the same room, as the builder would have reserved. Buffers larger than an ordinary
/// report's (``largestBlocks``, ``largestRows``, ``largestCells``) are not kept, so a
/// thread keeps at most the room of 512 blocks, 1,024 rows' ends and 4,096 cells,
/// freed when the thread ends.
///
/// The census's kept line shapes (``LineShapes``) are kept the same way: a parse
/// hands the census the thread's spare list (``take(into:)``), which the census
/// empties and writes into, and keeps the list again once the document is built
/// (``keep(from:)``), up to ``largestShapes``.
struct SpareDocumentBuffers {
  var blocks: [Block] = []
  var rows: [DocumentBuilder.RowEnd] = []
  var cells: [StoredCell] = []
  /// The line shapes that the last parse's census kept (``LineShapes``), emptied.
  var shapes: [LineShapeCensus.Shape] = []

  /// The most blocks, rows and cells whose room is kept: 512, 1,024 and 4,096 (the
  /// builder's largest reservation of cells).
  static let largestBlocks = 512
  static let largestRows = 1024
  static let largestCells = 4096
  /// The most line shapes whose room is kept: 4,096, a census's room for a text of
  /// 32 KB.
  static let largestShapes = 4096

  /// The key of the thread-specific slot that holds a thread's spares (made on the
  /// thread's first use), created once a process (`nil` if it cannot be, and then
  /// nothing is kept); a thread's spares are freed when the thread ends.
  private static let key: pthread_key_t? = {
    var key = pthread_key_t()
    let created = pthread_key_create(&key) { slot in
      let slot: UnsafeMutableRawPointer? = slot
      guard let spares = slot?.assumingMemoryBound(to: SpareDocumentBuffers.self) else { return }
      spares.deinitialize(count: 1)
      spares.deallocate()
    }
    return created == 0 ? key : nil
  }()

  /// This thread's spares, made empty at the thread's first use, or `nil` when the
  /// slot cannot hold them.
  private static func forThisThread() -> UnsafeMutablePointer<SpareDocumentBuffers>? {
    guard let key else { return nil }
    if let slot = pthread_getspecific(key) { return slot.assumingMemoryBound(to: SpareDocumentBuffers.self) }
    let spares = UnsafeMutablePointer<SpareDocumentBuffers>.allocate(capacity: 1)
    spares.initialize(to: SpareDocumentBuffers())
    guard pthread_setspecific(key, spares) == 0 else {
      spares.deinitialize(count: 1)
      spares.deallocate()
      return nil
    }
    return spares
  }

  /// Swaps the thread's spare buffers into `blocks`, `rows` and `cells` (a new
  /// builder's empty ones, which stay behind as the spares): the spares are empty,
  /// with the room of the last document kept (or none).
  static func take(into blocks: inout [Block], _ rows: inout [DocumentBuilder.RowEnd], _ cells: inout [StoredCell]) {
    guard let spares = forThisThread() else { return }
    swap(&blocks, &spares.pointee.blocks)
    swap(&rows, &spares.pointee.rows)
    swap(&cells, &spares.pointee.cells)
  }

  /// Swaps the thread's spare line shapes into `shapes` (a new, empty list, which
  /// stays behind as the spare): the census then writes into the room of the last
  /// parse's shapes (``LineShapeCensus/init(_:lineLimit:keeping:)``).
  static func take(into shapes: inout [LineShapeCensus.Shape]) {
    guard let spares = forThisThread() else { return }
    swap(&shapes, &spares.pointee.shapes)
  }

  /// Takes `shapes` (leaving them empty), empties them and keeps them as the
  /// thread's spare when their room is within ``largestShapes``.
  static func keep(from shapes: inout [LineShapeCensus.Shape]) {
    guard let spares = forThisThread() else { return }
    var kept: [LineShapeCensus.Shape] = []
    swap(&kept, &shapes)
    keep(consume kept, upTo: largestShapes, in: &spares.pointee.shapes)
  }

  /// Empties `buffer` and makes it the spare `slot` when its room is at most
  /// `largest` elements; a larger one is freed, and `slot` left as it is.
  @inline(__always)
  private static func keep<Element>(_ buffer: consuming [Element], upTo largest: Int, in slot: inout [Element]) {
    var buffer = buffer
    guard buffer.capacity <= largest else { return }
    buffer.removeAll(keepingCapacity: true)
    slot = buffer
  }

  /// Takes `document`'s blocks (leaving it none) and the buffers of cells and rows
  /// that its tables share (``Table/Rows``, a builder's), empties them and keeps
  /// those within the limits as the thread's spares (see above). `document` must not
  /// be read after, but for its storage and notes.
  static func keep(from document: inout Document) {
    guard let spares = forThisThread() else { return }
    var cells: [StoredCell] = []
    var rows: [DocumentBuilder.RowEnd] = []
    document.blocks.withUnsafeBufferPointer { blocks in
      for index in blocks.indices {
        guard case .table(let table) = blocks[index] else { continue }
        if case .shared(let shared) = table.rows.form {
          cells = shared.cells
          rows = shared.ends
        }
        break
      }
    }
    var blocks: [Block] = []
    swap(&blocks, &document.blocks)
    keep(consume blocks, upTo: largestBlocks, in: &spares.pointee.blocks)
    // The tables went with the blocks (each buffer is consumed, not copied, so none
    // outlives its call): the two buffers are held here alone.
    keep(consume rows, upTo: largestRows, in: &spares.pointee.rows)
    keep(consume cells, upTo: largestCells, in: &spares.pointee.cells)
  }
}
