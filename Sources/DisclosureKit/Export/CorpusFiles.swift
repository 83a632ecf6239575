import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files of a corpus, found under the paths a caller names, in a fixed order.
///
/// ```swift
/// let files = CorpusFiles(["reports/", "extra/one.txt"], glob: "*.txt")
/// for await result in CorpusParser().reports(for: files.inputs) { … }
/// ```
///
/// - A path that names a folder is searched recursively. Names starting with `.`
///   (hidden files and folders) are skipped, and so are symbolic links to folders
///   (which could loop); symbolic links to files are followed. Only regular files
///   are kept.
/// - `glob`, if given, keeps only the files found in folders that match it
///   (`fnmatch(3)`): a pattern without `/` is matched against the file's name
///   (`*.txt`, `*2021*`), a pattern with `/` against the path below the folder that
///   was named (`*/2021/*.md`; there `*` also matches `/`). A file named directly
///   is always kept: naming it is choosing it.
/// - Any other path (a file, or a path that does not exist) is kept as it is, so
///   that parsing it reports what is wrong with it. A folder that cannot be listed
///   is kept too, and fails as unreadable.
/// - The paths are sorted by their UTF-8 bytes (as `LC_ALL=C sort` does) and each
///   appears once, so the order of a corpus never depends on the file system or on
///   the order the paths were named in.
///
/// Only the paths are held, never the files' contents: a corpus of 100,000 files
/// costs a few megabytes here.
public struct CorpusFiles: Sendable, Hashable {
  /// The files, sorted by the UTF-8 bytes of their paths, each once.
  public private(set) var paths: [String]

  /// The files at exactly `paths` (not searched), sorted and without repeats.
  public init(paths: [String]) {
    self.paths = Self.sortedUnique(paths)
  }

  /// The files under `roots` that match `glob` (see the type's description).
  ///
  /// - Parameters:
  ///   - roots: files and folders, as the user named them; the paths keep their
  ///     form (a relative root gives relative paths).
  ///   - glob: an `fnmatch(3)` pattern, or `nil` to keep every file.
  public init(_ roots: [String], glob: String? = nil) {
    var found: [String] = []
    for root in roots {
      if Self.kind(of: root, following: true) == .folder {
        Self.search(root, glob: glob, into: &found)
      } else {
        found.append(root)
      }
    }
    self.paths = Self.sortedUnique(found)
  }

  /// How many files there are.
  public var count: Int { paths.count }

  /// Whether there are no files.
  public var isEmpty: Bool { paths.isEmpty }

  /// The files as inputs for ``CorpusParser/reports(for:)``, in order; each file
  /// is read only when its turn comes.
  public var inputs: LazyMapSequence<[String], CorpusInput> {
    paths.lazy.map(CorpusInput.file)
  }

  /// The corpus without the file at `path` (an output file that lies among the
  /// inputs, so that a second export does not read the first one's table). Paths
  /// that name the same file by another route (`./a/../out.csv`, a symbolic link to
  /// the folder) are removed too; `path` need not exist yet.
  public func removing(_ path: String) -> CorpusFiles {
    let name = Self.lastComponent(path)
    guard let target = Self.canonical(path) else { return self }
    var copy = self
    copy.paths.removeAll { Self.lastComponent($0) == name && Self.canonical($0) == target }
    return copy
  }

  /// Whether `name` (a file name, or the path below a searched folder when `glob`
  /// holds a `/`) matches `glob`, as the folder search decides it.
  ///
  /// ```swift
  /// CorpusFiles.matches("a/b/report.txt", glob: "*.txt")   // true: the name matches
  /// CorpusFiles.matches("2021/x.md", glob: "2021/*")       // true
  /// ```
  public static func matches(_ relativePath: String, glob: String) -> Bool {
    let subject = glob.contains("/") ? relativePath : String(lastComponent(relativePath))
    return fnmatch(glob, subject, 0) == 0
  }

  // MARK: Searching

  private enum Kind {
    case folder
    case file
    case other
    case missing
  }

  private static func kind(of path: String, following: Bool) -> Kind {
    var status = stat()
    let result = following ? stat(path, &status) : lstat(path, &status)
    guard result == 0 else { return .missing }
    switch status.st_mode & S_IFMT {
    case S_IFDIR: return .folder
    case S_IFREG: return .file
    default: return .other
    }
  }

