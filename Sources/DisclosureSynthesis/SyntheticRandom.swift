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

  /// A log-uniform integer in `0...maximum`: small values are as likely per decade
  /// as large ones, as counts in real reports are.
  mutating func skewed(upTo maximum: Int) -> Int {
    guard maximum > 0 else { return 0 }
    let exponent = Double.random(in: 0...1, using: &self) * log10Approximation(Double(maximum) + 1)
    return min(maximum, Int(power10(exponent)) - 1)
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

/// log10 without Foundation, accurate enough for drawing counts.
private func log10Approximation(_ value: Double) -> Double {
  var exponent = 0.0
  var rest = value
  while rest >= 10 {
    rest /= 10
    exponent += 1
  }
  // log10(rest) for 1 <= rest < 10 by bisection on power10.
  var low = 0.0
  var high = 1.0
  for _ in 0..<40 {
    let middle = (low + high) / 2
    if power10(middle) < rest { low = middle } else { high = middle }
  }
  return exponent + low
}

/// 10^exponent for exponent >= 0, without Foundation.
private func power10(_ exponent: Double) -> Double {
  var result = 1.0
  var whole = Int(exponent)
  while whole > 0 {
    result *= 10
    whole -= 1
  }
  // 10^f = e^(f ln 10), by its series; f < 1 so it converges fast.
  let x = (exponent - Double(Int(exponent))) * 2.302_585_092_994_046
  var term = 1.0
  var sum = 1.0
  for index in 1..<30 {
    term *= x / Double(index)
    sum += term
  }
  return result * sum
}
