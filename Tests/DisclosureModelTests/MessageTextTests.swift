import Testing

@testable import DisclosureModel

@Suite("Message text")
struct MessageTextTests {
  /// `prefix`, `key`, `middle`, `number` in decimal, then `suffix`, written as the
  /// cell messages' template writes them.
  static func five(
    _ prefix: StaticString, _ key: String, _ middle: StaticString, _ number: Int, _ suffix: StaticString
  ) -> String {
    MessageText.make {
      $0.put(prefix)
      $0.put(text: key)
      $0.put(middle)
      $0.put(number)
      $0.put(suffix)
    }
  }

  @Test(
    "The pieces are joined with the number in decimal",
    arguments: [
      (0, "The cell for review.total at line 0 is empty."),
      (7, "The cell for review.total at line 7 is empty."),
      (120, "The cell for review.total at line 120 is empty."),
      (-45, "The cell for review.total at line -45 is empty."),
      (Int.max, "The cell for review.total at line 9223372036854775807 is empty."),
      (Int.min, "The cell for review.total at line -9223372036854775808 is empty."),
    ])
  func joined(number: Int, expected: String) {
    let message = Self.five("The cell for ", "review.total", " at line ", number, " is empty.")
    #expect(message == expected)
    #expect(message == "The cell for review.total at line \(number) is empty.")
  }

  @Test("Pieces and keys outside ASCII, and an empty key, come through whole")
  func unicode() {
    #expect(Self.five("「", "行政许可", "」第", 3, "行：无") == "「行政许可」第3行：无")
    #expect(Self.five("", "", "", 1, "") == "1")
    let built = "key." + String(repeating: "x", count: 40)
    #expect(Self.five("k=", built, " n=", 42, ".") == "k=\(built) n=42.")
  }

  @Test(
    "A message's pieces are written in order, numbers in decimal",
    arguments: [Int.min, -45, -1, 0, 7, 120, Int.max])
  func pieces(number: Int) {
    let label = "（一）申请人为自然人"
    let message = MessageText.make {
      $0.put("The row 「")
      $0.put(text: label)
      $0.put("」 at line ")
      $0.put(number)
      $0.put(" repeats line ")
      $0.put(12)
      $0.put(".")
    }
    #expect(message == "The row 「（一）申请人为自然人」 at line \(number) repeats line 12.")
    #expect(message.utf8.count == 70 + String(number).utf8.count)
  }

  @Test(
    "Numbers at every digit count, and at the powers of ten, are written as String(_:) writes them",
    arguments: [1, 9, 10, 99, 100, 999_999_999, 1_000_000_000, 9_999_999_999_999_999, Int.max / 10, Int.max])
  func digitCounts(bound: Int) {
    for number in [bound, -bound, bound - 1, 1 - bound] {
      #expect(Self.five("", "", "", number, "") == String(number))
      #expect(
        MessageText.make {
          $0.put(number)
          $0.put("|")
        } == String(number) + "|")
    }
    #expect(Self.five("", "", "", 1_000_000_000_000_000_000, "") == "1000000000000000000")
  }

  @Test("Empty pieces, text outside ASCII and a text longer than a small string come through whole")
  func edgePieces() {
    #expect(MessageText.make { _ in } == "")
    #expect(
      MessageText.make {
        $0.put("")
        $0.put(text: "")
        $0.put(0)
      } == "0")
    let long = String(repeating: "危及“三安全一稳定”", count: 9)
    #expect(
      MessageText.make {
        $0.put(text: long)
        $0.put("；")
        $0.put(text: "x")
      } == long + "；x")
  }

  @Test("Five pieces and the written pieces make the same messages as interpolation")
  func shapesAgree() {
    let keys = ["", "review.total", "applications.natural.granted.total", "「行政许可」", String(repeating: "键", count: 30)]
    let numbers = [0, 1, -1, 9, 10, 45, 999, 1_000, 123_456_789, Int.max, Int.min]
    for key in keys {
      for number in numbers {
        let expected = "The cell for \(key) at line \(number) is empty; the value is null."
        #expect(
          Self.five("The cell for ", key, " at line ", number, " is empty; the value is null.") == expected)
        let written = MessageText.make {
          $0.put("The cell for ")
          $0.put(text: key)
          $0.put(" at line ")
          $0.put(number)
          $0.put(" is empty; the value is null.")
        }
        #expect(written == expected)
      }
    }
  }

  @Test("A writer given a buffer writes no piece past its end, and counts only what it wrote")
  func writerStopsAtTheEnd() {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 6) { buffer in
      var writer = MessageText.Writer(output: buffer)
      writer.put("abcd")
      writer.put(12345)  // 5 bytes: does not fit in the 2 left
      writer.put(text: "é")  // 2 bytes: fits
      writer.put("x")  // nothing left
      #expect(writer.count == 6)
      #expect(Array(buffer) == Array("abcdé".utf8))
    }
    var counter = MessageText.Writer(output: nil)
    counter.put("abcd")
    counter.put(-12345)
    counter.put(text: "é")
    #expect(counter.count == 12)
  }
}
