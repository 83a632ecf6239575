/// ``DamageKind/labelVariants``: variant wordings of labels and headings, as agencies
/// and older templates write them. Values stay exact.
extension RenderPipeline {
  mutating func applyLabelVariants() {
    var random = random(for: .labelVariants)
    var rules: [(name: String, apply: (inout RenderPipeline) -> Void)] = [
      ("older heading of section 三", { $0.replaceHeading(3, with: "三、政府信息依申请公开办理情况") }),
      ("older heading of section 四", { $0.replaceHeading(4, with: "四、因政府信息公开申请行政复议、提起行政诉讼情况") }),
      ("其他法律法规禁止公开", { $0.replaceInLabels(.applications, "其他法律行政法规禁止公开", "其他法律法规禁止公开") }),
      ("区分的", { $0.replaceInLabels(.applications, "区分处理的", "区分的") }),
      (
        "half-width brackets",
        { pipeline in
          for kind in [TableKind.proactive, .applications] {
            pipeline.replaceInLabels(kind, "（", "(")
            pipeline.replaceInLabels(kind, "）", ") ")
          }
        }
      ),
      ("space after a label's number", { $0.mapLabels(.applications, Self.spaceAfterNumber) }),
      ("spaces inside table 四's labels", { $0.mapLabels(.review, Self.spaceInsideFourCharacterLabel) }),
    ]
    rules = random.shuffled(rules)
    var applied = 0
    for (index, rule) in rules.enumerated() where random.chance(0.6) || (index == rules.count - 1 && applied == 0) {
      rule.apply(&self)
      notes.append("labelVariants: \(rule.name)")
      applied += 1
    }
  }

  /// Replaces the heading of `section`.
  mutating func replaceHeading(_ section: Int, with text: String) {
    blocks = blocks.map { block in
      if case .heading(section, _) = block { return .heading(section, text) }
      return block
    }
  }

  /// Replaces `old` with `new` in every label (text cell) of table `kind`.
  mutating func replaceInLabels(_ kind: TableKind, _ old: String, _ new: String) {
    mapLabels(kind) { $0.replacing(old, with: new) }
  }

  /// Rewrites every label (text cell) of table `kind`.
  mutating func mapLabels(_ kind: TableKind, _ transform: (String) -> String) {
    guard var template = templates[kind] else { return }
    for row in template.rows.indices {
      for cell in template.rows[row].cells.indices where template.rows[row].cells[cell].key == nil {
        template.rows[row].cells[cell].parts = template.rows[row].cells[cell].parts.map(transform)
      }
    }
    templates[kind] = template
  }

  /// `1.属于国家秘密` → `1. 属于国家秘密`.
  static func spaceAfterNumber(_ label: String) -> String {
    guard let first = label.first, first.isASCII, first.isNumber, label.dropFirst().first == "." else { return label }
    return String(label.prefix(2)) + " " + label.dropFirst(2)
  }

  /// `结果维持` → `结果 维持`.
  static func spaceInsideFourCharacterLabel(_ label: String) -> String {
    guard label.count == 4, label.hasPrefix("结果") || label.hasSuffix("结果") || label.hasPrefix("尚未") else {
      return label
    }
    return String(label.prefix(2)) + " " + label.dropFirst(2)
  }
}
