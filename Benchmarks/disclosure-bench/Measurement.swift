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
  /// The process's CPU seconds (user and system, every thread) over all timed rounds.
  var cpuSeconds: Double = 0

  var medianSeconds: Double { seconds.isEmpty ? 0 : seconds[seconds.count / 2] }
  /// Throughput in MB/s (10^6 bytes) from the median, the fastest and the slowest round.
  var medianMBps: Double { rate(medianSeconds) }
  var maximumMBps: Double { rate(seconds.first ?? 0) }
  var minimumMBps: Double { rate(seconds.last ?? 0) }
  var reportsPerSecond: Double { medianSeconds > 0 ? Double(reports) / medianSeconds : 0 }
  /// How many cores were busy on average over the timed rounds: CPU seconds over
  /// wall-clock seconds (1.0 for one thread that never waits; up to the core count).
  var coresBusy: Double {
    let wall = seconds.reduce(0, +)
    return wall > 0 ? cpuSeconds / wall : 0
  }
  /// MB (10^6 bytes) processed per CPU second over the timed rounds: the speed of
  /// one busy core. Equal to the MB/s of a one-thread figure; for an all-cores figure,
  /// lower than the one-thread figure's when the cores slow each other down, and
  /// higher only when the work itself got cheaper.
  var mbPerCPUSecond: Double {
    cpuSeconds > 0 ? Double(bytes) * Double(seconds.count) / 1_000_000 / cpuSeconds : 0
  }

  private func rate(_ time: Double) -> Double { time > 0 ? Double(bytes) / 1_000_000 / time : 0 }
}

/// Runs `body` once to warm up, then `rounds` timed times. The body returns a number
/// derived from its work, so the optimizer cannot drop it.
func measure(
  _ key: String, _ title: String, bytes: Int, reports: Int, rounds: Int, _ body: () -> Int
) -> Figure {
  var sink = body()
  var seconds: [Double] = []
  let cpuStart = processCPUSeconds()
  for _ in 0..<rounds {
    let start = DispatchTime.now().uptimeNanoseconds
    sink &+= body()
    seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  let cpu = processCPUSeconds() - cpuStart
  blackHole(sink)
  return Figure(
    key: key, title: title, bytes: bytes, reports: reports, seconds: seconds.sorted(), cpuSeconds: cpu)
}

/// The same for an `async` body (the corpus API).
@MainActor func measureAsync(
  _ key: String, _ title: String, bytes: Int, reports: Int, rounds: Int, _ body: () async -> Int
) async -> Figure {
  var sink = await body()
  var seconds: [Double] = []
  let cpuStart = processCPUSeconds()
  for _ in 0..<rounds {
    let start = DispatchTime.now().uptimeNanoseconds
    sink &+= await body()
    seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  let cpu = processCPUSeconds() - cpuStart
  blackHole(sink)
  return Figure(
    key: key, title: title, bytes: bytes, reports: reports, seconds: seconds.sorted(), cpuSeconds: cpu)
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

/// The CPU seconds this process has used so far, user and system, over every thread.
/// Zero where `getrusage` fails, which makes the CPU figures read zero too.
func processCPUSeconds() -> Double {
  var usage = rusage()
  guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
  func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
  return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// A total that threads add to under a lock: the side-by-side figure's sink.
final class Tally: @unchecked Sendable {
  private let lock = NSLock()
  private var sum = 0

  func add(_ value: Int) {
    lock.lock()
    sum &+= value
    lock.unlock()
  }

  var total: Int {
    lock.lock()
    defer { lock.unlock() }
    return sum
  }
}
