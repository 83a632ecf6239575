import Testing

@testable import DisclosureModel

/// ``RowAnalysis/joinedApplicationRow(_:_:_:)`` runs a row's labels together only
/// when the first label's text agrees with one of table 三's row labels on their
/// shorter length (``LabelMatcher/Index/agreesWithAnEntry(_:)``); it must find what
/// running every row's labels together and matching finds.
@Suite("Table 三's rows from labels run together")
struct JoinedApplicationRowTests {
  /// Whether `text` agrees with an entry of table 三's rows.
  static func agrees(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { LabelMatcher.applicationRows.agreesWithAnEntry($0) }
  }

  /// For a row whose cells are `texts`: the row ``RowAnalysis/joinedApplicationRow(_:_:_:)``
  /// finds, and the one found by running the normalised label texts together and
  /// matching them, without the check of the first.
  static func rows(_ texts: [String]) -> (found: LabelTable.ApplicationRow?, joined: LabelTable.ApplicationRow?) {
    RowLabelTextSizingTests.withRow(texts: texts) { row, storage in
      let found = RowAnalysis.joinedApplicationRow(row.cells, row.values, storage)
      let joined = row.labelTexts(storage).joined()
      return (
        found.map { LabelMatcher.applicationRows.values[$0] },
        joined.isEmpty ? nil : LabelMatcher.match(joined, in: LabelMatcher.applicationRows)
      )
    }
  }

  @Test("Hand-checked: texts that agree with a row label of table 三, and texts that do not")
  func agreement() {
    #expect(Self.agrees(""))
    #expect(Self.agrees("本年新收"))
    #expect(Self.agrees("予以公开的"))
    #expect(Self.agrees("结转"))
    #expect(Self.agrees("其他处理情况"))
    // 结果 starts like 结转下年度继续办理 but differs in its second character.
    #expect(!Self.agrees("结果"))
    #expect(!Self.agrees("维持"))
    #expect(!Self.agrees("行政"))
    #expect(!Self.agrees("本列数据的勾稽"))
    #expect(!Self.agrees("a"))
  }

  @Test("Hand-checked: rows whose labels run together name table 三's rows, and pieces of headers do not")
  func handChecked() {
    #expect(Self.rows(["本年新收政府信息", "公开申请数量", "3"]).found == .values("received"))
    #expect(Self.rows(["三、本年度办理", "结果"]).found == .group)
    #expect(Self.rows(["（三）不予", "公开"]).found == .group)
    #expect(Self.rows(["其他", "处理"]).found == .otherHandling)
    #expect(Self.rows(["结转下年度", " 继续办理 ", "0"]).found == .values("carriedForward"))
    #expect(Self.rows(["维持", "纠正", "结果", "审结"]).found == nil)
    #expect(Self.rows(["组织", "机构"]).found == nil)
    #expect(Self.rows(["1", "2"]).found == nil)
  }

  @Test("Every row of table 三's labels cut into cells, and of header pieces, finds what running all together finds")
  func agreesWithRunningAllTogether() {
    var labels = LabelTable.applicationRows.flatMap(\.labels) + LabelTable.applicationHeaderLabels
    labels += LabelTable.reviewHeaderLabels + ["结转", "结果", "其他", "（七）总计", "1.属于国家秘密", "、", "（二）"]
    let tails = ["", "情况", "0", "其他", "结果"]
    var checked = 0
    var found = 0
    for label in labels {
      let characters = Array(label)
      for cut in 0...characters.count {
        for tail in tails {
          let cells = [String(characters[..<cut]), String(characters[cut...]), tail, "12"]
          let (row, joined) = Self.rows(cells)
          #expect(row == joined, "\(cells)")
          checked += 1
          if row != nil { found += 1 }
        }
      }
    }
    #expect(checked > 1000)
    #expect(found > 500)
    // The first label text of every row that matched agrees with an entry.
    for label in LabelTable.applicationRows.flatMap(\.labels) {
      let text = LabelText(label).text
      for length in 0...text.count { #expect(Self.agrees(String(text.prefix(length))), "\(text)") }
    }
  }
}
