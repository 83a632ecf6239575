import DisclosureModel

/// The text of a report's `fields` and `sources` objects for one list of field
/// keys, worked out once: `fields` is constant text with a field's value between
/// each two pieces, and `sources` lists the fields in the order of their keys.
///
/// It follows ``Report``'s encoding step by step: the tree is built by the same
/// insertions (a key is split at each `.`, empty parts dropped; a later key
/// replaces an earlier value at the same path, and a value in the way of a deeper
/// key is replaced by an object), and keys that are equal as Swift strings
/// (canonically equivalent) meet in one member, spelled as the first one, as they
/// do in a `Dictionary`.
struct FieldsLayout: Sendable {
  /// The field keys this layout is for, in order.
  let keys: [String]
  /// The definitions the layout was made from, in order: a field with the same
  /// definition (one interned box, compared as a pointer) has the same key, so that
  /// ``matches(_:)`` compares strings only for fields with other definitions.
  private let definitions: [FieldDefinition]
  /// The text of `fields` without its values, followed by
  /// ``JSONBytes/Cursor/padding`` zeros that no value reads but the padded copies
  /// of its pieces may.
  private let text: [UInt8]
  /// Each value in the order of the text: where in ``text`` it goes (the end of the
  /// piece before it) and the field whose value it is.
  private let values: [(end: Int, field: Int)]
  /// The keys of `sources`' members in the order they are written, one after the
  /// other, each as `,` then the key as a JSON string then `:` (the comma left out
  /// for the first member written), followed by ``JSONBytes/Cursor/padding`` zeros;
  /// only those when ``sourceMembers`` is `nil`.
  private let sourceKeys: [UInt8]
  /// The members of `sources` in the order they are written: the field, and where
  /// its key ends in ``sourceKeys`` (it starts where the one before ends), when no
  /// two keys are equal; `nil` when some are, and the members are worked out per
  /// report as ``Report`` does.
  private let sourceMembers: [(field: Int, end: Int)]?
  /// About how many bytes the `fields` and `sources` objects take: the room a
  /// report's JSON is first given.
  let estimatedSize: Int

  /// How many members of `sources` are written with one room made for all of
  /// them: few enough that the room for the longest numbers (which almost no
  /// source has) stays small beside a report's JSON.
  private static let sourcesPerWrite = 16

  /// The layout of the catalogue's fields of each edition.
  private static let edition2019 = FieldsLayout(definitions: FieldCatalogue.fields(for: .edition2019))
  private static let edition2021 = FieldsLayout(definitions: FieldCatalogue.fields(for: .edition2021))

  /// The layout for `fields`: the stored one of `edition` when the keys are the
  /// catalogue's, else a new one; `nil` when a key has more than
  /// ``ReportJSONWriter/maximumKeyParts`` parts.
  static func layout(for fields: [Field], edition: Edition) -> FieldsLayout? {
    let stored = edition == .edition2019 ? edition2019 : edition2021
    if stored.matches(fields) { return stored }
    for field in fields where field.key.split(separator: ".").count > ReportJSONWriter.maximumKeyParts {
      return nil
    }
    return FieldsLayout(definitions: fields.map(\.definition))
  }

  /// Whether `fields` have exactly ``keys``, in that order: a field with the
  /// layout's definition at its place has; one with another definition is compared
  /// by key.
  func matches(_ fields: [Field]) -> Bool {
    guard fields.count == keys.count else { return false }
    for index in fields.indices where !fields[index].definition.isSame(as: definitions[index]) {
      if fields[index].key != keys[index] { return false }
    }
    return true
  }

  /// The tree of `fields` with the index of a field at each leaf.
  private indirect enum Node {
    case object([String: Node])
    case leaf(Int)

    /// The insertion of ``Report``'s encoding, step for step.
    mutating func insert(_ leaf: Node, at path: ArraySlice<String>) {
      guard let head = path.first else {
        self = leaf
        return
      }
      var children: [String: Node]
      if case .object(let existing) = self { children = existing } else { children = [:] }
      var child = children[head] ?? .object([:])
      child.insert(leaf, at: path.dropFirst())
      children[head] = child
      self = .object(children)
    }
  }

