import DisclosureKit
import Foundation

/// `disclosure`: parse government information disclosure annual reports, one or a
/// whole corpus.
///
/// ```
/// disclosure parse [--format fields|json] [--layout NAME] [--encoding NAME] [--lenient] [--blank-as-zero] FILE|-
/// disclosure detect [--encoding NAME] [--lenient] FILE|-
/// disclosure export (--csv OUT.csv | --jsonl OUT.jsonl)… [--excel] [--glob PATTERN] [--progress] [parse options] PATH…
/// disclosure stats [--format text|json] [--glob PATTERN] [--progress] [parse options] PATH…
/// ```
@main
struct CommandLineTool {
  static let usage = """
    usage: disclosure parse [--format fields|json] [--layout NAME] [--encoding NAME] [--lenient] [--blank-as-zero] FILE|-
           disclosure detect [--encoding NAME] [--lenient] FILE|-
           disclosure export [--csv OUT.csv] [--jsonl OUT.jsonl] [--excel] [--glob PATTERN] [--progress]
                             [--layout NAME] [--encoding NAME] [--lenient] [--blank-as-zero] PATH...
           disclosure stats [--format text|json] [--glob PATTERN] [--progress]
                            [--layout NAME] [--encoding NAME] [--lenient] [--blank-as-zero] PATH...

    parse   prints every canonical field of the report (key<TAB>value, empty for null)
            and the six checks; --format json prints the whole report as JSON.
    detect  prints the chosen layout and each adapter's score.
    export  reads every report under the PATHs (files, or folders searched recursively)
            on all cores and writes one table: --csv a CSV row per file (RFC 4180,
            UTF-8, CRLF; --excel adds a byte-order mark for Excel and puts an
            apostrophe before text that begins with = + - @, so that it is not run as
            a formula), --jsonl a JSON object per line; at least one of the two (- for
            standard output). Rows
            are in path order; a file that is not a report gets a row with its error.
            A summary goes to standard error at the end.
    stats   prints totals across the reports under the PATHs in which no check fails:
            applications received by year and edition, outcome shares, review and
            litigation counts, and how many files were left out and why.

    layouts: tsv, markdown, cell-per-line (detected when --layout is not given)
    encodings: utf-8, utf-16le, utf-16be, gb18030 (detected when --encoding is not given)
    --lenient        replace bytes that are invalid in the encoding with U+FFFD (one
                     diagnostic per damaged line) instead of refusing the file
    --blank-as-zero  read an empty table cell as 0 (when its column is certain) instead
                     of null; the output records that the option was used
    --glob PATTERN   keep only the files in the folders whose name matches PATTERN
                     (fnmatch: *.txt); a PATTERN with / matches the path below the folder
    --progress       show progress on standard error even when it is not a terminal

    -h, --help       print this text; --  end the options (a PATH after it may begin with -)

    exit status: 0 done; 1 no report could be read (parse: the file is not a report);
                 2 usage error; 3 (export) an output file cannot be written
    """

  static func main() async {
    var arguments = Array(CommandLine.arguments.dropFirst())
    guard let command = arguments.first else { fail(usage, status: 2) }
    arguments.removeFirst()
    do {
      switch command {
      case "parse":
        try ParseCommand.parse(
          Invocation(
            arguments, allowed: ["--format", "--layout", "--encoding"], flags: ["--lenient", "--blank-as-zero"]))
      case "detect":
        try ParseCommand.detect(Invocation(arguments, allowed: ["--encoding"], flags: ["--lenient"]))
      case "export":
        try await ExportCommand.run(
          Invocation(
            arguments, allowed: CorpusOptions.options.union(["--csv", "--jsonl"]),
            flags: CorpusOptions.flags.union(["--excel"]), manyPaths: true))
      case "stats":
        try await StatsCommand.run(
          Invocation(
            arguments, allowed: CorpusOptions.options.union(["--format"]), flags: CorpusOptions.flags,
            manyPaths: true))
      case "-h", "--help", "help":
        print(usage)
      default:
        fail("disclosure: unknown command '\(command)'\n\(usage)", status: 2)
      }
    } catch is HelpRequest {
      print(usage)
    } catch let error as UsageError {
      fail("disclosure: \(error.message)\n\(usage)", status: 2)
    } catch let error as DisclosureError {
      fail("disclosure: \(error.description)", status: 1)
    } catch let error as ExportError {
      fail("disclosure: \(error.description)", status: 3)
    } catch {
      fail("disclosure: \(error)", status: 1)
    }
  }

  static func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(status)
  }
}
