/// A read-only hash table from byte strings to integers, for looking labels up
/// by their normalised UTF-8 bytes without creating a `String`.
///
/// Keys live in one byte buffer; slots are plain values (open addressing, linear
/// probing, at most a quarter full), so a lookup hashes three words of the bytes, then
/// compares bytes (a word at a time): no allocation, no reference counting, no Unicode normalisation.
struct ByteKeyTable: Sendable {
  private struct Slot: Sendable {
    var hash: UInt64 = 0
    var start: Int32 = 0
    var count: Int32 = -1
    // A whole word (the slot is 24 bytes either way, its hash aligning it to 8): a
    // value may be a packed answer (``LabelClass/packed``), not only a position.
    var value: Int = 0
  }

  private var keys: [UInt8] = []
  private var slots: [Slot]
  private var mask: Int

  /// Builds the table; for a key given twice, the first value wins.
  init(_ entries: [(key: [UInt8], value: Int)]) {
    // At most a quarter full: a look-up then seldom steps past a slot of another
    // key (at half full, half of an ordinary report's look-ups did), and the slots
    // of a few hundred labels are still only kilobytes.
    var size = 8
    while size < 4 * entries.count { size <<= 1 }
    slots = Array(repeating: Slot(), count: size)
    mask = size - 1
    for entry in entries {
      let hash = entry.key.withUnsafeBufferPointer(Self.hash)
      guard find(entry.key, hash: hash) == nil else { continue }
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot].count >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Slot(hash: hash, start: Int32(keys.count), count: Int32(entry.key.count), value: entry.value)
      keys.append(contentsOf: entry.key)
    }
  }

  /// A multiplicative hash of `bytes` (FNV-1a's constants, applied to words): of a
  /// key of eight bytes or more, its first eight, its middle eight and its last eight
  /// (overlapping when the key is shorter than 24), three steps whatever its length;
  /// of a key of four to seven bytes, its first and last four as one word; of a
  /// shorter one, its first, middle and last byte. The length is in the seed. Keys
  /// that differ only elsewhere (none of the label tables' keys, which differ in
  /// length or near an end) share a hash, which costs a look-up only a byte
  /// comparison more: a look-up compares every byte of a key whose hash matches.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let count = bytes.count
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(count)
    guard let base = UnsafeRawPointer(bytes.baseAddress), count > 0 else { return hash }
    @inline(__always)
    func mix(_ word: UInt64) {
      hash = (hash ^ word) &* 0x0000_0100_0000_01b3
      hash ^= hash >> 29
    }
    if count >= 8 {
      // Offsets 0, (count - 8) / 2 and count - 8: each word ends within the buffer.
      mix(base.loadUnaligned(as: UInt64.self))
      mix(base.loadUnaligned(fromByteOffset: (count &- 8) >> 1, as: UInt64.self))
      mix(base.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self))
    } else if count >= 4 {
      let low = UInt64(base.loadUnaligned(as: UInt32.self))
      let high = UInt64(base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
      mix(low | high << 32)
    } else {
      mix(UInt64(bytes[0]) | UInt64(bytes[count >> 1]) << 8 | UInt64(bytes[count - 1]) << 16)
    }
    return hash
  }

  /// Whether the `count` bytes at `first` and at `second` are equal, compared a word
  /// at a time the way ``hash(_:)`` reads them (overlapping at the end).
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
    find(key, hash: Self.hash(key))
  }

  private func find(_ key: [UInt8], hash: UInt64) -> Int? {
    key.withUnsafeBufferPointer { find($0, hash: hash) }
  }

  /// The value stored for `key`, whose hash is `hash`, or `nil`. Inlined into
  /// ``find(_:)``, so that a lookup is one call.
  @inline(__always)
  func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
    slots.withUnsafeBufferPointer { slots in
      keys.withUnsafeBufferPointer { keys in
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
          let entry = slots[slot]
          if entry.count < 0 { return nil }
          if entry.hash == hash, Int(entry.count) == key.count {
            guard let keyBase = key.baseAddress, let keysBase = keys.baseAddress else { return entry.value }
            if Self.bytesEqual(keysBase + Int(entry.start), keyBase, count: key.count) { return entry.value }
          }
          slot = (slot &+ 1) & mask
        }
      }
    }
  }
}
