/// The set of layout adapters a parse may use, and the detector that picks one.
///
/// A registry is a plain value: make one, add adapters, pass it to a ``ReportParser``.
/// There is no global registration, so two parts of a program can use different
/// sets without interfering. `DisclosureKit` provides `LayoutRegistry.standard` with
/// the three built-in adapters.
///
/// ```swift
/// var registry = LayoutRegistry.standard
/// registry.register(SemicolonLayout())       // a user-defined adapter
/// let parser = ReportParser(registry: registry)
/// ```
public struct LayoutRegistry: Sendable {
  /// The adapters, in registration order.
  public private(set) var adapters: [any LayoutAdapter]

  /// Creates a registry holding `adapters`.
  public init(adapters: [any LayoutAdapter] = []) {
    self.adapters = []
    for adapter in adapters { register(adapter) }
  }

  /// Adds an adapter. An adapter with the same name replaces the earlier one, so a
  /// user can override a built-in layout.
  public mutating func register(_ adapter: any LayoutAdapter) {
    if let index = adapters.firstIndex(where: { $0.name == adapter.name }) {
      adapters[index] = adapter
    } else {
      adapters.append(adapter)
    }
  }

  /// The adapter called `name`, if registered.
  public func adapter(named name: String) -> (any LayoutAdapter)? {
    adapters.first { $0.name == name }
  }

  /// The names of the registered adapters, in registration order.
  public var names: [String] { adapters.map(\.name) }

  /// Scores `text` with every adapter and picks the best.
  public func detect(_ text: SourceText) -> LayoutDetection {
    var unused = LineShapes(recording: false)
    return detect(text, keeping: &unused)
  }

  /// ``detect(_:)``, keeping the shapes of the lines the census read in `shapes` (when
  /// it records), for the chosen adapter to reuse.
  package func detect(_ text: SourceText, keeping shapes: inout LineShapes) -> LayoutDetection {
    var scores: [LayoutDetection.Score] = []
    scores.reserveCapacity(adapters.count)
    let best = bestAdapter(for: text, keeping: &shapes) { index, score in
      scores.append(.init(layout: adapters[index].name, score: score))
    }
    return LayoutDetection(scores: scores, chosen: best.map { adapters[$0].name })
  }

  /// The adapter that ``detect(_:)`` chooses for `text` (`nil` when it chooses none),
  /// keeping the census's line shapes in `shapes` as ``detect(_:keeping:)`` does.
  ///
  /// A parse needs only the choice: this makes no list of scores and looks up no
  /// adapter by name. Names are unique in a registry (``register(_:)`` replaces an
  /// adapter of the same name), so the adapter that scored best is the one that
  /// ``adapter(named:)`` finds for the chosen name.
  package func chosenAdapter(for text: SourceText, keeping shapes: inout LineShapes) -> (any LayoutAdapter)? {
    bestAdapter(for: text, keeping: &shapes) { _, _ in }.map { adapters[$0] }
  }

  /// The position of the adapter that scores `text` best, above 0 (the first of
  /// equals), or `nil`; `noteScore` is told each adapter's score, clamped to
  /// 0 ... 1 (0 when not finite), in order. The census keeps its line shapes in
  /// `shapes`.
  @inline(__always)
  private func bestAdapter(
    for text: SourceText, keeping shapes: inout LineShapes, _ noteScore: (_ index: Int, _ score: Double) -> Void
  ) -> Int? {
    let census = LineShapeCensus(text, keeping: &shapes)
    var best: (index: Int, score: Double)?
    for index in adapters.indices {
      let raw = adapters[index].score(text, census: census)
      let score = raw.isFinite ? min(1, max(0, raw)) : 0
      noteScore(index, score)
      if score > 0, score > (best?.score ?? 0) { best = (index, score) }
    }
    return best?.index
  }
}
