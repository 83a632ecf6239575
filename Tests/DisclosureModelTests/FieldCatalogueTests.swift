import Foundation
import Testing

@testable import DisclosureModel

@Suite("Field catalogue")
struct FieldCatalogueTests {
  /// The rows of the repository's copy of the contract's fields.tsv, header dropped.
  static func contractRows() throws -> [[String]] {
    let url = try #require(Bundle.module.url(forResource: "Resources/fields", withExtension: "tsv"))
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: true).dropFirst()
      .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
  }

  @Test("Each edition's keys are distinct: a field's definition tells its key, and the key its definition")
  func keysDistinctPerEdition() {
    for edition in [Edition.edition2019, .edition2021] {
      let fields = FieldCatalogue.fields(for: edition)
      #expect(Set(fields.map(\.key)).count == fields.count)
      // So two of an edition's definitions are equal (the same interned properties)
      // exactly when their keys are, as the assembler's withdrawal of warnings reads them.
      for (position, field) in fields.enumerated() {
        #expect(fields.firstIndex(of: field) == position)
      }
    }
  }

  @Test("The catalogue equals fields.tsv row for row")
  func catalogueEqualsContract() throws {
    let rows = try Self.contractRows()
    #expect(rows.count == 234)
    #expect(FieldCatalogue.all.count == rows.count)
    for (definition, row) in zip(FieldCatalogue.all, rows) {
      #expect(row.count == 6)
      #expect(definition.key == row[0])
      #expect(definition.scope.rawValue == row[1])
      #expect(definition.section == row[2])
      #expect(definition.row == row[3])
      #expect(definition.column == row[4])
      #expect(definition.type.rawValue == row[5])
    }
  }

  @Test("Each edition has exactly its keys, in contract order", arguments: Edition.allCases)
  func editionKeys(edition: Edition) throws {
    let expected = try Self.contractRows().filter { $0[1] == "both" || $0[1] == edition.rawValue }.map { $0[0] }
    #expect(FieldCatalogue.fields(for: edition).map(\.key) == expected)
    #expect(expected.count == (edition == .edition2019 ? 203 : 205))
    #expect(FieldCatalogue.index(of: expected[7], in: edition) == 7)
  }

  @Test("Edition-only keys are absent from the other edition")
  func editionOnlyKeys() {
    #expect(FieldCatalogue.index(of: "proactive.rules.issued", in: .edition2019) == nil)
    #expect(FieldCatalogue.index(of: "proactive.procurement.amount", in: .edition2021) == nil)
    #expect(FieldCatalogue.index(of: "applications.otherHandling.total.total", in: .edition2019) != nil)
    #expect(FieldCatalogue.index(of: "applications.otherHandling.total.total", in: .edition2021) == nil)
    #expect(FieldCatalogue.definition(for: "proactive.fees.amount")?.type == .decimal)
  }
}
