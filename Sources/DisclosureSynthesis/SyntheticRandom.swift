/// A seeded, deterministic random number generator (SplitMix64) for synthetic data.
///
/// The same seed gives the same sequence on every platform and every run, so a
/// synthetic report is reproducible from its seed alone. Never use
/// `SystemRandomNumberGenerator` for test data.
///
/// ```swift
/// var random = SyntheticRandom(seed: 42)
/// let n = Int.random(in: 0..<10, using: &random)
/// ```
public struct SyntheticRandom: RandomNumberGenerator, Sendable, Hashable {
  /// The generator's state; advanced by every draw.
  public private(set) var state: UInt64

  /// Creates a generator whose sequence is fixed by `seed`.
  public init(seed: UInt64) {
    self.state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// A generator for an independent stream derived from this seed and `label`,
  /// without advancing this one: the same `label` always gives the same stream.
  public func derived(_ label: UInt64) -> SyntheticRandom {
    var copy = SyntheticRandom(seed: state ^ (label &* 0xD6E8_FEB8_6659_FD93))
    _ = copy.next()
    return copy
  }

  /// `true` with probability `probability` (0...1).
  mutating func chance(_ probability: Double) -> Bool {
    Double.random(in: 0..<1, using: &self) < probability
  }

  /// A uniformly chosen integer in `range`.
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    Int.random(in: range, using: &self)
  }

  /// A roughly log-uniform integer in `1...maximum` (0 when `maximum` is 0): each
  /// power of ten up to `maximum` is about as likely as the next, as counts in real
  /// reports are. Integer arithmetic only, so a seed gives the same numbers on every
  /// platform. Callers add zeros with their own odds.
  mutating func skewed(upTo maximum: Int) -> Int {
    guard maximum > 0 else { return 0 }
    var decades: [Int] = []
    var power = 1
    while power <= maximum {
      decades.append(power)
      power = power > Int.max / 10 ? Int.max : power * 10
    }
    let index = int(0...(decades.count - 1))
    let low = decades[index]
    let high = index + 1 < decades.count ? min(maximum, decades[index + 1] - 1) : maximum
    return int(low...max(low, high))
  }

  /// A uniformly chosen element, or `nil` for an empty collection.
  mutating func pick<C: Collection>(_ items: C) -> C.Element? {
    items.randomElement(using: &self)
  }

  /// The elements in a random order.
  mutating func shuffled<C: Collection>(_ items: C) -> [C.Element] {
    items.shuffled(using: &self)
  }
}
