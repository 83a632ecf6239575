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
    #if compiler(>=6.2)
      if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
        return unsafe String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes), isKnownASCII: false))
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
  /// it returns, the same as `String(decoding:as:)` of those bytes: they are checked
  /// as ``string(checking:)`` checks them. For bytes copied from input.
  static func checkedCopy(
    capacity: Int, _ initializer: (UnsafeMutableBufferPointer<UInt8>) -> Int
  ) -> String {
    written(capacity: capacity, initializer, then: string(checking:))
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
