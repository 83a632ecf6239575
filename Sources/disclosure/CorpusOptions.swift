import DisclosureKit
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The options that `export` and `stats` share.
enum CorpusOptions {
  static let options: Set<String> = ["--glob", "--layout", "--encoding"]
  static let flags: Set<String> = ["--lenient", "--blank-as-zero", "--progress"]
}

/// Progress on standard error: rewritten in place on a terminal, a line every few
/// seconds with `--progress` elsewhere, nothing otherwise.
struct ProgressDisplay: Sendable {
  let terminal: Bool
  let enabled: Bool

  init(_ invocation: Invocation) {
    terminal = isatty(STDERR_FILENO) == 1
    enabled = terminal || invocation.flags.contains("--progress")
  }

  /// How often to show it: often on a terminal, seldom in a log.
  var interval: Duration { terminal ? .milliseconds(200) : .seconds(2) }

  /// The callback for the library, or `nil` when progress is not shown.
  var callback: (@Sendable (ExportProgress) -> Void)? {
    guard enabled else { return nil }
    let terminal = terminal
    return { progress in
      let line = terminal ? "\r\u{1B}[K\(progress.formatted)" : "\(progress.formatted)\n"
      FileHandle.standardError.write(Data(line.utf8))
    }
  }

  /// Ends the line that a terminal display rewrote.
  func finish() {
    if enabled, terminal { FileHandle.standardError.write(Data("\n".utf8)) }
  }
}
