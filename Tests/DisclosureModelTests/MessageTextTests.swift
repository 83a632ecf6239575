import Testing

@testable import DisclosureModel

@Suite("Message text")
struct MessageTextTests {
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
    let message = MessageText.make("The cell for ", "review.total", " at line ", number, " is empty.")
    #expect(message == expected)
    #expect(message == "The cell for review.total at line \(number) is empty.")
  }

  @Test("Pieces and keys outside ASCII, and an empty key, come through whole")
  func unicode() {
    #expect(MessageText.make("「", "行政许可", "」第", 3, "行：无") == "「行政许可」第3行：无")
    #expect(MessageText.make("", "", "", 1, "") == "1")
    let built = "key." + String(repeating: "x", count: 40)
    #expect(MessageText.make("k=", built, " n=", 42, ".") == "k=\(built) n=42.")
  }

  @Test(
    "A list of pieces is joined in order, numbers in decimal",
    arguments: [Int.min, -45, -1, 0, 7, 120, Int.max])
  func pieces(number: Int) {
    let label = "（一）申请人为自然人"
    let message = MessageText.make(
      .literal("The row 「"), .text(label), .literal("」 at line "), .number(number), .literal(" repeats line "),
      .number(12), .literal("."))
    #expect(message == "The row 「（一）申请人为自然人」 at line \(number) repeats line 12.")
    #expect(message.utf8.count == 70 + String(number).utf8.count)
  }

  @Test(
    "Numbers at every digit count, and at the powers of ten, are written as String(_:) writes them",
    arguments: [1, 9, 10, 99, 100, 999_999_999, 1_000_000_000, 9_999_999_999_999_999, Int.max / 10, Int.max])
  func digitCounts(bound: Int) {
    for number in [bound, -bound, bound - 1, 1 - bound] {
      #expect(MessageText.make("", "", "", number, "") == String(number))
      #expect(MessageText.make(.number(number), .literal("|")) == String(number) + "|")
    }
    #expect(MessageText.make("", "", "", 1_000_000_000_000_000_000, "") == "1000000000000000000")
  }

  @Test("Empty pieces, text outside ASCII and a text longer than a small string come through whole")
  func edgePieces() {
    #expect(MessageText.make() == "")
    #expect(MessageText.make(.literal(""), .text(""), .number(0)) == "0")
    let long = String(repeating: "危及“三安全一稳定”", count: 9)
    #expect(MessageText.make(.text(long), .literal("；"), .text("x")) == long + "；x")
  }
}
