/// Diagnostic messages written in one allocation.
///
/// String interpolation appends each segment through the general `String` append,
/// several hundred instructions a segment, and a damaged report makes dozens of
/// these messages (a full-width number in every row, say). Here the pieces are
/// copied as bytes into one buffer, which becomes the string without being
/// validated again (``ValidText``): pieces of strings and digits joined whole are
/// valid UTF-8.
enum MessageText {
  /// One piece of a message.
  enum Piece {
    /// Fixed text.
    case literal(StaticString)
    /// Text made at run time (a key, a label).
    case text(String)
    /// A number, in decimal.
    case number(Int)
  }

  /// `prefix`, `key`, `middle`, `number` in decimal, then `suffix`: the commonest
  /// shape, made without a list of pieces.
  static func make(
    _ prefix: StaticString, _ key: String, _ middle: StaticString, _ number: Int, _ suffix: StaticString
  ) -> String {
    var key = key
    return key.withUTF8 { key in
      let digits = Digits(number)
      let capacity =
        prefix.utf8CodeUnitCount + key.count + middle.utf8CodeUnitCount + digits.count + suffix.utf8CodeUnitCount
      return ValidText.joining(capacity: capacity) { output in
        var writer = Writer(output: output)
        prefix.withUTF8Buffer { writer.put($0) }
        writer.put(key)
        middle.withUTF8Buffer { writer.put($0) }
        writer.put(digits)
        suffix.withUTF8Buffer { writer.put($0) }
        return writer.written
      }
    }
  }

  /// The pieces, one after another.
  ///
  /// Always inlined: each call site then knows its pieces, so the list of them is
  /// not allocated on the heap and no piece is copied through the enumeration's
  /// value witness.
  @inline(__always)
  static func make(_ pieces: Piece...) -> String {
    var capacity = 0
    for piece in pieces {
      switch piece {
      case .literal(let text): capacity += text.utf8CodeUnitCount
      case .text(let text): capacity += text.utf8.count
      case .number(let number): capacity += Digits(number).count
      }
    }
    return ValidText.joining(capacity: capacity) { output in
      var writer = Writer(output: output)
      for piece in pieces {
        switch piece {
        case .literal(let text):
          text.withUTF8Buffer { writer.put($0) }
        case .text(var text):
          text.withUTF8 { writer.put($0) }
        case .number(let number):
          writer.put(Digits(number))
        }
      }
      return writer.written
    }
  }

  /// A number to be written in decimal, its sign first, with how many bytes it takes.
  ///
  /// The digits are counted by comparing with powers of ten and written last first
  /// straight into the message (``Writer/put(_:)-(Digits)``): dividing once per
  /// digit, and only while writing, instead of packing them into words first.
  private struct Digits {
    /// The number's magnitude.
    var magnitude: UInt
    /// How many digits the magnitude has (1 to 20).
    var digitCount: Int
    var negative: Bool

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

  /// Copies bytes into a message's buffer, which is large enough for them.
  private struct Writer {
    let output: UnsafeMutableBufferPointer<UInt8>
    var written = 0

    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard let base = bytes.baseAddress, let target = output.baseAddress else { return }
      (target + written).update(from: base, count: bytes.count)
      written += bytes.count
    }

    mutating func put(_ digits: Digits) {
      if digits.negative {
        output[written] = 0x2D
        written += 1
      }
      var magnitude = digits.magnitude
      var offset = written + digits.digitCount
      written = offset
      repeat {
        offset -= 1
        output[offset] = UInt8(truncatingIfNeeded: 0x30 &+ magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
    }
  }
}
