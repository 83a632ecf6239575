import DisclosureKit
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Work must grow linearly with the input: each shape is parsed at size n and 4n, and
/// the larger must take less than 8 times as long (linear work takes about 4 times;
/// quadratic work, 16). The best of five runs of each, taken in turns, is compared,
/// each timed by the CPU time of the thread that parses (not by the clock on the
/// wall, which a busy machine stretches for some runs more than for others: under
/// the load of parallel builds, the long runs of one shape lost their time slices
/// more often than the short ones, and a linear parse measured 12 times longer at
/// 4n); the bound is generous on purpose.
@Suite("Work grows linearly with the input", .serialized)
struct LinearityTests {
  /// A hostile shape at size `n`, as the bytes of a text.
  struct Shape: Sendable, CustomStringConvertible {
    var description: String
    var n: Int
    var make: @Sendable (Int) -> [UInt8]
  }

  static let title = "某某区人民政府2022年政府信息公开工作年度报告\n"

  static let shapes: [Shape] = [
    Shape(description: "one long line of prose", n: 50_000) { n in
      Array((title + String(repeating: "很", count: n)).utf8)
    },
    Shape(description: "one long line of prose beyond the paragraph cap", n: 512 << 10) { n in
      Array((title + String(repeating: "x", count: n)).utf8)
    },
    Shape(description: "a tab-separated row with many empty padding cells", n: 50_000) { n in
      Array((title + "一、总体情况\n规章" + String(repeating: "\t", count: n) + "1\t2\t3\n").utf8)
    },
    Shape(description: "rows of table 三 padded with empty cells up to the cap", n: 150) { n in
      let row = "（一）自然人" + String(repeating: "\t", count: 120) + String(repeating: "1\t", count: 7) + "\n"
      return Array((title + "三、收到和处理政府信息公开申请情况\n" + String(repeating: row, count: n)).utf8)
    },
    Shape(description: "Markdown pipe rows with many padded cells", n: 20_000) { n in
      Array((title + "| 规章 " + String(repeating: "|    ", count: n) + "| 1 |\n|---|---|\n").utf8)
    },
    Shape(description: "one-cell rows", n: 8_000) { n in
      Array((title + "\n" + String(repeating: "| 1 |\n", count: n)).utf8)
    },
    Shape(description: "lines of prose", n: 4_000) { n in
      Array((title + String(repeating: "本年度主动公开政府信息若干条。\n", count: n)).utf8)
    },
    Shape(description: "repeated section headings", n: 800) { n in
      Array((title + String(repeating: "一、总体情况\n二、主动公开政府信息情况\n六、其他需要报告的事项\n", count: n)).utf8)
    },
    Shape(description: "empty lines", n: 50_000) { n in
      Array((title + String(repeating: "\n", count: n) + "一、总体情况\n").utf8)
    },
    Shape(description: "a long label", n: 30_000) { n in
      Array((title + "一、总体情况\n" + String(repeating: "其他", count: n) + "\t1\t2\n").utf8)
    },
    Shape(description: "GB18030 text", n: 30_000) { n in
      // 政 in GB18030 is D5 FE.
      Array(title.utf8.filter { $0 < 0x80 }) + Array(repeating: [0xD5, 0xFE], count: n).flatMap { $0 }
    },
  ]

  /// The CPU time the calling thread has used so far, in seconds (a parse runs on
  /// the thread that calls it).
  static func threadTime() -> Double {
    var time = timespec()
    guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else { return 0 }
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }

  /// The best of five parse times of `small` and of `large`, in seconds of the
  /// parsing thread's CPU time.
  ///
  /// The two are timed in turns, so that what load still costs a thread's CPU
  /// time (caches shared with other processes) costs both alike.
  static func bestTimes(_ small: [UInt8], _ large: [UInt8]) -> (small: Double, large: Double) {
    let parser = ReportParser(registry: .standard, options: ParseOptions(lenientDecoding: true))
    func once(_ bytes: [UInt8]) -> Double {
      let start = threadTime()
      _ = try? parser.parse(bytes)
      return threadTime() - start
    }
    var best = (small: Double.infinity, large: Double.infinity)
    for _ in 0..<5 {
      best.small = min(best.small, once(small))
      best.large = min(best.large, once(large))
    }
    return best
  }

  @Test("Four times the input takes less than eight times the work", arguments: shapes)
  func linear(shape: Shape) {
    let small = shape.make(shape.n)
    let large = shape.make(4 * shape.n)
    #expect(large.count >= 3 * small.count)
    let (smallTime, largeTime) = Self.bestTimes(small, large)
    #expect(smallTime > 0, "the thread's CPU time could not be read")
    // Below a millisecond, timer noise dominates; 8 ms is still far from quadratic.
    #expect(largeTime < max(8 * smallTime, 0.008), "\(shape): \(smallTime) s for n, \(largeTime) s for 4n")
  }
}
