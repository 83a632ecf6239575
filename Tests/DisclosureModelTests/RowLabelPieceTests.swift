import Testing

@testable import DisclosureModel

/// A row's label kept in the message arena as its cells are written
/// (``RowLabelPiece``), normalised only when a message is read: the piece's bytes,
/// and the text read from it against the label text made at once, the old way.
@Suite("Row label pieces kept as written")
struct RowLabelPieceTests {
  /// The arena's bytes after the label of the row of cells `texts` is written, the
  /// storage known valid UTF-8 or not.
  static func arenaBytes(_ texts: [String], storageIsValid: Bool) -> [UInt8] {
    RowLabelTextSizingTests.withRow(texts: texts) { row, storage in
      var arena = MessageArena()
      row.writeLabelText(storage, storageIsValid: storageIsValid, into: &arena)
      return arena.bytes
    }
  }

  /// The label text a message reads from the first piece of `bytes`.
  static func text(of bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { bytes in
      var pieces = MessageArena.Pieces(bytes, from: 0)
      return RowLabelPiece.withText(pieces.next()) { String(decoding: $0, as: UTF8.self) }
    }
  }

  @Test("Known valid, the label cells are kept as written, each a piece, after the tag")
  func rawForm() {
    let cells = ["（一）部分公开（区分处理的）", " 12 ", "", "其他 处理", "-", "总计"]
    let bytes = Self.arenaBytes(cells, storageIsValid: true)
    // The label cells are the first (42 bytes), the fourth (13) and the last (6):
    // the piece holds the tag and each with its one-byte length, 65 bytes, whose
    // length takes two bytes (65 = 1 + 1 × 64: 0x41, then 0x01), as every such
    // piece's does.
    let expected: [UInt8] =
      [0x41, 0x01, 0x00] + [42] + Array("（一）部分公开（区分处理的）".utf8) + [13] + Array("其他 处理".utf8) + [6]
      + Array("总计".utf8)
    #expect(bytes == expected)
    #expect(Self.text(of: bytes) == "部分公开区分处理的 其他处理 总计")
  }

  @Test("Not known valid, the label is kept as its text, as before")
  func textForm() {
    let cells = ["（一）部分公开（区分处理的）", " 12 ", "", "其他 处理", "-", "总计"]
    let bytes = Self.arenaBytes(cells, storageIsValid: false)
    // 9 + 4 + 2 ideographs and two spaces: 47 bytes.
    #expect(bytes == [47] + Array("部分公开区分处理的 其他处理 总计".utf8))
    #expect(Self.text(of: bytes) == "部分公开区分处理的 其他处理 总计")
  }

  @Test("A row without labels is an empty piece either way")
  func noLabels() {
    // Known valid, its length in the two bytes a piece not sized first takes (0
    // with 0x40, then 0); else in one.
    for (valid, empty) in [(false, [0]), (true, [0x40, 0x00])] as [(Bool, [UInt8])] {
      #expect(Self.arenaBytes(["1", "", "-"], storageIsValid: valid) == empty)
      #expect(Self.arenaBytes([], storageIsValid: valid) == empty)
      #expect(Self.text(of: empty) == "")
    }
  }

  @Test("A span that does not start on a scalar boundary is kept as text, checked")
  func notWhole() {
    // 申 (E7 94 B3) then x: the cell starts inside 申.
    let storage: [UInt8] = [0xE7, 0x94, 0xB3, 0x78]
    let (bytes, text) = RowLabelTextSizingTests.withRow(storage, [1..<4]) { row, storage in
      var arena = MessageArena()
      row.writeLabelText(storage, storageIsValid: true, into: &arena)
      return (arena.bytes, row.labelText(storage))
    }
    #expect(bytes.count > 1 && bytes[1] != RowLabelPiece.rawTag)
    #expect(Self.text(of: bytes) == text)
  }

  @Test("Cells of 63 and 64 bytes: lengths of one byte and of two, in the piece's first room")
  func cellLengthBoundary() {
    let short = String(repeating: "a", count: 63)
    let long = String(repeating: "b", count: 64)
    let bytes = Self.arenaBytes([short, long, "7"], storageIsValid: true)
    // The piece: the tag, 63 (one byte) and its bytes, 64 (0x40, then 0x01) and its
    // bytes, 131 bytes (3 + 2 × 64: 0x43, then 0x02).
    let expected: [UInt8] = [0x43, 0x02, 0x00, 63] + Array(short.utf8) + [0x40, 0x01] + Array(long.utf8)
    #expect(bytes == expected)
    let text = RowLabelTextSizingTests.withRow(texts: [short, long, "7"]) { row, storage in row.labelText(storage) }
    #expect(Self.text(of: bytes) == text)
  }

  @Test("A label longer than the first buffer is sized, then kept as written all the same")
  func longLabel() {
    let label = String(repeating: "长", count: 100)
    let bytes = Self.arenaBytes([label, "7"], storageIsValid: true)
    // The cell is 300 bytes (44 + 4 × 64: 0x6C, 0x04); the piece, with the tag and
    // that length, 303 (47 + 4 × 64: 0x6F, 0x04).
    #expect(bytes == [0x6F, 0x04, 0x00, 0x6C, 0x04] + Array(label.utf8))
    let expected = RowLabelTextSizingTests.withRow(texts: [label, "7"]) { row, storage in row.labelText(storage) }
    #expect(Self.text(of: bytes) == expected)
  }

