/// A note about the parse: why a value is `null`, how a value was inferred, what
/// damage was survived. Each names the line it concerns where there is one.
///
/// The interpretation's messages are written when ``message`` is read, not when the
/// diagnostic is made: a diagnostic keeps a template (``MessageTemplate``) and the
/// parts of its message other than its key and line in its report's
/// ``MessageArena``, copies of them, never a reference to the source text. Two
/// diagnostics with the same code, severity, line, key and message text are equal
/// however their messages are kept, and one is coded and printed with its message as
/// text, as when the message was a stored property.
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

  // Stored in this order so that they pack into 40 bytes (48 when the key was a
  // `String`, 56 when the message was a stored `String` after it): the one-byte
  // fields fill the line's padding.
  //
  // Internal, not private, and no initialiser declared in the type's body, so that
  // the type keeps its implicit memberwise initialiser for the interpretation's own
  // use (``FieldAssembler``): a diagnostic made with it and appended to an array is
  // made in place there, while one made with an initialiser of the type's own was
  // copied into the array and the original destroyed (its strings retained and
  // released), about 150 instructions a diagnostic. Code of the module other than
  // that initialiser sets the line and key only through ``line`` and ``key``, which
  // keep a templated message as it was.

  /// The line (``line``).
  var storedLine: Int?
  /// A stable machine-readable code, such as `emptyCell` or `inferredFromZeroTotal`.
  /// ``DiagnosticCode`` lists them.
  public var code: DiagnosticCode
  /// How much it matters.
  public var severity: Severity
  /// How ``message`` is made: ``MessageTemplate/text`` when ``body`` is the message,
  /// ``MessageTemplate/keyedText`` when it is the key and the message.
  var template: MessageTemplate
  /// Where the template's pieces start in ``body``, the report's ``MessageArena``;
  /// for a section's message (``MessageTemplate/foundByShape``,
  /// ``MessageTemplate/missingSection``) the section's number; else 0.
  var pieceStart: UInt32
  /// The field whose key is ``key``, or `nil` when there is no key or it is kept
  /// as text (``MessageTemplate/keyedText``).
  ///
  /// Nearly every keyed diagnostic is made by the interpretation about a field of
  /// the catalogue: kept as the field's ``FieldDefinition``, a reference to the
  /// process's interned properties copied without a reference count, such a key is
  /// neither retained when the diagnostic is made nor released when it is freed,
  /// as a `String` key was (about 35 instructions a diagnostic).
  var keyField: FieldDefinition?
  /// The message (template ``MessageTemplate/text``), the key and the message
  /// (``MessageTemplate/keyedText``, see ``keyedText(key:message:)``), or the
  /// string of the report's ``MessageArena`` (a template with pieces, set once the
  /// arena is complete), or empty (a template without pieces, or before the arena
  /// is set).
  var body: String

  /// The 1-based source line it concerns, if any.
  ///
  /// A message written from a template names the line: changing the line first
  /// keeps the message as it was made, as text.
  public var line: Int? {
    get { storedLine }
    set {
      keepMessageAsText()
      storedLine = newValue
    }
  }

  /// The canonical field key it concerns, if any.
  ///
  /// A message written from a template names the key: changing the key first keeps
  /// the message as it was made, as text.
  public var key: String? {
    get { template == .keyedText ? Self.keyAndMessage(keyedText: body).key : keyField?.key }
    set {
      let text = message
      keyField = nil
      setText(key: newValue, message: text)
    }
  }

  /// A sentence for people.
  ///
  /// Written when read, from the diagnostic's template, key, line and pieces (see
  /// ``MessageArena``): most callers never read it. Setting it keeps the text given.
  public var message: String {
    get {
      switch template {
      case .text: body
      case .keyedText: Self.keyAndMessage(keyedText: body).message
      default: template.message(key: keyField?.key, line: storedLine, arena: body, start: Int(pieceStart))
      }
    }
    set {
      setText(key: template == .keyedText ? key : nil, message: newValue)
    }
  }

  /// Replaces a template by the text it writes, before the line it reads is
  /// changed.
  private mutating func keepMessageAsText() {
    guard template != .text, template != .keyedText else { return }
    message = message
  }

  /// Keeps `message` as text, with the key `key` as text when there is one (then
  /// as ``MessageTemplate/keyedText``), or else with ``keyField`` as it is.
  private mutating func setText(key: String?, message: String) {
    pieceStart = 0
    if let key {
      keyField = nil
      template = .keyedText
      body = Self.keyedText(key: key, message: message)
    } else {
      template = .text
      body = message
    }
  }

  /// The text of a diagnostic whose key and message are both kept as text
  /// (``MessageTemplate/keyedText``): `key`, then `message`, written as two pieces
  /// of a ``MessageArena`` (each its length, then its bytes), so that the key may be
  /// of any length and hold any character. Valid UTF-8, as the arena is.
  static func keyedText(key: String, message: String) -> String {
    var pieces = MessageArena()
    pieces.append(key)
    pieces.append(message)
    return pieces.string()
  }

  /// The key and message that ``keyedText(key:message:)`` kept in `text`.
  static func keyAndMessage(keyedText text: String) -> (key: String, message: String) {
    var text = text
    return text.withUTF8 { bytes in
      var pieces = MessageArena.Pieces(bytes, from: 0)
      let key = ValidText.string(knownValid: pieces.next())
      return (key, ValidText.string(knownValid: pieces.next()))
    }
  }
}

