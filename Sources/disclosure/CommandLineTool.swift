import DisclosureKit
import Foundation

/// `disclosure`: parse government information disclosure annual reports.
///
/// ```
/// disclosure parse [--format fields|json] [--layout NAME] [--encoding NAME] [--lenient] FILE|-
/// disclosure detect [--encoding NAME] [--lenient] FILE|-
/// ```
@main
struct CommandLineTool {
  static let usage = """
    usage: disclosure parse [--format fields|json] [--layout NAME] [--encoding NAME] [--lenient] FILE|-
           disclosure detect [--encoding NAME] [--lenient] FILE|-

    parse   prints every canonical field of the report (key<TAB>value, empty for null)
            and the six checks; --format json prints the whole report as JSON.
    detect  prints the chosen layout and each adapter's score.

    layouts: tsv, markdown, cell-per-line (detected when --layout is not given)
    encodings: utf-8, utf-16le, utf-16be, gb18030 (detected when --encoding is not given)
    --lenient  replace bytes that are invalid in the encoding with U+FFFD (one diagnostic
               per damaged line) instead of refusing the file
    """

  static func main() {
    var arguments = Array(CommandLine.arguments.dropFirst())
    guard let command = arguments.first else { fail(usage, status: 2) }
    arguments.removeFirst()
    do {
      switch command {
      case "parse":
        let invocation = try Invocation(
          arguments, allowed: ["--format", "--layout", "--encoding"], flags: ["--lenient", "--blank-as-zero"])
        try runParse(invocation)
      case "detect":
        let invocation = try Invocation(arguments, allowed: ["--encoding"], flags: ["--lenient"])
        try runDetect(invocation)
      case "-h", "--help", "help":
        print(usage)
      default:
        fail("disclosure: unknown command '\(command)'\n\(usage)", status: 2)
      }
    } catch let error as UsageError {
      fail("disclosure: \(error.message)\n\(usage)", status: 2)
    } catch let error as DisclosureError {
      fail("disclosure: \(error.description)", status: 1)
    } catch {
      fail("disclosure: \(error)", status: 1)
    }
  }

  static func runParse(_ invocation: Invocation) throws {
    let format = invocation.options["--format"] ?? "fields"
    guard format == "fields" || format == "json" else {
      throw UsageError("--format takes fields or json, not '\(format)'")
    }
    var options = ParseOptions(layout: invocation.options["--layout"])
    options.encoding = try invocation.encoding()
    options.lenientDecoding = invocation.flags.contains("--lenient")
    options.blankAsZero = invocation.flags.contains("--blank-as-zero")
    let parser = ReportParser(registry: .standard, options: options)
    let report = try parser.parse(try invocation.readInput(limit: options.maximumInputBytes))
    if format == "json" {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let data = try encoder.encode(report)
      FileHandle.standardOutput.write(data)
      FileHandle.standardOutput.write(Data("\n".utf8))
    } else {
      FileHandle.standardOutput.write(Data(report.formattedFields().utf8))
    }
  }

  static func runDetect(_ invocation: Invocation) throws {
    let bytes = try invocation.readInput(limit: ParseOptions().maximumInputBytes)
    let (text, encoding) = try TextDecoder.decode(
      bytes, encoding: try invocation.encoding(), lenient: invocation.flags.contains("--lenient"))
    let detection = LayoutRegistry.standard.detect(text)
    var output = "layout\t\(detection.chosen ?? "none")\nencoding\t\(encoding.rawValue)\n"
    for score in detection.scores {
      output += "score.\(score.layout)\t\(String(format: "%.3f", score.score))\n"
    }
    FileHandle.standardOutput.write(Data(output.utf8))
  }

  static func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(status)
  }
}

/// A mistake in the command line itself.
struct UsageError: Error {
  var message: String
  init(_ message: String) { self.message = message }
}

/// The options, flags and the one input path of a command.
struct Invocation {
  var options: [String: String] = [:]
  var flags: Set<String> = []
  var path: String

  init(_ arguments: [String], allowed: Set<String>, flags allowedFlags: Set<String> = []) throws {
    var path: String?
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if argument.hasPrefix("--") {
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
      } else {
        guard path == nil else { throw UsageError("give one FILE, or - for standard input") }
        path = argument
      }
      index += 1
    }
    guard let path else { throw UsageError("give a FILE, or - for standard input") }
    self.path = path
  }

  func encoding() throws -> TextEncoding? {
    guard let name = options["--encoding"] else { return nil }
    guard let encoding = TextEncoding(rawValue: name.lowercased()) else {
      throw UsageError(
        "--encoding takes \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")), not '\(name)'")
    }
    return encoding
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
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
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
