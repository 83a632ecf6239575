#if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
  // `_mm_movemask_epi8`, for ``ByteBlock/bits(_:)`` (the Clang module of the
  // toolchain's x86 intrinsics; without it, the portable form is used).
  import _Builtin_intrinsics.intel
#endif

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

  /// `a - b` in every lane, or 0 where that is negative (`psubusb` on x86-64), as
  /// ``saturatingSubtract(_:_:)-(Vector,UInt8)`` with a bound in each lane.
  @inline(__always)
  static func saturatingSubtract(_ a: Vector, _ b: Vector) -> Vector {
    (a &- b) & vector(a .> b)
  }

  /// The greater of `a` and `b` in every lane: `b` plus what `a` exceeds it by, which
  /// the compiler makes one instruction (`pmaxub` on x86-64).
  @inline(__always)
  static func greater(_ a: Vector, _ b: Vector) -> Vector {
    b &+ saturatingSubtract(a, b)
  }

  /// `vector + addend` in every lane, the lanes read as signed bytes and the sum held
  /// within -128 ... 127 (`paddsb` on x86-64). `addend` is at most 0x7F, so only the
  /// upper bound can be reached: lanes above `0x7F - addend` (as signed bytes)
  /// become 0x7F.
  ///
  /// On x86-64 this is `_mm_adds_epi8`: the compiler does not recognise the portable
  /// form below, which takes five instructions there.
  @inline(__always)
  static func signedSaturatingAdd(_ vector: Vector, _ addend: UInt8) -> Vector {
    #if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
      unsafeBitCast(
        _mm_adds_epi8(
          unsafeBitCast(vector, to: __m128i.self), unsafeBitCast(Vector(repeating: addend), to: __m128i.self)),
        to: Vector.self)
    #else
      portableSignedSaturatingAdd(vector, addend)
    #endif
  }

  /// ``signedSaturatingAdd(_:_:)`` in portable code.
  @inline(__always)
  static func portableSignedSaturatingAdd(_ vector: Vector, _ addend: UInt8) -> Vector {
    let signed = SIMD16<Int8>(truncatingIfNeeded: vector)
    // `0x7F - addend` is 0 ... 0x7F, a nonnegative signed byte.
    let bound = SIMD16<Int8>(repeating: Int8(truncatingIfNeeded: 0x7F &- addend))
    let sum = SIMD16<Int8>(truncatingIfNeeded: vector &+ Vector(repeating: addend))
    return Vector(truncatingIfNeeded: sum.replacing(with: 0x7F, where: signed .> bound))
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

/// A vector comparison's lanes as the bits of an integer, for scans that walk a
/// block's marked bytes with `trailingZeroBitCount` and count them with
/// `nonzeroBitCount` instead of reading the bytes one by one.
extension ByteBlock {
  /// The lanes of `mask` as the low sixteen bits of an integer: bit `i` set exactly
  /// when lane `i` is (the upper bits are clear).
  ///
  /// On x86-64 this is one `pmovmskb`, which Swift's SIMD types do not expose (the
  /// compiler does not recognise the pattern in portable code); elsewhere it is
  /// ``portableBits(_:)``, which gives the same bits.
  @inline(__always)
  static func bits(_ mask: VectorMask) -> UInt64 {
    #if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
      UInt64(UInt32(bitPattern: _mm_movemask_epi8(unsafeBitCast(mask, to: __m128i.self))))
    #else
      portableBits(mask)
    #endif
  }

  /// ``bits(_:)`` in portable code: each half's lane marks, one high bit a byte,
  /// gathered into its top byte by one multiplication.
  ///
  /// The high bit of byte `i` sits at bit `8 * i + 7`; the factor has bits `7 * j`
  /// for `j` in `0 ..< 8`, so the product has a bit at `8 * i + 7 * j + 7` for every
  /// pair. Those positions are all different (no carries), and the only ones in the
  /// top byte, bits 56 to 63, are those with `i + j == 7`, at bit `56 + i`.
  @inline(__always)
  static func portableBits(_ mask: VectorMask) -> UInt64 {
    let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
    let gather: UInt64 = 0x0002_0408_1020_4081
    let low = ((halves[0] & highBits) &* gather) &>> 56
    let high = ((halves[1] & highBits) &* gather) &>> 56
    return low | high &<< 8
  }
}

extension ByteBlock {
  /// How many bits of `mask` are set, counted one at a time (three instructions a
  /// set bit): cheaper than `nonzeroBitCount` for masks with few bits, such as a
  /// line's tabs, on the baseline x86-64 the package is built for, which has no
  /// `popcnt` instruction (`nonzeroBitCount` is then about fifteen instructions of bit
  /// arithmetic whatever the mask).
  @inline(__always)
  static func sparseBitCount(_ mask: UInt64) -> Int {
    var mask = mask
    var count = 0
    while mask != 0 {
      count &+= 1
      mask &= mask &- 1
    }
    return count
  }
}
