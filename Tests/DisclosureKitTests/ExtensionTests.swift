import DisclosureKit
import Foundation
import Testing

/// A layout the package does not know: cells separated by semicolons. It lives in
/// the tests, outside the package's targets, and uses only public API.
struct SemicolonLayout: LayoutAdapter {
  let name = "semicolon"

  func score(_ text: SourceText) -> Double {
    var rows = 0
    var lines = 0
    text.forEachLine { _, range in
      guard !range.isEmpty else { return }
      lines += 1
      if text.bytes[range].contains(0x3B) { rows += 1 }
    }
    return lines == 0 ? 0 : Double(rows) / Double(lines)
  }

  func makeDocument(from text: SourceText) -> Document {
    var builder = DocumentBuilder(source: text)
    text.forEachLine { line, range in
      if range.isEmpty {
        builder.endTable()
      } else if !text.bytes[range].contains(0x3B) {
        builder.addParagraph(range, line: line)
      } else {
        var start = range.lowerBound
        for index in range where text.bytes[index] == 0x3B {
          builder.addCell(start..<index, line: line)
          start = index + 1
        }
        builder.addCell(start..<range.upperBound, line: line)
        builder.endRow()
      }
    }
    return builder.finish()
  }
}

@Suite("Extending the package")
struct ExtensionTests {
  @Test("A user-defined adapter registers, is detected and reads every field")
  func userAdapter() throws {
    let tsv = try Fixtures.text("handmade/h2021.tsv.txt")
    let semicolons = String(tsv.map { $0 == "\t" ? ";" : $0 })
    var registry = LayoutRegistry.standard
    registry.register(SemicolonLayout())
    #expect(registry.names == ["tsv", "markdown", "cell-per-line", "semicolon"])

    let detection = registry.detect(SourceText(semicolons))
    #expect(detection.chosen == "semicolon")
    #expect(detection.scores.map(\.layout) == registry.names)

    let report = try ReportParser(registry: registry).parse(Array(semicolons.utf8))
    #expect(report.metadata.layout == "semicolon")
    let expected = try Fixtures.expected("handmade/h2021.tsv.txt")
      .replacingOccurrences(of: "report.layout\ttsv", with: "report.layout\tsemicolon")
    #expect(report.formattedFields() == expected)
  }

  @Test("A layout can be named explicitly, and an unknown name is an error")
  func explicitLayout() throws {
    let bytes = try Fixtures.bytes("handmade/h2021.md.txt")
    let parser = ReportParser(registry: .standard, options: ParseOptions(layout: "markdown"))
    #expect(try parser.parse(bytes).metadata.layout == "markdown")
    do {
      _ = try ReportParser(registry: .standard, options: ParseOptions(layout: "html")).parse(bytes)
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .unknownLayout)
      #expect(error.description.contains("tsv, markdown, cell-per-line"))
    }
  }

  @Test(
    "Detection reports every adapter's score and picks each seed's layout",
    arguments: [
      ("seeds/000_89d79d270a8f58c8.txt", "tsv"), ("seeds/001_d65aec0ee04b8f9a.txt", "markdown"),
      ("seeds/002_b52cc8c9a01f7305.txt", "tsv"), ("seeds/003_e6d10310d5a8465b.txt", "markdown"),
      ("seeds/004_295e3622999d89af.txt", "cell-per-line"),
    ])
  func detection(file: String, layout: String) throws {
    let detection = LayoutRegistry.standard.detect(SourceText(utf8: try Fixtures.bytes(file)))
    #expect(detection.chosen == layout)
    #expect(detection.scores.count == 3)
    let chosen = try #require(detection.scores.first { $0.layout == layout })
    #expect(detection.scores.allSatisfy { $0.layout == layout || $0.score < chosen.score })
  }
}
