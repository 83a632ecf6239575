import Testing

@testable import DisclosureModel

/// A row's label written straight into the message arena
/// (``RowAnalysis/writeLabelText(_:storageIsValid:into:)``) and copied from an
/// earlier piece (``MessageArena/appendCopy(ofPieceAt:)``), as the assembler writes
/// labels. The label is read back as a message reads it (``RowLabelPiece/withText(_:_:)``),
/// whichever form it was written in.
@Suite("Label pieces in the message arena")
struct LabelPieceTests {
  /// The pieces of `arena`, from the start, as strings.
  static func pieces(of arena: MessageArena, count: Int) -> [String] {
    arena.bytes.withUnsafeBufferPointer { bytes in
      var reader = MessageArena.Pieces(bytes, from: 0)
      return (0..<count).map { _ in String(decoding: reader.next(), as: UTF8.self) }
    }
  }

  /// The label text of the piece at the start of `arena`, as a message reads it.
  static func labelText(of arena: MessageArena) -> String {
    arena.bytes.withUnsafeBufferPointer { bytes in
      var reader = MessageArena.Pieces(bytes, from: 0)
      return RowLabelPiece.withText(reader.next()) { String(decoding: $0, as: UTF8.self) }
    }
  }

  /// The label text of the piece written for a row of cells `texts`, the storage
  /// known valid or not; the same either way (checked here).
  static func writtenLabel(_ texts: [String]) -> String {
    RowLabelTextSizingTests.withRow(texts: texts) { row, storage in
      let written = [false, true].map { storageIsValid in
        var arena = MessageArena()
        row.writeLabelText(storage, storageIsValid: storageIsValid, into: &arena)
        return labelText(of: arena)
      }
      #expect(written[0] == written[1])
      return written[0]
    }
  }

  @Test("The written label is the label text, for labels, numbers, blanks and none")
  func writtenLabels() {
    #expect(Self.writtenLabel(["（一）部分公开（区分处理的）", " 12 ", "", "其他 处理", "-", "总计"]) == "部分公开区分处理的 其他处理 总计")
    #expect(Self.writtenLabel(["1.属于国家秘密", "3"]) == "属于国家秘密")
    #expect(Self.writtenLabel(["1", "2", ""]) == "")
    #expect(Self.writtenLabel([]) == "")
    let cases: [[String]] = [
      ["自然人", "5", "6"], ["（二）", "、", "总计"], ["本年新收", "", "0"], ["a b", "c", "7"], ["二、主动公开", "x"],
    ]
    for texts in cases {
      let expected = RowLabelTextSizingTests.withRow(texts: texts) { row, storage in row.labelText(storage) }
      #expect(Self.writtenLabel(texts) == expected)
    }
  }

  @Test("Ill-formed bytes in a label are written as the label text writes them, with U+FFFD")
  func illFormed() {
    // 申 (E7 94 B3) cut after its second byte, then a label byte 0xFF.
    let storage: [UInt8] = [0xE7, 0x94, 0x41, 0xFF, 0x42, 0x31]
    let (written, text) = RowLabelTextSizingTests.withRow(storage, [0..<5, 5..<6]) { row, storage in
      var arena = MessageArena()
      row.writeLabelText(storage, storageIsValid: false, into: &arena)
      return (Self.labelText(of: arena), row.labelText(storage))
    }
    #expect(written == text)
    #expect(written.unicodeScalars.contains("\u{FFFD}"))
  }

  @Test("A copied piece is the piece again, whatever its length")
  func copies() {
    // Lengths that take one, two and three length bytes (below 64, below 4,096, more).
    for length in [0, 1, 63, 64, 100, 4095, 4096, 5000] {
      let text = String(repeating: "名", count: length / 3) + String(repeating: "a", count: length % 3)
      var arena = MessageArena()
      arena.append("前")
      let start = arena.end
      arena.append(text)
      arena.append(7)
      arena.appendCopy(ofPieceAt: start)
      #expect(Self.pieces(of: arena, count: 4) == ["前", text, "7", text])
    }
  }

  @Test("A copy from outside the arena is an empty piece")
  func outside() {
    var arena = MessageArena()
    arena.appendCopy(ofPieceAt: 0)
    arena.append("x")
    arena.appendCopy(ofPieceAt: -1)
    arena.appendCopy(ofPieceAt: 1_000)
    #expect(Self.pieces(of: arena, count: 4) == ["", "x", "", ""])
  }
}
