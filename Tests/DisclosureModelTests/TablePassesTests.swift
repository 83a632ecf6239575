import Testing

@testable import DisclosureModel

/// The run reads a builder's table in three passes
/// (``InterpretationRun/readRows(_:start:ends:cells:holdsApplications:)``): the cells' values
/// and label bounds (``FoundLabel``), the labels' classes, then each row from its
/// labels' classes merged. (``TableRowsTests`` and ``KeptCellsTests`` compare whole
/// reports with the row-at-a-time reader; these check each pass by hand.)
@Suite("A table read in three passes")
struct TablePassesTests {
  /// `规章`, `3`, an empty cell, ` 4 `, ` 信息内容 ` and `本年新制作数量`, one after
  /// another in the storage.
  static let texts = ["规章", "3", "", " 4 ", " 信息内容 ", "本年新制作数量"]

  static func layout() -> (storage: [UInt8], cells: [StoredCell]) {
    var storage: [UInt8] = []
    var cells: [StoredCell] = []
    for text in texts {
      let start = storage.count
      storage += Array(text.utf8)
      cells.append(StoredCell(unchecked: start, storage.count, line: 3))
    }
    return (storage, cells)
  }

  @Test("The first pass writes each cell's value and each label's trimmed bounds")
  func firstPass() {
    let (bytes, stored) = Self.layout()
    let values = UnsafeMutableBufferPointer<CellValue>.allocate(capacity: 6)
    let labels = UnsafeMutableBufferPointer<FoundLabel>.allocate(capacity: 6)
    defer {
      values.deallocate()
      labels.deallocate()
    }
    bytes.withUnsafeBufferPointer { storage in
      stored.withUnsafeBufferPointer { cells in
        let count = InterpretationRun.readCells(cells, storage: storage, into: values, labels: labels)
        // By hand: three labels, at cells 0, 4 and 5; ` 信息内容 ` (bytes 10 to 24)
        // trimmed to bytes 11 to 23, then 本年新制作数量 (bytes 24 to 45).
        #expect(count == 3)
        let three = CellValue.number(NumberText(plainValue: 3))
        let four = CellValue.number(NumberText(plainValue: 4))
        #expect(Array(values) == [.text, three, .empty, four, .text, .text])
        #expect(labels[0].cell == 0 && labels[0].start == 0 && labels[0].end == 6)
        #expect(labels[1].cell == 4 && labels[1].start == 11 && labels[1].end == 23)
        #expect(labels[2].cell == 5 && labels[2].start == 24 && labels[2].end == 45)
      }
    }
  }

  @Test("The second pass gives each label the class the one-label look-up gives")
  func secondPass() {
    // Labels found at their first probe, a variant that misses (spaces within), a
    // fragment of ideographs, and one no table holds.
    let texts = ["规章", "信息内容", "（一）予以公开", "1. 属于国家秘密", "规 章", "结果", "abc", "本年新制作数量"]
    var bytes: [UInt8] = []
    var found: [FoundLabel] = []
    for (index, text) in texts.enumerated() {
      let start = bytes.count
      bytes += Array(text.utf8)
      found.append(FoundLabel(cell: index, start: start, end: bytes.count))
    }
    bytes.withUnsafeBufferPointer { storage in
      found.withUnsafeMutableBufferPointer { found in
        var markers = EditionMarkers(count2019: 1, count2021: 2)
        InterpretationRun.lookUp(found, storage: storage, markerCounts: &markers)
        var expected = EditionMarkers(count2019: 1, count2021: 2)
        for label in found {
          #expect(label.label == LabelClass.of(storage, trimmedFrom: Int(label.start), to: Int(label.end)))
          if let marker = label.label.editionMarker { expected.add(marker) }
        }
        // Each label's marker added to the counts given: by hand, 本年新制作数量 is
        // the one 2019 marker among them (as ``RowByLineTests`` finds).
        #expect(markers == expected)
        #expect(markers == EditionMarkers(count2019: 2, count2021: 2))
      }
    }
    // By hand: 规章 is table 二's row `rules`; 信息内容 its header label; 结果 nothing.
    let classes = found.map(\.label)
    #expect(LabelMatcher.proactiveRows.values[classes[0].proactiveRow ?? -1] == "rules")
    #expect(classes[1].isProactiveHeader)
    #expect(classes[5] == LabelClass())
    #expect(classes[4].proactiveRow == classes[0].proactiveRow)
  }

