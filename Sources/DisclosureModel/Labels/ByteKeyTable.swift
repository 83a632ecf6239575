#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Musl)
  internal import Musl
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// A read-only hash table from byte strings to small integers, for looking labels up
/// by their normalised UTF-8 bytes without creating a `String`.
///
/// Keys live in one byte buffer; slots are plain values (open addressing, linear
/// probing, at most half full), so a lookup hashes the bytes once (a word at a time), then
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

  /// A multiplicative hash of `bytes`, eight bytes at a time (FNV-1a's constants,
  /// applied to words: a label of 30 bytes takes four steps, not thirty).
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return hash }
    var offset = 0
    while offset + 8 <= bytes.count {
      let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      hash = (hash ^ word) &* 0x0000_0100_0000_01b3
      hash ^= hash >> 29
      offset += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < bytes.count {
      tail |= UInt64(bytes[offset]) << shift
      shift += 8
      offset += 1
    }
    hash = (hash ^ tail) &* 0x0000_0100_0000_01b3
    return hash ^ (hash >> 29)
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
            guard let keyBase = key.baseAddress, let keysBase = keys.baseAddress else { return Int(entry.value) }
            if memcmp(keysBase + Int(entry.start), keyBase, key.count) == 0 { return Int(entry.value) }
          }
          slot = (slot + 1) & mask
        }
      }
    }
  }
}
