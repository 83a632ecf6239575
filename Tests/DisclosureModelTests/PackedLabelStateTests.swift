import Testing

@testable import DisclosureModel

/// What a row's label cells gather is kept in few words: the edition markers'
/// two counts in one (``EditionMarkers``), table 二's header flag of a row's first
/// label among the gathered header flags (``LabelClass/addHeaderFlags(of:first:)``).
@Suite("A row's label state in few words")
struct PackedLabelStateTests {
  @Test("The two counts read back as set, each on its own, up to 2³² − 1")
  func counts() {
    var markers = EditionMarkers(count2019: 3, count2021: 7)
    #expect(markers.count2019 == 3 && markers.count2021 == 7)
    markers.count2019 = 4_294_967_295
    #expect(markers.count2019 == 4_294_967_295 && markers.count2021 == 7)
    markers.count2021 = 0
    markers.count2019 = 1
    #expect(markers.count2019 == 1 && markers.count2021 == 0)
    markers.add(.edition2021)
    markers.add(.edition2021)
    markers.add(.edition2019)
    #expect(markers == EditionMarkers(count2019: 2, count2021: 2))
    markers.add(EditionMarkers(count2019: 10, count2021: 20))
    #expect(markers.count2019 == 12 && markers.count2021 == 22)
    #expect(EditionMarkers() == EditionMarkers(count2019: 0, count2021: 0))
  }

  @Test("Markers counted by edition into the packed counts, for every class in the table")
  func markerOfEveryLabel() {
    // Every raw text's class (each as the look-up finds it), its marker counted.
    var counts = EditionMarkers()
    var count2019 = 0
    var count2021 = 0
    for text in LabelClass.rawTexts {
      let label = text.withUnsafeBufferPointer { LabelClass.of($0, TextSpan(0..<$0.count)) }
      switch label.editionMarker {
      case .edition2019:
        counts.add(.edition2019)
        count2019 += 1
      case .edition2021:
        counts.add(.edition2021)
        count2021 += 1
      case nil: break
      }
    }
    #expect(count2019 > 0 && count2021 > 0)
    #expect(counts.count2019 == count2019 && counts.count2021 == count2021)
    var doubled = counts
    doubled.add(counts)
    #expect(doubled == EditionMarkers(count2019: 2 * count2019, count2021: 2 * count2021))
  }

  @Test("Header flags of a first label keep its table 二 header flag; of any other label, not")
  func firstLabelFlags() {
    let proactive = LabelClassTests.classified("信息内容")
    let application = LabelClassTests.classified("自然人")
    let review = LabelClassTests.classified("结果维持")
    let fee = LabelClassTests.classified("本年收费金额（单位：万元）")
    #expect(proactive.isProactiveHeader)
    var flags = LabelClass()
    flags.addHeaderFlags(of: proactive, first: false)
    #expect(flags == LabelClass())
    flags.addHeaderFlags(of: proactive, first: true)
    #expect(flags.isProactiveHeader && !flags.isApplicationHeader && !flags.isReviewHeader)
    flags.addHeaderFlags(of: fee, first: false)
    flags.addHeaderFlags(of: application, first: false)
    #expect(flags.isProactiveHeader && flags.isApplicationHeader && !flags.isReviewHeader)
    flags.addHeaderFlags(of: review, first: true)
    #expect(flags.isProactiveHeader && flags.isApplicationHeader && flags.isReviewHeader)
    // Nothing else is gathered: no marker, column or row.
    #expect(flags.editionMarker == nil && flags.proactiveColumn == nil)
    #expect(flags.proactiveRow == nil && flags.applicationRow == nil)
  }

  @Test("A row whose first label is no 信息内容 is no table 二 header, whatever follows")
  func laterProactiveHeader() {
    // 信息内容 as the second label: no header flag, no columns.
    let (state, columns) = RowLabelCellsTests.noted([("自然人", 0), ("信息内容", 1), ("本年增/减", 2)], cellCount: 3)
    #expect(!state.firstIsProactiveHeader && state.columnsStart == nil && columns.isEmpty)
    #expect(state.count == 3 && state.lastIndex == 2)
    #expect(state.anyApplicationHeader && !state.anyReviewHeader)
    #expect(state.markers == EditionMarkers(count2019: 1, count2021: 0))
  }
}
