import Testing

@testable import DisclosureModel

/// What a row's label cells gather is kept in few words: the edition markers'
/// two counts in one (``EditionMarkers``), a label's marker as two bits
/// (``LabelClass/editionMarkerBits``), table 二's header flag of a row's first label
/// among the gathered header flags (``LabelClass/addHeaderFlags(of:first:)``).
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

  @Test("A label's marker bits: 1 for 2019, 2 for 2021, 0 for none, 2019 when both flags are set")
  func markerBits() {
    var label = LabelClass()
    #expect(label.editionMarkerBits == 0)
    label.editionMarker = .edition2019
    #expect(label.editionMarkerBits == 1)
    label.editionMarker = .edition2021
    #expect(label.editionMarkerBits == 2)
    // Flags 8 (2019) and 16 (2021) both set, which no setter does: 2019, as the
    // getter reads it.
    let both = LabelClass(packed: 8 | 16)
    #expect(both.editionMarker == .edition2019)
    #expect(both.editionMarkerBits == 1)
    // Other answers leave the bits alone.
    var other = LabelClass()
    other.isApplicationHeader = true
    other.proactiveRow = 3
    other.applicationRow = 5
    #expect(other.editionMarkerBits == 0)
  }

  @Test("Counting a label's marker adds what add(_:) of its edition adds, for every class in the table")
  func markerOfEveryLabel() {
    // Every raw text's class (each as the look-up finds it), counted both ways.
    var byBits = EditionMarkers()
    var byEdition = EditionMarkers()
    var markers = 0
    for text in LabelClass.rawTexts {
      let label = text.withUnsafeBufferPointer { LabelClass.of($0, TextSpan(0..<$0.count)) }
      byBits.add(markerOf: label)
      if let edition = label.editionMarker {
        byEdition.add(edition)
        markers += 1
      }
    }
    #expect(byBits == byEdition)
    #expect(markers > 0 && byBits.count2019 > 0 && byBits.count2021 > 0)
    #expect(byBits.count2019 + byBits.count2021 == markers)
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
