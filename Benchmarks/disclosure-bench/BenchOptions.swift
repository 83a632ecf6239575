/// The command line of `disclosure-bench`.
struct BenchOptions {
  /// The size of each generated corpus (mixed clean, and damaged), in MB (10^6 bytes).
  var megabytes = 200.0
  /// The generator seed: the same seed gives the same corpus, byte for byte.
  var seed: UInt64 = 2024
  /// Timed rounds per measurement, after one untimed warm-up round.
  var rounds = 3
  /// Print one JSON object instead of the table.
  var json = false
  /// Write the generated corpus here (one report a file, plus `manifest.tsv`) and stop.
  var writeCorpus: String?
  /// Parse every file under this folder with the corpus API and report throughput
  /// and peak memory, instead of the generated-corpus measurements.
  var directory: String?
  /// Measure only the figures with these keys (`interpreter`, `endToEndSingle`, …),
  /// or every figure when `nil`: for profiling one stage.
  var only: Set<String>?

  /// Whether the figure named `key` is to be measured.
  func wants(_ key: String) -> Bool { only?.contains(key) ?? true }

  static let usage = """
    usage: disclosure-bench [--megabytes N] [--seed S] [--rounds R] [--only KEY,...] [--json]
           disclosure-bench --write-corpus DIR [--megabytes N] [--seed S]
           disclosure-bench --directory DIR [--rounds R] [--json]

      --megabytes N       size of each generated corpus in MB (default 200)
      --seed S            generator seed (default 2024)
      --rounds R          timed rounds per figure after a warm-up (default 3)
      --only KEY,...      measure only these figures (their JSON names without MBps,
                          such as interpreter or endToEndSingle), to profile one stage
      --json              print one JSON object with every figure
      --write-corpus DIR  write the corpus as files with a manifest, then stop
      --directory DIR     parse the files under DIR from disk on all cores
    """

  /// Parses `arguments`; returns a message for a usage error.
  init(_ arguments: [String]) throws(UsageError) {
    var index = 0
    func value(_ name: String) throws(UsageError) -> String {
      index += 1
      guard index < arguments.count else { throw UsageError("\(name) needs a value") }
      return arguments[index]
    }
    while index < arguments.count {
      let argument = arguments[index]
      switch argument {
      case "--megabytes":
        guard let number = Double(try value(argument)), number > 0 else {
          throw UsageError("--megabytes needs a positive number")
        }
        megabytes = number
      case "--seed":
        guard let number = UInt64(try value(argument)) else { throw UsageError("--seed needs a whole number") }
        seed = number
      case "--rounds":
        guard let number = Int(try value(argument)), number > 0 else {
          throw UsageError("--rounds needs a positive whole number")
        }
        rounds = number
      case "--only": only = Set(try value(argument).split(separator: ",").map(String.init))
      case "--json": json = true
      case "--write-corpus": writeCorpus = try value(argument)
      case "--directory": directory = try value(argument)
      case "--help", "-h": throw UsageError(nil)
      default: throw UsageError("unknown argument \(argument)")
      }
      index += 1
    }
  }
}

/// A command-line mistake, or a request for help (`message == nil`).
struct UsageError: Error {
  var message: String?
  init(_ message: String?) { self.message = message }
}
