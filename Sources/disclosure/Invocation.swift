import DisclosureKit
import Foundation

/// A mistake in the command line itself.
struct UsageError: Error {
  var message: String
  init(_ message: String) { self.message = message }
}

/// `-h` or `--help` among a command's arguments: the usage is printed, and nothing
/// else is done.
struct HelpRequest: Error {}

/// The options, flags and input paths of a command.
///
/// `-h` or `--help` anywhere asks for the usage; `--` ends the options, so that a
/// path that begins with `-` can follow it.

struct Invocation {
  var options: [String: String] = [:]
  var flags: Set<String> = []
  var paths: [String] = []

  /// The one input of `parse` and `detect`.
  var path: String { paths.first ?? "-" }

  /// Reads `arguments`; `manyPaths` allows one or more paths (else exactly one).
  init(_ arguments: [String], allowed: Set<String>, flags allowedFlags: Set<String> = [], manyPaths: Bool = false)
    throws
  {
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let argument = arguments[index]
      if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
        guard manyPaths || paths.isEmpty else { throw UsageError("give one FILE, or - for standard input") }
        paths.append(argument)
      } else if argument == "--" {
        optionsEnded = true
      } else if argument == "-h" || argument == "--help" {
        throw HelpRequest()
      } else if !argument.hasPrefix("--") {
        throw UsageError("unknown option '\(argument)' (give -- before a PATH that begins with -)")
      } else {
        var name = argument
        var value: String?
        if let equals = argument.firstIndex(of: "=") {
          name = String(argument[..<equals])
          value = String(argument[argument.index(after: equals)...])
        }
        if allowedFlags.contains(name) {
          guard value == nil else { throw UsageError("\(name) takes no value") }
          flags.insert(name)
          index += 1
          continue
        }
        guard allowed.contains(name) else { throw UsageError("unknown option '\(name)'") }
        if value == nil {
          index += 1
          guard index < arguments.count else { throw UsageError("\(name) needs a value") }
          value = arguments[index]
        }
        options[name] = value
      }
      index += 1
    }
    guard !paths.isEmpty else {
      throw UsageError(
        manyPaths ? "give at least one PATH (a file or a folder)" : "give a FILE, or - for standard input")
    }
  }

  func encoding() throws -> TextEncoding? {
    guard let name = options["--encoding"] else { return nil }
    guard let encoding = TextEncoding(rawValue: name.lowercased()) else {
      throw UsageError(
        "--encoding takes \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")), not '\(name)'")
    }
    return encoding
  }

  /// The parse options named on the command line.
  func parseOptions() throws -> ParseOptions {
    var options = ParseOptions(layout: self.options["--layout"])
    options.encoding = try encoding()
    options.lenientDecoding = flags.contains("--lenient")
    options.blankAsZero = flags.contains("--blank-as-zero")
    return options
  }

  func readInput(limit: Int) throws -> [UInt8] {
    if path == "-" {
      // Read at most one byte more than the limit, so the parser can refuse the
      // input as too large without holding all of it.
      var bytes: [UInt8] = []
      while bytes.count <= limit {
        let chunk = FileHandle.standardInput.readData(ofLength: min(1 << 20, limit + 1 - bytes.count))
        if chunk.isEmpty { break }
        bytes.append(contentsOf: chunk)
      }
      return bytes
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw DisclosureError(
        .unreadable, "The file \(path) does not exist.", suggestion: "Check the path, or give - to read standard input."
      )
    }
    guard !isDirectory.boolValue else {
      throw DisclosureError(.unreadable, "\(path) is a folder, not a file.", suggestion: "Give one report file.")
    }
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular {
      // A pipe, a socket or a device: reading it could wait for ever or never end.
      throw DisclosureError(.unreadable, "\(path) is not a regular file.", suggestion: "Give one report file.")
    }
    if let size = attributes?[.size] as? Int, size > limit {
      throw DisclosureError(
        .tooLarge, "The file \(path) has \(size) bytes, more than the limit of \(limit).", byteOffset: limit,
        suggestion: "A report is far smaller: check that this is the right file.")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DisclosureError(.unreadable, "The file \(path) cannot be read.", suggestion: "Check its permissions.")
    }
    return [UInt8](data)
  }
}
