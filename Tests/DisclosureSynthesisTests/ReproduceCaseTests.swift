import DisclosureKit
import DisclosureSynthesis
import Foundation
import Testing

/// Reproduces one synthetic case without writing code:
///
///     SYNTHESIS_CASE='report=0x1f2e;layout=markdown;damage=missingCell,rowsLost;seed=0x9' \
///       swift test --filter ReproduceCaseTests
///
/// (add `;broken=1.0;zero=0.25` for a report drawn with other shares)
///
/// prints the rendered text with line numbers, the damage notes, and every value,
/// check and diagnostic that differs from the truth (`swift test` may hide the
/// print; `SYNTHESIS_REPORT=/path` also writes it to a file).
@Suite("Reproduce one synthetic case")
struct ReproduceCaseTests {
  static let specification = ProcessInfo.processInfo.environment["SYNTHESIS_CASE"]

  @Test("Render and parse the case in SYNTHESIS_CASE", .enabled(if: specification != nil))
  func reproduce() throws {
    var parts: [String: String] = [:]
    for item in (Self.specification ?? "").split(separator: ";") {
      let pair = item.split(separator: "=", maxSplits: 1).map(String.init)
      if pair.count == 2 { parts[pair[0]] = pair[1] }
    }
    func number(_ text: String?) -> UInt64? {
      guard let text else { return nil }
      return text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
    }
    let report = SyntheticReport(
      seed: try #require(number(parts["report"])), brokenShare: Double(parts["broken"] ?? "") ?? 0.1,
      zeroShare: Double(parts["zero"] ?? "") ?? 0.25)
    let layout = try #require(SyntheticLayout(rawValue: parts["layout"] ?? "tsv"))
    let damage = Set((parts["damage"] ?? "").split(separator: ",").compactMap { DamageKind(rawValue: String($0)) })
    let rendered = report.render(layout, damage: damage, seed: number(parts["seed"]) ?? 0)
    // Split on the line feed byte: "\r\n" is one Character, so a `Character` split
    // would leave a CRLF text as one line.
    let lines = rendered.text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map { String(decoding: $0, as: UTF8.self) }
    var details = lines.enumerated().map { "\($0.offset + 1)\t\($0.element)" }
    details += rendered.damageNotes
    let evaluation = CorpusEvaluation(rendered)
    for failure in evaluation.failures {
      details.append(
        "\(failure.category.rawValue) \(failure.key): expected \(failure.expected), got \(failure.got); "
          + failure.diagnostics.joined(separator: " | "))
    }
    print(details.joined(separator: "\n"))
    if let path = ProcessInfo.processInfo.environment["SYNTHESIS_REPORT"] {
      try (details.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
    if !evaluation.failures.isEmpty {
      Issue.record(Comment(rawValue: details.joined(separator: "\n")))
    }
  }
}
