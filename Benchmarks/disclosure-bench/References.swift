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
