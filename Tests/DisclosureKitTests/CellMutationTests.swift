import DisclosureKit
import Foundation
import Testing

/// Every real and hand-made fixture with one table cell taken out at every position
/// of every data row, or one empty cell put in at either end of it (the contract's
/// lost cells and extra empty columns), or one cell taken out of each of two data
/// rows, in all three layouts: each number the parser gives must be the fixture's
/// truth. A lost or extra cell may make values `null` (with a diagnostic), never
/// different. `MUTATION_PAIRS=N` tries N pairs a fixture instead of 400. Lines
/// taken out whole, or joined to the next, are tried too.
///
/// An empty cell put in between two cells of a row is not among the damage the
/// contract lists, and is not tried: in a row whose first or last column is blank,
/// nothing tells it from an empty end column (see Damage.md, "Not handled").
@Suite("One cell lost or added, anywhere")
struct CellMutationTests {
  static let fixtures = [
    "shanghai/shanghai-2019.tsv.txt", "shanghai/shanghai-2019.md.txt", "shanghai/shanghai-2019.cpl.txt",
    "handmade/h2019.tsv.txt", "handmade/h2019.md.txt", "handmade/h2019.cpl.txt",
    "handmade/h2021.tsv.txt", "handmade/h2021.md.txt", "handmade/h2021.cpl.txt",
  ]

