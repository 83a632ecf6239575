/// Catalogue positions of table 三's and table 四's keys, computed once per edition so
/// that recording a row looks up no `String` keys.
extension FieldCatalogue {
  private static let applicationIndexTable: [Edition: [String: [Int?]]] = {
    var result: [Edition: [String: [Int?]]] = [:]
    for edition in Edition.allCases {
      var table: [String: [Int?]] = [:]
      for field in fields(for: edition) where field.key.hasPrefix("applications.") {
        let parts = field.key.split(separator: ".").dropFirst()
        guard parts.count >= 2 else { continue }
        let infix = parts.dropLast().joined(separator: ".")
        guard table[infix] == nil else { continue }
        table[infix] = LabelTable.applicationColumns.map { index(of: "applications.\(infix).\($0)", in: edition) }
      }
      result[edition] = table
    }
    return result
  }()

  private static let reviewIndexTable: [Edition: [Int?]] = {
    var result: [Edition: [Int?]] = [:]
    for edition in Edition.allCases {
      result[edition] = LabelTable.reviewColumns.map { index(of: $0, in: edition) }
    }
    return result
  }()

  /// The positions in ``fields(for:)`` of `applications.<infix>.<column>` for each of
  /// table 三's columns in order (`nil` where the edition lacks the key).
  static func applicationIndices(_ infix: String, in edition: Edition) -> [Int?] {
    applicationIndexTable[edition]?[infix]
      ?? LabelTable.applicationColumns.map { index(of: "applications.\(infix).\($0)", in: edition) }
  }

  /// The positions in ``fields(for:)`` of table 四's fifteen keys in column order.
  static func reviewIndices(in edition: Edition) -> [Int?] {
    reviewIndexTable[edition] ?? LabelTable.reviewColumns.map { index(of: $0, in: edition) }
  }
}
