import Testing

@testable import DisclosureModel

/// The shortcut of ``CellValue/read(_:_:trimmed:)`` for a label written without
/// white space around it, more than three bytes that end with a CJK ideograph and
/// start with one, with an opening bracket or with `1.` and an ideograph
/// (``CellValue/isLeadLabel(_:_:_:)``), checked by hand and against the general
/// reading of the same cell after a space.
@Suite("Labels settled without trimming")
struct IdeographLabelCellTests {
  /// Reads the `text`'s UTF-8 bytes as one cell (its span the whole storage).
  private func read(_ text: String) -> (value: CellValue, bounds: (start: Int, end: Int)) {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { storage in
      var bounds = (start: -1, end: -1)
      let value = CellValue.read(storage, TextSpan(0..<storage.count), trimmed: &bounds)
      return (value, bounds)
    }
  }

  @Test("Labels and near-labels, by hand")
  func handChecked() {
    // Two ideographs or more: text, bounds the whole cell (6 and 12 bytes).
    #expect(read("信息").value == .text)
    #expect(read("信息").bounds == (0, 6))
    #expect(read("信息内容").value == .text)
    #expect(read("信息内容").bounds == (0, 12))
    // One ideograph alone (3 bytes, not the shortcut): 无 and 一 are placeholders.
    #expect(read("无").value == .placeholder)
    #expect(read("一").value == .placeholder)
    // An ideographic space (E3 80 80) at the end is trimmed off the general way.
    #expect(read("信息\u{3000}").value == .text)
    #expect(read("信息\u{3000}").bounds == (0, 6))
    // A full-width bracket (EF BC 89) at the end is kept: text, the whole cell.
    #expect(read("内容）").bounds == (0, 9))
    // A Markdown cell, one space each side: text, bounds within the spaces.
    #expect(read(" 信息内容 ").value == .text)
    #expect(read(" 信息内容 ").bounds == (1, 13))
    // Two spaces before (the general way), and a space on one side only.
    #expect(read("  信息 ").bounds == (2, 8))
    #expect(read(" 信息").bounds == (1, 7))
    #expect(read("信息 ").bounds == (0, 6))
    // One ideograph between spaces (5 bytes, not the shortcut): a placeholder.
    #expect(read(" 无 ").value == .placeholder)
    // A number with a unit ends with an ideograph but starts with a digit.
    #expect(read("12万元").value.plainCount == nil)
    #expect(read("12件").value.plainCount == 12)
  }

  @Test(
    "Labels led by an ideograph, told by their first and last bytes, by hand",
    arguments: [
      ("信息", true), ("信息内容", true), ("信a", false), ("信息 ", false), ("信息。", false), ("a信息", false),
      ("　信息", false), ("信）", false), ("信０", false), ("１信", false),
    ])
  func ideographLeadByHand(text: String, isLabel: Bool) {
    Array(text.utf8).withUnsafeBufferPointer { storage in
      #expect(storage.count > 3)
      #expect(CellValue.isLeadLabel(storage, 0, storage.count) == isLabel, "\(text)")
    }
  }

  @Test("Labels led by a bracket or an enumeration's `1.`, by hand")
  func bracketAndEnumerationByHand() {
    // Led by `（` (EF BC 88) or `(`, ending with an ideograph: text, the whole cell,
    // as written (21 and 11 bytes) and between two spaces.
    #expect(Array("（一）予以公开".utf8).withUnsafeBufferPointer { CellValue.isLeadLabel($0, 0, $0.count) })
    #expect(!Array("（1）".utf8).withUnsafeBufferPointer { CellValue.isLeadLabel($0, 0, $0.count) })
    #expect(read("（一）予以公开").value == .text)
    #expect(read("（一）予以公开").bounds == (0, 21))
    #expect(read("(二)其他").value == .text)
    #expect(read("(二)其他").bounds == (0, 11))
    #expect(read(" （一）予以公开 ").value == .text)
    #expect(read(" （一）予以公开 ").bounds == (1, 22))
    // One digit, a point, then ideographs (20 bytes, and the shortest, 5).
    #expect(read("1.属于国家秘密").value == .text)
    #expect(read("1.属于国家秘密").bounds == (0, 20))
    #expect(read("1.属").bounds == (0, 5))
    #expect(read(" 9.其他 ").bounds == (1, 9))
    // Two digits before the point: not the shortcut, text the general way.
    #expect(read("10.其他").value == .text)
    #expect(read("10.其他").bounds == (0, 9))
    // A decimal with a unit ends with an ideograph: a number, not a label.
    #expect(read("1.5元").value.plainCount == nil)
    #expect(read("1.5元").value.isValueLike)
    // A bracket that ends with a bracket (EF BC 89): text the general way.
    #expect(read("（1）").value == .text)
    #expect(read("（1）").bounds == (0, 7))
    // Led by EF but not `（` (a full-width digit): a number.
    #expect(read("１件").value.isValueLike)
  }

