// Measures GB18030 decoding through Foundation and through glibc's iconv, the two
// ways DisclosureKit can decode GB18030 (it uses iconv where glibc has it).
//
//   swiftc -O Benchmarks/Decoding/gb18030-decoding.swift -o /tmp/gb18030-decoding
//   /tmp/gb18030-decoding Tests/DisclosureKitTests/Fixtures
//
// The input is every fixture text (*.txt) under the folder, encoded as GB18030 and
// repeated to at least 4 MiB. Prints the median and the range of 7 timed rounds.
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

let gb18030 = String.Encoding(rawValue: 0x8000_0632)

func viaFoundation(_ bytes: [UInt8]) -> Int {
  String(data: Data(bytes), encoding: gb18030)?.utf8.count ?? -1
}

func viaIconv(_ bytes: [UInt8]) -> Int {
  guard let converter = iconv_open("UTF-8", "GB18030"), Int(bitPattern: converter) != -1 else { return -1 }
  defer { iconv_close(converter) }
  var input = bytes
  var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
  return input.withUnsafeMutableBufferPointer { inBuffer in
    output.withUnsafeMutableBufferPointer { outBuffer in
      guard let inBase = inBuffer.baseAddress, let outBase = outBuffer.baseAddress else { return -1 }
      var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
      var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(
        to: CChar.self)
      var inLeft = inBuffer.count
      var outLeft = outBuffer.count
      guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return -1 }
      return outBuffer.count - outLeft
    }
  }
}

let folder = CommandLine.arguments.dropFirst().first ?? "Tests/DisclosureKitTests/Fixtures"
var text = ""
if let files = FileManager.default.enumerator(atPath: folder) {
  for case let file as String in files where file.hasSuffix(".txt") {
    text += (try? String(contentsOfFile: folder + "/" + file, encoding: .utf8)) ?? ""
  }
}
guard let encoded = text.data(using: gb18030), !encoded.isEmpty else {
  print("no fixture text found under \(folder)")
  exit(1)
}
var input: [UInt8] = []
while input.count < 4 << 20 { input += encoded }
let reference = viaFoundation(input)
print(
  "input: \(input.count) bytes of GB18030 (\(reference) bytes of UTF-8); iconv agrees: \(viaIconv(input) == reference)")

for (name, decode) in [("Foundation", viaFoundation), ("iconv", viaIconv)] as [(String, ([UInt8]) -> Int)] {
  var rates: [Double] = []
  for _ in 0..<7 {
    let start = ContinuousClock.now
    _ = decode(input)
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    rates.append(Double(input.count) / seconds / 1e6)
  }
  rates.sort()
  print(
    "\(name): median \(String(format: "%.0f", rates[3])) MB/s (range \(String(format: "%.0f", rates[0]))–\(String(format: "%.0f", rates[6])))"
  )
}
