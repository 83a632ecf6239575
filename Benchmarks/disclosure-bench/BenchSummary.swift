import Foundation

/// Every figure of a run, as a table for people or one JSON object for tools.
struct BenchSummary {
  var figures: [Figure]
  var peakResidentMB: Double
  var cores: Int
  var rounds: Int
  var seed: UInt64
  var cleanReports: Int
  var cleanBytes: Int
  var damagedReports: Int
  var damagedBytes: Int
  var generationSeconds: Double

  var memchrMBps: Double { figures.first { $0.key == "memchr" }?.medianMBps ?? 0 }

  func table() -> String {
    var lines = [
      String(
        format: "corpus: clean %d reports, %.1f MB; damaged %d reports, %.1f MB (seed %llu, generated in %.1f s)",
        cleanReports, Double(cleanBytes) / 1e6, damagedReports, Double(damagedBytes) / 1e6, seed, generationSeconds),
      "\(rounds) timed rounds after a warm-up; MB = 10^6 bytes; \(cores) active cores",
      "",
      "figure                                          median MB/s      min      max   reports/s   × memchr  cores busy  MB/CPU-s",
    ]
    for figure in figures {
      // Typed, so that a run without `memchr` passes 0.0, not an `Int` 0 that would
      // shift every `%f` after it.
      let ratio: Double = memchrMBps > 0 ? figure.medianMBps / memchrMBps : 0
      lines.append(
        String(
          format: "%@ %12.1f %8.1f %8.1f %11.0f   %8.4f  %10.2f  %8.1f", padded(figure.title, 46) as NSString,
          figure.medianMBps, figure.minimumMBps, figure.maximumMBps, figure.reportsPerSecond, ratio,
          figure.coresBusy, figure.mbPerCPUSecond))
    }
    lines.append("")
    lines.append(
      String(
        format: "peak resident set: %.1f MB (the corpora themselves are %.1f MB)", peakResidentMB,
        Double(cleanBytes + damagedBytes) / 1e6))
    return lines.joined(separator: "\n")
  }

  func json() -> String {
    var fields: [(String, String)] = [
      ("seed", String(seed)), ("rounds", String(rounds)), ("cores", String(cores)),
      ("cleanReports", String(cleanReports)), ("cleanMB", number(Double(cleanBytes) / 1e6)),
      ("damagedReports", String(damagedReports)), ("damagedMB", number(Double(damagedBytes) / 1e6)),
      ("generationSeconds", number(generationSeconds)),
    ]
    for figure in figures {
      fields.append(("\(figure.key)MBps", number(figure.medianMBps)))
      fields.append(("\(figure.key)MBpsMin", number(figure.minimumMBps)))
      fields.append(("\(figure.key)MBpsMax", number(figure.maximumMBps)))
      fields.append(("\(figure.key)ReportsPerSecond", number(figure.reportsPerSecond)))
      fields.append(("\(figure.key)VsMemchr", number(memchrMBps > 0 ? figure.medianMBps / memchrMBps : 0, digits: 6)))
      fields.append(("\(figure.key)CoresBusy", number(figure.coresBusy)))
      fields.append(("\(figure.key)MBPerCPUSecond", number(figure.mbPerCPUSecond)))
    }
    fields.append(("peakResidentMB", number(peakResidentMB)))
    return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
  }

  private func padded(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }

  private func number(_ value: Double, digits: Int = 3) -> String {
    value.isFinite ? String(format: "%.\(digits)f", value) : "0"
  }
}
