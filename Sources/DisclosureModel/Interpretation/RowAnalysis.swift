/// One table row, classified: its cells read, its labels normalised, and what the
/// row is (a header, a data row of table 二, 三 or 四, or nothing known).
struct RowAnalysis: Sendable {
  /// What the row is.
  enum Kind: Sendable, Hashable {
    /// Nothing the interpreter uses (a header fragment, a caption).
    case ignored
    /// Table 二's `信息内容` header: column keys by cell index.
    case proactiveHeader([Int: String])
    /// One of table 三's header rows.
    case applicationHeader
    /// One of table 四's header rows.
    case reviewHeader
    /// A data row of table 二 (the key component after `proactive.`).
    case proactive(String)
    /// A data row of table 三.
    case application(LabelTable.ApplicationRow)
    /// A label-less row of numbers: table 四's data row if its context agrees.
    case numbersOnly
    /// A labelled row with numbers that matches nothing known.
    case unrecognized(String)
  }

  var row: Row
  var values: [CellValue]
  /// Index of the last label (text) cell, or `nil` when every cell is value-like.
  var lastLabel: Int?
  var kind: Kind
  /// The row's normalised label texts, in order.
  var labelTexts: [String]
  /// The row's label texts, joined, for messages.
  var labelText: String { labelTexts.joined(separator: " ") }
  /// Editions whose marker labels the row holds.
  var markers: [Edition]

  /// The index of the first value cell.
  var firstValue: Int { (lastLabel ?? -1) + 1 }

  /// How many cells hold a number.
  var numberCount: Int {
    values.reduce(0) { count, value in
      if case .number = value { count + 1 } else { count }
    }
  }

  init(_ row: Row, storage: UnsafeBufferPointer<UInt8>) {
    self.row = row
    var values: [CellValue] = []
    values.reserveCapacity(row.cells.count)
    var labels: [(index: Int, label: LabelText)] = []
    for (index, cell) in row.cells.enumerated() {
      let value = CellValue.read(storage, cell.span)
      values.append(value)
      if case .text = value { labels.append((index, LabelText(storage, cell.span))) }
    }
    self.values = values
    self.lastLabel = labels.last?.index
    self.labelTexts = labels.map(\.label.text)
    self.markers = labels.compactMap { LabelMatcher.match($0.label.text, in: LabelMatcher.editionMarkers) }
    self.kind = .ignored
    self.kind = Self.classify(labels: labels, values: values, hasNumbers: numberCount > 0)
  }

  private static func classify(labels: [(index: Int, label: LabelText)], values: [CellValue], hasNumbers: Bool) -> Kind
  {
    guard let last = labels.last else { return hasNumbers ? .numbersOnly : .ignored }
    // Headers first: they hold words that are also row labels (其他, 总计).
    if let first = labels.first, first.label.text == LabelMatcher.proactiveHeader {
      var columns: [Int: String] = [:]
      for (index, label) in labels.dropFirst() {
        if let column = LabelMatcher.match(label.text, in: LabelMatcher.proactiveColumns) { columns[index] = column }
      }
      return .proactiveHeader(columns)
    }
    if labels.contains(where: { LabelMatcher.match($0.label.text, in: LabelMatcher.applicationHeaders) != nil }) {
      return .applicationHeader
    }
    if labels.contains(where: { LabelMatcher.match($0.label.text, in: LabelMatcher.reviewHeaders) != nil }) {
      return .reviewHeader
    }
    if let row = LabelMatcher.match(last.label.text, in: LabelMatcher.proactiveRows) { return .proactive(row) }
    if let row = LabelMatcher.match(last.label.text, in: LabelMatcher.applicationRows) { return .application(row) }
    // Labels split over several cells, or run together with their group.
    let joined = labels.map(\.label.text).joined()
    if labels.count > 1, let row = LabelMatcher.match(joined, in: LabelMatcher.applicationRows) {
      return .application(row)
    }
    return hasNumbers ? .unrecognized(joined) : .ignored
  }
}
