import Foundation
import Testing

@testable import DisclosureModel

@Suite("Field definitions")
struct FieldDefinitionTests {
  static let received = FieldCatalogue.all[43]

  /// A report copies a definition into each of its fields: copying must not touch a
  /// reference count that several cores share.
  @Test("A definition is a plain value, with no reference to count")
  func plainValue() {
    #expect(_isPOD(FieldDefinition.self))
    #expect(MemoryLayout<FieldDefinition>.size == MemoryLayout<Int>.size)
  }

  @Test("A definition made again with the same properties equals the catalogue's")
  func sameProperties() {
    let original = Self.received
    let again = FieldDefinition(
      original.key, original.scope, section: original.section, row: original.row, column: original.column,
      type: original.type)
    #expect(again == original)
    #expect(again.hashValue == original.hashValue)
    #expect(Set([original, again]).count == 1)
  }

  @Test(
    "A definition that differs in any one property is a different definition",
    arguments: 0..<6)
  func differentProperty(property: Int) {
    let base = FieldDefinition("test.key", .both, section: "S", row: "R", column: "C", type: .integer)
    let other = FieldDefinition(
      property == 0 ? "test.other" : "test.key", property == 1 ? .edition2021 : .both,
      section: property == 2 ? "S2" : "S", row: property == 3 ? "R2" : "R", column: property == 4 ? "C2" : "C",
      type: property == 5 ? .text : .integer)
    #expect(other != base)
    #expect(base.key == "test.key")
    #expect(base.section == "S")
    #expect(base.row == "R")
    #expect(base.column == "C")
    #expect(base.type == .integer)
    #expect(base.scope == .both)
  }

  @Test("A definition keeps its properties through JSON and comes back equal")
  func jsonRoundTrip() throws {
    let data = try JSONEncoder().encode(Self.received)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
    #expect(object["key"] == "applications.received.total")
    #expect(object["type"] == "integer")
    let decoded = try JSONDecoder().decode(FieldDefinition.self, from: data)
    #expect(decoded == Self.received)
    #expect(decoded.row == Self.received.row)
  }

  @Test("Definitions made on many threads at once with the same properties are one definition")
  func concurrentMaking() {
    let made = UnsafeMutableBufferPointer<FieldDefinition?>.allocate(capacity: 64)
    made.initialize(repeating: nil)
    defer { made.deallocate() }
    nonisolated(unsafe) let slots = made
    DispatchQueue.concurrentPerform(iterations: 64) { index in
      slots[index] = FieldDefinition(
        "test.concurrent", .both, section: "S", row: "R\(index % 4)", column: "C", type: .integer)
    }
    let definitions = made.compactMap { $0 }
    #expect(definitions.count == 64)
    #expect(Set(definitions).count == 4)
    #expect(definitions[5] == definitions[9])
    #expect(definitions[5].row == "R1")
    #expect(definitions[5] != definitions[6])
  }
}
