import DisclosureKit
import DisclosureSynthesis
import Foundation
import Synchronization
import Testing

@Suite("Bad input")
struct BadInputTests {
  static func error(_ bytes: [UInt8], options: ParseOptions = ParseOptions()) -> DisclosureError? {
    do {
      _ = try ReportParser(registry: .standard, options: options).parse(bytes)
      return nil
    } catch {
      return error
    }
  }

  static func fileError(_ path: String) -> DisclosureError? {
    do {
      _ = try ReportParser.standard.parse(contentsOfFile: path)
      return nil
    } catch {
      return error
    }
  }

  @Test("Reading files: a missing file or a folder is unreadable, an empty file is empty, a report reads")
  func files() throws {
    let missing = try #require(Self.fileError("/nonexistent/report.txt"))
    #expect(missing.kind == .unreadable)
    #expect(missing.message == "The file /nonexistent/report.txt cannot be read (No such file or directory).")
    let folder = try #require(Self.fileError(NSTemporaryDirectory()))
    #expect(folder.kind == .unreadable)
    #expect(folder.message.hasSuffix("is not a regular file."))
    let emptyPath = NSTemporaryDirectory() + "disclosure-empty-\(getpid()).txt"
    #expect(FileManager.default.createFile(atPath: emptyPath, contents: Data()))
    defer { try? FileManager.default.removeItem(atPath: emptyPath) }
    #expect(Self.fileError(emptyPath)?.kind == .empty)
    let report = try ReportParser.standard.parse(
      contentsOfFile: try Fixtures.url("handmade/h2021.tsv.txt").path)
    #expect(report.metadata.agency == "江宁区某某街道办事处")
    #expect(report["applications.received.total"] == .integer(10278))
  }

  @Test("A named pipe is refused at once, not waited on for a writer, alone or in a corpus")
  func namedPipe() async throws {
    let folder = try TemporaryFolder()
    let pipe = folder.path("report.txt")
    #expect(mkfifo(pipe, 0o600) == 0)
    // Were a parse waiting in `open` for a writer, this would open the pipe for
    // writing (which succeeds only while a reader has it open) every half second,
    // note it and close it, ending the wait with an empty read.
    let waited = Mutex(false)
    let finished = Mutex(false)
    let watchdog = Thread {
      while !finished.withLock({ $0 }) {
        usleep(500_000)
        let writer = open(pipe, O_WRONLY | O_NONBLOCK)
        if writer >= 0 {
          waited.withLock { $0 = true }
          close(writer)
        }
      }
    }
    watchdog.start()
    defer { finished.withLock { $0 = true } }
    let error = try #require(Self.fileError(pipe))
    #expect(!waited.withLock { $0 })
    #expect(error.kind == .unreadable)
    #expect(error.message == "\(pipe) is not a regular file.")

    var results: [CorpusResult] = []
    let inputs: [CorpusInput] = [.file(pipe), .file(try Fixtures.url("handmade/h2021.tsv.txt").path)]
    for await result in CorpusParser().reports(for: inputs) { results.append(result) }
    #expect(results.map(\.error?.kind) == [.unreadable, nil])
    #expect(results.last?.report?["applications.received.total"] == .integer(10278))
    #expect(!waited.withLock { $0 })
  }

  @Test("An empty file")
  func empty() throws {
    let error = try #require(Self.error([]))
    #expect(error.kind == .empty)
    #expect(error.byteOffset == 0)
    #expect(error.message.contains("0 bytes"))
  }

  @Test("Only white space, in every encoding")
  func whiteSpaceOnly() throws {
    let blank = " \n\t\r\n  \u{0B}\u{0C}\n"
    let utf16: [UInt8] = [0xFF, 0xFE] + blank.utf16.flatMap { [UInt8($0), 0] }
    for bytes in [Array(blank.utf8), utf16] {
      let error = try #require(Self.error(bytes))
      #expect(error.kind == .empty)
      #expect(error.message.contains("white space"))
    }
  }

