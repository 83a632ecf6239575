/// A read-only hash table from byte strings to integers, for looking labels up
/// by their normalised UTF-8 bytes without creating a `String`.
///
/// Keys live in one byte buffer; slots are plain values (open addressing, linear
/// probing, at most a quarter full) that hold each key's length and its first and
/// last eight bytes (``Words``). A look-up reads those words of its bytes, hashes
/// them, and compares them with the slot's: that alone compares every byte of a key
/// of up to sixteen bytes (most labels of five ideographs or fewer); of a longer
/// key only the bytes between those words are compared, a word at a time. No
/// allocation, no reference counting, no Unicode normalisation.
struct ByteKeyTable: Sendable {
  /// What a look-up reads of a key before it compares any other byte: its length
  /// and two words that, for a key of up to sixteen bytes, hold every byte of it.
  /// Of a key of eight bytes or more: its first eight and its last eight
  /// (overlapping when shorter than sixteen); of four to seven: its first four and
  /// its last four as one word; of one to three: its first, middle and last byte;
  /// unused parts 0. Keys of the same length with the same words are equal up to
  /// sixteen bytes, and may differ only between the words when longer.
  struct Words: Equatable {
    var count: Int
    var first: UInt64
    var last: UInt64

    /// The words of `bytes`.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
      count = bytes.count
      guard let base = UnsafeRawPointer(bytes.baseAddress), count > 0 else {
        (first, last) = (0, 0)
        return
      }
      if count >= 8 {
        first = base.loadUnaligned(as: UInt64.self)
        last = base.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
      } else if count >= 4 {
        let low = UInt64(base.loadUnaligned(as: UInt32.self))
        let high = UInt64(base.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self))
        (first, last) = (low | high << 32, 0)
      } else {
        first = UInt64(bytes[0]) | UInt64(bytes[count >> 1]) << 8 | UInt64(bytes[count - 1]) << 16
        last = 0
      }
    }

    /// A multiplicative hash of the words (two multiplications), its high bits the
    /// well-mixed ones: only they are used (a slot's position), and each bit of a
    /// product depends on every lower bit of its factors, so the top bits of the
    /// second product depend on every bit of the words. The length is not hashed:
    /// keys alike in their words but not in length (rare, and only among keys of
    /// sixteen bytes or more or of three or fewer) just share a probe sequence, and
    /// a slot's length is compared anyway. (Hashing the length, and a step folding
    /// the first product's high bits down before the second, cost four instructions
    /// a look-up, with no fewer probes measured.)
    @inline(__always)
    var hash: UInt64 {
      let mixed = first &* 0x9E37_79B9_7F4A_7C15
      return (mixed ^ last) &* 0xBF58_476D_1CE4_E5B9
    }
  }

  private struct Slot: Sendable {
    var first: UInt64 = 0
    var last: UInt64 = 0
    var start: Int32 = 0
    var count: Int32 = -1
    // A whole word: a value may be a packed answer (``LabelClass/packed``), not
    // only a position.
    var value: Int = 0
  }

  private var keys: [UInt8] = []
  private var slots: [Slot]
  /// 64 less the number of bits of a slot's position: a hash shifted right by this
  /// is a position.
  private var shift: UInt64
  /// The number of slots less one (a power of two less one): a position masked by
  /// it is within the slots. Kept, not worked out from the slots' count, so that a
  /// look-up loop holds it as a value instead of reading the count from the array
  /// and subtracting one for every key (the array's count is read again after every
  /// call the loop makes).
  private var mask: Int

  /// Builds the table; for a key given twice, the first value wins.
  init(_ entries: [(key: [UInt8], value: Int)]) {
    // At most a quarter full: a look-up then seldom steps past a slot of another
    // key, and the slots of a few hundred labels are still only kilobytes.
    var size = 8
    var bits: UInt64 = 3
    while size < 4 * entries.count {
      size <<= 1
      bits += 1
    }
    slots = Array(repeating: Slot(), count: size)
    shift = 64 - bits
    mask = size - 1
    for entry in entries {
      let words = entry.key.withUnsafeBufferPointer(Words.init)
      guard entry.key.withUnsafeBufferPointer({ find($0, words: words) }) == nil else { continue }
      var slot = Int(truncatingIfNeeded: words.hash >> shift)
      while slots[slot].count >= 0 { slot = (slot + 1) & (size - 1) }
      slots[slot] = Slot(
        first: words.first, last: words.last, start: Int32(keys.count), count: Int32(entry.key.count),
        value: entry.value)
      keys.append(contentsOf: entry.key)
    }
  }

  /// Whether the `count` bytes at `first` and at `second` are equal, compared a word
  /// at a time (the last word overlapping the one before it), four bytes at a time
  /// when fewer than eight, byte by byte when fewer than four.
  @inline(__always)
  static func bytesEqual(_ first: UnsafeRawPointer, _ second: UnsafeRawPointer, count: Int) -> Bool {
    if count >= 8 {
      var offset = 0
      while offset &+ 8 < count {
        guard
          first.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            == second.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        else { return false }
        offset &+= 8
      }
      return first.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
        == second.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
    }
    if count >= 4 {
      return first.loadUnaligned(as: UInt32.self) == second.loadUnaligned(as: UInt32.self)
        && first.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
          == second.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
    }
    var offset = 0
    while offset < count {
      guard first.load(fromByteOffset: offset, as: UInt8.self) == second.load(fromByteOffset: offset, as: UInt8.self)
      else { return false }
      offset += 1
    }
    return true
  }

  /// The value stored for `key`, or `nil`.
  func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
    find(key, words: Words(key))
  }

  /// The value stored for `key`, whose words are `words`, or `nil`. Inlined into
  /// ``find(_:)``, so that a look-up is one call, and into callers that look up on
  /// every label (``LabelClass/of(raw:)``).
  ///
  /// Only the common case is written here: the key found in the slot its hash
  /// names, its first probe (the table is at most a quarter full, so nearly every
  /// key present sits there). Any other outcome (an empty slot, another key there,
  /// a longer key differing between its words) is settled by
  /// ``find(_:words:probingFrom:)`` out of line, which probes again from that same
  /// slot: the fast path only returns a value when the slot holds this very key,
  /// which is the first slot the full probe would accept, so both give the same.
  @inline(__always)
  func find(_ key: UnsafeBufferPointer<UInt8>, words: Words) -> Int? {
    let slot = firstSlot(words)
    let hit: Int? = slots.withUnsafeBufferPointer { slots in
      let entry = slots[slot & mask]
      // An empty slot's count is -1, never a key's length: it never matches.
      guard Int(entry.count) == words.count, entry.first == words.first, entry.last == words.last else {
        return nil
      }
      // Equal up to sixteen bytes; a longer key is compared between its words.
      if words.count <= 16 || middleEqual(key, entry.start, words.count) { return entry.value }
      return nil
    }
    if let hit { return hit }
    return find(key, words: words, probingFrom: slot)
  }

  /// The slot a key of `words` is probed from (not yet masked to the table: the
  /// probes mask it). `&>>`: `shift` is 64 less the bits of a position (3 or more),
  /// so always below 64, and the masking shift gives what `>>` gives without
  /// `>>`'s test for a shift of 64 or more (three instructions a look-up).
  @inline(__always)
  func firstSlot(_ words: Words) -> Int {
    Int(truncatingIfNeeded: words.hash &>> shift)
  }

  /// The general look-up of ``find(_:words:)``: probes from `slot` (the key's
  /// hash position) until the key or an empty slot. Never inlined: only keys not
  /// in their first slot, and misses, come here.
  @inline(never)
  func find(_ key: UnsafeBufferPointer<UInt8>, words: Words, probingFrom slot: Int) -> Int? {
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count &- 1
      var slot = slot
      while true {
        let entry = slots[slot & mask]
        if entry.count < 0 { return nil }
        if Int(entry.count) == words.count, entry.first == words.first, entry.last == words.last {
          // Equal up to sixteen bytes; a longer key is compared between its words.
          if words.count <= 16 || middleEqual(key, entry.start, words.count) { return entry.value }
        }
        slot &+= 1
      }
    }
  }

  /// Whether `key` (of `count` bytes, more than sixteen) equals the stored key at
  /// `start` of ``keys`` between their first and last eight bytes (whose words a
  /// slot already compared).
  @inline(__always)
  private func middleEqual(_ key: UnsafeBufferPointer<UInt8>, _ start: Int32, _ count: Int) -> Bool {
    keys.withUnsafeBufferPointer { keys in
      guard let keyBase = key.baseAddress, let keysBase = keys.baseAddress else { return false }
      return Self.bytesEqual(keysBase + Int(start) + 8, keyBase + 8, count: count &- 16)
    }
  }
}
