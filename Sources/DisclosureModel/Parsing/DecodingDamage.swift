/// Where lenient decoding replaced bytes, and the diagnostics that say so: one per
/// damaged line.
enum DecodingDamage {
  /// One replaced sequence: where it was in the input, and where its U+FFFD is in the
  /// decoded UTF-8 text.
  struct Site: Sendable, Hashable {
    var inputOffset: Int
    var outputOffset: Int
  }

  /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
  static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

  /// One `replacedBytes` warning per line of `text` that holds a replacement.
  static func notes(_ sites: [DecodingDamage.Site], in text: [UInt8], encoding: TextEncoding) -> [Diagnostic] {
    guard !sites.isEmpty else { return [] }
    // The line of every site, in one pass over the text.
    var lines = LineCounter()
    var position = 0
    let siteLines = text.withUnsafeBufferPointer { buffer in
      sites.map { site in
        defer { position = site.outputOffset }
        return lines.advance(buffer, from: position, to: site.outputOffset)
      }
    }
    var notes: [Diagnostic] = []
    var index = 0
    while index < sites.count {
      let line = siteLines[index]
      var end = index
      while end < sites.count, siteLines[end] == line { end += 1 }
      let count = end - index
      let what = count == 1 ? "a byte sequence that is" : "\(count) byte sequences that are"
      notes.append(
        Diagnostic(
          .replacedBytes, .warning, line: line,
          "Line \(line) held \(what) not valid \(encoding.displayName) (the first at byte \(sites[index].inputOffset)); each was replaced with U+FFFD, so a value on this line may be null."
        ))
      index = end
    }
    return notes
  }
}

/// Counts lines the way ``SourceText/forEachLine(_:)`` numbers them: `\n`, `\r\n` and
/// a lone `\r` each end one line.
struct LineCounter {
  /// The 1-based line at the position reached so far.
  private(set) var line = 1
  /// Whether the last byte counted was a `\r` (a following `\n` belongs to it).
  private var afterCarriageReturn = false

  /// Counts the line ends in `bytes[from..<to]` and returns the line at `to`.
  mutating func advance(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    var index = max(0, start)
    let end = min(end, bytes.count)
    while index < end {
      switch bytes[index] {
      case 0x0A:
        if !afterCarriageReturn { line += 1 }
        afterCarriageReturn = false
      case 0x0D:
        line += 1
        afterCarriageReturn = true
      default:
        afterCarriageReturn = false
      }
      index += 1
    }
    return line
  }

  /// The 1-based line of `offset` in `bytes`.
  static func line(at offset: Int, in bytes: [UInt8]) -> Int {
    var counter = LineCounter()
    return bytes.withUnsafeBufferPointer { counter.advance($0, from: 0, to: offset) }
  }
}
