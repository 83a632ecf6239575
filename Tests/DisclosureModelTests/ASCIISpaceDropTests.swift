import Testing

@testable import DisclosureModel

/// ``LabelText/withASCIISpacesDropped(_:_:)`` copies eight bytes at a time while
/// none of them is below 0x21: held to dropping the white space byte by byte.
@Suite("ASCII white space dropped from labels")
struct ASCIISpaceDropTests {
  /// What the function gives for `bytes`.
  static func dropped(_ bytes: [UInt8]) -> [UInt8] {
    bytes.withUnsafeBufferPointer { LabelText.withASCIISpacesDropped($0) { Array($0) } }
  }

  @Test("Hand-checked labels, with white space inside, at and across eight-byte boundaries")
  func handChecked() {
    #expect(Self.dropped(Array("8. 属于行政查询事项".utf8)) == Array("8.属于行政查询事项".utf8))
    #expect(Self.dropped(Array("本年新收政府信息公开申请数量".utf8)) == Array("本年新收政府信息公开申请数量".utf8))
    // A space as byte 8 (the first of the second word) and as byte 15 (its last).
    #expect(Self.dropped(Array("12345678 abcdef\tgh".utf8)) == Array("12345678abcdefgh".utf8))
    #expect(Self.dropped(Array("结果 维持 纠正\r\n确认违法".utf8)) == Array("结果维持纠正确认违法".utf8))
    // Bytes below 0x21 that are not white space are kept.
    #expect(
      Self.dropped([0x41, 0x00, 0x01, 0x08, 0x0E, 0x1F, 0x20, 0x42, 0x43, 0x0D]) == [
        0x41, 0x00, 0x01, 0x08, 0x0E, 0x1F, 0x42, 0x43,
      ])
    #expect(Self.dropped([]) == [])
    #expect(Self.dropped([0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x20, 0x20]) == [])
  }

  @Test("On many generated labels, the same bytes as dropping white space one byte at a time")
  func generated() {
    // White space, other bytes below 0x21, ASCII, continuation bytes, leads.
    let alphabet: [UInt8] = [
      0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x00, 0x08, 0x0E, 0x1F, 0x21, 0x41, 0x7F, 0x80, 0xA0, 0xBF, 0xE4, 0xE9, 0xEF,
      0xFF,
    ]
    var state: UInt64 = 7
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<3000 {
      let length = next(40)
      // Mostly bytes of no white space, so that whole words are copied too.
      let bytes = (0..<length).map { _ in next(4) == 0 ? alphabet[next(alphabet.count)] : UInt8(0x80 + next(0x80)) }
      let expected = bytes.filter { !ByteClass.isASCIISpace($0) }
      #expect(Self.dropped(bytes) == expected, "\(bytes)")
    }
  }
}
