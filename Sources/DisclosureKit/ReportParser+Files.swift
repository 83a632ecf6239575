public import DisclosureModel
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
  ///
  /// Uses `open`, `fstat` and `read` straight into the returned array: one system
  /// call each for a report-sized file, and no intermediate `Data`.
  static func readFile(_ path: String, limit: Int) throws(DisclosureError) -> [UInt8] {
    // Without O_NONBLOCK, opening a named pipe waits for a writer, for ever if none
    // comes; with it, the open returns at once and fstat refuses the pipe. It changes
    // nothing for a regular file.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else {
      let reason = String(cString: strerror(errno))
      if errno == ENOENT, path.unicodeScalars.contains("\u{FFFD}") {
        throw DisclosureError(
          .unreadable,
          "The file \(path) cannot be read (\(reason)): its name is probably not valid UTF-8, and the folder listing replaced the bytes it could not read with U+FFFD.",
          suggestion: "Rename the file with a UTF-8 name (convmv can convert names).")
      }
      throw DisclosureError(
        .unreadable, "The file \(path) cannot be read (\(reason)).", suggestion: "Check the path and its permissions.")
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
      throw DisclosureError(
        .unreadable, "\(path) is not a regular file.", suggestion: "Give a report file, not a folder or a device.")
    }
    let size = Int(status.st_size)
    if size > limit {
      throw DisclosureError(
        .tooLarge, "The file \(path) has \(size) bytes, more than the limit of \(limit).", byteOffset: limit,
        suggestion: "Raise ParseOptions.maximumInputBytes if the file really is a report.")
    }
    // Read what fstat promised, and one byte more to notice a file that grew; a file
    // that shrank is read as it now is. A read that returns fewer bytes than asked once
    // the promised ones are in found the file's end (a regular file reads short only
    // there), so a file of the size fstat gave takes one read, not a second to see 0.
    var failure: Int32 = 0
    var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
      count = 0
      while count < buffer.count {
        let asked = buffer.count - count
        let got = read(descriptor, buffer.baseAddress.map { $0 + count }, asked)
        if got < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        if got == 0 { return }
        count += got
        if got < asked, count >= size { return }
      }
    }
    guard failure == 0 else {
      throw DisclosureError(
        .unreadable, "The file \(path) cannot be read (\(String(cString: strerror(failure)))).",
        suggestion: "Check the path and its permissions.")
    }
    if bytes.count > size {
      // The file grew while being read: read the rest, within the limit.
      while bytes.count <= limit {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if got <= 0 { break }
        bytes.append(contentsOf: chunk[0..<got])
      }
      if bytes.count > limit {
        throw DisclosureError(
          .tooLarge, "The file \(path) has more than the limit of \(limit) bytes.", byteOffset: limit,
          suggestion: "Raise ParseOptions.maximumInputBytes if the file really is a report.")
      }
    }
    return bytes
  }
}