  /// Labels found at cells `firstCell`, `firstCell + 1` and on, one a class of
  /// `classes`, each looked up already to its class.
  static func found(_ classes: [LabelClass], firstCell: Int) -> [FoundLabel] {
    classes.enumerated().map { index, label in
      var found = FoundLabel(cell: firstCell + index, start: 0, end: 0)
      found.label = label
      return found
    }
  }

  /// The class of `text` as one label.
  static func labelClass(_ text: String) -> LabelClass {
    Array(text.utf8).withUnsafeBufferPointer { LabelClass.of($0, trimmedFrom: 0, to: $0.count) }
  }

  @Test("A row's header flags: table 二's from its first label, the others from any")
  func headerFlags() {
    let header = Self.labelClass("信息内容")
    let rules = Self.labelClass("规章")
    let applicationHeader = Self.labelClass(LabelTable.applicationHeaderLabels[0])
    #expect(applicationHeader.isApplicationHeader)
    let first = LabelClass(headerFlagsOfFirst: header, any: header.packed | rules.packed)
    #expect(first.isProactiveHeader && first.hasHeaderFlag && !first.isApplicationHeader)
    let later = LabelClass(headerFlagsOfFirst: rules, any: rules.packed | header.packed)
    #expect(!later.isProactiveHeader && !later.hasHeaderFlag)
    let application = LabelClass(headerFlagsOfFirst: rules, any: rules.packed | applicationHeader.packed)
    #expect(application.isApplicationHeader && application.hasHeaderFlag && !application.isProactiveHeader)
    // Only header flags: no row or column position is kept.
    #expect(first.proactiveRow == nil && later.proactiveRow == nil)
  }

  @Test("A header row's labels counted up to its end note the columns its labels name")
  func columnsUpToEnd() {
    let labels = ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]
    let classes = labels.map(Self.labelClass)
    // The row's cells at 5 to 8 of their table, a later row's label at 9, then the
    // mark after the table's labels; and the same row alone, the mark after it.
    let followed = Self.found(classes + [classes[1]], firstCell: 5) + [.end]
    let alone = Self.found(classes, firstCell: 5) + [.end]
    for labels in [followed, alone] {
      var counted: [Int?] = [7]
      var given: [Int?] = [7]
      let starts = labels.withUnsafeBufferPointer { found -> (Int?, Int?)? in
        guard let first = found.baseAddress else { return nil }
        return (
          RowAnalysis.noteColumns(from: first, before: 9, firstCell: 5, cellCount: 4, headerColumns: &counted),
          RowAnalysis.noteColumns(
            UnsafeBufferPointer(rebasing: found[..<4]), firstCell: 5, cellCount: 4, headerColumns: &given)
        )
      }
      #expect(starts?.0 == 1 && starts?.1 == 1)
      #expect(counted == given && counted.count == 5 && counted[2] != nil)
    }
  }

  @Test("A table 二 header row's columns are noted as its labels are one at a time")
  func columns() {
    let labels = ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]
    for firstIsHeader in [true, false] {
      let classes = (firstIsHeader ? labels : ["规章"] + labels.dropFirst()).map(Self.labelClass)
      // The row's cells at 5 to 8 of their table, looked up.
      let found = Self.found(classes, firstCell: 5)
      var headerColumns: [Int?] = [7]
      let start = found.withUnsafeBufferPointer { found in
        RowAnalysis.noteColumns(found, firstCell: 5, cellCount: 4, headerColumns: &headerColumns)
      }
      // By hand: a header's slots follow the one there already, one a cell, the
      // first nil; a row whose first label is not the header notes none.
      if firstIsHeader {
        #expect(start == 1)
        #expect(headerColumns.count == 5 && headerColumns[0] == 7 && headerColumns[1] == nil)
        #expect(headerColumns[2] == classes[1].proactiveColumn && headerColumns[4] == classes[3].proactiveColumn)
        #expect(headerColumns[2] != nil)
      } else {
        #expect(start == nil)
        #expect(headerColumns == [7])
      }
    }
  }
}
