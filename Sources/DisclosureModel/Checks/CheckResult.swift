/// The outcome of one consistency check.
public struct CheckResult: Sendable, Hashable, Codable {
  /// Whether the check holds.
  public enum Status: String, Sendable, Hashable, Codable {
    /// Every equation of the check holds.
    case pass
    /// At least one equation definitely does not hold (see ``CheckResult/failures``).
    case fail
    /// No equation fails, but at least one has a `null` operand.
    case incomplete
  }

  /// One equation that does not hold: the two sides and the keys involved.
  public struct Failure: Sendable, Hashable, Codable {
    /// The key on the left-hand side (the stated total, or the `received` side).
    public var key: String
    /// The left-hand side's value.
    public var stated: Int
    /// The right-hand side's value (the sum of the parts).
    public var computed: Int
    /// The keys summed on the right-hand side.
    public var parts: [String]

    /// Creates a failure.
    public init(key: String, stated: Int, computed: Int, parts: [String]) {
      self.key = key
      self.stated = stated
      self.computed = computed
      self.parts = parts
    }
  }

  /// Which check.
  public var id: CheckID
  /// Its status.
  public var status: Status
  /// The equations that do not hold (empty unless ``status`` is `fail`).
  public var failures: [Failure]

  /// Creates a result.
  public init(id: CheckID, status: Status, failures: [Failure] = []) {
    self.id = id
    self.status = status
    self.failures = failures
  }
}
