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
@usableFromInline
enum ByteBlock {
  /// 0x01 in every byte.
  @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
  /// 0x80 in every byte.
  @usableFromInline static let highBits: UInt64 = 0x8080_8080_8080_8080
  /// The high bits of the bytes at even offsets (0, 2, 4, 6) of a loaded word.
  static let evenHighBits: UInt64 = 0x0080_0080_0080_0080
  /// The high bits of the bytes at odd offsets (1, 3, 5, 7) of a loaded word.
  static let oddHighBits: UInt64 = 0x8000_8000_8000_8000

  /// The eight bytes at `base + offset`, byte `i` in bits `8 * i ..< 8 * i + 8`. The
  /// caller guarantees that the eight bytes are in bounds. Inlinable, as
  /// ``less(than:_:)`` is, for the line-shape walk that adapters compile in.
  @inlinable @inline(__always)
  static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  /// The bytes of `word` below `bound`, which is at most 0x80.
  ///
  /// `(byte | 0x80) - bound` cannot borrow from the next byte, and its high bit is
  /// clear exactly when `byte & 0x7F < bound`; clearing the bytes of 0x80 and above
  /// leaves those below `bound`.
  @inlinable @inline(__always)
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

/// Sixteen bytes at a time, as one vector register (SSE2 on x86-64, NEON on ARM).
///
/// Lanes never carry into one another, so a comparison tests each byte exactly; a
/// mask lane is all ones where the test holds and zero elsewhere.
extension ByteBlock {
  /// Sixteen bytes, lane `i` holding the byte at offset `i`.
  typealias Vector = SIMD16<UInt8>

  /// The lanes where a vector test holds.
  typealias VectorMask = SIMDMask<SIMD16<Int8>>

  /// The sixteen bytes at `base + offset`. The caller guarantees that they are in
  /// bounds.
  @inline(__always)
  static func loadVector(_ base: UnsafePointer<UInt8>, at offset: Int) -> Vector {
    UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: Vector.self)
  }

  /// `mask` as bytes: 0xFF in the lanes that are set, 0 in the others.
  @inline(__always)
  static func vector(_ mask: VectorMask) -> Vector {
    unsafeBitCast(mask, to: Vector.self)
  }

  /// `vector - bound` in every lane, or 0 where that is negative: the lanes above
  /// `bound` are exactly the nonzero ones. The compiler recognises the pattern and
  /// makes it one saturating subtraction (`psubusb` on x86-64).
  @inline(__always)
  static func saturatingSubtract(_ vector: Vector, _ bound: UInt8) -> Vector {
    let bounds = Vector(repeating: bound)
    return (vector &- bounds) & Self.vector(vector .> bounds)
  }

  /// Whether any lane of `vector` is nonzero.
  ///
  /// The standard library's reductions (`any(_:)`, `max()`) run lane by lane out of
  /// line; the two halves, read as 64-bit integers, are both zero exactly when every
  /// lane is, and the compiler makes this a vector comparison and a mask test.
  @inline(__always)
  static func nonzero(_ vector: Vector) -> Bool {
    let halves = unsafeBitCast(vector, to: SIMD2<UInt64>.self)
    return halves[0] | halves[1] != 0
  }
}
