public import DisclosureModel
import Foundation

/// Parses many reports across all cores, delivering the results in input order as
/// they complete, with memory bounded by a fixed window of reports in flight.
///
/// ```swift
/// import DisclosureKit
///
/// let corpus = CorpusParser()
/// for await result in corpus.reports(for: paths.map(CorpusInput.file)) {
///   switch result.result {
///   case .success(let report): print(result.name, report["applications.received.total"]?.formatted ?? "null")
///   case .failure(let error): print(result.name, error)
///   }
/// }
/// ```
///
/// - A failed input yields its ``DisclosureError`` and the rest go on.
/// - At most ``window`` inputs are read and parsed ahead of the consumer, so peak
///   memory depends on the window and the largest files, never on the number of
///   inputs; nothing is read until the consumer asks for results.
/// - Cancelling the consuming task stops the sequence: it cancels the parses in
///   flight, starts no more, and ends.
public struct CorpusParser: Sendable {
  /// The parser applied to every input.
  public var parser: ReportParser
  /// How many inputs may be in flight (read, being parsed, or parsed and waiting
  /// for the consumer) at once; at least 1. The default is twice the number of
  /// active processors times ``batchSize``, which keeps every core busy while
  /// results wait their turn.
  public var window: Int
  /// How many consecutive inputs one core parses in a row before handing them over;
  /// at least 1, and never more than half the window, so that two batches can run at
  /// once. The default, 16, makes the cost of starting a task and waking the consumer
  /// small beside the parses (a report of a few kilobytes parses in about a tenth of
  /// a millisecond); 1 hands every result over as soon as it is ready.
  public var batchSize: Int

  /// Creates a corpus parser.
  ///
  /// - Parameters:
  ///   - parser: the parser for each input (the standard one by default).
  ///   - window: the inputs in flight at once; `nil` for twice the active processors
  ///     times `batchSize`.
  ///   - batchSize: the consecutive inputs one core parses in a row (16 by default).
  public init(parser: ReportParser = .standard, window: Int? = nil, batchSize: Int = 16) {
    self.parser = parser
    self.batchSize = max(1, batchSize)
    self.window = max(1, window ?? 2 * ProcessInfo.processInfo.activeProcessorCount * self.batchSize)
  }

  /// The results for `inputs`, in their order.
  public func reports<Inputs: Sequence>(for inputs: Inputs) -> Results<Inputs>
  where Inputs.Element == CorpusInput {
    Results(parser: parser, window: window, batchSize: batchSize, inputs: inputs)
  }

  /// The results for `inputs`, in their order, each passed through `transform` on
  /// the worker that parsed it, so that the work of turning a report into output
  /// (a CSV row, a JSON line) runs on all cores too.
  ///
  /// ```swift
  /// let lines = CorpusParser().reports(for: inputs) { result in
  ///   var bytes: [UInt8] = []
  ///   JSONLinesWriter().appendLine(result, to: &bytes)
  ///   return bytes
  /// }
  /// for await line in lines { output.append(contentsOf: line) }
  /// ```
  ///
  /// The window bounds the transformed values in flight as it bounds the reports.
  /// A report the transform does not return is also freed on its worker: a
  /// consumer that needs only part of each report should take it here, or freeing
  /// whole reports one at a time on the consumer's thread limits the speed-up from
  /// more cores.
  public func reports<Inputs: Sequence, Output: Sendable>(
    for inputs: Inputs, transform: @escaping @Sendable (CorpusResult) -> Output
  ) -> TransformedResults<Inputs, Output> where Inputs.Element == CorpusInput {
    TransformedResults(parser: parser, window: window, batchSize: batchSize, inputs: inputs, transform: transform)
  }

  /// Parses one input (reading it first if it is a file).
  public func parse(_ input: CorpusInput, index: Int) -> CorpusResult {
    Self.parse(input, index: index, with: parser)
  }

  static func parse(_ input: CorpusInput, index: Int, with parser: ReportParser) -> CorpusResult {
    let result: Result<Report, DisclosureError>
    switch input {
    case .file(let path): result = Result { () throws(DisclosureError) in try parser.parse(contentsOfFile: path) }
    case .bytes(_, let bytes): result = Result { () throws(DisclosureError) in try parser.parse(bytes) }
    }
    return CorpusResult(index: index, name: input.name, result: result)
  }

  /// The results of a corpus parse, in input order: an `AsyncSequence` that never
  /// throws; iterate it with `for await`.
  public struct Results<Inputs: Sequence>: AsyncSequence where Inputs.Element == CorpusInput {
    /// Each element is one input's result.
    public typealias Element = CorpusResult
    /// The sequence never throws: a failed input is a result.
    public typealias Failure = Never

    let parser: ReportParser
    let window: Int
    let batchSize: Int
    let inputs: Inputs

    /// Starts the parse.
    public func makeAsyncIterator() -> Iterator {
      Iterator(
        base: TransformedResults(
          parser: parser, window: window, batchSize: batchSize, inputs: inputs, transform: { $0 }
        )
        .makeAsyncIterator())
    }

    /// Keeps up to `window` parses running and hands out their results in order.
    public struct Iterator: AsyncIteratorProtocol {
      var base: TransformedResults<Inputs, CorpusResult>.Iterator

      /// The next result in input order, or `nil` when every input is done or the
      /// consuming task was cancelled.
      public mutating func next() async -> CorpusResult? {
        await base.next(isolation: nil)
      }

