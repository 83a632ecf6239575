import Testing

@testable import DisclosureModel

/// The two ways ``DocumentBuilder`` adds a row's pieces: straight into its buffer of
/// cells through `OutputSpan` (`addPiecesInPlace`, Swift 6.2 toolchains on) and through
/// a batch on the stack (`addPiecesBatched`, the fallback older toolchains build, which
/// every toolchain compiles). Both must add exactly the same cells, drop the same cells
/// at the cap and stop at the same escape.
@Suite("Row split: in place and batched")
struct RowSplitPathTests {
  /// What adding pieces did to a builder: the open row's cells (with any added
  /// before), the cells dropped at the cap, the row's line, and the start of the piece
  /// holding the first escape (`nil` when the whole range was read).
  struct Outcome: Equatable, CustomStringConvertible {
    var cells: [Cell]
    var dropped: Int
    var rowLine: Int
    var escaped: Int?

    var description: String {
      "cells \(cells.map { "\($0.span.start)..<\($0.span.end)@\($0.line)" }) dropped \(dropped) line \(rowLine) escaped \(escaped.map(String.init) ?? "nil")"
    }
  }

  /// A way of adding a row's pieces.
  enum Path: CaseIterable, CustomStringConvertible {
    case inPlace, batched

    var description: String { self == .inPlace ? "in place" : "batched" }
  }

  /// The ways this toolchain and system build: the fallback always, the in-place way
  /// where `OutputSpan` exists.
  static var paths: [Path] {
    #if compiler(>=6.2)
      if #available(macOS 10.14.4, iOS 12.2, watchOS 5.2, tvOS 12.2, visionOS 1.0, *) { return [.inPlace, .batched] }
    #endif
    return [.batched]
  }

