import Testing

@testable import DisclosureModel

/// The shortcuts of ``CellValue/read(_:_:trimmed:)`` for a cell of one byte that is
/// an ASCII digit or a space, and for a Markdown cell of one digit (` 0 `), checked
/// by hand and against the general reading.
@Suite("Cells settled without trimming")
struct LoneByteCellTests {
  @Test("A lone digit reads as its plain count, bounds and all, by hand")
  func handChecked() {
    let bytes = Array("a\t0\t7\t9".utf8)
    bytes.withUnsafeBufferPointer { storage in
      for (start, count) in [(2, 0), (4, 7), (6, 9)] {
        var bounds = (start: -1, end: -1)
        let value = CellValue.read(storage, TextSpan(start..<start + 1), trimmed: &bounds)
        #expect(value.plainCount == count)
        #expect(bounds == (start, start + 1))
        guard case .number(let number) = value else {
          Issue.record("not a number at \(start)")
          continue
        }
        #expect(number.integerPart == count && number.isPlainCount && !number.negative && !number.hasFraction)
        #expect(number.unit == nil && !number.repaired && !number.isOverlong)
      }
      // A lone letter and a lone tab are not numbers.
      var bounds = (start: 0, end: 0)
      #expect(CellValue.read(storage, TextSpan(0..<1), trimmed: &bounds) == .text)
      #expect(CellValue.read(storage, TextSpan(1..<2), trimmed: &bounds) == .empty)
      #expect(bounds == (2, 2))
    }
    // A Markdown row's empty cell, one space: empty, trimmed to its end.
    let markdown = Array("| 3 | |".utf8)
    markdown.withUnsafeBufferPointer { storage in
      var bounds = (start: 0, end: 0)
      #expect(CellValue.read(storage, TextSpan(5..<6), trimmed: &bounds) == .empty)
      #expect(bounds == (6, 6))
      #expect(CellValue.read(storage, TextSpan(1..<4), trimmed: &bounds).plainCount == 3)
      #expect(bounds == (2, 3))
    }
  }

  @Test("Every one-byte cell reads as the same cell after a space, which takes the general way")
  func agreesWithGeneralReading() {
    // Each byte value alone, followed by bytes that could continue it (so that a
    // lead byte's scalar may run past the span), read as the one-byte span (the
    // shortcut for digits) and as the span with a space before it (trimmed first,
    // the general way), which must give the same value and bounds.
    let followers: [[UInt8]] = [[], [0x30], [0xA0], [0x80, 0x80], [0xBB, 0xBF], [0xBC, 0x90]]
    var compared = 0
    for byte in UInt8.min...UInt8.max {
      for after in followers {
        let bytes = [0x20, byte] + after
        bytes.withUnsafeBufferPointer { storage in
          // A span that cuts a white-space scalar of several bytes (C2 A0, EF BB
          // BF) is made by no adapter: left out here (CutSpaceSpanTests covers it).
          let (scalar, length) = ByteClass.scalar(in: storage, at: 1)
          guard length == 1 || !ByteClass.isSpace(scalar) else { return }
          var lone = (start: 0, end: 0)
          var spaced = (start: 0, end: 0)
          let loneValue = CellValue.read(storage, TextSpan(1..<2), trimmed: &lone)
          let spacedValue = CellValue.read(storage, TextSpan(0..<2), trimmed: &spaced)
          #expect(loneValue == spacedValue, "\(bytes)")
          #expect(lone == spaced, "\(bytes)")
          compared += 1
        }
      }
    }
    // Only C2 A0, E3 80 80 and EF BB BF among these cut a white-space scalar.
    #expect(compared == 256 * 6 - 3)
  }

  @Test("Every three-byte cell of a byte between two others reads as it does after one more space")
  func threeByteCellsAgree() {
    // ` b ` and its variants: the byte `b` (every value) between ends of several
    // kinds (spaces, a tab, a digit, a letter, leads and continuations), read as the
    // three-byte span (the shortcut for ` 0 ` to ` 9 `) and as the span with one
    // more space before it (four bytes, the general way).
    let ends: [UInt8] = [0x20, 0x09, 0x30, 0x35, 0x61, 0xC2, 0xA0, 0xE3, 0x80, 0xEF]
    var compared = 0
    for byte in UInt8.min...UInt8.max {
      for head in ends {
        for tail in ends {
          let bytes: [UInt8] = [0x20, head, byte, tail, 0x80]
          bytes.withUnsafeBufferPointer { storage in
            // Trimming never crosses its bounds (CutSpaceSpanTests); a span whose
            // bounds crossed would be left out.
            let general = ByteClass.trimmed(storage, TextSpan(0..<4))
            guard general.start <= general.end else { return }
            var short = (start: 0, end: 0)
            var spaced = (start: 0, end: 0)
            let shortValue = CellValue.read(storage, TextSpan(1..<4), trimmed: &short)
            let spacedValue = CellValue.read(storage, TextSpan(0..<4), trimmed: &spaced)
            #expect(shortValue == spacedValue, "\(bytes)")
            #expect(short == spaced, "\(bytes)")
            compared += 1
          }
        }
      }
    }
    #expect(compared > 256 * 90)
  }

  @Test("A Markdown cell of one digit, by hand")
  func markdownDigit() {
    let bytes = Array("| 0 | 7 |x8 | 9\t|".utf8)
    bytes.withUnsafeBufferPointer { storage in
      var bounds = (start: 0, end: 0)
      #expect(CellValue.read(storage, TextSpan(1..<4), trimmed: &bounds).plainCount == 0)
      #expect(bounds == (2, 3))
      #expect(CellValue.read(storage, TextSpan(5..<8), trimmed: &bounds).plainCount == 7)
      #expect(bounds == (6, 7))
      // `x8 `: a letter first, text.
      #expect(CellValue.read(storage, TextSpan(9..<12), trimmed: &bounds) == .text)
      #expect(bounds == (9, 11))
      // ` 9⇥`: a tab after the digit, trimmed the general way to the same digit.
      #expect(CellValue.read(storage, TextSpan(13..<16), trimmed: &bounds).plainCount == 9)
      #expect(bounds == (14, 15))
    }
  }
}
