/// Writes document blocks as text in one of the three layouts.
struct LayoutWriter {
  let layout: SyntheticLayout
  /// Blank lines before the title.
  var leadingBlankLines = 0

  /// The text of `blocks`, lines separated by `\n`, ending with a newline.
  func write(_ blocks: [DocumentBlock]) -> String {
    var lines = [String](repeating: "", count: leadingBlankLines)
    switch layout {
    case .tsv, .markdown:
      for (index, block) in blocks.enumerated() {
        if index > 0 { lines.append("") }
        switch block {
        case .paragraph(let text), .heading(_, let text): lines.append(text)
        case .table(let table): lines += layout == .tsv ? tsvLines(table) : markdownLines(table)
        case .placeholder: break
        }
      }
    case .cellPerLine:
      for block in blocks {
        switch block {
        case .paragraph(let text), .heading(_, let text): lines.append(text)
        case .table(let table): lines += cellPerLineLines(table)
        case .placeholder: break
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One line per row, cells split by TAB; a hard-wrapped header row becomes one
  /// line per wrapped part.
  private func tsvLines(_ table: LaidTable) -> [String] {
    var lines: [String] = []
    for row in table.rows {
      if case .furniture(let text) = row.role {
        lines.append(text)
        continue
      }
      let depth = row.cells.map { $0.hardWrap ? $0.parts.count : 1 }.max() ?? 1
      for level in 0..<depth {
        lines.append(
          row.cells.map { cell in
            guard cell.hardWrap else { return level == 0 ? cell.text : "" }
            return level < cell.parts.count ? cell.parts[level] : ""
          }.joined(separator: "\t"))
      }
    }
    return lines
  }

  /// Pipe rows, a delimiter line under the first row; a hard wrap is `<br>`.
  private func markdownLines(_ table: LaidTable) -> [String] {
    var lines: [String] = []
    var delimiterWritten = false
    for row in table.rows {
      if case .furniture(let text) = row.role {
        lines.append(text)
        continue
      }
      let texts = row.cells.map { cell in
        cell.hardWrap ? cell.parts.joined(separator: "<br>") : cell.text
      }
      lines.append("|" + texts.map { $0.isEmpty ? " " : " \($0) " }.joined(separator: "|") + "|")
      if !delimiterWritten {
        delimiterWritten = true
        lines.append(
          "|" + texts.map { String(repeating: "-", count: max(3, min(36, 2 * $0.count))) }.joined(separator: "|") + "|")
      }
    }
    return lines
  }

  /// Each cell on a TAB-prefixed line, wrapped parts on untabbed lines, a blank
  /// line after each row and two more after the table (seed 004).
  private func cellPerLineLines(_ table: LaidTable) -> [String] {
    var lines: [String] = []
    for row in table.rows {
      if case .furniture(let text) = row.role {
        lines += [text, ""]
        continue
      }
      for cell in row.cells {
        lines.append("\t" + (cell.parts.first ?? ""))
        lines += cell.parts.dropFirst()
      }
      lines.append("")
    }
    return lines + ["", ""]
  }
}
