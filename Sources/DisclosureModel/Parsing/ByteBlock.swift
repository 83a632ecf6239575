/// Eight bytes at a time: tests on a 64-bit word that mark, byte by byte, which of
/// its eight bytes pass, with no branch per byte.
///
/// Each test returns a mask with the high bit (0x80) of a byte set exactly where that
/// byte passes and every other bit clear. The tests are exact for every byte value
/// (no carries or borrows cross from one byte into the next), so the mask can be
/// counted (`nonzeroBitCount`) and walked in order: byte `i` of the word, loaded
/// little-endian by ``load(_:at:)``, is the lowest set bit's `trailingZeroBitCount / 8`.
///
/// ```swift
/// let word = ByteBlock.load(base, at: index)               // bytes index ..< index + 8
/// let ends = ByteBlock.equal(0x0A, word) | ByteBlock.equal(0x0D, word)
/// if ends != 0 { index += ends.trailingZeroBitCount >> 3 }  // the first line end
/// ```
enum ByteBlock {
  /// 0x01 in every byte.
  static let ones: UInt64 = 0x0101_0101_0101_0101
  /// 0x80 in every byte.
  static let highBits: UInt64 = 0x8080_8080_8080_8080
  /// The high bits of the bytes at even offsets (0, 2, 4, 6) of a loaded word.
  static let evenHighBits: UInt64 = 0x0080_0080_0080_0080
  /// The high bits of the bytes at odd offsets (1, 3, 5, 7) of a loaded word.
  static let oddHighBits: UInt64 = 0x8000_8000_8000_8000

  /// The eight bytes at `base + offset`, byte `i` in bits `8 * i ..< 8 * i + 8`. The
  /// caller guarantees that the eight bytes are in bounds.
  @inline(__always)
  static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  /// The bytes of `word` below `bound`, which is at most 0x80.
  ///
  /// `(byte | 0x80) - bound` cannot borrow from the next byte, and its high bit is
  /// clear exactly when `byte & 0x7F < bound`; clearing the bytes of 0x80 and above
  /// leaves those below `bound`.
  @inline(__always)
  static func less(than bound: UInt8, _ word: UInt64) -> UInt64 {
    ~((word | highBits) &- ones &* UInt64(bound)) & ~word & highBits
  }

  /// The bytes of `word` equal to `byte`.
  @inline(__always)
  static func equal(_ byte: UInt8, _ word: UInt64) -> UInt64 {
    less(than: 1, word ^ (ones &* UInt64(byte)))
  }

  /// The bytes of `word` at 0x80 and above (not ASCII).
  @inline(__always)
  static func nonASCII(_ word: UInt64) -> UInt64 {
    word & highBits
  }
}
