/// One CSV field as the table writes it (RFC 4180): its UTF-8 bytes as they are,
/// or between `"` with each `"` doubled when it holds `,`, `"`, CR or LF; with
/// the formula guard, after an apostrophe when it begins like a formula
/// (``CSVTableWriter/formulaGuarded(_:)``). The one place the table's quoting is
/// written: ``CSVTableWriter/appendField(_:to:)`` and ``RowBytes`` both write
/// through it.
///
/// Made from the bytes in one scan, which tells its written ``size``, so that the
/// writer makes room once and then stores the bytes with ``write(at:)``.
struct CSVField {
  /// The field's bytes.
  let bytes: UnsafeBufferPointer<UInt8>
  /// Whether an apostrophe goes before the bytes.
  let apostrophe: Bool
  /// Whether the field is quoted.
  private(set) var needsQuotes = false
  /// How many `"` the bytes hold (each written twice).
  private(set) var quoteCount = 0

  /// 0x2D, one past `,`, in each byte of a word.
  private static let bytesBelow: UInt64 = 0x2D2D_2D2D_2D2D_2D2D
  /// The high bit of each byte of a word.
  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// The field of `bytes`, guarded against formulas when `guardingFormulas`.
  @inline(__always)
  init(_ bytes: UnsafeBufferPointer<UInt8>, guardingFormulas: Bool) {
    self.bytes = bytes
    apostrophe = guardingFormulas && CSVTableWriter.beginsLikeFormula(bytes.first)
    // The four bytes that need quotes are all at most `,` (0x2C), which most
    // bytes (letters, digits, Chinese text) are above: skipped eight at a time up
    // to the first word that holds one below 0x2D, then looked at byte by byte.
    let raw = UnsafeRawBufferPointer(bytes)
    var start = 0
    while bytes.count &- start >= 8 {
      let word = raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)
      // Nonzero exactly when a byte of `word` is below 0x2D ("hasless" in Sean
      // Anderson's Bit Twiddling Hacks).
      if (word &- Self.bytesBelow) & ~word & Self.highBits != 0 { break }
      start &+= 8
    }
    for byte in bytes[start...] where byte <= CSVTableWriter.comma {
      switch byte {
      case CSVTableWriter.quote:
        needsQuotes = true
        quoteCount &+= 1
      case CSVTableWriter.comma, 0x0A, 0x0D: needsQuotes = true
      default: break
      }
    }
  }

  /// How many bytes the field takes written.
  var size: Int { bytes.count &+ (apostrophe ? 1 : 0) &+ (needsQuotes ? 2 &+ quoteCount : 0) }

  /// Writes the field at `start`, which has room for ``size`` bytes.
  @inline(__always)
  func write(at start: UnsafeMutablePointer<UInt8>) {
    var position = start
    if needsQuotes {
      position.pointee = CSVTableWriter.quote
      position += 1
    }
    if apostrophe {
      position.pointee = UInt8(ascii: "'")
      position += 1
    }
    if quoteCount == 0 {
      if let source = bytes.baseAddress { position.update(from: source, count: bytes.count) }
      position += bytes.count
    } else {
      for byte in bytes {
        position.pointee = byte
        position += 1
        if byte == CSVTableWriter.quote {
          position.pointee = byte
          position += 1
        }
      }
    }
    if needsQuotes { position.pointee = CSVTableWriter.quote }
  }

  /// Appends the field to `buffer`, written straight into its new capacity.
  func append(to buffer: inout [UInt8]) {
    let size = size
    guard size > 0 else { return }
    buffer.append(addingCapacity: size) { span in
      span.withUnsafeMutableBufferPointer { room, written in
        guard let base = room.baseAddress else { return }
        write(at: base + written)
        written &+= size
      }
    }
  }
}
