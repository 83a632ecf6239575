import Testing

@testable import DisclosureModel

/// The edition tables that ``FieldAssembler`` fetches once a report
/// (``FieldCatalogue/applicationRowTable(in:)``, ``FieldCatalogue/proactiveGrid(in:)``)
/// against the lookups it used to make for each row or column.
@Suite("Catalogue tables fetched once a report")
struct CatalogueTableTests {
  @Test("Table 三's row table holds each row's indices, by position", arguments: Edition.allCases)
  func applicationRows(edition: Edition) throws {
    let table = FieldCatalogue.applicationRowTable(in: edition)
    #expect(table.count == LabelMatcher.applicationRows.values.count)
    for position in table.indices {
      #expect(Array(table[position]) == Array(FieldCatalogue.applicationIndices(row: position, in: edition)))
    }
    // By hand: the row 本年新收政府信息公开申请数量 (`applications.received.*`, in
    // both editions) names its seven keys in column order.
    let keys = FieldCatalogue.fields(for: edition).map(\.key)
    let received = try #require(
      LabelMatcher.applicationRows.values.firstIndex {
        if case .values("received") = $0 { true } else { false }
      })
    let names = table[received].map { $0.map { keys[$0] } }
    #expect(
      names == [
        "applications.received.naturalPerson", "applications.received.commercial", "applications.received.research",
        "applications.received.nonprofit", "applications.received.legal", "applications.received.other",
        "applications.received.total",
      ])
  }

  @Test("Table 二's grid holds each row and column's index, and nothing past it", arguments: Edition.allCases)
  func proactiveGrid(edition: Edition) {
    let grid = FieldCatalogue.proactiveGrid(in: edition)
    let rows = LabelMatcher.proactiveRows.values
    let columns = LabelMatcher.proactiveColumns.values
    #expect(grid.count == rows.count)
    let keys = FieldCatalogue.fields(for: edition).map(\.key)
    for row in rows.indices {
      #expect(grid[row].count == columns.count)
      for column in columns.indices {
        #expect(grid[row][column] == FieldCatalogue.proactiveIndex(row: row, column: column, in: edition))
        if let index = grid[row][column] {
          #expect(keys[index] == "proactive.\(rows[row]).\(columns[column])")
        }
      }
    }
    // By hand: 规章's 本年制发件数 is `proactive.rules.issued` in 2021 and not a key
    // of 2019, whose 规章 row has 本年新制作数量 (`proactive.rules.made`) instead;
    // 规章 has no 采购项目数量 column in either.
    let rules = rows.firstIndex(of: "rules")
    let issued = columns.firstIndex(of: "issued")
    let made = columns.firstIndex(of: "made")
    let projects = columns.firstIndex(of: "projects")
    if let rules, let issued, let made, let projects {
      let is2021 = edition == .edition2021
      #expect(grid[rules][issued].map { keys[$0] } == (is2021 ? "proactive.rules.issued" : nil))
      #expect(grid[rules][made].map { keys[$0] } == (is2021 ? nil : "proactive.rules.made"))
      #expect(grid[rules][projects] == nil)
    } else {
      Issue.record("rules, issued, made or projects is not in the label tables")
    }
    // Past the grid, as the lookup answers: no index.
    #expect(FieldCatalogue.proactiveIndex(row: rows.count, column: 0, in: edition) == nil)
    #expect(FieldCatalogue.proactiveIndex(row: 0, column: -1, in: edition) == nil)
  }
}