  /// Works out the layout of fields with `definitions`.
  init(definitions: [FieldDefinition]) {
    let keys = definitions.map(\.key)
    self.keys = keys
    self.definitions = definitions
    var root = Node.object([:])
    for (index, key) in keys.enumerated() {
      root.insert(.leaf(index), at: ArraySlice(key.split(separator: ".").map(String.init)))
    }
    var text: [UInt8] = []
    var values: [(end: Int, field: Int)] = []
    func emit(_ node: Node) {
      switch node {
      case .leaf(let index):
        values.append((end: text.count, field: index))
      case .object(let children):
        text.append(ReportJSONWriter.openingBrace)
        let sorted = children.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for (position, member) in sorted.enumerated() {
          if position > 0 { text.append(ReportJSONWriter.comma) }
          ReportJSONWriter.appendString(member.key, to: &text)
          text.append(ReportJSONWriter.colon)
          emit(member.value)
        }
        text.append(ReportJSONWriter.closingBrace)
      }
    }
    emit(root)
    let textCount = text.count
    text.append(contentsOf: repeatElement(0, count: JSONBytes.Cursor.padding))
    self.text = text
    self.values = values

    var sourceKeys: [UInt8] = []
    if Set(keys).count == keys.count {
      sourceMembers = keys.indices
        .sorted { keys[$0].utf8.lexicographicallyPrecedes(keys[$1].utf8) }
        .map { index in
          sourceKeys.append(ReportJSONWriter.comma)
          ReportJSONWriter.appendString(keys[index], to: &sourceKeys)
          sourceKeys.append(ReportJSONWriter.colon)
          return (field: index, end: sourceKeys.count)
        }
    } else {
      sourceMembers = nil
    }
    sourceKeys.append(contentsOf: repeatElement(0, count: JSONBytes.Cursor.padding))
    self.sourceKeys = sourceKeys
    // A value and a source of a few digits each.
    estimatedSize = textCount + sourceKeys.count + 32 * keys.count
  }

  /// Appends the `fields` object of `fields`, which have ``keys``: a count is read
  /// from the field's packed form (``Field/integer``) and written with the piece of
  /// text before it in one ``JSONBytes/write(atMost:_:)``; any other value is read
  /// as a ``FieldValue``.
  func appendFields(_ fields: [Field], to out: inout JSONBytes) {
    text.withUnsafeBufferPointer { text in
      guard let base = text.baseAddress else { return }
      var start = 0
      for value in values {
        // A piece is part of the layout's text, so the limits below cannot overflow.
        let piece = value.end - start
        if let integer = fields[value.field].integer {
          out.write(atMost: piece &+ (JSONBytes.Cursor.padding + JSONBytes.Cursor.decimalLimit)) { cursor in
            cursor.putPadded(base + start, count: piece)
            cursor.putDecimal(integer)
          }
        } else {
          out.write(atMost: piece &+ JSONBytes.Cursor.padding) { $0.putPadded(base + start, count: piece) }
          ReportJSONWriter.appendValue(fields[value.field].value, to: &out)
        }
        start = value.end
      }
      out.append(UnsafeBufferPointer(rebasing: text[start..<(text.count - JSONBytes.Cursor.padding)]))
    }
  }

  /// Appends the `sources` object of `fields`, which have ``keys``: the source of
  /// each field that has one, by key, read from the field's packed form when it
  /// holds it (``Field/plainSource``). The members are written
  /// ``sourcesPerWrite`` at a time, in one ``JSONBytes/write(atMost:_:)`` each.
  func appendSources(_ fields: [Field], to out: inout JSONBytes) {
    out.append(ReportJSONWriter.openingBrace)
    guard let sourceMembers else {
      appendSourcesOfEqualKeys(fields, to: &out)
      return
    }
    sourceKeys.withUnsafeBufferPointer { keys in
      guard let base = keys.baseAddress else { return }
      var first = true
      var chunk = 0
      // Where the key of the chunk's first member starts in `sourceKeys`.
      var chunkKeys = 0
      while chunk < sourceMembers.count {
        let chunkEnd = min(chunk + Self.sourcesPerWrite, sourceMembers.count)
        let keysEnd = sourceMembers[chunkEnd - 1].end
        // The chunk's keys, and for each member `{"cell":`, a number, `,"line":`, a
        // number and `}`; then what a padded copy may write past the last.
        let limit =
          (keysEnd - chunkKeys) + (chunkEnd - chunk) * JSONBytes.Cursor.sourceLimit
          + JSONBytes.Cursor.padding
        out.write(atMost: limit) { cursor in
          var start = chunkKeys
          for position in chunk..<chunkEnd {
            let member = sourceMembers[position]
            defer { start = member.end }
            // The key, without its comma for the first member.
            let keyStart = first ? start + 1 : start
            if let (line, cell) = fields[member.field].plainSource {
              first = false
              cursor.putPadded(base + keyStart, count: member.end - keyStart)
              cursor.putSource(line: line, cell: cell >= 0 ? cell : nil)
            } else if let source = fields[member.field].source {
              first = false
              cursor.putPadded(base + keyStart, count: member.end - keyStart)
              cursor.putSource(line: source.line, cell: source.cell)
            }
          }
        }
        chunk = chunkEnd
        chunkKeys = keysEnd
      }
    }
    out.append(ReportJSONWriter.closingBrace)
  }

  /// The members of `sources` when some keys are equal: the dictionary of the
  /// Codable encoding decides which source and which spelling of the key remain.
  /// Appends them and the closing brace.
  private func appendSourcesOfEqualKeys(_ fields: [Field], to out: inout JSONBytes) {
    var sources: [String: SourceLocation] = [:]
    for field in fields {
      if let source = field.source { sources[field.key] = source }
    }
    var first = true
    for (key, source) in sources.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
      if !first { out.append(ReportJSONWriter.comma) }
      first = false
      out.appendString(key)
      out.append(ReportJSONWriter.colon)
      ReportJSONWriter.appendSource(source, to: &out)
    }
    out.append(ReportJSONWriter.closingBrace)
  }
}
