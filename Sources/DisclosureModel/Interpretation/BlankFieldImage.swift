/// An edition's fields as a new report holds them before any value is recorded (one
/// a definition, in order, each with no value and no source), made once a process in
/// memory that is never freed, and copied into each new report's array by its bytes
/// (``copy(into:count:)``).
///
/// Writing the 205 blank fields one by one costs about 8 instructions a field; copying
/// the image's bytes about 6, in pieces small enough for the C library to copy with
/// vector loads and stores (a copy of the whole 11.5 KB at once is done by
/// `rep movsb`, which callgrind counts a byte at a time).
///
/// Copying a field by its bytes makes the same value as copying it by assignment only
/// because a blank field holds no reference to count: its definition is
/// `BitwiseCopyable` (a pointer to an interned box that is never freed), and its
/// value and source are `nil` (``FieldStorage``: plain numbers, and no string or
/// box). A test pins the sizes of ``Field`` and ``FieldStorage``, so that a property
/// added to either is noticed here.
struct BlankFieldImage: BitwiseCopyable, @unchecked Sendable {
  // Sendable: the memory is written once, before the image exists, then only read.
  /// The blank fields, initialised once and never deinitialised or freed.
  private let base: UnsafePointer<Field>?
  /// How many fields the image holds.
  let count: Int

  /// How many fields are copied by one call of the C library's copy: 3,456 bytes at
  /// a `Field`'s 48 (below the size from which glibc copies with `rep movsb`).
  static let fieldsACopy = 72

  /// The blank fields of `definitions`, in order.
  init(_ definitions: PermanentBuffer<FieldDefinition>) {
    let memory = UnsafeMutablePointer<Field>.allocate(capacity: definitions.count)
    for (position, definition) in definitions.enumerated() {
      (memory + position).initialize(to: Field(definition: definition, value: nil, source: nil))
    }
    base = UnsafePointer(memory)
    count = definitions.count
  }

  /// The image of the fields of `edition` (``FieldCatalogue/permanentFields(for:)``).
  static func of(_ edition: Edition) -> BlankFieldImage {
    edition == .edition2019 ? edition2019 : edition2021
  }

  private static let edition2019 = BlankFieldImage(FieldCatalogue.permanentFields(for: .edition2019))
  private static let edition2021 = BlankFieldImage(FieldCatalogue.permanentFields(for: .edition2021))

  /// Initialises the first `count` fields at `destination` (uninitialised memory
  /// bound to `Field`) as copies of the image's first `count` (at most ``count``),
  /// ``fieldsACopy`` at a time.
  func copy(into destination: UnsafeMutablePointer<Field>, count: Int) {
    guard let base else { return }
    let total = min(max(0, count), self.count)
    var copied = 0
    while copied < total {
      let piece = min(Self.fieldsACopy, total &- copied)
      UnsafeMutableRawPointer(destination + copied).copyMemory(
        from: UnsafeRawPointer(base + copied), byteCount: piece &* MemoryLayout<Field>.stride)
      copied &+= piece
    }
  }
}
