import Foundation

/// How far a corpus run (``CorpusExport`` or ``CorpusStatistics``) has got, handed
/// to its progress callback every so often and once at the end.
public struct ExportProgress: Sendable, Hashable {
  /// Files done (parsed or failed), in order.
  public var done: Int
  /// Files in the corpus.
  public var total: Int
  /// Files that were not reports so far.
  public var failures: Int
  /// Seconds since the run started.
  public var elapsedSeconds: Double

  /// Creates a progress report.
  public init(done: Int, total: Int, failures: Int, elapsedSeconds: Double) {
    self.done = done
    self.total = total
    self.failures = failures
    self.elapsedSeconds = elapsedSeconds
  }

  /// Files done per second so far (0 before any time has passed).
  public var filesPerSecond: Double {
    elapsedSeconds > 0 ? Double(done) / elapsedSeconds : 0
  }

  /// Whether every file is done.
  public var isFinished: Bool { done >= total }

  /// One line for people: `1234/100000 files, 812.5 files/s, 3 failed`.
  public var formatted: String {
    String(format: "%d/%d files, %.1f files/s, %d failed", done, total, filesPerSecond, failures)
  }
}

/// Decides when a run reports its progress: at most once per interval, and at the end.
struct ProgressMeter {
  let total: Int
  let interval: Duration
  let clock = ContinuousClock()
  let start: ContinuousClock.Instant
  var last: ContinuousClock.Instant

  init(total: Int, interval: Duration) {
    self.total = total
    self.interval = interval
    start = clock.now
    last = start
  }

  /// Seconds since the start.
  var elapsedSeconds: Double {
    let elapsed = clock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  /// The progress to report after `done` files, or `nil` when it is not yet time.
  mutating func tick(done: Int, failures: Int) -> ExportProgress? {
    let now = clock.now
    guard done >= total || now - last >= interval else { return nil }
    last = now
    return ExportProgress(done: done, total: total, failures: failures, elapsedSeconds: elapsedSeconds)
  }
}
