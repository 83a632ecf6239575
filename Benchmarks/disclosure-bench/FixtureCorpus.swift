import Foundation

/// The real published reports among the package's test fixtures, repeated: a check
/// on the generated corpus, whose reports carry less prose than real ones.
///
/// The five seed reports (`Tests/DisclosureKitTests/Fixtures/seeds`) and the three
/// conversions of the Shanghai report (`…/Fixtures/shanghai`, one a layout) are
/// read from the source tree this benchmark was built from, and copied, each copy
/// its own buffer, until they reach `bytes`. Real reports vary less than the
/// generated ones (eight texts, the Shanghai one three times), so this figure
/// complements the corpus's, never replaces it.
enum FixtureCorpus {
  /// The fixture folders, relative to the package's root.
  static let folders = ["Tests/DisclosureKitTests/Fixtures/seeds", "Tests/DisclosureKitTests/Fixtures/shanghai"]

  /// The fixtures' texts (`*.txt`, in name order), or `nil` when the source tree is
  /// not beside the binary's sources any more.
  static func texts(packageRoot: URL = packageRoot) -> [[UInt8]]? {
    var texts: [[UInt8]] = []
    for folder in folders {
      let directory = packageRoot.appendingPathComponent(folder)
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return nil }
      for name in names.sorted() where name.hasSuffix(".txt") {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
          return nil
        }
        texts.append([UInt8](data))
      }
    }
    return texts.isEmpty ? nil : texts
  }

  /// The texts copied in turn until they hold at least `bytes` (at least one round
  /// of all of them); each copy is a buffer of its own, as files read one by one are.
  static func repeated(_ texts: [[UInt8]], toAtLeast bytes: Int) -> [[UInt8]] {
    var copies: [[UInt8]] = []
    var size = 0
    while size < bytes || copies.count < texts.count {
      let text = texts[copies.count % texts.count]
      copies.append(text.withUnsafeBufferPointer { [UInt8]($0) })
      size += text.count
    }
    return copies
  }

  /// The package's root: two folders above this file's (`Benchmarks/disclosure-bench`).
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }
}
