import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One timed figure: a body run over some bytes, repeated after a warm-up.
struct Figure {
  /// The stable JSON name, in lowerCamelCase (`endToEndSingle`); the JSON fields add
  /// `MBps`, `MBpsMin`, `MBpsMax` and `ReportsPerSecond`.
  var key: String
  /// What the table shows.
  var title: String
  /// Bytes processed per round.
  var bytes: Int
  /// Reports processed per round.
  var reports: Int
  /// Seconds per round, sorted.
  var seconds: [Double]

  var medianSeconds: Double { seconds.isEmpty ? 0 : seconds[seconds.count / 2] }
  /// Throughput in MB/s (10^6 bytes) from the median, the fastest and the slowest round.
  var medianMBps: Double { rate(medianSeconds) }
  var maximumMBps: Double { rate(seconds.first ?? 0) }
  var minimumMBps: Double { rate(seconds.last ?? 0) }
  var reportsPerSecond: Double { medianSeconds > 0 ? Double(reports) / medianSeconds : 0 }

  private func rate(_ time: Double) -> Double { time > 0 ? Double(bytes) / 1_000_000 / time : 0 }
}

/// Runs `body` once to warm up, then `rounds` timed times. The body returns a number
/// derived from its work, so the optimizer cannot drop it.
func measure(
  _ key: String, _ title: String, bytes: Int, reports: Int, rounds: Int, _ body: () -> Int
) -> Figure {
  var sink = body()
  var seconds: [Double] = []
  for _ in 0..<rounds {
    let start = DispatchTime.now().uptimeNanoseconds
    sink &+= body()
    seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  blackHole(sink)
  return Figure(key: key, title: title, bytes: bytes, reports: reports, seconds: seconds.sorted())
}

/// The same for an `async` body (the corpus API).
@MainActor func measureAsync(
  _ key: String, _ title: String, bytes: Int, reports: Int, rounds: Int, _ body: () async -> Int
) async -> Figure {
  var sink = await body()
  var seconds: [Double] = []
  for _ in 0..<rounds {
    let start = DispatchTime.now().uptimeNanoseconds
    sink &+= await body()
    seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  blackHole(sink)
  return Figure(key: key, title: title, bytes: bytes, reports: reports, seconds: seconds.sorted())
}

@inline(never)
func blackHole(_ value: Int) {
  if value == 0x7FFF_FFFF_FFFF_FFF1 { print("") }
}

/// The peak resident set size of this process so far, in MB (10^6 bytes).
func peakResidentMB() -> Double {
  var usage = rusage()
  guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
  // Linux reports kilobytes.
  return Double(usage.ru_maxrss) * 1024 / 1_000_000
}
