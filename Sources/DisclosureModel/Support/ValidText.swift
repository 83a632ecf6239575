/// Strings made from UTF-8 bytes without the standard library validating them a
/// second time.
///
/// `String(decoding:as:)` and `String(unsafeUninitializedCapacity:initializingUTF8With:)`
/// check every byte, at about half a nanosecond a byte of CJK text: more than a
/// report's whole decoding takes. The section texts, headings and messages that an
/// interpretation makes are either pieces of strings joined at character boundaries
/// (valid by construction) or spans of the document's storage, which
/// ``UTF8Validation`` checks many bytes at a time. Either way the result is exactly
/// the string that `String(decoding:as:)` would make of the same bytes.
///
/// Toolchains before Swift 6.2, which have no `UTF8Span`, and Apple systems older
/// than the 2025 releases make the string the standard way.
enum ValidText {
  /// The string of `bytes`, which must be valid UTF-8 because of how they were made
  /// (the caller's pieces are strings and ASCII bytes joined at character
  /// boundaries); never bytes read from input.
  static func string(knownValid bytes: UnsafeBufferPointer<UInt8>) -> String {
    unchecked(bytes, isKnownASCII: false)
  }

  /// The string of `bytes`, which must be ASCII because of how they were found (a
  /// plain decimal's digits, sign and point, ``CellValue/plainDecimal(_:_:_:)``):
  /// made without validating them, and known ASCII, the same string as
  /// `String(decoding: bytes, as: UTF8.self)`.
  static func string(ascii bytes: UnsafeBufferPointer<UInt8>) -> String {
    unchecked(bytes, isKnownASCII: true)
  }

  /// The string of `bytes`, valid UTF-8 (and ASCII when `isKnownASCII`) as the
  /// callers above know, made without validating them where the toolchain and
  /// system allow, else the standard way.
  @inline(__always)
  private static func unchecked(_ bytes: UnsafeBufferPointer<UInt8>, isKnownASCII: Bool) -> String {
    #if compiler(>=6.2)
      if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
        return unsafe String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes), isKnownASCII: isKnownASCII))
      }
    #endif
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The string of `bytes`, the same as `String(decoding: bytes, as: UTF8.self)`:
  /// bytes that ``UTF8Validation`` finds valid are used as they are; any other bytes
  /// are left to the standard library, which replaces each ill-formed sequence with
  /// U+FFFD.
  static func string(checking bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard UTF8Validation.firstInvalid(bytes) == nil else { return String(decoding: bytes, as: UTF8.self) }
    return string(knownValid: bytes)
  }

  /// Whether the bytes `lower..<upper` of `storage` (with
  /// `0 <= lower <= upper <= storage.count`) start and end on scalar boundaries:
  /// neither the byte at `lower` nor the one at `upper` (where there is one) is a
  /// UTF-8 continuation byte (`10xxxxxx`). In valid UTF-8 such a span holds whole
  /// scalars only, so it is valid UTF-8 itself.
  @inline(__always)
  static func isWhole(_ storage: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int) -> Bool {
    (lower >= storage.count || storage[lower] & 0xC0 != 0x80)
      && (upper >= storage.count || storage[upper] & 0xC0 != 0x80)
  }

  /// The string of the bytes `lower..<upper` of `storage` (with
  /// `0 <= lower <= upper <= storage.count`), the same as `String(decoding:as:)`
  /// of them. When `storageIsValid` (the document's storage is known valid UTF-8,
  /// ``Document/isKnownValidUTF8``) and the span starts and ends on scalar
  /// boundaries, the bytes are used without validating them again; otherwise they
  /// are checked as ``string(checking:)`` checks them.
  static func string(
    of storage: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int, storageIsValid: Bool
  ) -> String {
    let bytes = UnsafeBufferPointer(rebasing: storage[lower..<upper])
    return storageIsValid && isWhole(storage, lower, upper) ? string(knownValid: bytes) : string(checking: bytes)
  }

  /// A string of at most `capacity` bytes that `initializer` writes and whose count
  /// it returns; the bytes must be valid UTF-8 by construction (see
  /// ``string(knownValid:)``). They are written into a temporary buffer (on the
  /// stack when small) and copied once into the string.
  static func joining(
    capacity: Int, _ initializer: (UnsafeMutableBufferPointer<UInt8>) -> Int
  ) -> String {
    written(capacity: capacity, initializer, then: string(knownValid:))
  }

  /// A string of at most `capacity` bytes that `initializer` writes and whose count
  /// it returns: made as ``joining(capacity:_:)`` makes it when the caller knows the
  /// bytes valid (`knownValid`), else the same as `String(decoding:as:)` of them,
  /// checked as ``string(checking:)`` checks them (for bytes copied from input).
  static func copy(
    capacity: Int, knownValid: Bool, _ initializer: (UnsafeMutableBufferPointer<UInt8>) -> Int
  ) -> String {
    written(capacity: capacity, initializer) { knownValid ? string(knownValid: $0) : string(checking: $0) }
  }

  /// `make` applied to the bytes that `initializer` writes into a temporary buffer
  /// of `capacity` bytes (a count it returns beyond the buffer is cut to it).
  @inline(__always)
  private static func written(
    capacity: Int, _ initializer: (UnsafeMutableBufferPointer<UInt8>) -> Int,
    then make: (UnsafeBufferPointer<UInt8>) -> String
  ) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(0, capacity)) { buffer in
      let count = min(max(0, initializer(buffer)), buffer.count)
      return make(UnsafeBufferPointer(rebasing: buffer[..<count]))
    }
  }
}
