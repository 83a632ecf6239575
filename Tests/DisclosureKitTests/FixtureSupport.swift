import DisclosureKit
import Foundation
import Testing

/// Access to the fixture reports bundled with the tests.
enum Fixtures {
  static func url(_ path: String) throws -> URL {
    let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return root.appendingPathComponent(path)
  }

  static func bytes(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: url(path)))
  }

  static func text(_ path: String) throws -> String {
    try String(contentsOf: url(path), encoding: .utf8)
  }

  static func parse(_ path: String, registry: LayoutRegistry = .standard) throws -> Report {
    try ReportParser(registry: registry).parse(bytes(path))
  }

  /// The `--format fields` truth written next to a fixture (`X.txt` → `X.expected.tsv`).
  static func expected(_ path: String) throws -> String {
    try text(String(path.dropLast(".txt".count)) + ".expected.tsv")
  }
}
