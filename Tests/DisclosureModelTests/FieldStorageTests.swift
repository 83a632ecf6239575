import Testing

@testable import DisclosureModel

/// A field's value and source as packed by ``FieldStorage``: every value and source
/// read back as written, however it is stored.
@Suite("Field storage")
struct FieldStorageTests {
  /// The model's source location (the testing library has a type of the same name).
  typealias Location = DisclosureModel.SourceLocation

  static let definition = FieldCatalogue.fields(for: .edition2021)[10]

  /// Values and sources in the plain numbers and out of their ranges.
  static let cases: [(FieldValue?, Location?)] = [
    (nil, nil),
    (.integer(0), Location(line: 1, cell: 1)),
    (.integer(-417), Location(line: 57, cell: 3)),
    (.integer(Int.max), Location(line: 2_147_483_647, cell: 0xFF_FFFF)),
    (.integer(Int.min), Location(line: -2_147_483_648)),
    (.integer(12), Location(line: 2_147_483_648, cell: 2)),
    (.integer(12), Location(line: 3, cell: 0x100_0000)),
    (.integer(12), Location(line: 3, cell: -1)),
    (.integer(12), Location(line: Int.min, cell: Int.max)),
    (.decimal("12.3400"), Location(line: 80, cell: 4)),
    (.decimal("-0.5"), Location(line: 5_000_000_000)),
    (.text("2021"), nil),
    (.text("某某市人民政府办公室2021年政府信息公开工作年度报告"), nil),
    (.text("markdown"), Location(line: 9)),
    (.text("x"), Location(line: 9, cell: Int.max)),
    (nil, Location(line: 44)),
    (nil, Location(line: -44, cell: 0x100_0000)),
  ]

  @Test("Every value and source reads back as written, in the plain numbers or in the box", arguments: cases)
  func roundTrip(value: FieldValue?, source: Location?) {
    let field = Field(definition: Self.definition, value: value, source: source)
    #expect(field.value == value)
    #expect(field.source == source)
    #expect(field.definition == Self.definition)
  }

  @Test("The package's fast reads agree with value and source, or leave a spilled source to source", arguments: cases)
  func packageReads(value: FieldValue?, source: Location?) {
    let field = Field(definition: Self.definition, value: value, source: source)
    if case .integer(let integer)? = value {
      #expect(field.integer == integer)
    } else {
      #expect(field.integer == nil)
    }
    if let plain = field.plainSource {
      #expect(Location(line: plain.line, cell: plain.cell < 0 ? nil : plain.cell) == source)
    } else if let source {
      // Only a source out of the plain numbers' ranges is left to `source`.
      #expect(Int32(exactly: source.line) == nil || (source.cell.map { UInt(bitPattern: $0) > 0xFF_FFFF } ?? false))
    }
    #expect(field.definition.isSame(as: Self.definition))
    #expect(!field.definition.isSame(as: FieldCatalogue.fields(for: .edition2021)[11]))
  }

  @Test("Setting the value keeps the source, and setting the source keeps the value")
  func setters() {
    var field = Field(definition: Self.definition, value: .integer(3), source: Location(line: 7, cell: 2))
    field.value = .text("说明")
    #expect(field.value == .text("说明"))
    #expect(field.source == Location(line: 7, cell: 2))
    field.source = Location(line: 4_000_000_000, cell: 1)
    #expect(field.value == .text("说明"))
    #expect(field.source == Location(line: 4_000_000_000, cell: 1))
    field.value = .integer(-1)
    #expect(field.value == .integer(-1))
    #expect(field.source == Location(line: 4_000_000_000, cell: 1))
    field.source = nil
    field.value = nil
    #expect(field == Field(definition: Self.definition))
  }

  @Test("A count recorded in place over a text reads as the count, equal to a field made with it")
  func recordOverText() {
    var field = Field(definition: Self.definition, value: .text("旧"), source: nil)
    field.storage.record(count: 25, source: Location(line: 12, cell: 4))
    #expect(field.value == .integer(25))
    #expect(field.storage.integer == 25)
    #expect(field.source == Location(line: 12, cell: 4))
    #expect(field == Field(definition: Self.definition, value: .integer(25), source: Location(line: 12, cell: 4)))
    // A source out of the plain numbers' ranges is kept whole.
    field.storage.record(count: 26, source: Location(line: 12, cell: 0x100_0000))
    #expect(field.value == .integer(26))
    #expect(field.source == Location(line: 12, cell: 0x100_0000))
  }

