import Testing

@testable import DisclosureModel

/// ``RowAnalysis/labelText(_:)`` joins the normalised labels of the cells up to
/// the last label in one buffer; these tests hold it to the label texts joined by
/// spaces, on many kinds of label.
@Suite("Row label text, joined in one buffer")
struct RowLabelTextSizingTests {
  /// `body` applied to the analysis of a row whose cells span `spans` of
  /// `storage` (line 1), with the storage it reads.
  static func withRow<Result>(
    _ storage: [UInt8], _ spans: [Range<Int>], _ body: (RowAnalysis, UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    let cells = spans.map { Cell(span: TextSpan($0), line: 1) }
    let values = UnsafeMutableBufferPointer<CellValue>.allocate(capacity: max(cells.count, 1))
    let copies = UnsafeMutableBufferPointer<StoredCell>.allocate(capacity: max(cells.count, 1))
    defer {
      values.deallocate()
      copies.deallocate()
    }
    var headerColumns: [Int?] = []
    return storage.withUnsafeBufferPointer { storage in
      let row = RowAnalysis(
        Row(cells: cells, line: 1), storage: storage, values: values, cells: copies, headerColumns: &headerColumns)
      return body(row, storage)
    }
  }

  /// ``withRow(_:_:_:)`` for a row whose cells are `texts`, one after another.
  static func withRow<Result>(
    texts: [String], _ body: (RowAnalysis, UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    var spans: [Range<Int>] = []
    var offset = 0
    for text in texts {
      spans.append(offset..<offset + text.utf8.count)
      offset += text.utf8.count
    }
    return withRow(Array(texts.joined().utf8), spans, body)
  }

  /// The label text of a row whose cells span `spans` of `storage`, and the old
  /// way's text: ``RowAnalysis/labelTexts(_:)`` joined by spaces.
  static func texts(_ storage: [UInt8], _ spans: [Range<Int>]) -> (new: String, old: String) {
    withRow(storage, spans) { row, storage in
      (row.labelText(storage), row.labelTexts(storage).joined(separator: " "))
    }
  }

  /// ``texts(_:_:)`` for a row whose cells are `cells`, one after another.
  static func texts(_ cells: [[UInt8]]) -> (new: String, old: String) {
    var spans: [Range<Int>] = []
    var offset = 0
    for cell in cells {
      spans.append(offset..<offset + cell.count)
      offset += cell.count
    }
    return texts(Array(cells.joined()), spans)
  }

  /// ``texts(_:_:)`` for cells given as strings.
  static func texts(_ cells: [String]) -> (new: String, old: String) {
    texts(cells.map { Array($0.utf8) })
  }

  @Test("Concrete rows: enumerators cut, white space and marks dropped, numbers left out")
  func concrete() {
    let cases: [([String], String)] = [
      (["（一）部分公开（区分处理的，只计这一情形，不计其他情形）", "3"], "部分公开区分处理的只计这一情形不计其他情形"),
      ([" 1. 属于国家秘密 ", "0", "2"], "属于国家秘密"),
      (["三、", "本年度办理结果", "（七）总计", "12"], " 本年度办理结果 总计"),
      (["| 总计 |", "\u{3000}其他\u{00A0}处理\u{3000}", "5"], "总计 其他处理"),
      (["ＡＢＣ１２３", "危及“三安全一稳定”", "本年增/减"], "ABC123 危及三安全一稳定 本年增减"),
      (["1", "2", "", "-"], ""),
      (["", "总计"], "总计"),
    ]
    for (cells, expected) in cases {
      let (new, old) = Self.texts(cells)
      #expect(new == expected, "\(cells)")
      #expect(new == old, "\(cells)")
    }
  }

  @Test("Every label of the template, alone, with an enumerator, padded and split over cells")
  func templateLabels() {
    var labels = LabelTable.proactiveRows.flatMap(\.labels) + LabelTable.applicationRows.flatMap(\.labels)
    labels += LabelTable.proactiveColumns.flatMap(\.labels) + LabelTable.applicationHeaderLabels
    labels += LabelTable.reviewHeaderLabels + LabelTable.otherTemplateLabels
    labels += LabelTable.editionMarkers.map(\.label)
    #expect(labels.count > 50)
    for (index, label) in labels.enumerated() {
      let variants: [[String]] = [
        [label],
        ["（\(index % 10 + 1)）\(label)", "7"],
        ["\(index + 1)、 \(label) ", "", "0"],
        ["一、", label, labels[(index + 1) % labels.count]],
        [
          " \(label)\t", "\u{3000}",
          label.split(separator: "的", omittingEmptySubsequences: false).joined(separator: " 的 "),
        ],
      ]
      for cells in variants {
        let (new, old) = Self.texts(cells)
        #expect(new == old, "\(cells)")
      }
    }
  }

  @Test("Damaged labels: invalid UTF-8, cut sequences, stray marks, long labels")
  func damaged() {
    let ideographs = Array("部分公开".utf8)
    let cases: [[[UInt8]]] = [
      [ideographs + [0xFF, 0xFE], Array("总计".utf8)],
      [[0xE4, 0x41, 0x41], [0xE5, 0x80]],
      [[0xC0, 0x80, 0x41], [0xED, 0xA0, 0x80], Array("（二）".utf8) + [0xE9]],
      [[0x28, 0xE4, 0xB8, 0x80, 0x29, 0xF0, 0x9F, 0x98, 0x80], Array("1.5 项".utf8)],
      [Array("。，；".utf8), Array("其他".utf8) + [0xEF, 0xBC]],
      [Array(String(repeating: "政府信息公开", count: 40).utf8), Array("（三）".utf8)],
      [Array("ｖ２０２１版".utf8), [0xF4, 0x90, 0x80, 0x80], Array("𠀀𠀁".utf8)],
    ]
    for cells in cases {
      let (new, old) = Self.texts(cells)
      #expect(new == old, "\(cells)")
    }
    let (cut, _) = Self.texts([ideographs + [0xFF], Array("总计".utf8)])
    #expect(cut == "部分公开 总计")
  }

  /// A malformed four-byte lead at a cell's end is read with the bytes after the
  /// cell by the general path, and can write more than the cell holds; the joined
  /// text holds it as the label texts do.
  @Test("A label that normalises longer than its cell")
  func overlong() {
    // "a" + F0 in the cell, then A0 80 80 after it: U+20000 (𠀀), kept.
    let storage: [UInt8] = [0x61, 0xF0, 0xA0, 0x80, 0x80]
    let (new, old) = Self.texts(storage, [0..<2])
    #expect(new == "a\u{20000}")
    #expect(new == old)
    let (two, twoOld) = Self.texts(storage + Array("总计".utf8), [0..<2, 5..<11])
    #expect(two == twoOld)
  }

  /// Random rows of label fragments, marks, white space and stray bytes.
  @Test("Random rows agree with the old way")
  func random() {
    let pieces: [[UInt8]] = [
      Array("部分".utf8), Array("公开".utf8), Array("（一）".utf8), Array("1.".utf8), Array("二、".utf8),
      Array(" ".utf8), Array("\u{3000}".utf8), Array("“".utf8), Array("，".utf8), Array("12".utf8),
      Array("Ａ".utf8), Array("/".utf8), [0xFF], [0xE4], [0xF0], [0x80], Array("𠀀".utf8), Array("-".utf8),
    ]
    var generator = SplitMix(seed: 7)
    for _ in 0..<2000 {
      let cellCount = Int(generator.next() % 5) + 1
      var cells: [[UInt8]] = []
      for _ in 0..<cellCount {
        let pieceCount = Int(generator.next() % 6)
        cells.append((0..<pieceCount).flatMap { _ in pieces[Int(generator.next() % UInt64(pieces.count))] })
      }
      let (new, old) = Self.texts(cells)
      #expect(new == old, "\(cells)")
    }
  }
}

/// A small seeded random number generator, so that the random rows are the same
/// on every run.
private struct SplitMix {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
