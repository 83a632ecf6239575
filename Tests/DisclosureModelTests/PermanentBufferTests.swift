import Testing

@testable import DisclosureModel

@Suite("Permanent buffers")
struct PermanentBufferTests {
  @Test("A permanent buffer holds a copy of its elements, in order")
  func holdsElements() {
    var source: [Int?] = [3, nil, 7]
    let buffer = PermanentBuffer(source)
    source[0] = 99
    #expect(Array(buffer) == [3, nil, 7])
    #expect(buffer.count == 3)
    #expect(buffer[2] == 7)
    #expect(buffer.buffer.count == 3)
    #expect(PermanentBuffer<Int>().isEmpty)
    #expect(PermanentBuffer<Int>([]).isEmpty)
  }

  @Test("The tables read for every report, the assembler's entries and the run's observations are plain values")
  func plainTables() {
    #expect(_isPOD(PermanentBuffer<Int?>.self))
    #expect(_isPOD(Identity.Set.self))
    #expect(_isPOD(FieldAssembler.ReportKey.self))
    #expect(_isPOD(FieldAssembler.State.self))
    #expect(_isPOD(InterpretationRun.Observation.self))
    #expect(_isPOD(ValuePlacement.Plain.self))
  }

  @Test("The catalogue's permanent fields are its fields", arguments: Edition.allCases)
  func permanentFields(edition: Edition) {
    #expect(Array(FieldCatalogue.permanentFields(for: edition)) == FieldCatalogue.fields(for: edition))
  }

  @Test(
    "Every report key the interpreter sets is one of the first five fields of each edition", arguments: Edition.allCases
  )
  func reportKeys(edition: Edition) {
    for key in FieldAssembler.ReportKey.allCases {
      #expect(FieldCatalogue.index(of: key.key, in: edition) == key.rawValue)
    }
    #expect(FieldAssembler.ReportKey.allCases.map(\.key) == FieldCatalogue.fields(for: edition).prefix(5).map(\.key))
  }

  @Test("The identities name the contract's keys")
  func identityKeys() throws {
    let set = Identity.all(for: .edition2021)
    #expect(set.review.count == 1)
    let review = try #require(set.review.first)
    #expect(review.totalKey(in: .edition2021) == "review.total")
    #expect(
      review.partKeys(in: .edition2021) == ["review.upheld", "review.corrected", "review.other", "review.pending"])
    #expect(set.balance.count == 7)
    let balance = try #require(set.balance.first)
    let fields = FieldCatalogue.fields(for: .edition2021)
    #expect(balance.received.map { fields[$0].key } == "applications.received.naturalPerson")
    #expect(balance.carriedForward.map { fields[$0].key } == "applications.carriedForward.naturalPerson")
    #expect(set.countGroups.count == set.rowTotals.count + 3)
  }
}
