import DisclosureSynthesis
import Testing

@testable import DisclosureModel

/// ``Table/Rows``: the builder's tables hold its compact form (one buffer of cells,
/// the rows' ends) and make a `Row` only when one is read; tables made by hand hold
/// their rows. Both read, compare and change alike, and the interpreter reads both
/// to the same report.
@Suite("Table rows")
struct TableRowsTests {
  /// `a b / c d e` (lines 1 and 2), then after a paragraph `f` (line 4), `g` (line 5).
  static let text = "a\tb\nc\td\te\n\nf\ng"

  /// Two tables over ``text``: rows of 2 and 3 cells, then a paragraph and a table
  /// of one row of one cell.
  static func document() -> Document {
    var builder = DocumentBuilder(source: SourceText(text))
    builder.addCell(0..<1, line: 1)
    builder.addCell(2..<3, line: 1)
    builder.endRow()
    builder.addCell(4..<5, line: 2)
    builder.addCell(6..<7, line: 2)
    builder.addCell(8..<9, line: 2)
    builder.endRow()
    builder.addParagraph(11..<12, line: 4)
    builder.addCell(13..<14, line: 5)
    builder.endRow()
    return builder.finish()
  }

  /// The cells of each row of `table`, as text.
  static func texts(_ table: Table, in document: Document) -> [[String]] {
    table.rows.map { $0.cells.map { document.text($0) } }
  }

  @Test("The builder's tables hold its compact form and read as rows indexed from 0")
  func reading() {
    let document = Self.document()
    let tables = document.tables
    #expect(tables.count == 2)
    for table in tables {
      guard case .shared = table.rows.form else {
        Issue.record("a builder's table holds rows of its own")
        continue
      }
    }
    let first = tables[0]
    #expect(first.rows.count == 2)
    #expect(first.rows.startIndex == 0)
    #expect(first.rows.endIndex == 2)
    #expect(!first.rows.isEmpty)
    #expect(first.rows[0].line == 1)
    #expect(first.rows[1].line == 2)
    #expect(first.rows[1].cells.map(\.span.start) == [4, 6, 8])
    #expect(first.rows.map(\.line) == [1, 2])
    #expect(Self.texts(first, in: document) == [["a", "b"], ["c", "d", "e"]])
    #expect(first.rows.cellCount == 5)
    #expect(first.line == 1)
    #expect(Array(first.rows.reversed()).map(\.line) == [2, 1])
    var iterated: [Int] = []
    for row in first.rows { iterated.append(row.cells.count) }
    #expect(iterated == [2, 3])
    let second = tables[1]
    #expect(second.rows.count == 1)
    #expect(second.rows.cellCount == 1)
    #expect(second.line == 5)
    #expect(Self.texts(second, in: document) == [["g"]])
    #expect(document.blocks.map(\.line) == [1, 4, 5])
  }

  @Test("A table is equal to, and hashes as, one made from the same rows as plain values")
  func equality() {
    let document = Self.document()
    let built = document.tables[0]
    let plain = Table(rows: [
      Row(cells: [Cell(span: TextSpan(0..<1), line: 1), Cell(span: TextSpan(2..<3), line: 1)], line: 1),
      Row(
        cells: [
          Cell(span: TextSpan(4..<5), line: 2), Cell(span: TextSpan(6..<7), line: 2),
          Cell(span: TextSpan(8..<9), line: 2),
        ], line: 2),
    ])
    #expect(built == plain)
    #expect(built.hashValue == plain.hashValue)
    #expect(built.rows.hashValue == Array(plain.rows).hashValue)
    #expect(Table(rows: Array(built.rows)) == built)
    #expect(built != document.tables[1])
    // A row's line is part of its value: the same cells on another line differ.
    var moved = plain
    moved.rows[1].line = 3
    #expect(built != moved)
    #expect(plain.rows.cellCount == 5)
    #expect(Table.Rows() == [])
    #expect(Table(rows: []).line == 0)
    #expect(Table(rows: []).rows.cellCount == 0)
    let literal: Table.Rows = [plain.rows[0]]
    #expect(literal.count == 1)
    #expect(literal.description == [plain.rows[0]].description)
  }

  @Test("Changing a table's rows makes them its own: other tables and copies keep theirs")
  func copyOnWrite() {
    let document = Self.document()
    let original = document.tables[0]
    var changed = original
    changed.rows[0].cells[1].span = TextSpan(6..<7)
    #expect(Self.texts(changed, in: document) == [["a", "d"], ["c", "d", "e"]])
    #expect(Self.texts(original, in: document) == [["a", "b"], ["c", "d", "e"]])
    #expect(Self.texts(document.tables[0], in: document) == [["a", "b"], ["c", "d", "e"]])
    guard case .plain = changed.rows.form else {
      Issue.record("a changed table still shares the builder's rows")
      return
    }

    var appended = original
    appended.rows.append(Row(cells: [Cell(span: TextSpan(13..<14), line: 9)], line: 9))
    #expect(appended.rows.count == 3)
    #expect(appended.rows.map(\.line) == [1, 2, 9])
    #expect(appended.rows.cellCount == 6)
    #expect(original.rows.count == 2)

    var removed = original
    removed.rows.removeFirst()
    #expect(Self.texts(removed, in: document) == [["c", "d", "e"]])
    #expect(removed.line == 2)
    #expect(original.line == 1)

    var replaced = original
    replaced.rows = [Row(cells: [], line: 7)]
    #expect(replaced.rows.map(\.line) == [7])
    #expect(replaced.rows.cellCount == 0)
    #expect(document.tables[1].rows.count == 1)

    var reserved = original
    reserved.rows.reserveCapacity(8)
    #expect(reserved == original)
  }

