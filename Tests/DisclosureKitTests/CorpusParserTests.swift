import DisclosureKit
import Foundation
import Synchronization
import Testing

/// Counts how many documents are being made at once, and in all, through a
/// wrapped adapter.
final class ParseCounter: Sendable {
  private let state = Mutex((running: 0, peak: 0, total: 0))

  func enter() {
    state.withLock {
      $0.running += 1
      $0.total += 1
      $0.peak = max($0.peak, $0.running)
    }
  }

  func leave() { state.withLock { $0.running -= 1 } }

  var peak: Int { state.withLock { $0.peak } }
  var total: Int { state.withLock { $0.total } }
}

/// The tab-separated adapter, counting its calls.
struct CountingLayout: LayoutAdapter {
  let name = "tsv"
  let counter: ParseCounter

  func score(_ text: SourceText) -> Double { 1 }

  func makeDocument(from text: SourceText) -> Document {
    counter.enter()
    defer { counter.leave() }
    return TabSeparatedLayout().makeDocument(from: text)
  }
}

/// A serial executor that runs its jobs on one dispatch queue, which a marker tells
/// apart, so that code can ask whether it runs on the executor.
final class MarkedExecutor: SerialExecutor {
  private let queue = DispatchQueue(label: "marked-executor")
  private static let marker = DispatchSpecificKey<Bool>()

  init() { queue.setSpecific(key: Self.marker, value: true) }

  /// Whether the caller runs on a marked executor's queue.
  static var isCurrent: Bool { DispatchQueue.getSpecific(key: marker) == true }

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    let executor = asUnownedSerialExecutor()
    queue.async { job.runSynchronously(on: executor) }
  }
}

/// A consumer isolated to a ``MarkedExecutor``.
actor MarkedConsumer {
  let executor = MarkedExecutor()
  nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

  /// The indices of the results of `inputs`, and whether every one came while the
  /// consumer ran on its executor.
  func indices(of inputs: ThreadNotingInputs) async -> (indices: [Int], allOnExecutor: Bool) {
    var indices: [Int] = []
    var allOnExecutor = true
    for await result in CorpusParser(window: 8, batchSize: 2).reports(for: inputs) {
      allOnExecutor = allOnExecutor && MarkedExecutor.isCurrent
      if result.report?["applications.received.total"] == .integer(10278), result.name == "r\(result.index)" {
        indices.append(result.index)
      }
    }
    return (indices, allOnExecutor)
  }
}

/// Counts the inputs taken on a ``MarkedExecutor`` and off it.
final class ExecutorTally: Sendable {
  private let state = Mutex((on: 0, off: 0))

  func noteTaken() {
    let on = MarkedExecutor.isCurrent
    state.withLock {
      if on { $0.on += 1 } else { $0.off += 1 }
    }
  }

  var on: Int { state.withLock { $0.on } }
  var off: Int { state.withLock { $0.off } }
}

/// Inputs that note, as each is taken, whether it was taken on a ``MarkedExecutor``.
struct ThreadNotingInputs: Sequence {
  let bytes: [UInt8]
  let count: Int
  let tally = ExecutorTally()

  struct Iterator: IteratorProtocol {
    let inputs: ThreadNotingInputs
    var taken = 0

    mutating func next() -> CorpusInput? {
      guard taken < inputs.count else { return nil }
      inputs.tally.noteTaken()
      defer { taken += 1 }
      return .bytes(name: "r\(taken)", inputs.bytes)
    }
  }

  func makeIterator() -> Iterator { Iterator(inputs: self) }
}

@Suite("Parsing a corpus")
struct CorpusParserTests {
  static let good = "handmade/h2021.tsv.txt"

