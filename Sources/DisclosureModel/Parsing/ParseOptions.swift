/// Settings of a parse. The defaults suit almost every caller.
public struct ParseOptions: Sendable, Hashable {
  /// The layout to use by name, or `nil` to detect it (the default).
  public var layout: String?
  /// The text encoding, or `nil` to detect it (the default).
  public var encoding: TextEncoding?
  /// The largest input accepted, in bytes (default 256 MiB).
  public var maximumInputBytes: Int

  /// Creates options.
  public init(layout: String? = nil, encoding: TextEncoding? = nil, maximumInputBytes: Int = 256 << 20) {
    self.layout = layout
    self.encoding = encoding
    self.maximumInputBytes = maximumInputBytes
  }
}
