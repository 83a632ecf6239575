import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Counts newlines with `memchr`: the memory-speed reference every figure is
/// compared with.
func memchrLines(_ reports: [BenchReport]) -> Int {
  var lines = 0
  for report in reports {
    report.bytes.withUnsafeBufferPointer { buffer in
      guard var cursor = buffer.baseAddress else { return }
      let end = cursor + buffer.count
      while cursor < end, let found = memchr(cursor, 0x0A, end - cursor) {
        lines += 1
        cursor = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) + 1
      }
    }
  }
  return lines
}

/// Finds every line's end one byte at a time, keeping the longest line: a plain
/// scanner's loop, with a test and a branch a byte. The line start it carries from
/// one line to the next keeps the compiler from turning the loop into vector code,
/// so this is the machine's speed for byte-at-a-time work, the second reference the
/// speed goals were set against (about 2,600 MB/s on the machine they were set on).
func byteLoopLines(_ reports: [BenchReport]) -> Int {
  var lines = 0
  var longest = 0
  for report in reports {
    report.bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      for index in buffer.indices where buffer[index] == 0x0A {
        longest = max(longest, index &- start)
        start = index &+ 1
        lines &+= 1
      }
    }
  }
  return lines &+ longest
}

/// What a first attempt would do: decode to `String`, split into lines and cells
/// with Foundation's `components(separatedBy:)`.
func naiveSplitCells(_ reports: [BenchReport]) -> Int {
  var cells = 0
  for report in reports {
    let text = String(decoding: report.bytes, as: UTF8.self)
    for line in text.components(separatedBy: "\n") {
      cells += line.components(separatedBy: "\t").count
    }
  }
  return cells
}
