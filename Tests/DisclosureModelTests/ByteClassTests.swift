import Testing

@testable import DisclosureModel

@Suite("Byte classes")
struct ByteClassTests {
  @Test(
    "Whether a text holds at most so many characters, against counting them",
    arguments: [
      ("", 0), ("a", 1), ("三、收到和处理政府信息公开申请情况", 17), ("主动公开", 4), ("ab主动公开cd𠀋ü", 10),
      (String(repeating: "政", count: 41), 41), (String(repeating: "政", count: 40), 40),
      (String(repeating: "a", count: 161), 161), (String(repeating: "𠀋", count: 40), 40),
    ])
  func characterCount(text: String, characters: Int) {
    #expect(text.unicodeScalars.count == characters)
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      for limit in [0, 1, 4, 10, 16, 17, 39, 40, 41, 160] {
        #expect(ByteClass.characterCount(buffer, atMost: limit) == (characters <= limit))
      }
    }
  }
}
