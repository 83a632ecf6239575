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

  /// The decimal digits of a number, its sign first.
  private struct Digits {
    /// The digits, last first, one a byte: at most 20 for any `Int`.
    var packed: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var digitCount = 0
    var negative: Bool

    init(_ number: Int) {
      negative = number < 0
      var magnitude = number.magnitude
      repeat {
        let digit = UInt64(0x30 + magnitude % 10)
        let shift = UInt64((digitCount & 7) * 8)
        switch digitCount >> 3 {
        case 0: packed.0 |= digit << shift
        case 1: packed.1 |= digit << shift
        default: packed.2 |= digit << shift
        }
        digitCount += 1
        magnitude /= 10
      } while magnitude > 0
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
      withUnsafeBytes(of: digits.packed) { packed in
        for offset in stride(from: digits.digitCount - 1, through: 0, by: -1) {
          output[written] = packed[offset]
          written += 1
        }
      }
    }
  }
}
