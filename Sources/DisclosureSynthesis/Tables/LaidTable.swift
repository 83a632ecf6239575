/// A cell as a layout writes it: its text in lines, the grid column it starts at,
/// and the key of the value it shows.
struct LaidCell: Sendable, Hashable {
  /// The text in lines; several parts are a cell wrapped inside its width.
  var parts: [String]
  /// The grid column of the cell's left edge in the template.
  var column: Int
  /// The key of the value the cell holds, for value cells.
  var key: String?
  /// Whether the wrap shows in every layout (`<br>`, a row of its own in TSV), not
  /// only in cell-per-line text, where every wrap shows.
  var hardWrap = false

  /// An empty cell at `column`.
  static func empty(_ column: Int) -> LaidCell { LaidCell(parts: [""], column: column) }

  /// The text without its wraps.
  var text: String {
    get { parts.joined() }
    set { parts = [newValue] }
  }
}

/// A row as a layout writes it.
struct LaidRow: Sendable, Hashable {
  /// What the row is.
  var role: RowRole
  /// Its cells, left to right.
  var cells: [LaidCell]

  /// The positions of the value cells, left to right.
  var valueIndices: [Int] { cells.indices.filter { cells[$0].key != nil } }
}

/// A table as a layout writes it: rows of cells, spans resolved.
struct LaidTable: Sendable, Hashable {
  /// Which table.
  var kind: TableKind
  /// The rows, top to bottom.
  var rows: [LaidRow]

  /// How a layout resolves merged cells.
  enum Lowering {
    /// Every grid position is a cell; a merged cell's text sits in its top-left
    /// position and the positions it covers are empty (TSV and Markdown, seeds
    /// 000-003).
    case grid
    /// A horizontally merged cell is one cell; a vertically merged cell repeats as
    /// an empty cell in the rows it covers (a Word table read cell by cell, seed 004).
    case wordCells
  }

  /// A table of rows already laid out.
  init(kind: TableKind, rows: [LaidRow]) {
    self.kind = kind
    self.rows = rows
  }

  /// Resolves the spans of `template`.
  init(_ template: TableTemplate, _ lowering: Lowering) {
    kind = template.kind
    rows = []
    // (row, column) → the template cell covering it from a row above.
    var covered: [Int: [Int: TemplateCell]] = [:]
    for (rowIndex, row) in template.rows.enumerated() {
      var cells: [LaidCell] = []
      var column = 0
      func emitCovered() {
        while let anchor = covered[rowIndex]?[column] {
          switch lowering {
          case .grid:
            for offset in 0..<anchor.colspan { cells.append(.empty(column + offset)) }
          case .wordCells:
            cells.append(.empty(column))
          }
          column += anchor.colspan
        }
      }
      for cell in row.cells {
        emitCovered()
        for below in 1..<max(1, cell.rowspan) {
          covered[rowIndex + below, default: [:]][column] = cell
        }
        cells.append(LaidCell(parts: cell.parts, column: column, key: cell.key))
        if lowering == .grid {
          for offset in 1..<max(1, cell.colspan) { cells.append(.empty(column + offset)) }
        }
        column += cell.colspan
      }
      emitCovered()
      rows.append(LaidRow(role: row.role, cells: cells))
    }
  }

  /// The index of the data row `name`, if present.
  func rowIndex(_ name: String) -> Int? {
    rows.firstIndex { $0.role.dataRow == name }
  }

  /// The row and cell positions of the value cell of `key`, if present.
  func position(of key: String) -> (row: Int, cell: Int)? {
    for (rowIndex, row) in rows.enumerated() {
      if let cellIndex = row.cells.firstIndex(where: { $0.key == key }) { return (rowIndex, cellIndex) }
    }
    return nil
  }
}