  /// Adds `before` one-byte cells to a new builder's open row (line 1), then the
  /// pieces of `range` of `text` (line 7) by `path`, `times` times over.
  static func add(
    _ text: String, range: Range<Int>? = nil, separator: UInt8, escape: UInt8?, before: Int = 0, times: Int = 1,
    by path: Path
  ) -> Outcome {
    let source = SourceText(text)
    var builder = DocumentBuilder(source: source)
    for index in 0..<before { builder.addCell(index..<index, line: 1) }
    var escaped: Int? = nil
    source.bytes.withUnsafeBufferPointer { bytes in
      let range = range ?? 0..<bytes.count
      for _ in 0..<times {
        switch path {
        case .inPlace:
          #if compiler(>=6.2)
            if #available(macOS 10.14.4, iOS 12.2, watchOS 5.2, tvOS 12.2, visionOS 1.0, *) {
              escaped = builder.addPiecesInPlace(range, separatedBy: separator, escape: escape, in: bytes, line: 7)
            }
          #endif
        case .batched:
          escaped = builder.addPiecesBatched(range, separatedBy: separator, escape: escape, in: bytes, line: 7)
        }
      }
    }
    return Outcome(
      cells: builder.cells[builder.rowStart...].map(\.cell), dropped: builder.droppedCells, rowLine: builder.rowLine,
      escaped: escaped)
  }

  /// The texts of `outcome`'s cells in `text`.
  static func texts(_ outcome: Outcome, in text: String) -> [String] {
    let bytes = Array(text.utf8)
    return outcome.cells.map { String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) }
  }

  /// The separators and escapes the adapters split by: tab rows (no escape), and
  /// Markdown pipe rows up to the first backslash.
  static let splits: [(separator: UInt8, escape: UInt8?)] = [(0x09, nil), (0x7C, 0x5C), (0x7C, nil)]

  @Test("Both paths give the same cells wherever separators, escapes and the row's end fall in a block")
  func pathsAgreeAtEveryOffset() {
    // After the row: nothing (the row ends at the buffer's end, so its last bytes are
    // read one by one), a short line, and enough bytes that sixteen can be read past
    // the row's end.
    let afters = ["", "\n", "\n" + String(repeating: "\t|\\", count: 14)]
    for (separator, escape) in Self.splits {
      let mark = Character(Unicode.Scalar(separator))
      for length in 0..<40 {
        for every in [1, 2, 3, 5, 8, 16, 17] {
          for escapeAt in [nil, 0, 7, 15, 16, 31] as [Int?] {
            var row = (0..<length).map { $0 % every == every - 1 ? mark : "a" }
            if let escapeAt, escapeAt < length { row[escapeAt] = "\\" }
            // A blank last piece (dropped when there is an escape byte) on some rows.
            let text = String(row) + (length % 4 == 1 ? " \t" : "")
            for after in afters {
              let outcomes = Self.paths.map {
                Self.add(text + after, range: 0..<text.utf8.count, separator: separator, escape: escape, by: $0)
              }
              #expect(outcomes.allSatisfy { $0 == outcomes[0] }, "\(Array(text.utf8)) + \(Array(after.utf8))")
              // Every piece is kept and covers the row up to the escaped piece.
              let cells = outcomes[0].cells
              #expect(cells.first?.span.start == (cells.isEmpty ? nil : 0))
              #expect(zip(cells, cells.dropFirst()).allSatisfy { $0.span.end + 1 == $1.span.start })
            }
          }
        }
      }
    }
  }

  @Test("Both paths keep the same cells at the cap, with cells already in the row and over several calls")
  func pathsAgreeAtTheCap() {
    let tabs = String(repeating: "1\t", count: 300)
    for before in [0, 1, 200, 255, 256, 300] {
      for times in [1, 2] {
        let outcomes = Self.paths.map {
          Self.add(tabs, separator: 0x09, escape: nil, before: before, times: times, by: $0)
        }
        #expect(outcomes.allSatisfy { $0 == outcomes[0] }, "before \(before), \(times) times")
        // 301 pieces a call: every cell past the first 256 of the row is dropped.
        #expect(outcomes[0].cells.count == InputLimits.cellsPerRow)
        #expect(outcomes[0].dropped == before + 301 * times - InputLimits.cellsPerRow)
        // The row's line is its first cell's: line 1 when cells came before.
        #expect(outcomes[0].rowLine == (before > 0 ? 1 : 7))
      }
    }
  }

  @Test("Concrete rows split as the adapters read them, by both paths")
  func concreteRows() {
    for path in Self.paths {
      let tab = Self.add("a\tb\t\tc", separator: 0x09, escape: nil, by: path)
      #expect(tab.cells.map(\.span.range) == [0..<1, 2..<3, 4..<4, 5..<6], "\(path)")
      #expect(tab.cells.allSatisfy { $0.line == 7 && $0.endLine == 7 && $0.columnSpan == 1 }, "\(path)")
      #expect(tab.escaped == nil && tab.dropped == 0 && tab.rowLine == 7, "\(path)")

      let block = "0123456789abcde\tf\t"
      #expect(
        Self.texts(Self.add(block, separator: 0x09, escape: nil, by: path), in: block) == ["0123456789abcde", "f", ""])

      #expect(Self.add("", separator: 0x09, escape: nil, by: path).cells.map(\.span.range) == [0..<0], "\(path)")
      #expect(Self.add("", separator: 0x7C, escape: 0x5C, by: path).cells.isEmpty, "\(path)")

      // A range past the bytes is clamped to them.
      let clamped = Self.add("x\ty", range: -3..<10, separator: 0x09, escape: nil, by: path)
      #expect(clamped.cells.map(\.span.range) == [0..<1, 2..<3], "\(path)")

      // Pipe rows (the bytes after the leading pipe): a blank last piece is no cell.
      let pipes = " 规章 | 0 |  \t"
      let pipeOutcome = Self.add(pipes, separator: 0x7C, escape: 0x5C, by: path)
      #expect(Self.texts(pipeOutcome, in: pipes) == [" 规章 ", " 0 "], "\(path)")
      #expect(pipeOutcome.escaped == nil, "\(path)")

      // The piece holding the first backslash and those after it are the caller's.
      let escaped = "ab|cd\\|e|f|"
      let escapedOutcome = Self.add(escaped, separator: 0x7C, escape: 0x5C, by: path)
      #expect(Self.texts(escapedOutcome, in: escaped) == ["ab"], "\(path)")
      #expect(escapedOutcome.escaped == 3, "\(path)")

      let late = "0123456789abcdefghij|kl\\|m" + String(repeating: "|", count: 20)
      let lateOutcome = Self.add(late, range: 0..<26, separator: 0x7C, escape: 0x5C, by: path)
      #expect(Self.texts(lateOutcome, in: late) == ["0123456789abcdefghij"], "\(path)")
      #expect(lateOutcome.escaped == 21, "\(path)")
    }
  }
}
