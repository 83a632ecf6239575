/// How the value cells of one row map onto a table's `K` value columns, decided only
/// where the text makes it certain.
///
/// The cells after a row's last label are its value cells. When there are exactly
/// `K`, they map in order. When there are more, the surplus must be empty cells at
/// either end (merged label cells, extra page-break columns); the one window of `K`
/// cells that leaves only empty cells outside is used, or, if several fit, the one
/// whose position matches the table's other rows. When there are fewer, nothing is
/// placed unless it is certain (see ``Rule``).
struct ValuePlacement: Sendable, Hashable {
  /// Why the values sit where they sit.
  enum Rule: Sendable, Hashable {
    /// Exactly `K` value cells, mapped in order.
    case direct
    /// More than `K` cells; the surplus was empty and dropped.
    case window
    /// The row is all zeros and lacks at most one cell, or has extra cells that are
    /// all zero: every value is 0 whatever the missing or extra cell was.
    case zeroRow
    /// A row with one number, in its last cell, and at most one cell missing: the
    /// number is the row's total.
    case totalOnly
    /// The values cannot be placed with certainty; all are `null`.
    case cannotPlace(String)
  }

  /// For each of the `K` columns, the index (in the row's cells) of the cell that
  /// holds its value, or `nil` when no cell does.
  var slots: [Int?]
  /// The rule applied.
  var rule: Rule

  /// The number of value cells after the window, used as a hint for other rows of the
  /// same table; `nil` when the placement says nothing about it.
  var trailingCells: Int?

  /// Places the cells `values[first...]` (already classified) onto `columns` columns.
  ///
  /// - Parameter trailingHint: how many cells follow the value columns in this
  ///   table's unambiguous rows, used only to break a tie between windows.
  static func place(
    _ values: [CellValue], from first: Int, columns: Int, trailingHint: Int?
  ) -> ValuePlacement {
    let count = values.count - first
    let none = [Int?](repeating: nil, count: columns)
    guard columns > 0 else { return ValuePlacement(slots: [], rule: .direct, trailingCells: nil) }
    if count == columns {
      return ValuePlacement(slots: (0..<columns).map { first + $0 }, rule: .direct, trailingCells: 0)
    }
    var filled: [Int] = []
    for index in first..<values.count where values[index] != .empty { filled.append(index - first) }

    if count > columns {
      guard let low = filled.first, let high = filled.last else {
        return ValuePlacement(slots: none, rule: .cannotPlace("the row has no values"), trailingCells: nil)
      }
      if high - low + 1 > columns {
        if allZero(values, filled.map { $0 + first }) {
          return ValuePlacement(slots: none, rule: .zeroRow, trailingCells: nil)
        }
        return ValuePlacement(
          slots: none,
          rule: .cannotPlace(
            "\(filled.count) filled cells span \(high - low + 1) columns, more than the table's \(columns)"),
          trailingCells: nil)
      }
      let candidates = Array(max(0, high - columns + 1)...min(low, count - columns))
      func window(_ offset: Int) -> ValuePlacement {
        ValuePlacement(
          slots: (0..<columns).map { first + offset + $0 }, rule: .window, trailingCells: count - offset - columns)
      }
      if candidates.count == 1, let only = candidates.first { return window(only) }
      if let trailingHint, let offset = candidates.first(where: { count - $0 - columns == trailingHint }) {
        var placed = window(offset)
        placed.trailingCells = nil
        return placed
      }
      // Several windows fit; if they all put the same values in the same columns, it
      // does not matter which.
      let layouts = candidates.map { offset in (0..<columns).map { values[first + offset + $0] } }
      if let firstLayout = layouts.first, layouts.allSatisfy({ $0 == firstLayout }), let offset = candidates.first {
        var placed = window(offset)
        placed.trailingCells = nil
        return placed
      }
      return ValuePlacement(
        slots: none,
        rule: .cannotPlace("\(count) cells for \(columns) columns and the empty ones could sit at either end"),
        trailingCells: nil)
    }

    // Fewer cells than columns.
    if count == columns - 1, filled.count == count, allZero(values, filled.map { $0 + first }) {
      return ValuePlacement(slots: none, rule: .zeroRow, trailingCells: nil)
    }
    if count >= columns - 1, filled.count == 1, filled.first == count - 1, case .number = values[first + count - 1] {
      var slots = none
      slots[columns - 1] = first + count - 1
      return ValuePlacement(slots: slots, rule: .totalOnly, trailingCells: nil)
    }
    return ValuePlacement(
      slots: none, rule: .cannotPlace("\(count) cells for \(columns) columns"), trailingCells: nil)
  }

  private static func allZero(_ values: [CellValue], _ indices: [Int]) -> Bool {
    guard !indices.isEmpty else { return false }
    for index in indices {
      guard case .number(let number) = values[index], number.integer == 0 else { return false }
    }
    return true
  }
}