  /// Searches `root` depth first with an explicit stack (no recursion limit).
  private static func search(_ root: String, glob: String?, into found: inout [String]) {
    let base = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    // Each entry: the folder's path and its path below `root` ("" for root itself).
    var folders: [(path: String, relative: String)] = [(base, "")]
    while let (folder, relative) = folders.popLast() {
      guard let entries = listing(folder) else {
        // Unlistable: keep it, so that its failure is reported, not lost.
        found.append(folder)
        continue
      }
      for (name, listedKind) in entries where !name.hasPrefix(".") {
        let path = folder == "/" ? "/" + name : folder + "/" + name
        let below = relative.isEmpty ? name : relative + "/" + name
        // The listing tells folders and regular files apart for most file systems;
        // only the other entries (and all of them where it cannot tell) cost a `stat`.
        switch listedKind ?? kind(of: path, following: false) {
        case .folder:
          folders.append((path, below))
        case .file:
          if glob.map({ matches(below, glob: $0) }) ?? true { found.append(path) }
        case .other:
          // A symbolic link (or a device, a socket…): keep links to regular files.
          if kind(of: path, following: true) == .file, glob.map({ matches(below, glob: $0) }) ?? true {
            found.append(path)
          }
        case .missing:
          // Listed but not found by the listed name: the name is not valid UTF-8
          // (the listing replaced its bytes with U+FFFD) or the file went away. Keep
          // it, so that it fails with an error row instead of vanishing unseen.
          if glob.map({ matches(below, glob: $0) }) ?? true { found.append(path) }
        }
      }
    }
  }

  /// The names in `folder` with what the listing says each is (`nil` where it does
  /// not say: a symbolic link, an unknown type, a file system that never says), or
  /// `nil` when the folder cannot be listed. A name that is not valid UTF-8 is made
  /// one with U+FFFD for each bad byte, so that the path fails later by that name
  /// (see ``search(_:glob:into:)``).
  private static func listing(_ folder: String) -> [(name: String, kind: Kind?)]? {
    guard let directory = opendir(folder) else { return nil }
    defer { closedir(directory) }
    var entries: [(name: String, kind: Kind?)] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: &entry.pointee.d_name) { bytes in
        let length = bytes.firstIndex(of: 0) ?? bytes.count
        return String(decoding: bytes[..<length], as: UTF8.self)
      }
      let kind: Kind?
      switch Int32(entry.pointee.d_type) {
      case Int32(DT_DIR): kind = .folder
      case Int32(DT_REG): kind = .file
      default: kind = nil
      }
      entries.append((name, kind))
    }
    return entries
  }

  // MARK: Paths

  /// `paths` in the order of their UTF-8 bytes (`"B" < "a" < "é"`, a prefix first),
  /// each once.
  static func sortedUnique(_ paths: [String]) -> [String] {
    // Each path's bytes, copied out once, are compared with `memcmp`: stepping
    // through two `String.UTF8View`s a byte at a time took about 6% of an export's
    // CPU time for 20,000 files, all of it before the first file is parsed.
    let keys = paths.map { ContiguousArray($0.utf8) }
    let order = paths.indices.sorted { Self.bytesPrecede(keys[$0], keys[$1]) }
    var unique: [String] = []
    unique.reserveCapacity(paths.count)
    for index in order where unique.last != paths[index] { unique.append(paths[index]) }
    return unique
  }

  /// Whether `first` comes before `second` in byte order, a prefix before the longer
  /// bytes: what `first.lexicographicallyPrecedes(second)` says, with one `memcmp`.
  static func bytesPrecede(_ first: ContiguousArray<UInt8>, _ second: ContiguousArray<UInt8>) -> Bool {
    let common = min(first.count, second.count)
    let order = first.withUnsafeBufferPointer { left in
      second.withUnsafeBufferPointer { right -> Int32 in
        guard common > 0, let left = left.baseAddress, let right = right.baseAddress else { return 0 }
        return memcmp(left, right, common)
      }
    }
    return order != 0 ? order < 0 : first.count < second.count
  }

  private static func lastComponent(_ path: String) -> Substring {
    let trimmed = path.hasSuffix("/") ? path.dropLast() : Substring(path)
    guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
    return trimmed[trimmed.index(after: slash)...]
  }

  /// The absolute path of `path` with its folder's symbolic links resolved; the
  /// file itself need not exist.
  private static func canonical(_ path: String) -> String? {
    guard !path.hasSuffix("/") else { return nil }
    let name = lastComponent(path)
    let folderPart = path.dropLast(name.count)
    let folder = folderPart.isEmpty ? "." : String(folderPart)
    guard let resolved = realpath(folder, nil) else { return nil }
    defer { free(resolved) }
    let prefix = String(cString: resolved)
    return (prefix.hasSuffix("/") ? prefix : prefix + "/") + name
  }
}
