import Testing

@testable import DisclosureModel

/// A cell whose span cuts a white-space scalar of several bytes (its end between
/// C2 and A0 of a no-break space, or within E3 80 80 of an ideographic space): no
/// adapter makes one, but a `Document` made by hand can. Trimming decodes the
/// leading scalars within the span, so the start never steps past the span's end;
/// the trailing end, decoded within the storage, then cuts the lone lead bytes off
/// as the white space they begin, so such a cell reads as empty instead of trapping
/// on crossed bounds.
@Suite("Spans that cut a white-space scalar")
struct CutSpaceSpanTests {
  @Test("Trimming a span that cuts a white-space scalar never crosses its bounds")
  func trimmedStopsAtEnd() {
    // "1", NBSP (C2 A0), "2", ideographic space (E3 80 80), BOM (EF BB BF), "3".
    let bytes: [UInt8] = [0x31, 0xC2, 0xA0, 0x32, 0xE3, 0x80, 0x80, 0xEF, 0xBB, 0xBF, 0x33]
    bytes.withUnsafeBufferPointer { storage in
      // The span ends between C2 and A0: the start stays (C2 alone decodes as no
      // white space), and the end, whose scalar C2 A0 is white space, comes back
      // to it: empty, at the span's start.
      #expect(ByteClass.trimmed(storage, TextSpan(1..<2)) == (1, 1))
      // Within E3 80 80, after one byte and after two.
      #expect(ByteClass.trimmed(storage, TextSpan(4..<5)) == (4, 4))
      #expect(ByteClass.trimmed(storage, TextSpan(4..<6)) == (4, 4))
      // Within the byte-order mark EF BB BF.
      #expect(ByteClass.trimmed(storage, TextSpan(7..<9)) == (7, 7))
      // A digit before the cut scalar is kept; the cut scalar at the end is
      // decoded within the storage, found white space and cut off.
      #expect(ByteClass.trimmed(storage, TextSpan(0..<2)) == (0, 1))
      #expect(ByteClass.trimmed(storage, TextSpan(3..<5)) == (3, 4))
      // Whole scalars, as before: trimmed to the digit between them.
      #expect(ByteClass.trimmed(storage, TextSpan(1..<7)) == (3, 4))
      #expect(ByteClass.trimmed(storage, TextSpan(4..<11)) == (10, 11))
    }
  }

  @Test("Every span over white space and digits has bounds that never cross")
  func boundsNeverCross() {
    let text = "\u{A0}7\u{3000}\u{FEFF} 12\u{2003}\u{A0}\t\u{3000}"
    let bytes = Array(text.utf8)
    var checked = 0
    bytes.withUnsafeBufferPointer { storage in
      for start in 0...storage.count {
        for end in start...storage.count {
          let (lower, upper) = ByteClass.trimmed(storage, TextSpan(start..<end))
          #expect(start <= lower && lower <= upper && upper <= end, "\(start) \(end)")
          // Reading the cell must not trap either.
          _ = CellValue.read(storage, TextSpan(start..<end))
          checked += 1
        }
      }
    }
    #expect(checked == (bytes.count + 1) * (bytes.count + 2) / 2)
  }

  @Test("A cell that cuts a white-space scalar reads as empty")
  func cellReadsEmpty() {
    let bytes: [UInt8] = [0xC2, 0xA0, 0xE3, 0x80, 0x80]
    bytes.withUnsafeBufferPointer { storage in
      var bounds = (start: -1, end: -1)
      #expect(CellValue.read(storage, TextSpan(0..<1), trimmed: &bounds) == .empty)
      #expect(bounds == (0, 0))
      #expect(CellValue.read(storage, TextSpan(2..<4), trimmed: &bounds) == .empty)
      #expect(bounds == (2, 2))
    }
  }

  /// Two rows of table 三 (a label, two empty cells, seven counts each) made by hand
  /// over `first` and then `second`: the first row's counts at `valueSpans`, the
  /// second row's the seven one-digit counts after its label.
  private static func document(_ first: [UInt8], _ second: [UInt8], valueSpans: [Range<Int>], labelEnd: Int)
    -> Document
  {
    func row(_ label: Range<Int>, _ values: [Range<Int>], line: Int) -> Row {
      let empty = Cell(span: TextSpan(label.upperBound..<label.upperBound), line: line)
      let cells =
        [Cell(span: TextSpan(label), line: line), empty, empty] + values.map { Cell(span: TextSpan($0), line: line) }
      return Row(cells: cells, line: line)
    }
    let secondLabelEnd = first.count + second.count - 7
    let secondValues = (0..<7).map { secondLabelEnd + $0..<secondLabelEnd + $0 + 1 }
    let rows = [
      row(0..<labelEnd, valueSpans, line: 1), row(first.count..<secondLabelEnd, secondValues, line: 2),
    ]
    return Document(storage: first + second, blocks: [.table(Table(rows: rows))])
  }

  @Test("A hand-made Document with such a cell is interpreted as with an empty cell there")
  func interpretedHandMadeDocument() {
    let label = Array("一、本年新收政府信息公开申请数量".utf8)
    // The counts 4, 2, 0, 0, 0, 0 and then a no-break space, C2 A0, of which the
    // last cell's span holds only C2.
    let first = label + Array("420000".utf8) + [0xC2, 0xA0]
    let second = Array("四、结转下年度继续办理0000000".utf8)
    let base = label.count
    let digits = (0..<6).map { base + $0..<base + $0 + 1 }
    let cut = Self.document(first, second, valueSpans: digits + [base + 6..<base + 7], labelEnd: base)
    let empty = Self.document(first, second, valueSpans: digits + [base + 6..<base + 6], labelEnd: base)
    let report = Interpreter().interpret(cut, layout: "hand")
    // By hand: the first row's counts in the columns' order, and the second row's.
    #expect(report["applications.received.naturalPerson"] == .integer(4))
    #expect(report["applications.received.commercial"] == .integer(2))
    #expect(report["applications.received.research"] == .integer(0))
    #expect(report["applications.carriedForward.total"] == .integer(0))
    // The cut cell, the total's column, reads as an empty cell does.
    #expect(report["applications.received.total"] != .integer(0))
    #expect(report == Interpreter().interpret(empty, layout: "hand"))
  }
}