  @Test("Binary data: random bytes, a PNG header, a ZIP header, a PDF")
  func binary() throws {
    var generator = SyntheticRandom(seed: 7)
    let random = (0..<65_536).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    let noise = try #require(Self.error(random))
    #expect(noise.kind == .binary)
    #expect(noise.byteOffset.map { random[$0] == 0 || random[$0] < 0x20 } == true)
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
    let pngError = try #require(Self.error(png))
    #expect(pngError.kind == .binary)
    #expect(pngError.byteOffset == 0)
    #expect(pngError.message == "The input is a PNG image, not text.")
    let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xFF, 0xFE, 0x00, 0x00]
    let zipError = try #require(Self.error(zip))
    #expect(zipError.kind == .binary)
    #expect(zipError.message.contains("ZIP"))
    #expect(Self.error(Array("%PDF-1.4\n%âãÏÓ\n".utf8))?.kind == .binary)
    // Random bytes with the NULs and controls taken out: not text in any encoding.
    let printable = random.filter { $0 >= 0x20 }
    let garbled = try #require(Self.error(printable))
    #expect(garbled.kind == .invalidEncoding)
    #expect(garbled.byteOffset != nil)
  }

  @Test("A text that is not a report: a novel chapter, a CSV")
  func notAReport() throws {
    let novel = "第一章\n\n天色已晚，他推开门，院子里的桂花正开。\n她说：明天再来吧。\n"
    let error = try #require(Self.error(Array(novel.utf8)))
    #expect(error.kind == .notAReport)
    #expect(error.line == 1)
    #expect(error.message.hasPrefix("The text (4 lines) has no section heading"))
    #expect(error.suggestion.contains("一、总体情况"))
    let csv = "name,age,city\nalice,30,南京\nbob,41,上海\n"
    #expect(Self.error(Array(csv.utf8))?.kind == .notAReport)
    // A CSV of numbers with tabs looks like a table, but not one of a report.
    let numbers = (1...50).map { "\($0)\t\($0 * 2)\t\($0 * 3)" }.joined(separator: "\n")
    #expect(Self.error(Array(numbers.utf8))?.kind == .notAReport)
  }

  @Test("A report with no tables gives every value null, each with a diagnostic")
  func proseOnly() throws {
    let text = """
      某某区人民政府2022年政府信息公开工作年度报告
      一、总体情况
      本年度主动公开政府信息若干条。
      二、主动公开政府信息情况
      详见政府网站。
      三、收到和处理政府信息公开申请情况
      四、政府信息公开行政复议、行政诉讼情况
      五、存在的主要问题及改进情况
      六、其他需要报告的事项
      无。
      """
    let report = try ReportParser.standard.parse(Array(text.utf8))
    #expect(report.edition == .edition2021)
    #expect(report.metadata.year == 2022)
    #expect(report.metadata.agency == "某某区人民政府")
    #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
    #expect(report.sections[0].text == "本年度主动公开政府信息若干条。")
    let numeric = report.fields.filter { !$0.key.hasPrefix("report.") }
    #expect(numeric.allSatisfy { $0.value == nil })
    for field in numeric {
      let diagnostic = report.diagnostics.first { $0.key == field.key }
      #expect(diagnostic?.code == .missingTable)
      #expect(diagnostic?.line != nil)
    }
    #expect(report.checks.allSatisfy { $0.status == .incomplete })
  }

  @Test("Every error's description is one line naming the position")
  func description() throws {
    let invalid = try #require(
      Self.error(Array("规章\n1\t2\nok".utf8) + [0xFF, 0xFE, 0xFD, 0x41], options: ParseOptions(encoding: .utf8)))
    #expect(invalid.description.hasPrefix("invalidEncoding at line 3, byte 13: "))
    #expect(!invalid.description.contains("\n"))
    let multiline = DisclosureError(.unreadable, "The file a\nb cannot be read.", suggestion: "Check\r\nit.")
    #expect(multiline.description == "unreadable: The file a b cannot be read. Check  it.")
  }

  @Test("A file larger than the limit is refused before decoding")
  func tooLarge() throws {
    let error = try #require(
      Self.error(Array(repeating: 0x41, count: 100), options: ParseOptions(maximumInputBytes: 64)))
    #expect(error.kind == .tooLarge)
    #expect(error.byteOffset == 64)
    #expect(error.message.contains("100 bytes"))
  }
}
