// disclosure-bench: end-to-end parse throughput, against a memchr newline scan.
//
//   swift run -c release disclosure-bench [--repeat N] [FILE ...]
//
// Without files it reads the fixture reports under Tests/DisclosureKitTests/Fixtures
// (run it from the package root). Every figure is the median of N timed rounds after
// one warm-up round. The corpus generator, parallel figures and JSON output of the
// benchmark issue are not here yet.

import DisclosureKit
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

struct Options {
  var rounds = 7
  var files: [String] = []

  init(_ arguments: [String]) {
    var index = 0
    while index < arguments.count {
      if arguments[index] == "--repeat", index + 1 < arguments.count, let value = Int(arguments[index + 1]), value > 0 {
        rounds = value
        index += 2
      } else {
        files.append(arguments[index])
        index += 1
      }
    }
  }
}

func fixtureFiles() -> [String] {
  let root = "Tests/DisclosureKitTests/Fixtures"
  guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
  return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.sorted().map { "\(root)/\($0)" }
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

/// Times `body` over `rounds` rounds after a warm-up; returns seconds per round.
func measure(rounds: Int, _ body: () -> Int) -> (median: Double, minimum: Double, maximum: Double, check: Int) {
  var check = body()
  var times: [Double] = []
  for _ in 0..<rounds {
    let start = DispatchTime.now().uptimeNanoseconds
    check &+= body()
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  return (median(times), times.min() ?? 0, times.max() ?? 0, check)
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let paths = options.files.isEmpty ? fixtureFiles() : options.files
let inputs = paths.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
guard !inputs.isEmpty else {
  FileHandle.standardError.write(
    Data("disclosure-bench: no input files (run from the package root, or name files)\n".utf8))
  exit(2)
}
// Repeat the corpus so one round takes long enough to time (about 64 MiB).
let single = inputs.reduce(0) { $0 + $1.count }
let copies = max(1, (64 << 20) / max(single, 1))
let megabytes = Double(single * copies) / 1_048_576
let parser = ReportParser.standard

let memchrScan = measure(rounds: options.rounds) {
  var lines = 0
  for _ in 0..<copies {
    for input in inputs {
      input.withUnsafeBufferPointer { buffer in
        guard var cursor = buffer.baseAddress else { return }
        let end = cursor + buffer.count
        while cursor < end, let found = memchr(cursor, 0x0A, end - cursor) {
          lines += 1
          cursor = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) + 1
        }
      }
    }
  }
  return lines
}

let endToEnd = measure(rounds: options.rounds) {
  var values = 0
  for _ in 0..<copies {
    for input in inputs {
      if let report = try? parser.parse(input) { values &+= report.fields.count }
    }
  }
  return values
}

func row(_ name: String, _ figure: (median: Double, minimum: Double, maximum: Double, check: Int)) -> String {
  let rate = megabytes / figure.median
  let ratio = rate / (megabytes / memchrScan.median)
  return
    "\(name.padding(toLength: 28, withPad: " ", startingAt: 0)) \(String(format: "%9.1f MB/s  (min %.1f, max %.1f)  %.4f× memchr", rate, megabytes / figure.maximum, megabytes / figure.minimum, ratio))"
}

print(
  "corpus: \(inputs.count) files × \(copies) copies = \(String(format: "%.1f", megabytes)) MB; \(options.rounds) rounds after a warm-up"
)
print(row("memchr newline scan", memchrScan))
print(row("end to end, one thread", endToEnd))
print(String(format: "reports/s, one thread: %.0f", Double(inputs.count * copies) / endToEnd.median))
