/// The whole path from bytes to a checked ``Report``: decode, detect the layout, build
/// the neutral document, interpret, check.
///
/// ```swift
/// import DisclosureKit
///
/// let parser = ReportParser(registry: .standard)
/// let report = try parser.parse(bytes)
/// print(report["applications.received.total"]?.formatted ?? "null")
/// ```
public struct ReportParser: Sendable {
  /// The adapters available to the parse.
  public var registry: LayoutRegistry
  /// The parse settings.
  public var options: ParseOptions
  /// The interpreter that maps documents to fields. Its
  /// ``Interpreter/blankAsZero`` is taken from ``options`` on every parse.
  public var interpreter: Interpreter

  /// Creates a parser over `registry`.
  public init(registry: LayoutRegistry, options: ParseOptions = ParseOptions()) {
    self.registry = registry
    self.options = options
    self.interpreter = Interpreter(blankAsZero: options.blankAsZero)
  }

  /// Parses raw file bytes.
  ///
  /// - Throws: ``DisclosureError`` when the bytes are empty, binary, too large, not
  ///   decodable, name an unknown layout, or are not a report.
  public func parse(_ bytes: [UInt8]) throws(DisclosureError) -> Report {
    guard bytes.count <= options.maximumInputBytes else {
      throw DisclosureError(
        .tooLarge, "The input has \(bytes.count) bytes, more than the limit of \(options.maximumInputBytes).",
        byteOffset: options.maximumInputBytes,
        suggestion: "Raise ParseOptions.maximumInputBytes if the file really is a report.")
    }
    let (text, encoding) = try TextDecoder.decode(
      bytes, encoding: options.encoding, lenient: options.lenientDecoding)
    return try parse(consuming: text, encoding: encoding)
  }

  /// Parses text that is already decoded.
  public func parse(_ text: SourceText, encoding: TextEncoding = .utf8) throws(DisclosureError) -> Report {
    try parse(consuming: text, encoding: encoding)
  }

  /// ``parse(_:encoding:)`` taking `text` over: the census's line shapes are put in
  /// it in place, for the adapter, instead of in a copy (a retain of each of the
  /// text's buffers, and a release after). ``parse(_:)`` hands on the text it
  /// decoded, which nothing else holds, so it makes no copy at all.
  private func parse(consuming text: consuming SourceText, encoding: TextEncoding) throws(DisclosureError) -> Report {
    guard text.bytes.contains(where: { $0 > 0x20 }) else {
      throw DisclosureError(
        .empty, "The input holds only white space (\(text.bytes.count) bytes).", byteOffset: 0,
        suggestion: "Check that the file was saved completely and that the right file was given.")
    }
    // The census that detection takes keeps the lines' shapes, and the adapter reads
    // them instead of scanning the lines again.
    // Their room is the last parse's on this thread, kept (``SpareDocumentBuffers``).
    var shapes = LineShapes(recording: true)
    SpareDocumentBuffers.take(into: &shapes.shapes)
    let adapter = try chooseAdapter(for: text, keeping: &shapes)
    text.lineShapes = consume shapes
    var document = adapter.makeDocument(from: text)
    // An adapter that builds its document without a DocumentBuilder may drop the
    // decoding notes; they belong in the report all the same.
    if !text.notes.isEmpty, !document.notes.starts(with: text.notes) {
      document.notes.insert(contentsOf: text.notes, at: 0)
    }
    var interpreter = interpreter
    interpreter.blankAsZero = options.blankAsZero
    let report = interpreter.interpret(document, layout: adapter.name, encoding: encoding.rawValue)
    // The document's buffers emptied and kept for the thread's next builder, not
    // freed (``SpareDocumentBuffers``).
    SpareDocumentBuffers.keep(from: &document)
    SpareDocumentBuffers.keep(from: &text.lineShapes.shapes)
    guard Self.looksLikeReport(report) else {
      var lines = 0
      text.forEachLine { line, _ in lines = line }
      throw DisclosureError(
        .notAReport,
        "The text (\(lines) \(lines == 1 ? "line" : "lines")) has no section heading, table row or title of a 政府信息公开工作年度报告 (government information disclosure annual report).",
        line: 1,
        suggestion:
          "Check that this is such a report; if it is, check that --encoding and --layout (if given) are right, and that its section headings (一、总体情况 …) survived the conversion."
      )
    }
    return report
  }

  /// The adapter named in the options, or the best-scoring one.
  public func chooseAdapter(for text: SourceText) throws(DisclosureError) -> any LayoutAdapter {
    var unused = LineShapes(recording: false)
    return try chooseAdapter(for: text, keeping: &unused)
  }

  /// ``chooseAdapter(for:)``, keeping the shapes of the lines that detection read in
  /// `shapes` (none when the layout is given).
  private func chooseAdapter(
    for text: SourceText, keeping shapes: inout LineShapes
  ) throws(DisclosureError) -> any LayoutAdapter {
    if let name = options.layout {
      guard let adapter = registry.adapter(named: name) else {
        throw DisclosureError(
          .unknownLayout, "No adapter is registered for the layout \"\(name)\".",
          suggestion: "Use one of: \(registry.names.joined(separator: ", ")).")
      }
      return adapter
    }
    if let adapter = registry.chosenAdapter(for: text, keeping: &shapes) { return adapter }
    // No table marks at all: any adapter reads prose the same way.
    guard let first = registry.adapters.first else {
      throw DisclosureError(
        .unknownLayout, "The registry holds no layout adapter.",
        suggestion: "Register at least one adapter, or use LayoutRegistry.standard.")
    }
    return first
  }

  /// A report is recognised by a section heading, a known table row, or a title.
  private static func looksLikeReport(_ report: Report) -> Bool {
    if !report.sections.isEmpty { return true }
    if report.fields.contains(where: { $0.value != nil && !$0.key.hasPrefix("report.") }) { return true }
    if let title = report.metadata.title, LabelTable.reportSubjectWords.contains(where: title.contains) { return true }
    return false
  }
}
