/// Texts made of given lines, chosen by a fixed linear congruential sequence, so
/// that a suite comparing a run path with the line-by-line path sees the same
/// varied texts on every run.
enum GeneratedLineTexts {
  /// The line ends a generated text uses: LF, CR LF and CR alone.
  static let ends = ["\n", "\r\n", "\r"]

  /// `count` texts: text `seed` holds 1 to `maxLines` lines drawn from `lines`, each
  /// ended by one of ``ends``; about half end without a line end.
  static func make(_ count: Int = 300, from lines: [String], maxLines: Int) -> [String] {
    (0..<count).map { seed in
      var state = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
      }
      var text = ""
      for _ in 0..<(1 + next(maxLines)) {
        text += lines[next(lines.count)] + ends[next(ends.count)]
      }
      if next(2) == 0, text.last?.isNewline == true { text.removeLast() }
      return text
    }
  }
}
