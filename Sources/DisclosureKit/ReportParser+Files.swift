public import DisclosureModel
import Foundation

extension ReportParser {
  /// A parser with the standard registry and default options.
  public static var standard: ReportParser { ReportParser(registry: .standard) }

  /// Reads and parses the file at `path`.
  ///
  /// - Throws: ``DisclosureError`` of kind `unreadable` when the file cannot be read,
  ///   or any error of ``parse(_:)-(([UInt8])``.
  public func parse(contentsOfFile path: String) throws(DisclosureError) -> Report {
    let bytes = try Self.readFile(path, limit: options.maximumInputBytes)
    return try parse(bytes)
  }

  /// Reads a whole file, refusing files over `limit` bytes before reading them.
  static func readFile(_ path: String, limit: Int) throws(DisclosureError) -> [UInt8] {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    if let size = attributes?[.size] as? Int, size > limit {
      throw DisclosureError(
        .tooLarge, "The file \(path) has \(size) bytes, more than the limit of \(limit).", byteOffset: limit,
        suggestion: "Raise ParseOptions.maximumInputBytes if the file really is a report.")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DisclosureError(
        .unreadable, "The file \(path) cannot be read.", suggestion: "Check the path and its permissions.")
    }
    return [UInt8](data)
  }
}
