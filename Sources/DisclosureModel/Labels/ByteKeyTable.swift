/// A read-only hash table from byte strings to small integers, for looking labels up
/// by their normalised UTF-8 bytes without creating a `String`.
///
/// Keys live in one byte buffer; slots are plain values (open addressing, linear
/// probing, at most half full), so a lookup hashes the bytes once (FNV-1a), then
/// compares bytes: no allocation, no reference counting, no Unicode normalisation.
struct ByteKeyTable: Sendable {
  private struct Slot: Sendable {
    var hash: UInt64 = 0
    var start: Int32 = 0
    var count: Int32 = -1
    var value: Int32 = 0
  }

  private var keys: [UInt8] = []
  private var slots: [Slot]
  private var mask: Int

  /// Builds the table; for a key given twice, the first value wins.
  init(_ entries: [(key: [UInt8], value: Int)]) {
    var size = 8
    while size < 2 * entries.count { size <<= 1 }
    slots = Array(repeating: Slot(), count: size)
    mask = size - 1
    for entry in entries {
      let hash = entry.key.withUnsafeBufferPointer(Self.hash)
      guard find(entry.key, hash: hash) == nil else { continue }
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot].count >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Slot(hash: hash, start: Int32(keys.count), count: Int32(entry.key.count), value: Int32(entry.value))
      keys.append(contentsOf: entry.key)
    }
  }

  /// FNV-1a over `bytes`.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    return hash
  }

  /// The value stored for `key`, or `nil`.
  func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
    find(key, hash: Self.hash(key))
  }

  private func find(_ key: [UInt8], hash: UInt64) -> Int? {
    key.withUnsafeBufferPointer { find($0, hash: hash) }
  }

  /// The value stored for `key`, whose hash is `hash`, or `nil`.
  func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
    slots.withUnsafeBufferPointer { slots in
      keys.withUnsafeBufferPointer { keys in
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
          let entry = slots[slot]
          if entry.count < 0 { return nil }
          if entry.hash == hash, Int(entry.count) == key.count {
            let start = Int(entry.start)
            var offset = 0
            while offset < key.count, keys[start + offset] == key[offset] { offset += 1 }
            if offset == key.count { return Int(entry.value) }
          }
          slot = (slot + 1) & mask
        }
      }
    }
  }
}