  @Test("Every cell of these pieces reads as it does after a space, which takes the general way")
  func agreesWithGeneralReading() {
    // Cells made of a head, a middle and a tail of many kinds (ideographs, leads
    // without their continuations, white space of one and three bytes, the
    // byte-order mark, brackets, digits), each read as its own span (the shortcut
    // where it applies) and after one space (trimmed first, the general way): the
    // two must agree on the value and the bounds.
    let heads: [[UInt8]] = [
      [0xE4, 0xBF, 0xA1], [0xE9, 0x80, 0x80], [0xE3, 0x80, 0x80], [0xEF, 0xBB, 0xBF], [0xEF, 0xBC, 0x88],
      [0x20], [0x31], [0xE4], [0xE6, 0x97, 0xA0], [0xC2, 0xA0], [0x28], [0x31, 0x2E], [0x31, 0x2E, 0x20],
      [0x2E], [0x39, 0x2E, 0xE5, 0xB1, 0x9E], [0xEF, 0xBC, 0x91], [0xEF, 0xBC], [0x31, 0x30, 0x2E],
    ]
    let middles: [[UInt8]] = [[], [0x20], [0xE5, 0x86, 0x85], [0x30], [0x80], [0xE4, 0xB8]]
    let tails: [[UInt8]] = [
      [0xE5, 0xAE, 0xB9], [0xE4, 0xB8, 0x80], [0xE3, 0x80, 0x80], [0xEF, 0xBB, 0xBF], [0xEF, 0xBC, 0x89],
      [0xE4, 0x20, 0x80], [0xE4, 0x80, 0x20], [0x20], [0x09], [0xE6, 0x97, 0xA0], [0xC2, 0xA0], [0xE9],
      [0xE4, 0x80], [0x31],
    ]
    var compared = 0
    var shortcuts = 0
    for head in heads {
      for middle in middles {
        for tail in tails {
          // As written, and with spaces around it as a Markdown table writes it
          // (the shortcut's second form), or on one side only.
          let written = head + middle + tail
          for cell in [written, [0x20] + written + [0x20], [0x20] + written, written + [0x20]] {
            let bytes = [0x20] + cell + [0x80]
            bytes.withUnsafeBufferPointer { storage in
              let alone = TextSpan(1..<1 + cell.count)
              let spaced = TextSpan(0..<1 + cell.count)
              // Trimming never crosses its bounds (CutSpaceSpanTests); a span whose
              // bounds crossed would be left out.
              let general = ByteClass.trimmed(storage, spaced)
              guard general.start <= general.end else { return }
              var aloneBounds = (start: 0, end: 0)
              var spacedBounds = (start: 0, end: 0)
              let aloneValue = CellValue.read(storage, alone, trimmed: &aloneBounds)
              let spacedValue = CellValue.read(storage, spaced, trimmed: &spacedBounds)
              #expect(aloneValue == spacedValue, "\(cell)")
              #expect(aloneBounds == spacedBounds, "\(cell)")
              compared += 1
              if cell.count > 3, CellValue.isLeadLabel(storage, alone.start, alone.end) { shortcuts += 1 }
              if cell.count > 5, cell.first == 0x20, cell.last == 0x20,
                CellValue.isLeadLabel(storage, alone.start + 1, alone.end - 1)
              {
                shortcuts += 1
              }
            }
          }
        }
      }
    }
    #expect(compared == 4 * heads.count * middles.count * tails.count)
    // The shortcut settles at least every cell of a head led by E4 to E9 (信, 退,
    // 无, E4 alone), by `（` or `(`, or by `1.` and an ideograph's lead, and a
    // three-byte tail led by E4 to E9 ending from 0x80 up (容, 一, 无, and E4 20
    // 80): 7 heads, 6 middles, 4 tails (a few shorter tails too), as written and
    // between two spaces.
    #expect(shortcuts >= 2 * 7 * 6 * 4)
  }
}
