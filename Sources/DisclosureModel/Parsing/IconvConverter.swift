#if canImport(Glibc)
  internal import Glibc

  /// A conversion to UTF-8 through glibc's `iconv(3)`, the system C library's
  /// converter (not a package). One converter serves one call: it is opened, used and
  /// closed by the same function, so it is never shared between threads.
  struct IconvConverter {
    private let descriptor: iconv_t

    /// Opens a converter from `encoding` to UTF-8, or `nil` when the system has none.
    init?(from encoding: String) {
      guard let descriptor = iconv_open("UTF-8", encoding), Int(bitPattern: descriptor) != -1 else { return nil }
      self.descriptor = descriptor
    }

    /// Releases the converter.
    func close() {
      _ = iconv_close(descriptor)
    }

    /// What a conversion produced: UTF-8 bytes and the replaced sequences, or the
    /// offset of the first invalid sequence (strict conversion).
    struct Outcome {
      var bytes: [UInt8]
      var damage: [DecodingDamage.Site]
      var firstInvalid: Int?
    }

    /// Converts `bytes` to UTF-8.
    ///
    /// - Parameters:
    ///   - lenient: replace each invalid sequence with U+FFFD instead of stopping at it.
    ///   - skip: how many bytes an invalid sequence at an offset covers.
    func convert(_ bytes: [UInt8], lenient: Bool, skip: (UnsafeBufferPointer<UInt8>, Int) -> Int) -> Outcome {
      // GB18030 never takes more than 3 UTF-8 bytes for 2 input bytes, or 4 for 4.
      var output = [UInt8](repeating: 0, count: bytes.count + bytes.count / 2 + 16)
      var written = 0
      var damage: [DecodingDamage.Site] = []
      var failure: Int?
      bytes.withUnsafeBufferPointer { input in
        guard let inputBase = input.baseAddress else { return }
        var consumed = 0
        while consumed < input.count {
          if output.count - written < 16 { output.append(contentsOf: repeatElement(0, count: output.count / 2 + 16)) }
          let (read, wrote, error) = output.withUnsafeMutableBufferPointer { out in
            step(from: inputBase + consumed, count: input.count - consumed, into: out, at: written)
          }
          consumed += read
          written += wrote
          guard let error else { continue }
          if error == E2BIG {
            output.append(contentsOf: repeatElement(0, count: output.count / 2 + 16))
            continue
          }
          // EILSEQ (an invalid sequence) or EINVAL (one cut short at the end).
          guard lenient else {
            failure = consumed
            return
          }
          damage.append(DecodingDamage.Site(inputOffset: consumed, outputOffset: written))
          if output.count - written < 3 { output.append(contentsOf: repeatElement(0, count: 16)) }
          for byte in DecodingDamage.replacementCharacter {
            output[written] = byte
            written += 1
          }
          consumed += max(1, min(skip(input, consumed), input.count - consumed))
          // Reset the converter's shift state after an error.
          _ = iconv(descriptor, nil, nil, nil, nil)
        }
      }
      output.removeSubrange(written...)
      return Outcome(bytes: output, damage: damage, firstInvalid: failure)
    }

    /// One `iconv` call: how many bytes it read and wrote, and the `errno` it stopped on.
    private func step(
      from input: UnsafePointer<UInt8>, count: Int, into output: UnsafeMutableBufferPointer<UInt8>, at offset: Int
    ) -> (read: Int, wrote: Int, error: Int32?) {
      guard let outputBase = output.baseAddress else { return (0, 0, E2BIG) }
      var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: input)
        .assumingMemoryBound(to: CChar.self)
      var inLeft = count
      var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBase + offset)
        .assumingMemoryBound(to: CChar.self)
      var outLeft = output.count - offset
      let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
      let error: Int32? = result == -1 ? errno : nil
      return (count - inLeft, output.count - offset - outLeft, error)
    }
  }
#endif
