#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An output file of an export, written in large chunks: rows are appended to
/// ``buffer`` and reach the file whenever it holds ``chunkSize`` bytes, and at
/// ``close()``.
///
/// ```swift
/// let output = try ExportOutput(path: "corpus.csv")   // "-" for standard output
/// CSVTableWriter().appendHeader(to: &output.buffer)
/// try output.flushIfFull()
/// try output.close()
/// ```
///
/// It is a reference type that owns a file descriptor, used by one task at a time;
/// it is not `Sendable`.
public final class ExportOutput {
  /// The path written to (`-` for standard output).
  public let path: String
  /// Bytes appended but not yet written.
  public var buffer: [UInt8] = []
  /// How many buffered bytes trigger a write in ``flushIfFull()`` (1 MiB).
  public let chunkSize = 1 << 20
  private var descriptor: Int32
  private let ownsDescriptor: Bool

  /// Creates (or truncates) the file at `path`; `-` is standard output.
  ///
  /// - Throws: ``ExportError`` when the file cannot be created.
  public init(path: String) throws(ExportError) {
    self.path = path
    if path == "-" {
      descriptor = STDOUT_FILENO
      ownsDescriptor = false
    } else {
      descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
      ownsDescriptor = true
      guard descriptor >= 0 else { throw ExportError(path: path, errorNumber: errno, doing: "create") }
    }
    buffer.reserveCapacity(chunkSize + (64 << 10))
  }

  deinit {
    if ownsDescriptor, descriptor >= 0 { _ = closeDescriptor(descriptor) }
  }

  /// Writes the buffer if it holds at least ``chunkSize`` bytes.
  public func flushIfFull() throws(ExportError) {
    if buffer.count >= chunkSize { try flush() }
  }

  /// Writes everything buffered.
  public func flush() throws(ExportError) {
    guard descriptor >= 0 else { throw ExportError(path: path, message: "The file is already closed.") }
    var written = 0
    var failure: Int32?
    buffer.withUnsafeBytes { bytes in
      while written < bytes.count {
        let result = write(descriptor, bytes.baseAddress.map { $0 + written }, bytes.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        written += result
      }
    }
    buffer.removeAll(keepingCapacity: true)
    if let failure { throw ExportError(path: path, errorNumber: failure, doing: "write") }
  }

  /// Writes everything buffered and closes the file.
  public func close() throws(ExportError) {
    try flush()
    guard ownsDescriptor else { return }
    let result = closeDescriptor(descriptor)
    descriptor = -1
    if result != 0 { throw ExportError(path: path, errorNumber: errno, doing: "close") }
  }
}

/// `close(2)`, out of reach of ``ExportOutput/close()``'s name.
private func closeDescriptor(_ descriptor: Int32) -> Int32 {
  close(descriptor)
}

/// An output file that cannot be written: the one failure that stops an export.
public struct ExportError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The output file.
  public var path: String
  /// What went wrong.
  public var message: String

  /// Creates an error.
  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  init(path: String, errorNumber: Int32, doing action: String) {
    self.init(path: path, message: "Cannot \(action) the file: \(String(cString: strerror(errorNumber))).")
  }

  /// `PATH: message`.
  public var description: String { "\(path): \(message)" }
}