  @Test("Only rows each non-empty, in order and within the buffer are taken as they are")
  func sharedRowsCheck() {
    let cells = (0..<4).compactMap { StoredCell(exactly: Cell(span: TextSpan($0..<($0 + 1)), line: $0 + 1)) }
    func ends(_ values: [Int]) -> [DocumentBuilder.RowEnd] { values.map { DocumentBuilder.RowEnd(cells: $0) } }
    typealias Shared = Table.Rows.Shared
    #expect(Shared.isValid(cells: cells, ends: ends([1, 3, 4]), rows: 0..<3, start: 0))
    #expect(Shared.isValid(cells: cells, ends: ends([1, 3, 4]), rows: 1..<3, start: 1))
    #expect(Shared.isValid(cells: cells, ends: ends([1, 3, 4]), rows: 3..<3, start: 4))
    // An empty row, a row running back, a row past the buffer, rows outside the ends.
    #expect(!Shared.isValid(cells: cells, ends: ends([1, 1, 4]), rows: 0..<3, start: 0))
    #expect(!Shared.isValid(cells: cells, ends: ends([3, 2]), rows: 0..<2, start: 0))
    #expect(!Shared.isValid(cells: cells, ends: ends([1, 5]), rows: 0..<2, start: 0))
    #expect(!Shared.isValid(cells: cells, ends: ends([1, 3]), rows: 1..<3, start: 1))
    #expect(!Shared.isValid(cells: cells, ends: ends([1, 3]), rows: 0..<1, start: -1))

    let shared = Table.Rows(shared: Shared(cells: cells, ends: ends([1, 3, 4]), rows: 1..<3, start: 1))
    #expect(shared.count == 2)
    #expect(shared.cellCount == 3)
    #expect(shared.map(\.line) == [2, 4])
    #expect(shared.map { $0.cells.map(\.span.start) } == [[1, 2], [3]])
  }

  @Test("The interpreter reads the builder's tables as it reads the same rows made by hand")
  func interpreterAgrees() {
    var generator = ReportGenerator(seed: 77)
    var documents = 0
    var tables = 0
    for (index, kind) in DamageKind.allCases.enumerated() {
      for damage in [[], [kind]] as [Set<DamageKind>] {
        let rendered = generator.next().render(.tsv, damage: damage, seed: UInt64(index))
        let built = Self.tabSeparated(rendered.bytes)
        var handMade = built
        handMade.blocks = built.blocks.map { block in
          guard case .table(let table) = block else { return block }
          guard case .shared = table.rows.form else {
            Issue.record("a builder's table holds rows of its own")
            return block
          }
          tables += 1
          return .table(Table(rows: Array(table.rows)))
        }
        #expect(handMade == built)
        for blankAsZero in [false, true] {
          let interpreter = Interpreter(blankAsZero: blankAsZero)
          let expected = interpreter.interpret(handMade, layout: "tsv")
          #expect(interpreter.interpret(built, layout: "tsv") == expected)
          #expect(!expected.fields.isEmpty)
        }
        documents += 1
      }
    }
    #expect(documents == 2 * DamageKind.allCases.count)
    #expect(tables > 2 * documents)
  }

  @Test("A table holding the builder's cells but another list of row ends is read row by row, to the same report")
  func otherRowEnds() {
    var generator = ReportGenerator(seed: 78)
    let built = Self.tabSeparated(generator.next().render(.tsv, damage: [], seed: 3).bytes)
    // Every table but the first keeps the builder's buffer of cells and its rows, but
    // holds a list of row ends of its own (equal, in other storage): the run reads
    // only tables of the very buffers it holds from their offsets, so these are read
    // one `Row` at a time, and the report is the same.
    var mixed = built
    var first = true
    var changed = 0
    mixed.blocks = built.blocks.map { block in
      guard case .table(let table) = block, case .shared(let shared) = table.rows.form else { return block }
      if first {
        first = false
        return block
      }
      let ends = shared.ends.map { DocumentBuilder.RowEnd(cells: $0.cells) }
      #expect(Table.Rows.Shared.isValid(cells: shared.cells, ends: ends, rows: shared.rows, start: shared.start))
      changed += 1
      return .table(
        Table(
          rows: Table.Rows(
            shared: Table.Rows.Shared(cells: shared.cells, ends: ends, rows: shared.rows, start: shared.start))))
    }
    #expect(changed >= 2)
    #expect(mixed == built)
    let interpreter = Interpreter()
    let expected = interpreter.interpret(built, layout: "tsv")
    let report = interpreter.interpret(mixed, layout: "tsv")
    #expect(report == expected)
    #expect(report.fields.count == expected.fields.count)
    #expect(!report.fields.isEmpty)
  }

  /// A document of `bytes` read the way a tab-separated adapter reads it: a line
  /// with a tab is a row of cells, a blank line ends the table, any other line is
  /// a paragraph.
  static func tabSeparated(_ bytes: [UInt8]) -> Document {
    var builder = DocumentBuilder(source: SourceText(String(decoding: bytes, as: UTF8.self)))
    let stored = builder.bytes
    var start = 0
    var line = 1
    while start < stored.count {
      let end = stored[start...].firstIndex(of: 0x0A) ?? stored.count
      let content = stored[start..<end].last == 0x0D ? end - 1 : end
      if stored[start..<content].contains(0x09) {
        var cellStart = start
        for index in start...content where index == content || stored[index] == 0x09 {
          builder.addCell(cellStart..<index, line: line)
          cellStart = index + 1
        }
        builder.endRow()
      } else if content == start {
        builder.endTable()
      } else {
        builder.addParagraph(start..<content, line: line)
      }
      start = end + 1
      line += 1
    }
    return builder.finish()
  }
}
