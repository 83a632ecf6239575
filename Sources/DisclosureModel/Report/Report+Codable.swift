/// JSON form of a report.
///
/// ```json
/// {
///   "fields": { "report": { "title": "…", "year": 2021, … },
///               "applications": { "received": { "naturalPerson": 3, … }, … }, … },
///   "sources": { "applications.received.naturalPerson": { "line": 57, "cell": 3 }, … },
///   "sections": [ … ], "checks": [ … ], "diagnostics": [ … ],
///   "encoding": "utf-8", "blankCellsReadAsZero": false
/// }
/// ```
///
/// `fields` nests by key path; a `null` value is written as JSON `null`. Integers
/// are numbers; decimals are strings holding the exact digits.
/// `blankCellsReadAsZero` records ``ReportMetadata/blankCellsReadAsZero`` (absent
/// when decoding means `false`).
extension Report: Codable {
  private enum CodingKeys: String, CodingKey {
    case fields, sources, sections, checks, diagnostics, encoding, blankCellsReadAsZero
  }

  /// Encodes the JSON form described above.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    var tree = NestedValue.object([:])
    var sources: [String: SourceLocation] = [:]
    for field in fields {
      tree.insert(field.value.map(NestedValue.value) ?? .null, at: field.key.split(separator: ".").map(String.init))
      if let source = field.source { sources[field.key] = source }
    }
    try container.encode(tree, forKey: .fields)
    try container.encode(sources, forKey: .sources)
    try container.encode(sections, forKey: .sections)
    try container.encode(checks, forKey: .checks)
    try container.encode(diagnostics, forKey: .diagnostics)
    try container.encode(metadata.encoding, forKey: .encoding)
    try container.encode(metadata.blankCellsReadAsZero, forKey: .blankCellsReadAsZero)
  }

  /// Decodes the JSON form described above.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let tree = try container.decode(NestedValue.self, forKey: .fields)
    let sources = try container.decodeIfPresent([String: SourceLocation].self, forKey: .sources) ?? [:]
    guard case .value(let editionValue) = tree.lookup(["report", "edition"]),
      let edition = Edition(rawValue: editionValue.formatted)
    else {
      throw DecodingError.dataCorruptedError(
        forKey: .fields, in: container, debugDescription: "fields.report.edition is missing or unknown")
    }
    var fields: [Field] = []
    for definition in FieldCatalogue.fields(for: edition) {
      var value: FieldValue?
      if case .value(let found) = tree.lookup(definition.key.split(separator: ".").map(String.init)) {
        value = found
        // A decimal that happens to have no fraction decodes as an integer.
        if definition.type == .decimal, case .integer(let integer) = found { value = .decimal(String(integer)) }
        if definition.type == .text, case .decimal(let digits) = found { value = .text(digits) }
      }
      fields.append(Field(definition: definition, value: value, source: sources[definition.key]))
    }
    func text(_ key: String) -> String? {
      fields.first { $0.key == key }?.value?.formatted
    }
    self.init(
      metadata: ReportMetadata(
        title: text("report.title"),
        agency: text("report.agency"),
        year: fields.first { $0.key == "report.year" }?.value?.integer,
        edition: edition,
        layout: text("report.layout") ?? "",
        encoding: try container.decodeIfPresent(String.self, forKey: .encoding) ?? "utf-8",
        blankCellsReadAsZero: try container.decodeIfPresent(Bool.self, forKey: .blankCellsReadAsZero) ?? false
      ),
      sections: try container.decodeIfPresent([Section].self, forKey: .sections) ?? [],
      fields: fields,
      checks: try container.decodeIfPresent([CheckResult].self, forKey: .checks) ?? [],
      diagnostics: try container.decodeIfPresent([Diagnostic].self, forKey: .diagnostics) ?? []
    )
  }
}

/// A JSON tree of field values, nested by key path.
enum NestedValue: Codable, Hashable, Sendable {
  case object([String: NestedValue])
  case value(FieldValue)
  case null

  mutating func insert(_ leaf: NestedValue, at path: [String]) {
    guard let head = path.first else {
      self = leaf
      return
    }
    var children: [String: NestedValue]
    if case .object(let existing) = self { children = existing } else { children = [:] }
    var child = children[head] ?? .object([:])
    child.insert(leaf, at: Array(path.dropFirst()))
    children[head] = child
    self = .object(children)
  }

  func lookup(_ path: [String]) -> NestedValue? {
    guard let head = path.first else { return self }
    guard case .object(let children) = self, let child = children[head] else { return nil }
    return child.lookup(Array(path.dropFirst()))
  }

  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  init(from decoder: any Decoder) throws {
    if let container = try? decoder.container(keyedBy: Key.self) {
      var children: [String: NestedValue] = [:]
      for key in container.allKeys {
        children[key.stringValue] = try container.decode(NestedValue.self, forKey: key)
      }
      self = .object(children)
      return
    }
    let single = try decoder.singleValueContainer()
    self = single.decodeNil() ? .null : .value(try single.decode(FieldValue.self))
  }

  func encode(to encoder: any Encoder) throws {
    switch self {
    case .object(let children):
      var container = encoder.container(keyedBy: Key.self)
      for (key, child) in children { try container.encode(child, forKey: Key(stringValue: key)) }
    case .value(let value):
      try value.encode(to: encoder)
    case .null:
      var single = encoder.singleValueContainer()
      try single.encodeNil()
    }
  }
}
