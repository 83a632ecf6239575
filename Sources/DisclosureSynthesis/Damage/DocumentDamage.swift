/// Damage to the document around the tables: ``DamageKind/headingLost``. (CRLF and
/// the byte-order mark are applied to the finished text.)
extension RenderPipeline {
  /// The heading of section 二, 三 or 四 is removed. Values exact.
  mutating func applyHeadingLost() {
    var random = random(for: .headingLost)
    let section = random.pick([2, 3, 4]) ?? 3
    blocks.removeAll { block in
      if case .heading(section, _) = block { return true }
      return false
    }
    notes.append("headingLost: the heading of section \(section)")
  }
}
