/// For each field of an edition, the count groups (``Identity/Set/countGroups``)
/// that name it, as its total or as a part: a mask of group positions per field,
/// built once per edition, so that inferring from zero totals
/// (``FieldAssembler/inferFromZeroTotals()``) reads only the groups that name a
/// value marked open instead of every group of the edition.
///
/// A damaged report with an open value (an empty cell, a dash) reads the
/// edition's two dozen groups of about eight fields each, most of them holding no
/// open value and so inferring nothing. The assembler gathers the masks of the
/// fields it marks open as it marks them (one `or` a field), and at the end reads
/// only the groups in that mask.
struct CountGroupIndex: Sendable, BitwiseCopyable {
  /// For each field, bit `g` set when group `g` names it; every bit set for every
  /// field when the edition has more groups than a mask has bits (then every group
  /// is read, as without the index).
  let masks: PermanentBuffer<UInt64>

  /// Indexes `groups`, positions in a catalogue of `fieldCount` fields (a position
  /// outside `0..<fieldCount` is not indexed; none is, in the editions' groups).
  init(_ groups: some Collection<Identity>, fieldCount: Int) {
    let count = max(0, fieldCount)
    guard groups.count <= UInt64.bitWidth else {
      masks = PermanentBuffer(repeatElement(UInt64.max, count: count))
      return
    }
    var masks = [UInt64](repeating: 0, count: count)
    for (group, identity) in groups.enumerated() {
      for field in [identity.total] + Array(identity.parts) where field >= 0 && field < count {
        masks[field] |= 1 << UInt64(group)
      }
    }
    self.masks = PermanentBuffer(masks)
  }

  /// The groups that name the field at `field` (none for a position outside the index).
  @inline(__always)
  func mask(of field: Int) -> UInt64 {
    field >= 0 && field < masks.count ? masks[field] : 0
  }

  /// Whether the mask `selected` selects the group at `position`: always for a
  /// position past a mask's bits, whose groups the index does not tell apart.
  @inline(__always)
  static func selects(_ selected: UInt64, _ position: Int) -> Bool {
    position >= UInt64.bitWidth || (selected >> UInt64(truncatingIfNeeded: position)) & 1 != 0
  }

  /// The edition's index of its ``Identity/Set/countGroups``.
  static func of(_ edition: Edition) -> CountGroupIndex {
    edition == .edition2019 ? index2019 : index2021
  }

  private static let index2019 = CountGroupIndex(
    Identity.all(for: .edition2019).countGroups, fieldCount: FieldCatalogue.permanentFields(for: .edition2019).count)
  private static let index2021 = CountGroupIndex(
    Identity.all(for: .edition2021).countGroups, fieldCount: FieldCatalogue.permanentFields(for: .edition2021).count)
}
