/// Settings of a parse. The defaults suit almost every caller.
///
/// ```swift
/// var options = ParseOptions(encoding: .gb18030)   // the file is GBK; don't detect
/// options.lenientDecoding = true                    // replace damaged bytes, don't refuse
/// let parser = ReportParser(registry: .standard, options: options)
/// ```
///
/// The caps on what one row, table, line or label may cost are fixed, documented
/// constants: see ``InputLimits``.
public struct ParseOptions: Sendable, Hashable {
  /// The layout to use by name, or `nil` to detect it (the default).
  public var layout: String?
  /// The text encoding, or `nil` to detect it (the default): a UTF-16 or UTF-8
  /// byte-order mark, else UTF-8 if the bytes are valid UTF-8, else GB18030.
  public var encoding: TextEncoding?
  /// Whether byte sequences that are invalid in the encoding are replaced with U+FFFD
  /// (with a `replacedBytes` diagnostic per damaged line) instead of refusing the
  /// input with a `DisclosureError` of kind `invalidEncoding` (the default, `false`).
  public var lenientDecoding: Bool
  /// The largest input accepted, in bytes (default 256 MiB).
  public var maximumInputBytes: Int
  /// Whether an empty table cell is read as 0 (default `false`: it is `null`, with
  /// an `emptyCell` warning).
  ///
  /// Many agencies leave the cells of zero counts blank. With this option on, an
  /// empty value cell whose column is placed with certainty becomes 0, with a
  /// `blankReadAsZero` (info) diagnostic naming the key and the line. A cell whose
  /// column is uncertain (a `cannotPlace` row, the open columns of a `totalOnly`
  /// row, a row that lost cells) stays `null` with its usual diagnostic, and so does
  /// a placeholder (`-`, `/`, `无`). The report records the option in
  /// ``ReportMetadata/blankCellsReadAsZero`` (`blankCellsReadAsZero` in its JSON).
  public var blankAsZero: Bool

  /// Creates options.
  public init(
    layout: String? = nil, encoding: TextEncoding? = nil, lenientDecoding: Bool = false,
    maximumInputBytes: Int = 256 << 20, blankAsZero: Bool = false
  ) {
    self.layout = layout
    self.encoding = encoding
    self.lenientDecoding = lenientDecoding
    self.maximumInputBytes = maximumInputBytes
    self.blankAsZero = blankAsZero
  }
}