  @Test("Results come in input order; a failed input yields its error and the rest go on")
  func orderAndErrors() async throws {
    let h2021 = try Fixtures.bytes(Self.good)
    let h2019 = try Fixtures.bytes("handmade/h2019.md.txt")
    let inputs: [CorpusInput] = [
      .bytes(name: "a", h2021),
      .bytes(name: "empty", []),
      .file(try Fixtures.url("handmade/h2019.cpl.txt").path),
      .file("/nonexistent/report.txt"),
      .bytes(name: "b", h2019),
    ]
    var results: [CorpusResult] = []
    for await result in CorpusParser(window: 2).reports(for: inputs) { results.append(result) }

    #expect(results.map(\.index) == [0, 1, 2, 3, 4])
    #expect(
      results.map(\.name) == [
        "a", "empty", try Fixtures.url("handmade/h2019.cpl.txt").path, "/nonexistent/report.txt", "b",
      ])
    #expect(results[0].report?["applications.received.total"] == .integer(10278))
    #expect(results[1].error?.kind == .empty)
    #expect(results[2].report?.metadata.layout == "cell-per-line")
    #expect(results[3].error?.kind == .unreadable)
    #expect(results[4].report?.metadata.edition == .edition2019)
  }

  @Test("Many inputs, a small window: every result, in order, the same as parsing one by one")
  func manyInputs() async throws {
    let names = [
      "handmade/h2021.tsv.txt", "handmade/h2019.md.txt", "handmade/h2021-broken.cpl.txt",
      "seeds/000_89d79d270a8f58c8.txt",
    ]
    let files = try names.map { try Fixtures.bytes($0) }
    let inputs = (0..<200).map { CorpusInput.bytes(name: "r\($0)", files[$0 % files.count]) }
    let alone = try files.map { try ReportParser.standard.parse($0) }
    var index = 0
    for await result in CorpusParser(window: 3).reports(for: inputs) {
      #expect(result.index == index)
      #expect(result.report == alone[index % files.count])
      index += 1
    }
    #expect(index == 200)
  }

  @Test(
    "Any window and batch size: every result once, in input order, each the same as parsing alone",
    arguments: [(1, 16), (2, 1), (5, 16), (8, 3), (64, 16), (7, 100)])
  func batches(window: Int, batchSize: Int) async throws {
    let files = try ["handmade/h2021.tsv.txt", "handmade/h2019.md.txt"].map { try Fixtures.bytes($0) }
    let received = try ReportParser.standard.parse(files[0])["applications.received.total"]
    #expect(received == .integer(10278))
    let inputs = (0..<50).map { CorpusInput.bytes(name: "r\($0)", $0 % 7 == 6 ? [] : files[$0 % 2]) }
    let corpus = CorpusParser(window: window, batchSize: batchSize)
    #expect(corpus.window == window)
    #expect(corpus.batchSize == batchSize)
    var indices: [Int] = []
    for await result in corpus.reports(for: inputs) {
      indices.append(result.index)
      #expect(result.name == "r\(result.index)")
      if result.index % 7 == 6 {
        #expect(result.error?.kind == .empty)
      } else if result.index % 2 == 0 {
        #expect(result.report?["applications.received.total"] == received)
      } else {
        #expect(result.report?.metadata.edition == .edition2019)
      }
    }
    #expect(indices == Array(0..<50))
  }

  @Test("The default window is two batches a core")
  func defaults() {
    let corpus = CorpusParser()
    #expect(corpus.batchSize == 16)
    #expect(corpus.window == 2 * ProcessInfo.processInfo.activeProcessorCount * 16)
    #expect(CorpusParser(batchSize: 4).window == 2 * ProcessInfo.processInfo.activeProcessorCount * 4)
    #expect(CorpusParser(window: 0, batchSize: 0).window == 1)
    #expect(CorpusParser(window: 0, batchSize: 0).batchSize == 1)
  }

  @Test("No more than the window is parsed ahead of the consumer, whatever the batch size", arguments: [1, 2, 16])
  func bounded(batchSize: Int) async throws {
    let counter = ParseCounter()
    let parser = ReportParser(registry: LayoutRegistry(adapters: [CountingLayout(counter: counter)]))
    let bytes = try Fixtures.bytes(Self.good)
    let inputs = (0..<1_000).lazy.map { CorpusInput.bytes(name: "r\($0)", bytes) }
    var received = 0
    for await result in CorpusParser(parser: parser, window: 4, batchSize: batchSize).reports(for: inputs) {
      #expect(result.report != nil)
      received += 1
      if received == 10 { break }
    }
    // Ten delivered, plus at most a window started ahead of them; nothing else read.
    #expect(counter.total <= 14)
    #expect(counter.peak <= 4)
  }

  @Test("A transform runs once per input, off the consumer, and its outputs come in input order")
  func transform() async throws {
    let h2021 = try Fixtures.bytes(Self.good)
    let inputs = (0..<40).map { $0 % 5 == 3 ? CorpusInput.bytes(name: "bad\($0)", []) : .bytes(name: "r\($0)", h2021) }
    let counter = ParseCounter()
    let outputs = CorpusParser(window: 3).reports(for: inputs) { result -> String in
      counter.enter()
      defer { counter.leave() }
      let value = result.report?["applications.received.total"]?.formatted ?? result.error?.kind.rawValue ?? "?"
      return "\(result.index) \(result.name) \(value)"
    }
    var received: [String] = []
    for await output in outputs { received.append(output) }
    #expect(received.count == 40)
    #expect(received[0] == "0 r0 10278")
    #expect(received[3] == "3 bad3 empty")
    #expect(received[39] == "39 r39 10278")
    #expect(received == (0..<40).map { $0 % 5 == 3 ? "\($0) bad\($0) empty" : "\($0) r\($0) 10278" })
    #expect(counter.total == 40)
  }

  @Test("A consumer on an actor takes its inputs and results on that actor, in input order")
  func actorConsumer() async throws {
    let inputs = ThreadNotingInputs(bytes: try Fixtures.bytes(Self.good), count: 40)
    let (indices, allOnExecutor) = await MarkedConsumer().indices(of: inputs)
    #expect(indices == Array(0..<40))
    #expect(allOnExecutor)
    // Every input was taken while the iterator ran on the consumer's actor, not on
    // a worker thread between two hops for each result (what a consumer on the
    // main actor paid before the iterator took the caller's isolation).
    #expect(inputs.tally.on == 40)
    #expect(inputs.tally.off == 0)
  }

  @Test("Cancelling the consumer ends the sequence")
  func cancellation() async throws {
    let bytes = try Fixtures.bytes(Self.good)
    let inputs = (0..<10_000).lazy.map { CorpusInput.bytes(name: "r\($0)", bytes) }
    let received = await Task {
      var received = 0
      for await _ in CorpusParser(window: 2).reports(for: inputs) {
        received += 1
        if received == 3 { withUnsafeCurrentTask { $0?.cancel() } }
      }
      return received
    }.value
    #expect(received == 3)
  }
}