  /// The fixture's truth: each key's value as the `--format fields` output gives
  /// it (empty for `null`).
  static func truth(_ path: String) throws -> [String: String] {
    var values: [String: String] = [:]
    for line in try Fixtures.expected(path).split(separator: "\n") {
      let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].hasPrefix("check."), !parts[0].hasPrefix("report.") else { continue }
      values[String(parts[0])] = String(parts[1])
    }
    return values
  }

  /// The cells of `line` when it is a data row (at least two cells, one of them a
  /// number) of a tab-separated (`tsv`) or Markdown (`md`) table; `nil` otherwise.
  static func dataCells(_ line: String, layout: String) -> [Substring]? {
    let cells: [Substring]
    if layout == "tsv" {
      cells = line.split(separator: "\t", omittingEmptySubsequences: false)
    } else {
      guard line.hasPrefix("|"), line.hasSuffix("|"), !line.contains("---") else { return nil }
      cells = line.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
    }
    guard cells.count >= 2, cells.contains(where: isNumber) else { return nil }
    return cells
  }

  /// `cells` written back as a line of `layout` (`tsv` or `md`).
  static func line(_ cells: [Substring], layout: String) -> String {
    layout == "tsv" ? cells.joined(separator: "\t") : "|" + cells.joined(separator: "|") + "|"
  }

  /// The rows of a cell-per-line text that hold a number: each a run of
  /// tab-prefixed lines, as the range of its line indices.
  static func cellLineDataRows(_ lines: [String]) -> [Range<Int>] {
    var rows: [Range<Int>] = []
    var start = 0
    while start < lines.count {
      var end = start
      while end < lines.count, lines[end].hasPrefix("\t") { end += 1 }
      if lines[start..<end].contains(where: { isNumber($0.dropFirst()) }) { rows.append(start..<end) }
      start = end + 1
    }
    return rows
  }

  /// The texts made by taking out, or putting in an empty cell at, each position
  /// of each table row of `text`, with a description of each.
  static func mutations(of text: String, layout: String) -> [(String, String)] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var results: [(String, String)] = []
    func add(_ description: String) { results.append((description, lines.joined(separator: "\n"))) }
    switch layout {
    case "tsv", "md":
      for index in lines.indices {
        let original = lines[index]
        guard let cells = dataCells(original, layout: layout) else { continue }
        for position in cells.indices {
          var shorter = cells
          shorter.remove(at: position)
          lines[index] = line(shorter, layout: layout)
          add("line \(index + 1): cell \(position + 1) taken out")
        }
        for position in [0, cells.count] {
          var longer = cells
          longer.insert(layout == "tsv" ? "" : " ", at: position)
          lines[index] = line(longer, layout: layout)
          add("line \(index + 1): empty cell put in at \(position + 1)")
        }
        lines[index] = original
      }
    default:
      for row in cellLineDataRows(lines) where row.count >= 2 {
        for position in row {
          let removed = lines.remove(at: position)
          add("line \(position + 1): cell line taken out")
          lines.insert(removed, at: position)
        }
        for position in [row.lowerBound, row.upperBound] {
          lines.insert("\t", at: position)
          add("line \(position + 1): empty cell line put in")
          lines.remove(at: position)
        }
      }
    }
    return results
  }

  /// Whether a cell's text is a plain number (digits, a sign, a point).
  static func isNumber(_ cell: Substring) -> Bool {
    let trimmed = cell.trimmingCharacters(in: .whitespaces)
    return !trimmed.isEmpty && trimmed.allSatisfy { "0123456789.-".contains($0) }
  }

  /// The texts made by taking one cell out of each of two data rows (rows holding a
  /// number) of `text`, `count` pairs drawn by a fixed generator (the same pairs on
  /// every run). Header rows are left whole: a header that lost a column under a
  /// row that lost the same column's cell reads as a consistent smaller table.
  static func pairs(of text: String, layout: String, count: Int) -> [(String, String)] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Each single removal, as the line index it changes and the line it leaves
    // (cell per line: the line index removed).
    var removals: [(line: Int, replacement: String?)] = []
    if layout == "cpl" {
      for row in cellLineDataRows(lines) { removals += row.map { ($0, nil) } }
    } else {
      for index in lines.indices {
        guard let cells = dataCells(lines[index], layout: layout) else { continue }
        for position in cells.indices {
          var shorter = cells
          shorter.remove(at: position)
          removals.append((index, line(shorter, layout: layout)))
        }
      }
    }
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33)
    }
    var results: [(String, String)] = []
    while results.count < count, removals.count > 1 {
      let first = removals[next() % removals.count]
      let second = removals[next() % removals.count]
      guard first.line != second.line else { continue }
      var changed: [String?] = lines
      changed[first.line] = first.replacement
      changed[second.line] = second.replacement
      results.append(
        (
          "lines \(first.line + 1) and \(second.line + 1) lost a cell",
          changed.compactMap { $0 }.joined(separator: "\n")
        ))
    }
    return results
  }

  /// The values that differ from `truth` in the reports parsed from `variants`,
  /// each described, and how many variants parsed.
  static func wrongValues(_ variants: [(String, String)], truth: [String: String]) -> (wrong: [String], parsed: Int) {
    var wrong: [String] = []
    var parsed = 0
    for (description, text) in variants {
      guard let report = try? ReportParser.standard.parse(Array(text.utf8)) else { continue }
      parsed += 1
      for field in report.fields {
        guard let value = field.value, let expected = truth[field.key], value.formatted != expected else { continue }
        wrong.append("\(description): \(field.key) = \(value.formatted), truth \(expected.isEmpty ? "null" : expected)")
      }
    }
    return (wrong, parsed)
  }

  /// Expects every variant to parse and every number read from it to be the truth.
  static func expectTruth(
    _ variants: [(String, String)], truth: [String: String], sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let (wrong, parsed) = wrongValues(variants, truth: truth)
    #expect(parsed == variants.count, sourceLocation: sourceLocation)
    #expect(wrong == [], "\(wrong.count) wrong values in \(variants.count) variants", sourceLocation: sourceLocation)
  }

  @Test("Two rows that lost a cell each: every number read is the truth", arguments: fixtures)
  func twoLostCells(_ path: String) throws {
    let truth = try Self.truth(path)
    let layout = String(path.split(separator: ".").dropLast().last ?? "")
    let count = Int(ProcessInfo.processInfo.environment["MUTATION_PAIRS"] ?? "") ?? 400
    let variants = Self.pairs(of: try Fixtures.text(path), layout: layout, count: count)
    #expect(variants.count == count)
    Self.expectTruth(variants, truth: truth)
  }

  @Test("A line taken out, or joined to the next: every number read is the truth", arguments: fixtures)
  func linesLostOrJoined(_ path: String) throws {
    let truth = try Self.truth(path)
    let lines = try Fixtures.text(path).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Joined as a converter that lost a line break would: a tab-separated line's
    // cells run on into the next line's; other layouts' lines meet directly.
    let glue = path.contains(".tsv.") ? "\t" : ""
    var variants: [(String, String)] = []
    for index in lines.indices {
      var changed = lines
      changed.remove(at: index)
      variants.append(("line \(index + 1) taken out", changed.joined(separator: "\n")))
      guard index + 1 < lines.count else { continue }
      var joined = lines
      joined[index] = lines[index] + glue + lines[index + 1]
      joined.remove(at: index + 1)
      variants.append(("lines \(index + 1) and \(index + 2) joined", joined.joined(separator: "\n")))
    }
    Self.expectTruth(variants, truth: truth)
  }

  @Test("Every number read is the truth", arguments: fixtures)
  func neverWrong(_ path: String) throws {
    let truth = try Self.truth(path)
    let layout = String(path.split(separator: ".").dropLast().last ?? "")
    let variants = Self.mutations(of: try Fixtures.text(path), layout: layout)
    #expect(variants.count > 100)
    Self.expectTruth(variants, truth: truth)
  }
}
