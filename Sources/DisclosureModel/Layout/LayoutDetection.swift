/// The outcome of ``LayoutRegistry/detect(_:)``: every adapter's score and the pick.
public struct LayoutDetection: Sendable, Hashable {
  /// One adapter's score.
  public struct Score: Sendable, Hashable {
    /// The adapter's ``LayoutAdapter/name``.
    public var layout: String
    /// Its score, 0 to 1.
    public var score: Double

    /// Creates a score.
    public init(layout: String, score: Double) {
      self.layout = layout
      self.score = score
    }
  }

  /// Every registered adapter's score, in registration order.
  public var scores: [Score]
  /// The chosen layout's name: the highest score (the earliest registered on a tie),
  /// or `nil` when no adapter scored above zero.
  public var chosen: String?

  /// Creates a detection result.
  public init(scores: [Score], chosen: String?) {
    self.scores = scores
    self.chosen = chosen
  }
}