// Equal, and hashed, by the message's text, however it is kept: a diagnostic read
// from JSON (its message as text) equals the one written.
extension Diagnostic {
  /// Whether the two have the same code, severity, line, key and message text.
  public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    guard lhs.code == rhs.code, lhs.severity == rhs.severity, lhs.storedLine == rhs.storedLine else { return false }
    // The same template, pieces, field and arena (compared first by identity) with
    // the same line write the same key and text.
    if lhs.template == rhs.template, lhs.pieceStart == rhs.pieceStart, lhs.keyField == rhs.keyField,
      lhs.body == rhs.body
    {
      return true
    }
    return lhs.key == rhs.key && lhs.message == rhs.message
  }

  /// Hashes the code, severity, line, key and message text.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(code)
    hasher.combine(severity)
    hasher.combine(storedLine)
    hasher.combine(key)
    hasher.combine(message)
  }
}

// Coded as the diagnostic was when its message was a stored property: `code`,
// `severity`, `line` and `key` (each left out when `nil`), `message` as text.
extension Diagnostic {
  private enum CodingKeys: String, CodingKey {
    case code, severity, line, key, message
  }

  /// Decodes a diagnostic, its message as text.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      code: try container.decode(DiagnosticCode.self, forKey: .code),
      severity: try container.decode(Severity.self, forKey: .severity),
      line: try container.decodeIfPresent(Int.self, forKey: .line),
      key: try container.decodeIfPresent(String.self, forKey: .key),
      message: try container.decode(String.self, forKey: .message))
  }

  /// Encodes the diagnostic, its message as text.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(code, forKey: .code)
    try container.encode(severity, forKey: .severity)
    try container.encodeIfPresent(storedLine, forKey: .line)
    try container.encodeIfPresent(key, forKey: .key)
    try container.encode(message, forKey: .message)
  }
}

// Reflected (and so printed) as when the message was a stored property: the five
// public properties, not how the message is kept.
extension Diagnostic: CustomReflectable {
  /// The code, severity, line, key and message.
  public var customMirror: Mirror {
    Mirror(
      self,
      children: [
        "code": code as Any, "severity": severity as Any, "line": line as Any, "key": key as Any,
        "message": message as Any,
      ], displayStyle: .struct)
  }
}

// The initialisers are declared here, outside the type, so that the type keeps its
// implicit memberwise initialiser (see the stored properties).
extension Diagnostic {
  /// Creates a diagnostic whose message is `message` (the initialiser that was the
  /// type's implicit memberwise one, with its defaults).
  init(code: DiagnosticCode, severity: Severity, line: Int? = nil, key: String? = nil, message: String) {
    self.init(
      storedLine: line, code: code, severity: severity, template: key == nil ? .text : .keyedText, pieceStart: 0,
      keyField: nil, body: key.map { Self.keyedText(key: $0, message: message) } ?? message)
  }

  /// Creates a diagnostic.
  public init(_ code: DiagnosticCode, _ severity: Severity, line: Int?, key: String? = nil, _ message: String) {
    self.init(code: code, severity: severity, line: line, key: key, message: message)
  }
}
