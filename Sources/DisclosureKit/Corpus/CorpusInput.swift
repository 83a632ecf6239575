/// One report to parse as part of a corpus: a file to read, or bytes already in
/// memory.
public enum CorpusInput: Sendable, Hashable {
  /// A file, read when its turn comes (so only the files being parsed are in memory).
  case file(String)
  /// Bytes in memory, with a name to report them by.
  case bytes(name: String, [UInt8])

  /// The path of a file, or the name given to bytes.
  public var name: String {
    switch self {
    case .file(let path): path
    case .bytes(let name, _): name
    }
  }
}