      /// The next result in input order, handed out on the consumer's actor (what
      /// `for await` calls; see ``TransformedResults/Iterator/next(isolation:)``).
      public mutating func next(isolation actor: isolated (any Actor)?) async -> CorpusResult? {
        await base.next(isolation: actor)
      }
    }
  }

  /// The results of a corpus parse passed through a transform on the workers, in
  /// input order (see ``CorpusParser/reports(for:transform:)``): an `AsyncSequence`
  /// that never throws.
  public struct TransformedResults<Inputs: Sequence, Output: Sendable>: AsyncSequence
  where Inputs.Element == CorpusInput {
    /// Each element is one input's transformed result.
    public typealias Element = Output
    /// The sequence never throws: a failed input is a result.
    public typealias Failure = Never

    let parser: ReportParser
    let window: Int
    let batchSize: Int
    let inputs: Inputs
    let transform: @Sendable (CorpusResult) -> Output

    /// Starts the parse.
    public func makeAsyncIterator() -> Iterator {
      Iterator(
        parser: parser, window: window, batchSize: batchSize, inputs: inputs.makeIterator(), transform: transform)
    }

    /// Keeps up to `window` inputs in flight, in batches, and hands out their results
    /// in order.
    public struct Iterator: AsyncIteratorProtocol {
      let parser: ReportParser
      let window: Int
      /// The batch size in use: never more than half the window.
      let batchSize: Int
      var inputs: Inputs.Iterator
      let transform: @Sendable (CorpusResult) -> Output
      /// The batches started, oldest first from `head`; each returns its outputs last
      /// first, so that handing one out is `popLast()`.
      ///
      /// A finished task keeps its outputs until the last reference to it goes, so a
      /// delivered batch's slot is cleared at once (`nil`): otherwise the delivered
      /// tasks kept until the next compaction would hold up to a window of batches.
      var inFlight: [Task<[Output], Never>?] = []
      var head = 0
      /// The rest of the batch being handed out, last first.
      var delivering: [Output] = []
      /// Inputs started and not yet handed out.
      var pending = 0
      var nextIndex = 0
      var finished = false

      init(
        parser: ReportParser, window: Int, batchSize: Int, inputs: Inputs.Iterator,
        transform: @escaping @Sendable (CorpusResult) -> Output
      ) {
        self.parser = parser
        self.window = window
        self.batchSize = Swift.max(1, Swift.min(batchSize, window / 2))
        self.inputs = inputs
        self.transform = transform
      }

      /// The next result in input order, or `nil` when every input is done or the
      /// consuming task was cancelled.
      public mutating func next() async -> Output? {
        await next(isolation: nil)
      }

      /// The next result in input order, or `nil` when every input is done or the
      /// consuming task was cancelled; what `for await` calls, with the consumer's
      /// actor.
      ///
      /// It runs on `actor`, so a consumer on the main actor (a script's top-level
      /// code, a `@MainActor` function) leaves it only to wait for a batch that is
      /// not yet parsed, not twice for every result: with only ``next()``, each
      /// result cost two hops between the main thread and the workers, and the
      /// corpus ran at about a third of one core's speed.
      public mutating func next(isolation actor: isolated (any Actor)?) async -> Output? {
        if Task.isCancelled {
          cancelAll()
          return nil
        }
        if delivering.isEmpty {
          fill()
          guard head < inFlight.count, let task = inFlight[head] else { return nil }
          inFlight[head] = nil
          delivering = await withTaskCancellationHandler {
            await task.value
          } onCancel: {
            task.cancel()
          }
          head += 1
          // Drop the cleared slots now and then, so the array does not grow with the corpus.
          if head >= window {
            inFlight.removeFirst(head)
            head = 0
          }
          if Task.isCancelled {
            cancelAll()
            return nil
          }
        }
        guard let output = delivering.popLast() else { return nil }
        pending -= 1
        fill()
        return output
      }

      /// Starts batches while a whole one fits in the window (or nothing is in flight)
      /// and inputs remain.
      private mutating func fill() {
        while !finished, pending == 0 || pending + batchSize <= window {
          var batch: [CorpusInput] = []
          batch.reserveCapacity(batchSize)
          while batch.count < batchSize, let input = inputs.next() { batch.append(input) }
          if batch.count < batchSize { finished = true }
          guard !batch.isEmpty else { return }
          let first = nextIndex
          nextIndex += batch.count
          pending += batch.count
          let parser = parser
          let transform = transform
          inFlight.append(
            Task.detached {
              var outputs: [Output] = []
              outputs.reserveCapacity(batch.count)
              for (offset, input) in batch.enumerated() {
                let index = first + offset
                if Task.isCancelled {
                  outputs.append(
                    transform(
                      CorpusResult(
                        index: index, name: input.name,
                        result: .failure(
                          DisclosureError(
                            .cancelled, "The parse was cancelled before it started.",
                            suggestion: "Run the corpus again to parse this input.")))))
                } else {
                  outputs.append(transform(CorpusParser.parse(input, index: index, with: parser)))
                }
              }
              outputs.reverse()
              return outputs
            })
        }
      }

      private mutating func cancelAll() {
        for task in inFlight[head...] { task?.cancel() }
        inFlight.removeAll()
        delivering.removeAll()
        head = 0
        pending = 0
        finished = true
      }
    }
  }
}
