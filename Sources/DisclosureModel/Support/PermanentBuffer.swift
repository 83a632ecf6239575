/// Plain values copied once into memory that is never freed: the form of the tables
/// that are built once a process and read for every report on every core.
///
/// Reading an element of an `Array` retains and releases the array's buffer, and
/// copying out an element that holds arrays retains those too. When every core reads
/// the same table for every report, those reference counts live on cache lines that
/// the cores must pass back and forth, so each core waits for the others. A permanent
/// buffer is a pointer and a count: copying it or reading from it touches no count,
/// and its elements, being `BitwiseCopyable`, hold none either.
///
/// Keep one only in a `static let` (or inside another permanent buffer): its memory
/// is never returned, by design.
struct PermanentBuffer<Element: BitwiseCopyable>: RandomAccessCollection, BitwiseCopyable, @unchecked Sendable {
  // Sendable: the memory is written once, before the buffer exists, then only read.
  private let base: UnsafeBufferPointer<Element>

  /// Copies `elements` into new memory that is kept for the life of the process.
  init(_ elements: some Collection<Element>) {
    let memory = UnsafeMutableBufferPointer<Element>.allocate(capacity: elements.count)
    _ = memory.initialize(fromContentsOf: elements)
    base = UnsafeBufferPointer(memory)
  }

  /// An empty buffer, which allocates nothing.
  init() {
    base = UnsafeBufferPointer(start: nil, count: 0)
  }

  var startIndex: Int { 0 }
  var endIndex: Int { base.count }

  @inline(__always)
  subscript(position: Int) -> Element { base[position] }

  /// The buffer's own iterator: the default one read each element through the
  /// subscript, which the compiler left as an outlined call an element.
  @inline(__always)
  func makeIterator() -> UnsafeBufferPointer<Element>.Iterator { base.makeIterator() }

  /// The elements, valid for the life of the process.
  var buffer: UnsafeBufferPointer<Element> { base }
}
