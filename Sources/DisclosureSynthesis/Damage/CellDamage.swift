import DisclosureModel

/// Damage to single value cells: ``DamageKind/emptyCells``,
/// ``DamageKind/placeholders``, ``DamageKind/thousandsSeparators`` and
/// ``DamageKind/fullWidthDigits``.
extension RenderPipeline {
  /// What stands in a cell that lost its value.
  static let placeholderTexts = ["-", "—", "/", "无"]

  /// A few value cells of any table are left empty or hold a placeholder; those
  /// values are `null`.
  mutating func applyCellLoss(_ kind: DamageKind) {
    var random = random(for: kind)
    let candidates = report.numericKeys.filter { key in
      guard !claimedKeys.contains(key), expected[key] != .null, mayLose(key) else { return false }
      let row = key.split(separator: ".").dropFirst().dropLast().joined(separator: ".")
      return !(key.hasPrefix("applications.") && claimedRows.contains(row))
    }
    let chosen = Array(random.shuffled(candidates).prefix(random.int(1...4)))
    var written: [String] = []
    for key in chosen {
      let text = kind == .placeholders ? (random.pick(Self.placeholderTexts) ?? "-") : ""
      guard setValueText(of: key, to: text) else { continue }
      claimedKeys.insert(key)
      lose(key)
      written.append(text.isEmpty ? key : "\(key)=\(text)")
    }
    notes.append("\(kind.rawValue): \(written.joined(separator: ", "))")
  }

  /// Numbers of 1000 or more get ASCII thousands separators, most of them.
  mutating func applyThousandsSeparators() {
    var random = random(for: .thousandsSeparators)
    var changed = 0
    mapValueTexts { key, text in
      guard let grouped = Self.grouped(text), grouped != text else { return text }
      guard random.chance(0.8) || changed == 0 else { return text }
      changed += 1
      return grouped
    }
    notes.append("thousandsSeparators: \(changed) numbers grouped")
  }

  /// Some numbers are written with full-width digits.
  mutating func applyFullWidthDigits() {
    var random = random(for: .fullWidthDigits)
    let share = Double.random(in: 0.2...1, using: &random)
    var changed = 0
    mapValueTexts { _, text in
      guard text.contains(where: { $0.isASCII && $0.isNumber }), random.chance(share) || changed == 0 else {
        return text
      }
      let wide = Self.fullWidth(text)
      if wide != text { changed += 1 }
      return wide
    }
    notes.append("fullWidthDigits: \(changed) numbers written full-width")
  }

  /// Sets the text of `key`'s value cell in whichever table holds it.
  mutating func setValueText(of key: String, to text: String) -> Bool {
    for index in blocks.indices {
      guard var table = blocks[index].table, let position = table.position(of: key) else { continue }
      table.rows[position.row].cells[position.cell].text = text
      blocks[index] = .table(table)
      return true
    }
    return false
  }

  /// Rewrites the text of every non-empty value cell, in document order.
  mutating func mapValueTexts(_ transform: (String, String) -> String) {
    for index in blocks.indices {
      guard var table = blocks[index].table else { continue }
      for row in table.rows.indices {
        for cell in table.rows[row].cells.indices {
          guard let key = table.rows[row].cells[cell].key else { continue }
          let text = table.rows[row].cells[cell].text
          if !text.isEmpty { table.rows[row].cells[cell].text = transform(key, text) }
        }
      }
      blocks[index] = .table(table)
    }
  }

  /// `-12345.6700` → `-12,345.6700`; `nil` for a text that is not a plain number.
  static func grouped(_ text: String) -> String? {
    var digits = Substring(text)
    var sign = ""
    if digits.first == "-" {
      sign = "-"
      digits = digits.dropFirst()
    }
    let whole = digits.prefix { $0.isASCII && $0.isNumber }
    let rest = digits.dropFirst(whole.count)
    guard !whole.isEmpty, rest.isEmpty || rest.first == "." else { return nil }
    var groups: [Substring] = []
    var end = whole.endIndex
    while end > whole.startIndex {
      let start = whole.index(end, offsetBy: -3, limitedBy: whole.startIndex) ?? whole.startIndex
      groups.insert(whole[start..<end], at: 0)
      end = start
    }
    return sign + groups.joined(separator: ",") + rest
  }

  /// ASCII digits → full-width digits (`０`-`９`); everything else unchanged.
  static func fullWidth(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          guard ("0"..."9").contains(scalar), let wide = Unicode.Scalar(scalar.value - 0x30 + 0xFF10) else {
            return scalar
          }
          return wide
        }))
  }
}
