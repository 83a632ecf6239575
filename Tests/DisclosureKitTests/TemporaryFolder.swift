import Foundation
import Testing

/// A folder of its own under the system's temporary folder, removed when the value
/// goes away.
final class TemporaryFolder {
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("disclosurekit-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// The path of `relative` inside the folder.
  func path(_ relative: String) -> String { path + "/" + relative }

  /// Writes `bytes` at `relative`, creating the folders on the way; returns the path.
  @discardableResult
  func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
    let full = path(relative)
    let folder = (full as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    guard FileManager.default.createFile(atPath: full, contents: Data(bytes)) else {
      throw CocoaError(.fileWriteUnknown)
    }
    return full
  }

  /// The bytes of the file at `relative`.
  func read(_ relative: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(relative))))
  }
}
