/// A note about the parse: why a value is `null`, how a value was inferred, what
/// damage was survived. Each names the line it concerns where there is one.
public struct Diagnostic: Sendable, Hashable, Codable {
  /// How much the diagnostic matters.
  public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    /// Something was read in an unusual but certain way (a value inferred beyond
    /// doubt, a heading found by shape).
    case info
    /// A value could not be read and is `null`, or the text is damaged.
    case warning
    /// The report as a whole could not be read as expected (a table is missing).
    case error

    private var rank: Int {
      switch self {
      case .info: 0
      case .warning: 1
      case .error: 2
      }
    }

    /// Orders from `info` to `error`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// A stable machine-readable code, such as `emptyCell` or `inferredFromZeroTotal`.
  /// ``DiagnosticCode`` lists them.
  public var code: DiagnosticCode
  /// How much it matters.
  public var severity: Severity
  /// The 1-based source line it concerns, if any.
  public var line: Int?
  /// The canonical field key it concerns, if any.
  public var key: String?
  /// A sentence for people.
  public var message: String
}

// The public initialiser is declared here, outside the type, so that the type
// keeps its implicit memberwise initialiser, `init(code:severity:line:key:message:)`,
// for the library's own use: a diagnostic made with the memberwise one and appended
// to an array is moved into it, while one made with an initialiser of the type's
// own was copied into it (each string retained) and the original destroyed, about
// 150 instructions a diagnostic.
extension Diagnostic {
  /// Creates a diagnostic.
  public init(_ code: DiagnosticCode, _ severity: Severity, line: Int?, key: String? = nil, _ message: String) {
    self.init(code: code, severity: severity, line: line, key: key, message: message)
  }
}
