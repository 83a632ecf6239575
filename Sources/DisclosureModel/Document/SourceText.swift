/// Decoded report text as UTF-8 bytes, the input of every layout adapter.
///
/// A `SourceText` is produced by ``TextDecoder`` from raw file bytes: any byte-order
/// mark is removed and the bytes are valid UTF-8. Line ends may be `\n`, `\r\n` or a
/// lone `\r`; ``forEachLine(_:)`` hands adapters each line without its terminator,
/// numbered from 1, so adapters never deal with line-end conventions themselves.
///
/// The bytes are shared, never copied, by the ``Document`` an adapter builds from them.
public struct SourceText: Sendable, Hashable {
  /// The UTF-8 bytes of the text, without a byte-order mark.
  public let bytes: [UInt8]
  /// What decoding noticed, such as bytes replaced by lenient decoding (one
  /// `replacedBytes` warning per damaged line). ``DocumentBuilder`` carries them into
  /// the ``Document``, and so into the report's diagnostics.
  public var notes: [Diagnostic] = []
  /// The shapes of the first lines, when the census that chose the layout kept them
  /// (``ReportParser``); not part of the text's value.
  @usableFromInline package var lineShapes = LineShapes(recording: false)
  /// Whether ``bytes`` are known to be valid UTF-8: set only by ``TextDecoder`` when
  /// it validated or produced them, and by ``init(_:)`` (a string's bytes), never
  /// by the public ``init(utf8:)``, whose bytes no one here has checked. Carried by
  /// ``DocumentBuilder`` into ``Document/isKnownValidUTF8``; not part of the
  /// text's value.
  package var isKnownValidUTF8 = false
  /// Whether ``bytes`` are known to hold no carriage return, so that every line ends
  /// at a line feed (or at the end): set only by ``TextDecoder``, whose validation
  /// notices carriage returns as it reads the bytes, and read by the
  /// ``LineShapeCensus``, which then marks only line feeds as line ends. Not part of
  /// the text's value. Read too by ``forEachLineShape(runsOf:run:otherwise:)`` and the
  /// tab-separated run path, which then find the next line's start one past a line's
  /// end without reading its terminator (``lineStart(after:in:lineFeedsOnly:)``).
  @usableFromInline package var endsLinesWithLineFeedsOnly = false

  /// Creates a source text from UTF-8 bytes that the caller has already validated.
  ///
  /// A leading UTF-8 byte-order mark is removed.
  public init(utf8 bytes: [UInt8]) {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      self.bytes = Array(bytes[3...])
    } else {
      self.bytes = bytes
    }
  }

  /// Creates a source text from a Swift string.
  public init(_ string: String) {
    self.init(utf8: Array(string.utf8))
    isKnownValidUTF8 = true
  }

  /// Calls `body` once for every line, in order.
  ///
  /// - Parameter body: receives the 1-based line number and the byte range of the
  ///   line's content in ``bytes``, without its line terminator.
  public func forEachLine(_ body: (_ line: Int, _ range: Range<Int>) throws -> Void) rethrows {
    try bytes.withUnsafeBufferPointer { buffer in
      let count = buffer.count
      var start = 0
      var line = 1
      while start < count {
        let end = Self.lineEnd(buffer, from: start)
        try body(line, start..<end)
        guard end < count else { return }
        line += 1
        start = Self.lineStart(after: end, in: buffer)
      }
    }
  }

  /// The start of the line after the line that ends at `end` in `bytes`: past its
  /// terminator (a line feed, a carriage return, or both in that order), or `end`
  /// when that line ends the text. The one definition of a line's terminator for
  /// every walk over lines (``forEachLine(_:)``, ``forEachLineShape(_:)``, the
  /// builder's runs of rows, the cell-per-line adapter's prose inside a run).
  @usableFromInline @inline(__always)
  package static func lineStart(after end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard end < bytes.count else { return end }
    let next = end &+ 1
    return bytes[end] == 0x0D && next < bytes.count && bytes[next] == 0x0A ? next &+ 1 : next
  }

  /// ``lineStart(after:in:)`` for a text whose line ends are known to be line feeds
  /// alone when `lineFeedsOnly` (``endsLinesWithLineFeedsOnly``): the line that ends
  /// at `end` then ends with one byte, so the next starts one past it, and its
  /// terminator is not read.
  @usableFromInline @inline(__always)
  package static func lineStart(after end: Int, in bytes: UnsafeBufferPointer<UInt8>, lineFeedsOnly: Bool) -> Int {
    guard lineFeedsOnly else { return lineStart(after: end, in: bytes) }
    return end < bytes.count ? end &+ 1 : end
  }

  /// The offset of the first line feed or carriage return at or after `start`, or the
  /// buffer's count when there is none; eight bytes at a time.
  static func lineEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let count = buffer.count
    var index = start
    if let base = buffer.baseAddress {
      while index + 8 <= count {
        let word = ByteBlock.load(base, at: index)
        let ends = ByteBlock.equal(0x0A, word) | ByteBlock.equal(0x0D, word)
        if ends != 0 { return index + ends.trailingZeroBitCount >> 3 }
        index += 8
      }
    }
    while index < count, buffer[index] != 0x0A, buffer[index] != 0x0D { index += 1 }
    return index
  }
}

extension SourceText {
  /// Two texts are equal when their bytes and notes are.
  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.bytes == rhs.bytes && lhs.notes == rhs.notes
  }

  /// Hashes the bytes and the notes, the parts that ``==(_:_:)`` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(bytes)
    hasher.combine(notes)
  }
}
