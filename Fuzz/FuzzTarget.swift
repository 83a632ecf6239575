import DisclosureKit

/// The fuzz target (libFuzzer's `LLVMFuzzerTestOneInput`): the whole path from bytes to a report, strict and
/// lenient, with the invariants every result must keep. A crash, a trap on a broken
/// invariant, a timeout or a memory blow-up is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: count))
  FuzzCheck.run(bytes, options: ParseOptions())
  FuzzCheck.run(bytes, options: ParseOptions(lenientDecoding: true))
  // The first byte picks a forced layout or encoding, so every adapter and decoder
  // meets every input.
  if let first = bytes.first {
    let layouts: [String?] = [nil] + LayoutRegistry.standard.names
    let encodings: [TextEncoding?] = [nil] + TextEncoding.allCases
    var options = ParseOptions(lenientDecoding: first & 1 == 1)
    options.layout = layouts[Int((first >> 1) & 0x07) % layouts.count]
    options.encoding = encodings[Int(first >> 4) % encodings.count]
    FuzzCheck.run(bytes, options: options)
  }
  return 0
}

/// One parse and the invariants of its outcome.
enum FuzzCheck {
  static func run(_ bytes: [UInt8], options: ParseOptions) {
    let parser = ReportParser(registry: .standard, options: options)
    do {
      let report = try parser.parse(bytes)
      require(report.fields.count == FieldCatalogue.fields(for: report.edition).count, "one field per key")
      require(report.checks.count == 6, "six checks")
      require(report.metadata.encoding == (options.encoding ?? TextDecoder.detect(bytes)).rawValue, "encoding")
      if !options.lenientDecoding {
        require(!report.diagnostics.contains { $0.code == .replacedBytes }, "strict decoding replaces nothing")
      }
      _ = report.formattedFields()
    } catch {
      require(!error.description.contains("\n"), "one-line error")
      require(!error.message.isEmpty && !error.suggestion.isEmpty, "error says what and what to do")
      if options.lenientDecoding {
        require(error.kind != .invalidEncoding, "lenient decoding never refuses bytes")
      }
    }
  }

  static func require(_ condition: Bool, _ invariant: StaticString) {
    if !condition { fatalError("invariant broken: \(invariant)") }
  }
}
