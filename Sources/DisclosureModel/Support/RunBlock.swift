#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Musl)
  internal import Musl
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// The memory of one interpretation run (``InterpretationRun/run(layout:encoding:)``),
/// kept for the next run on the same thread instead of freed.
///
/// A run's block holds its cells, analyses, observations and the assembler's room:
/// tens of kilobytes, more than `malloc` serves from its per-thread cache, so a new
/// block a report cost about 500 instructions of `posix_memalign` and `free`. A
/// thread keeps one block in a thread-specific slot, marked in use (in its header)
/// while a run holds it: the thread's next run takes it (``init(byteCount:alignment:)``)
/// when it is free and large enough, and gives it back (``giveBack()``) by clearing
/// the mark, so a run that reuses the block calls `pthread_getspecific` once and
/// nothing else. A run started meanwhile on the same thread, or one that needs more
/// room, takes a new block, which, given back, replaces the kept one unless that
/// one is in use (else it is freed). A block of more than ``largestKept`` bytes is
/// never kept: it is allocated and freed as before. A thread's kept block is freed
/// when the thread ends.
///
/// The run binds the memory to its own plain types each time and reads only what it
/// has written in the same run, so memory written by an earlier run is never read:
/// a kept block serves exactly as a new one would.
struct RunBlock {
  /// At least the bytes asked for, aligned as asked; valid until ``giveBack()``.
  let room: UnsafeMutableRawPointer
  /// The `malloc` allocation that holds ``room`` after its header, or `nil` when
  /// ``room`` is an allocation of its own (`UnsafeMutableRawPointer.allocate`),
  /// which is never kept.
  private let block: UnsafeMutableRawPointer?
  /// Whether ``block`` is the thread's kept block (else a new one).
  private let isKept: Bool

  /// The largest block kept for a thread's next run: 1 MiB.
  static let largestKept = 1 << 20
  /// The bytes in front of a block's room: its capacity (an `Int`), whether a run
  /// holds it (an `Int`, 0 or 1), and no more, so that the room keeps the block's
  /// alignment.
  private static let headerSize = 16
  private static let inUseOffset = 8
  /// The alignment of a block's room: that of `malloc`'s blocks on the systems this
  /// builds for (16 bytes), which the header keeps.
  private static let keptAlignment = 16

  /// The key of the thread-specific slot that holds a thread's kept block, created
  /// once a process (`nil` if it cannot be, and then no block is kept); a thread's
  /// block is freed when the thread ends.
  private static let key: pthread_key_t? = {
    var key = pthread_key_t()
    guard pthread_key_create(&key, { free($0) }) == 0 else { return nil }
    return key
  }()

  /// A block of at least `byteCount` bytes aligned to `alignment`: the thread's kept
  /// block when no run holds it and it is large enough, else a new one, with room to
  /// spare (a quarter more, up to ``largestKept``, so that the next, slightly larger
  /// report still fits). A block of more than ``largestKept`` bytes or aligned to
  /// more than 16, or one that `malloc` fails to give, is a plain allocation of its
  /// own, as every block was before blocks were kept.
  init(byteCount: Int, alignment: Int) {
    let byteCount = max(byteCount, 0)
    guard alignment <= Self.keptAlignment, byteCount <= Self.largestKept else {
      self.init(plain: byteCount, alignment: alignment)
      return
    }
    if let key = Self.key, let kept = pthread_getspecific(key),
      kept.load(fromByteOffset: Self.inUseOffset, as: Int.self) == 0, kept.load(as: Int.self) >= byteCount
    {
      kept.storeBytes(of: 1, toByteOffset: Self.inUseOffset, as: Int.self)
      self.init(block: kept, isKept: true)
      return
    }
    let capacity = min(byteCount + byteCount / 4, Self.largestKept)
    guard let block = malloc(Self.headerSize + capacity) else {
      self.init(plain: byteCount, alignment: alignment)
      return
    }
    block.storeBytes(of: capacity, as: Int.self)
    block.storeBytes(of: 1, toByteOffset: Self.inUseOffset, as: Int.self)
    self.init(block: block, isKept: false)
  }

  /// ``room`` after the header of `block`.
  private init(block: UnsafeMutableRawPointer, isKept: Bool) {
    self.block = block
    self.isKept = isKept
    room = block + Self.headerSize
  }

  /// A plain allocation of `byteCount` bytes aligned to `alignment`, never kept.
  private init(plain byteCount: Int, alignment: Int) {
    block = nil
    isKept = false
    room = .allocate(byteCount: byteCount, alignment: alignment)
  }

  /// Ends the run's use of the block: the kept block is marked free again; a new one
  /// becomes the thread's kept block when it may (see above), else is freed. ``room``
  /// must not be used after.
  func giveBack() {
    guard let block else {
      room.deallocate()
      return
    }
    block.storeBytes(of: 0, toByteOffset: Self.inUseOffset, as: Int.self)
    if isKept { return }
    if let key = Self.key {
      let kept = pthread_getspecific(key)
      if kept == nil || kept?.load(fromByteOffset: Self.inUseOffset, as: Int.self) == 0,
        pthread_setspecific(key, block) == 0
      {
        free(kept)
        return
      }
    }
    free(block)
  }
}
