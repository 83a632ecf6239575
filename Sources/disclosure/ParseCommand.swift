import DisclosureKit
import Foundation

/// `disclosure parse` and `disclosure detect`: one report.
enum ParseCommand {
  static func parse(_ invocation: Invocation) throws {
    let format = invocation.options["--format"] ?? "fields"
    guard format == "fields" || format == "json" else {
      throw UsageError("--format takes fields or json, not '\(format)'")
    }
    let options = try invocation.parseOptions()
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

  static func detect(_ invocation: Invocation) throws {
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
}