  @Test("A span found not whole after whole ones leaves only the text piece")
  func notWholeLater() {
    // 总计 (0..<6), then a cell that starts inside 申 (E7 94 B3) and ends with x.
    let storage = Array("总计申x".utf8)
    let (bytes, text) = RowLabelTextSizingTests.withRow(storage, [0..<6, 7..<10]) { row, storage in
      var arena = MessageArena()
      row.writeLabelText(storage, storageIsValid: true, into: &arena)
      return (arena.bytes, row.labelText(storage))
    }
    let (first, atEnd) = bytes.withUnsafeBufferPointer { buffer in
      var pieces = MessageArena.Pieces(buffer, from: 0)
      return (Array(pieces.next()), pieces.isAtEnd)
    }
    #expect(atEnd)
    #expect(first.first != RowLabelPiece.rawTag)
    #expect(String(decoding: first, as: UTF8.self) == text)
  }

  @Test("Pieces' lengths are sized and written as the arena writes them")
  func lengths() {
    #expect([0, 1, 63, 64, 4095, 4096, 262_143, 262_144].map(MessageArena.lengthSize) == [1, 1, 1, 2, 2, 3, 3, 4])
    var buffer = [UInt8](repeating: 0xFF, count: 4)
    let written = buffer.withUnsafeMutableBufferPointer { MessageArena.writeLength(4096, into: $0, at: 1) }
    // 4096 = 0 + 0 × 64 + 1 × 4096.
    #expect(written == 3)
    #expect(buffer == [0xFF, 0x40, 0x40, 0x01])
    // No room: nothing written.
    let none = buffer.withUnsafeMutableBufferPointer { MessageArena.writeLength(64, into: $0, at: 3) }
    #expect(none == 0)
    #expect(buffer == [0xFF, 0x40, 0x40, 0x01])
  }

  /// A message about the row of cells `texts` at line 40, its label written as
  /// the assembler writes it after another piece.
  static func message(_ template: MessageTemplate, _ texts: [String], storageIsValid: Bool) -> String {
    RowLabelTextSizingTests.withRow(texts: texts) { row, storage in
      var arena = MessageArena()
      arena.append("前面的片段")
      let start = arena.end
      row.writeLabelText(storage, storageIsValid: storageIsValid, into: &arena)
      arena.append(3)
      return Diagnostic(
        storedLine: 40, code: .inferredZeroRow, severity: .info, template: template, pieceStart: UInt32(start),
        keyField: DiagnosticMessageTests.field("review.total"), body: arena.string()
      ).message
    }
  }

  @Test("Messages name the row by its label text, whichever form it was kept in")
  func messages() {
    for valid in [false, true] {
      #expect(
        Self.message(.zeroRow, ["行政 复议", "0"], storageIsValid: valid)
          == "Every value of the row 「行政复议」 at line 40 is 0 and at most one cell is missing or extra, so every column is 0."
      )
      #expect(
        Self.message(.duplicateRow, ["（二）", "总计", "5"], storageIsValid: valid)
          == "The row 「 总计」 at line 40 repeats values already read at line 3; the values that agree were read once.")
      // A label that normalises to nothing names the row as one of numbers.
      #expect(
        Self.message(.extraEmptyCells, ["、", "5"], storageIsValid: valid)
          == "The row of numbers at line 40 has empty cells after its values, more than the table's columns; they were dropped."
      )
    }
  }

  /// A deterministic generator (SplitMix64).
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
  }

  @Test("On many generated rows, the label read from either form is the label texts joined")
  func generated() {
    let fragments = [
      "总计", "其他", "处理", "行政复议", "（一）", "(二)", "1.", "12、", "一、", " ", "\u{3000}", "\u{00A0}", "\t", "<br>", "—",
      "-", "/", "无", "0", "15", "１２", "，", "、", "“", "”", "a", "Z", "部分公开（区分处理的）", "本年新收", "e\u{301}", "😀",
      "％", String(repeating: "长", count: 40), "\r\n",
    ]
    var generator = Generator(state: 2026)
    for _ in 0..<600 {
      let cells = (0..<(1 + generator.next(6))).map { _ in
        (0..<generator.next(5)).map { _ in fragments[generator.next(fragments.count)] }.joined()
      }
      // The old way: each label's text made on its own (``LabelText``), joined.
      let (expected, hasLabels) = RowLabelTextSizingTests.withRow(texts: cells) { row, storage in
        (row.labelTexts(storage).joined(separator: " "), row.lastLabel != nil)
      }
      let raw = Self.arenaBytes(cells, storageIsValid: true)
      let text = Self.arenaBytes(cells, storageIsValid: false)
      #expect(Self.text(of: raw) == expected, "\(cells)")
      #expect(Self.text(of: text) == expected, "\(cells)")
      // The raw form's piece starts with the tag; a text never does.
      func firstPiece(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        let bounds = bytes.withUnsafeBufferPointer { buffer in
          var pieces = MessageArena.Pieces(buffer, from: 0)
          return pieces.nextBounds()
        }
        return bytes[bounds]
      }
      if hasLabels {
        #expect(firstPiece(raw).first == RowLabelPiece.rawTag, "\(cells)")
        #expect(firstPiece(text).first != RowLabelPiece.rawTag, "\(cells)")
      } else {
        #expect(raw == [0x40, 0x00] && text == [0], "\(cells)")
      }
    }
  }
}