  @Test("A decimal made with its source, and a text made alone, read back as a field made of the values")
  func directForms() {
    var field = Field(definition: Self.definition)
    field.storage = FieldStorage(decimal: "12.3400", source: Location(line: 80, cell: 4))
    #expect(
      field == Field(definition: Self.definition, value: .decimal("12.3400"), source: Location(line: 80, cell: 4)))
    field.storage = FieldStorage(decimal: "-0.5", source: Location(line: 5_000_000_000, cell: 1))
    #expect(field.value == .decimal("-0.5"))
    #expect(field.source == Location(line: 5_000_000_000, cell: 1))
    field.storage = FieldStorage(text: "cell-per-line")
    #expect(field == Field(definition: Self.definition, value: .text("cell-per-line")))
  }

  @Test("A run of cells writes each cell's number from the run's first, and refuses numbers past 24 bits")
  func cellRun() throws {
    let run = try #require(FieldStorage.CellRun(firstCell: 3, count: 4))
    var field = Field(definition: Self.definition)
    field.storage.record(count: 9, line: 120, at: 2, of: run)
    #expect(field.value == .integer(9))
    #expect(field.source == Location(line: 120, cell: 5))
    field.storage.record(count: -9, line: -1, at: 0, of: run)
    #expect(field.source == Location(line: -1, cell: 3))
    #expect(field.value == .integer(-9))
    #expect(FieldStorage.CellRun(firstCell: 0xFF_FFFF, count: 0) != nil)
    #expect(FieldStorage.CellRun(firstCell: 0xFF_FFFE, count: 1) != nil)
    #expect(FieldStorage.CellRun(firstCell: 0xFF_FFFF, count: 1) == nil)
    #expect(FieldStorage.CellRun(firstCell: 1, count: 0xFF_FFFF) == nil)
    #expect(FieldStorage.CellRun(firstCell: -1, count: 2) == nil)
    #expect(FieldStorage.CellRun(firstCell: 1, count: -2) == nil)
  }

  @Test("A run in a row of known cells writes the same bits, and is refused only for a row past 24 bits")
  func cellRunOfRowCells() throws {
    let checked = try #require(FieldStorage.CellRun(firstCell: 3, count: 4))
    let run = try #require(FieldStorage.CellRun(firstCell: 3, count: 4, ofRowCells: 6))
    #expect(run.first == checked.first)
    #expect(run.count == 4)
    var field = Field(definition: Self.definition)
    field.storage.record(count: 12, line: 7, at: 3, of: FieldStorage.CellRun(first: run.first, count: run.count))
    #expect(field.value == .integer(12))
    #expect(field.source == Location(line: 7, cell: 6))
    #expect(FieldStorage.CellRun(firstCell: 0xFF_FFFF, count: 1, ofRowCells: 0xFF_FFFF) != nil)
    #expect(FieldStorage.CellRun(firstCell: 1, count: 1, ofRowCells: 0x100_0000) == nil)
    #expect(FieldStorage.CellRun(firstCell: 1, count: 1, ofRowCells: -1) == nil)
  }

  @Test("Fields are equal and hash alike exactly when their definitions, values and sources are")
  func equalityAndHashing() {
    let a = Field(definition: Self.definition, value: .integer(5), source: Location(line: 2, cell: 1))
    var b = Field(definition: Self.definition, value: .text("5"), source: Location(line: 2, cell: 1))
    #expect(a != b)
    b.storage.record(count: 5, source: Location(line: 2, cell: 1))
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
    #expect(Set([a, b]).count == 1)
    #expect(a != Field(definition: Self.definition, value: .integer(5), source: Location(line: 2)))
    #expect(a != Field(definition: Self.definition, value: .decimal("5"), source: Location(line: 2, cell: 1)))
    #expect(
      Field(definition: Self.definition, value: .decimal("5"), source: nil)
        != Field(definition: Self.definition, value: .text("5"), source: nil))
    // The hash is that of the three values in order, as the synthesised one was.
    var hasher = Hasher()
    hasher.combine(Self.definition)
    hasher.combine(Optional(FieldValue.integer(5)))
    hasher.combine(Optional(Location(line: 2, cell: 1)))
    #expect(a.hashValue == hasher.finalize())
  }
}
