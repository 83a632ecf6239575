/// UTF-8 validation by the well-formed byte sequences of the Unicode Standard
/// (Table 3-7): sixteen bytes at a time while the text is ASCII, two-byte sequences
/// and the three-byte sequences of CJK text (``blockFailures(_:at:)``), and
/// character by character, with an eight-bytes-at-a-time path for ASCII runs and a
/// short path for CJK, where a block holds anything else or is cut by the end.
///
/// This is the UTF-8 hot path: valid input is scanned once and then used as it is.
enum UTF8Validation {
  /// The first ill-formed sequence in `bytes` at or after `start`: its offset and the
  /// length of its maximal subpart (the bytes one U+FFFD replaces), or `nil`.
  ///
  /// Only the character-by-character path reports a sequence: a block that is not
  /// passed whole is checked again by it, so a block test may be cautious (turn
  /// away well-formed bytes) but never passes an ill-formed one.
  static func firstInvalid(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> (offset: Int, length: Int)? {
    scan(bytes, from: start, noticingControls: false).invalid
  }

  /// The offset of the first byte of `bytes` that is not valid UTF-8, or `nil`, and
  /// whether the bytes before it (all of them if there is none) may hold a control
  /// byte (below 0x20, but not tab, line feed, vertical tab, form feed or carriage
  /// return), for ``TextDecoder``'s binary check: `false` means they certainly hold
  /// none, so the check need not read them again.
  static func firstInvalidNoticingControls(_ bytes: [UInt8]) -> (offset: Int?, mayHoldControl: Bool) {
    let found = firstInvalidNoticingLineBreaks(bytes)
    return (found.offset, found.mayHoldControl)
  }

  /// ``firstInvalidNoticingControls(_:)``, and also whether the bytes may hold a
  /// carriage return (0x0D) or a form feed (0x0C): `false` means they certainly hold
  /// neither, so every line of the text ends at a line feed, and the line-shape
  /// census need not look for carriage returns (``SourceText/endsLinesWithLineFeedsOnly``).
  ///
  /// It costs next to nothing: the lane-wise minimum of each byte `^ 0x1E` that the
  /// blocks and chunks keep for the control bytes 0E–1F (which it takes to 00–11)
  /// takes 0C to 0x12, 0D to 0x13, 00–0B to 0x14–0x1F and every byte from 0x20 on to
  /// 0x20 or above; so when that minimum is 0x14 or above in every lane, the bytes
  /// read as blocks and chunks (a chunk turned away included) hold neither byte. The
  /// character-by-character path tests the ASCII it reads. The answer is cautious,
  /// not exact: `true` also for any control byte 0E–1F, and for invalid text.
  static func firstInvalidNoticingLineBreaks(_ bytes: [UInt8]) -> (
    offset: Int?, mayHoldControl: Bool, mayHoldCarriageReturn: Bool
  ) {
    bytes.withUnsafeBufferPointer { buffer in
      let found = scan(buffer, from: 0, noticingControls: true)
      return (found.invalid?.offset, found.mayHoldControl, found.mayHoldCarriageReturn)
    }
  }

  /// ``firstInvalid(_:from:)``, noticing control bytes on the way if
  /// `noticingControls` (a constant at each call, so the other caller's code holds
  /// no trace of it).
  ///
  /// Control bytes are noticed where the bytes are read anyway, so the binary check
  /// costs no second pass over valid text: each passed block adds its bytes to two
  /// lane-wise minima (see ``TextDecoder/mayHoldControl(_:at:)``), and the
  /// character-by-character path tests the ASCII it reads (control bytes are ASCII;
  /// bytes it reads as part of a multi-byte sequence are not). A block that is turned
  /// away is not noticed: the character-by-character path reads its bytes again.
  @inline(__always)
  private static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, noticingControls: Bool
  ) -> (invalid: (offset: Int, length: Int)?, mayHoldControl: Bool, mayHoldCarriageReturn: Bool) {
    typealias Vector = ByteBlock.Vector
    // The least byte of the passed blocks, and the least of byte ^ 0x1E (which takes
    // the controls 0E–1F to 00–11, and 00–0D to 12–1F); the control bytes of the
    // character-by-character path's ASCII words, as ByteBlock masks. The least of
    // byte ^ 0x1E in the passed chunks, kept apart; the carriage returns and form
    // feeds of the character-by-character path's ASCII (and the controls 0E–1F).
    let shift = Vector(repeating: 0x1E)
    var least = Vector(repeating: 0xFF)
    var leastShifted = Vector(repeating: 0xFF)
    var controlWords: UInt64 = 0
    var controlByte = false
    var chunksLeastShifted = Vector(repeating: 0xFF)
    var breakWords: UInt64 = 0
    var breakByte = false
    // A function of its inputs, not a closure over the minima: a closure holding them
    // is called out of line, and the minima with it. Carriage returns are noticed
    // only where `breaks` is given (where no invalid byte was found); elsewhere the
    // answer is the cautious `true`.
    @inline(__always)
    func found(
      _ invalid: (offset: Int, length: Int)?, _ least: Vector, _ leastShifted: Vector, _ controlBits: Bool,
      breaks: (least: Vector, bits: Bool)? = nil
    ) -> (invalid: (offset: Int, length: Int)?, mayHoldControl: Bool, mayHoldCarriageReturn: Bool) {
      guard noticingControls else { return (invalid, false, true) }
      let inBlocks = ByteBlock.nonzero(
        ByteBlock.vector((least .< Vector(repeating: 0x09)) .| (leastShifted .< Vector(repeating: 0x12))))
      guard let breaks else { return (invalid, inBlocks || controlBits, true) }
      let breaksInBlocks = ByteBlock.nonzero(
        ByteBlock.vector(TextDecoder.lesser(breaks.least, leastShifted) .< Vector(repeating: 0x14)))
      return (invalid, inBlocks || controlBits, breaksInBlocks || breaks.bits)
    }
    guard let base = bytes.baseAddress else {
      return found(nil, least, leastShifted, controlWords != 0 || controlByte, breaks: (chunksLeastShifted, false))
    }
    let count = bytes.count
    var index = max(0, start)
    guard index < count else {
      return found(nil, least, leastShifted, controlWords != 0 || controlByte, breaks: (chunksLeastShifted, false))
    }
    // A block reads the two bytes before it, so it needs two bytes checked by this
    // call before it, and is tried again only after the character-by-character path
    // has checked a block it turned away.
    var blocksFrom = index + 2
    // Where ``commonChunk(_:at:noticingControls:)`` may be tried again, and where the
    // block loop below stops so that it is: after a chunk it turned away, the block
    // loop and the character-by-character path check that chunk, and the chunks
    // resume after it.
    var chunksFrom = index
    var blocksUntil = count
    while index < count {
      // `index` is at the start of a character here.
      if index >= blocksFrom, index >= chunksFrom, count - index < commonChunkSize {
        blocksUntil = count
      } else if index >= blocksFrom, index >= chunksFrom {
        var chunk = index
        let lastChunk = count &- commonChunkSize
        // `chunk` stays within 2 ... count, so no overflow checks are needed.
        while chunk <= lastChunk,
          commonChunk(base, at: chunk, noticingControls: noticingControls, leastShifted: &chunksLeastShifted)
        {
          chunk &+= commonChunkSize
        }
        chunksFrom = chunk &+ 32
        blocksUntil = chunk <= lastChunk ? chunk &+ commonChunkSize : count
        if chunk != index {
          index = characterStart(base, before: chunk)
          continue
        }
      }
      if index >= blocksFrom, count - index >= 16 {
        var block = index
        // Thirty-two bytes a step, with one test of both blocks' failures, then one
        // more block of sixteen if it fits and passes; `block` stays within
        // 2 ... count, so no overflow checks are needed.
        let lastPair = min(count &- 32, blocksUntil)
        while block <= lastPair,
          !ByteBlock.nonzero(blockFailures(base, at: block) | blockFailures(base, at: block &+ 16))
        {
          if noticingControls {
            let first = ByteBlock.loadVector(base, at: block)
            let second = ByteBlock.loadVector(base, at: block &+ 16)
            least = TextDecoder.lesser(least, TextDecoder.lesser(first, second))
            // One after the other: the minimum of two shifted bytes is simplified to
            // a longer form than two minima.
            leastShifted = TextDecoder.lesser(TextDecoder.lesser(leastShifted, first ^ shift), second ^ shift)
          }
          block &+= 32
        }
        if block <= count &- 16, !ByteBlock.nonzero(blockFailures(base, at: block)) {
          if noticingControls {
            let last = ByteBlock.loadVector(base, at: block)
            least = TextDecoder.lesser(least, last)
            leastShifted = TextDecoder.lesser(leastShifted, last ^ shift)
          }
          block &+= 16
        }
        blocksFrom = block + 16
        if block != index { index = characterStart(base, before: block) }
        continue
      }
      let lead = base[index]
      if lead < 0x80 {
        // `lead &- 9` is below 5 exactly for the white space 09–0D.
        if noticingControls, lead < 0x20 {
          if lead &- 9 >= 5 { controlByte = true }
          // A form feed, a carriage return, or a control byte 0E–1F.
          if lead >= 0x0C { breakByte = true }
        }
        index += 1
        // Eight ASCII bytes at a time.
        while index + 8 <= count {
          let word = ByteBlock.load(base, at: index)
          guard ByteBlock.nonASCII(word) == 0 else { break }
          if noticingControls {
            // Below 0x20, but not 09–0D, as in TextDecoder.controlBytes.
            controlWords |=
              ByteBlock.less(than: 0x20, word) & ~(ByteBlock.less(than: 0x0E, word) & ~ByteBlock.less(than: 0x09, word))
            // 0C and 0D.
            breakWords |= ByteBlock.less(than: 0x0E, word) & ~ByteBlock.less(than: 0x0C, word)
          }
          index += 8
        }
        continue
      }
      // E1–EC and EE–EF (every CJK ideograph and punctuation mark) take any two
      // continuation bytes 80–BF. Anything else, or an ill-formed sequence, takes
      // the general path below, which finds the maximal subpart.
      if lead &- 0xE1 < 0x0F, lead != 0xED, index + 2 < count,
        base[index + 1] & 0xC0 == 0x80, base[index + 2] & 0xC0 == 0x80
      {
        index += 3
        // A run of them, two (six bytes) at a time: leads E1–EC or EE–EF at bytes 0
        // and 3, continuation bytes at 1, 2, 4 and 5.
        while index + 8 <= count {
          let word = ByteBlock.load(base, at: index)
          guard word & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0,
            (Self.commonLeadNibbles >> (word & 0x0F)) & (Self.commonLeadNibbles >> (word >> 24 & 0x0F)) & 1 != 0
          else { break }
          index += 6
        }
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, low) = (3, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: (length, high) = (3, 0x9F)
      case 0xF0: (length, low) = (4, 0x90)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, high) = (4, 0x8F)
      default: return found((index, 1), least, leastShifted, controlWords != 0 || controlByte)
      }
      for next in 1..<length {
        guard index + next < count else {
          return found((index, next), least, leastShifted, controlWords != 0 || controlByte)
        }
        let byte = base[index + next]
        guard byte >= low, byte <= high else {
          return found((index, next), least, leastShifted, controlWords != 0 || controlByte)
        }
        (low, high) = (0x80, 0xBF)
      }
      index += length
    }
    return found(
      nil, least, leastShifted, controlWords != 0 || controlByte,
      breaks: (chunksLeastShifted, breakWords != 0 || breakByte))
  }

  /// The start of the character that holds the byte before `offset`, or `offset`
  /// if that byte ends one: the bytes before `offset` (at least two) are well formed
  /// as far as they go and hold no leads but C2–DF, E1–EC and EE–EF, as the bytes
  /// passed by ``blockFailures(_:at:)`` and ``commonChunk(_:at:noticingControls:)``
  /// do, so a character cut by `offset` started one byte before it (any lead) or two
  /// (a three-byte lead).
  @inline(__always)
  static func characterStart(_ base: UnsafePointer<UInt8>, before offset: Int) -> Int {
    if base[offset - 1] >= 0xC0 { return offset - 1 }
    if base[offset - 2] >= 0xE0 { return offset - 2 }
    return offset
  }

  /// Whether the ``commonChunkSize`` bytes at `offset` are common text, well formed as far as
  /// they go given that the bytes before them are: ASCII but for control bytes (only
  /// when `noticingControls`; tab, line feed, vertical tab, form feed and carriage
  /// return pass), and the three-byte sequences of E1–EC and EE–EF, which take any
  /// two continuation bytes 80–BF (every CJK ideograph and punctuation mark).
  /// `offset` is at least 2 and the chunk in bounds.
  ///
  /// It is cautious, as ``blockFailures(_:at:)`` is: a chunk that holds anything else
  /// (two- and four-byte sequences, E0, ED, bytes never well formed, or an
  /// ill-formed sequence) is turned away and checked by the general paths, which
  /// find the exact offsets. It does less than ``blockFailures(_:at:)`` for each
  /// sixteen bytes, because with three-byte leads only the structure is one test:
  /// a byte must be a continuation byte exactly when one of the two bytes before it
  /// is a lead (E0 and above), and the lanes are tested by their sign bits.
  ///
  /// For each sixteen bytes (``CommonTextSums/add(_:at:noticingControls:)``):
  /// - `needed`: the greater of the two bytes before less 0x60 (saturating), whose
  ///   sign bit is set exactly when that byte is E0 or above;
  /// - `shifted`: the byte ^ 0x10, plus 0x40, saturating as a signed byte, whose
  ///   sign bit is set exactly for the continuation bytes 80–BF; its least values,
  ///   00–30, are exactly those of C0–E0 and F0–FF;
  /// - a mismatch of the two sign bits is an ill-formed structure; `shifted` below
  ///   0x31 is a two- or four-byte lead, C0, C1, E0 or a byte never well formed;
  ///   ED (whose second byte is limited to 80–9F) is tested alone; control bytes
  ///   are noticed by two lane-wise minima, as ``TextDecoder/mayHoldControl(_:at:)``
  ///   does.
  ///
  /// Within these bytes the structure test is exact: if every byte that follows a
  /// lead by one or two is a continuation byte and no other is, each lead has its two
  /// continuation bytes, and each continuation byte belongs to one lead.
  @inline(__always)
  static func commonChunk(_ base: UnsafePointer<UInt8>, at offset: Int, noticingControls: Bool) -> Bool {
    var unused = ByteBlock.Vector(repeating: 0xFF)
    return commonChunk(base, at: offset, noticingControls: noticingControls, leastShifted: &unused)
  }

  /// ``commonChunk(_:at:noticingControls:)``, also taking the chunk's least byte
  /// `^ 0x1E` into `leastShifted` when `noticingControls` (whether or not the chunk
  /// passes), for ``firstInvalidNoticingLineBreaks(_:)``.
  @inline(__always)
  static func commonChunk(
    _ base: UnsafePointer<UInt8>, at offset: Int, noticingControls: Bool, leastShifted: inout ByteBlock.Vector
  ) -> Bool {
    var sums = CommonTextSums()
    // Four blocks a turn written out: a turn of one block, the compiler copies the
    // sums on each turn. The turns are counted with `&+` (the chunk is in bounds, so
    // its offsets cannot overflow), not by a stride, whose add is checked each turn.
    var group = offset
    let end = offset &+ commonChunkSize
    repeat {
      sums.add(base, at: group, noticingControls: noticingControls)
      sums.add(base, at: group &+ 16, noticingControls: noticingControls)
      sums.add(base, at: group &+ 32, noticingControls: noticingControls)
      sums.add(base, at: group &+ 48, noticingControls: noticingControls)
      group &+= 64
    } while group != end
    if noticingControls { leastShifted = TextDecoder.lesser(leastShifted, sums.leastShifted) }
    return sums.passes(noticingControls: noticingControls)
  }

  /// How many bytes ``commonChunk(_:at:noticingControls:)`` tests at once: the sums
  /// are tested once a chunk, and a chunk turned away is checked again by the
  /// general paths. 512 bytes: the work of starting and testing a chunk (about
  /// thirty instructions) then falls on twice the bytes it fell on at 256, for
  /// about 290 instructions fewer a report; 1,024 saves about 20 more, for twice
  /// the bytes read again after a chunk turned away, and 64 cost more (+160).
  static let commonChunkSize = 512

  /// What ``commonChunk(_:at:noticingControls:)`` gathers of its blocks.
  struct CommonTextSums {
    typealias Vector = ByteBlock.Vector
    /// Sign bits set where a byte is a continuation byte but should not be, or
    /// should be but is not, and where a byte is ED.
    var mismatch = Vector(repeating: 0)
    /// The least of `flipped` plus 0x40 (signed, saturating), where `flipped` is
    /// each byte ^ 0x10, and the two minima of the control test: the least
    /// `flipped`, and the least `flipped ^ 0x0E` (each byte ^ 0x1E).
    var lowest = Vector(repeating: 0xFF)
    var least = Vector(repeating: 0xFF)
    var leastShifted = Vector(repeating: 0xFF)

    /// Adds the sixteen bytes at `offset` (at least 2, and in bounds).
    ///
    /// Each byte is read ^ 0x10 (`flipped`), which keeps the continuation bytes
    /// 80–BF where they are and swaps E0–EF with F0–FF, so that one minimum
    /// (`lowest`) catches both the leads below E1 and the bytes F0 and above:
    /// `flipped` plus 0x40 is 00–1F for C0–DF, 20–2F for F0–FF, 30 for E0, 31–3F
    /// for E1–EF, 40–7F for ASCII and C0–FF for the continuation bytes.
    @inline(__always)
    mutating func add(_ base: UnsafePointer<UInt8>, at offset: Int, noticingControls: Bool) {
      let flipped = ByteBlock.loadVector(base, at: offset) ^ Vector(repeating: 0x10)
      let previous = ByteBlock.loadVector(base, at: offset &- 1)
      let beforePrevious = ByteBlock.loadVector(base, at: offset &- 2)
      let needed = ByteBlock.saturatingSubtract(ByteBlock.greater(previous, beforePrevious), 0x60)
      let shifted = ByteBlock.signedSaturatingAdd(flipped, 0x40)
      // ED is FD flipped.
      mismatch |= (needed ^ shifted) | ByteBlock.vector(flipped .== Vector(repeating: 0xFD))
      lowest = TextDecoder.lesser(lowest, shifted)
      if noticingControls {
        // Flipped, 00–08 become 10–18 and 10–1F become 00–0F (below 0x19), the
        // white space 09–0D becomes 19–1D and every other byte 1E or above; and
        // ^ 0x0E more (each byte ^ 0x1E), 0E–1F become 00–11 and every other byte
        // 12 or above (00–0D become 12–1F).
        least = TextDecoder.lesser(least, flipped)
        leastShifted = TextDecoder.lesser(leastShifted, flipped ^ Vector(repeating: 0x0E))
      }
    }

    /// Whether the bytes added are common text: each failure as a sign bit (lowest
    /// below 0x31, least below 0x19, leastShifted below 0x12), and none set.
    @inline(__always)
    func passes(noticingControls: Bool) -> Bool {
      var failures = mismatch | ByteBlock.saturatingSubtract(Vector(repeating: 0xB0), lowest)
      if noticingControls {
        failures |=
          ByteBlock.saturatingSubtract(Vector(repeating: 0x98), least)
          | ByteBlock.saturatingSubtract(Vector(repeating: 0x91), leastShifted)
      }
      return ByteBlock.bits(SIMD16<Int8>(truncatingIfNeeded: failures) .< SIMD16<Int8>(repeating: 0)) == 0
    }
  }

  /// Zero if the sixteen bytes at `offset` are well formed as far as they go, given
  /// that the bytes before them are, else nonzero in the lanes that fail; `offset` is
  /// at least 2 and the block in bounds.
  ///
  /// The block passes only if it holds no lead byte but C2–DF, E2–EC and EE–EF, leads
  /// whose continuation bytes may be any of 80–BF (so no E0, ED, F0–F4, which limit
  /// their second byte, and no byte that is never well formed: C0, C1, F5–FF; E1 is
  /// turned away too, as it shares a cheap test with E0, C0 and C1). Within such text
  /// a byte must be a continuation byte exactly when the byte before it is a lead (C0
  /// and above) or the byte two before it is a three-byte lead (E0 and above): every
  /// lead is then followed by as many continuation bytes as it needs, and no
  /// continuation byte stands elsewhere. Leads at the block's end are checked with
  /// the next block (or by the character-by-character path), whose two bytes before
  /// it are this block's last two.
  @inline(__always)
  static func blockFailures(_ base: UnsafePointer<UInt8>, at offset: Int) -> ByteBlock.Vector {
    typealias Vector = ByteBlock.Vector
    let bytes = ByteBlock.loadVector(base, at: offset)
    let previous = ByteBlock.loadVector(base, at: offset &- 1)
    let beforePrevious = ByteBlock.loadVector(base, at: offset &- 2)
    // Lanes where no continuation byte is needed, and lanes that hold none: 80–BF,
    // the continuation bytes, are the bytes below -64 read as signed bytes. All the
    // tests stay masks, which the compiler ORs and tests with no conversions.
    let notNeeded =
      ByteBlock.saturatingSubtract(previous, 0xBF) | ByteBlock.saturatingSubtract(beforePrevious, 0xDF)
      .== Vector(repeating: 0)
    let notContinuation = SIMD16<Int8>(truncatingIfNeeded: bytes) .>= SIMD16<Int8>(repeating: -64)
    let lowLead = bytes & Vector(repeating: 0xDE) .== Vector(repeating: 0xC0)
    // ED and F0–FF are exactly the bytes that flipping bits 7 and 1 takes above 6E
    // read as signed bytes (ED becomes 6F, F0–FF become 70–7D; E0–EC and EE–EF
    // become 60–6E, 80–DF become 02–5D, and ASCII becomes 82–FD, negative): one
    // signed comparison instead of two tests and an OR.
    let highLead =
      SIMD16<Int8>(truncatingIfNeeded: bytes ^ Vector(repeating: 0x82)) .> SIMD16<Int8>(repeating: 0x6E)
    return ByteBlock.vector(notNeeded .^ notContinuation .| lowLead .| highLead)
  }

  /// Bit `n` is set when the lead byte `0xE0 + n` takes any two continuation bytes:
  /// every `n` but 0 (E0 needs A0–BF next) and 13 (ED needs 80–9F next).
  private static let commonLeadNibbles: UInt64 = 0xDFFE

  /// The offset of the first byte that is not valid UTF-8, or `nil`.
  static func firstInvalid(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { firstInvalid($0)?.offset }
  }

  /// `bytes` with every ill-formed sequence replaced by U+FFFD, and where each was.
  static func repair(_ bytes: [UInt8]) -> (bytes: [UInt8], damage: [DecodingDamage.Site]) {
    bytes.withUnsafeBufferPointer { buffer in
      var output: [UInt8] = []
      output.reserveCapacity(buffer.count + 16)
      var damage: [DecodingDamage.Site] = []
      var start = 0
      while let (offset, length) = firstInvalid(buffer, from: start) {
        output.append(contentsOf: buffer[start..<offset])
        damage.append(DecodingDamage.Site(inputOffset: offset, outputOffset: output.count))
        output.append(contentsOf: DecodingDamage.replacementCharacter)
        start = offset + length
      }
      output.append(contentsOf: buffer[start...])
      return (output, damage)
    }
  }
}
