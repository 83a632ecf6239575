import Testing

@testable import DisclosureModel

/// The assembler's per-row facts, fetched once, against the catalogue's lists.
@Suite("The assembler's row facts")
struct FieldAssemblerRowTests {
  @Test("A table 三 row lacks a key exactly where its list holds no index", arguments: Edition.allCases)
  func applicationRowsLackingKeys(edition: Edition) {
    let flags = FieldAssembler.applicationRowsLackingKeys(in: edition)
    #expect(flags.count == LabelTable.applicationRows.count)
    for (position, flag) in flags.enumerated() {
      let indices = FieldCatalogue.applicationIndices(row: position, in: edition)
      #expect(flag == indices.contains { $0 == nil }, "row \(position)")
    }
    // By hand: three rows of table 三 (positions 22 to 24) lack keys in 2019; 2021 lacks none.
    let lacking = flags.indices.filter { flags[$0] }
    #expect(lacking == (edition == .edition2019 ? [22, 23, 24] : []))
  }
}
