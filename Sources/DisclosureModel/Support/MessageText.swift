/// Diagnostic messages written in one allocation.
///
/// String interpolation appends each segment through the general `String` append,
/// several hundred instructions a segment. Here the pieces are copied as bytes into
/// one buffer, which becomes the string without being validated again
/// (``ValidText``): pieces of strings and digits joined whole are valid UTF-8. The
/// interpretation's messages are written this way when they are read
/// (``MessageTemplate``).
enum MessageText {
  /// The message that `write` writes, piece by piece, into the writer it is given.
  ///
  /// `write` is called twice: first with a writer that only counts the bytes, then
  /// with one that copies them into a buffer of exactly that many. So no list of
  /// pieces is made (a variadic list of them was an array on the heap wherever the
  /// call was not inlined), and the string is allocated once. `write` must write
  /// the same pieces both times; should it write more the second time, the excess
  /// is dropped (``Writer`` never writes past its buffer). Always inlined, so that
  /// both passes are compiled with the caller's pieces in place, not through a call
  /// of the closure for each.
  @inline(__always)
  static func make(_ write: (inout Writer) -> Void) -> String {
    var counter = Writer(output: nil)
    write(&counter)
    return ValidText.joining(capacity: counter.count) { output in
      var writer = Writer(output: output)
      write(&writer)
      return writer.count
    }
  }

  /// A number to be written in decimal, its sign first, with how many bytes it takes.
  ///
  /// The digits are counted by comparing with powers of ten and written last first
  /// straight into the message (``Writer/put(_:)-(Digits)``): dividing once per
  /// digit, and only while writing, instead of packing them into words first.
  struct Digits {
    /// The number's magnitude.
    var magnitude: UInt
    /// How many digits the magnitude has (1 to 20).
    var digitCount: Int
    var negative: Bool

    @inline(__always)
    init(_ number: Int) {
      negative = number < 0
      magnitude = number.magnitude
      digitCount = 1
      // 10^19 is the largest power of ten below UInt.max: a magnitude at or above it
      // has twenty digits.
      var bound: UInt = 10
      while magnitude >= bound {
        digitCount += 1
        guard digitCount < 20 else { break }
        bound &*= 10
      }
    }

    /// How many bytes the number takes, its sign included.
    var count: Int { digitCount + (negative ? 1 : 0) }
  }

  /// Writes a message's pieces into a buffer, or, made without one, only counts
  /// their bytes (``make(_:)-(_)``).
  ///
  /// Every write is checked against the buffer's end: a piece that does not fit
  /// whole is not written (which a caller that counted first never sees).
  struct Writer {
    /// Where the bytes go; `nil` while counting.
    private let output: UnsafeMutableBufferPointer<UInt8>?
    /// How many bytes were written (or counted) so far.
    private(set) var count = 0

    init(output: UnsafeMutableBufferPointer<UInt8>?) {
      self.output = output
    }

    /// Writes fixed text.
    @inline(__always)
    mutating func put(_ text: StaticString) {
      text.withUTF8Buffer { put($0) }
    }

    /// Writes text made at run time (a key, a label).
    ///
    /// Labelled: a string literal would choose an unlabelled `String` overload over
    /// the `StaticString` one.
    @inline(__always)
    mutating func put(text: String) {
      guard output != nil else {
        // Counting: a native string knows its UTF-8 length without reading it.
        count += text.utf8.count
        return
      }
      var text = text
      text.withUTF8 { put($0) }
    }

    /// Writes `number` in decimal.
    @inline(__always)
    mutating func put(_ number: Int) {
      put(Digits(number))
    }

    /// Writes `bytes`, if they fit.
    @inline(__always)
    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard let output else {
        count += bytes.count
        return
      }
      guard bytes.count <= output.count - count, let base = bytes.baseAddress, let target = output.baseAddress
      else { return }
      (target + count).update(from: base, count: bytes.count)
      count += bytes.count
    }

    /// Writes `digits`, if they fit.
    @inline(__always)
    mutating func put(_ digits: Digits) {
      guard let output else {
        count += digits.count
        return
      }
      guard digits.count <= output.count - count else { return }
      if digits.negative {
        output[count] = 0x2D
        count += 1
      }
      var magnitude = digits.magnitude
      var offset = count + digits.digitCount
      count = offset
      repeat {
        offset -= 1
        output[offset] = UInt8(truncatingIfNeeded: 0x30 &+ magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
    }
  }
}
