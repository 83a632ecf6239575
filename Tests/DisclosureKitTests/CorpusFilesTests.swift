import DisclosureKit
import Foundation
import Testing

@Suite("Finding a corpus's files")
struct CorpusFilesTests {
  /// A small tree: files at several depths, hidden ones, names that sort
  /// differently by bytes than by locale.
  static func tree() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    for relative in [
      "root/b.txt", "root/B.txt", "root/a.md", "root/上海.txt", "root/2021/x.txt", "root/2021/deep/y.txt",
      "root/2019/x.md", "root/.hidden.txt", "root/.git/config.txt", "other/z.txt",
    ] {
      try folder.write(relative, Array(relative.utf8))
    }
    return folder
  }

  @Test("Folders are searched recursively; hidden entries skipped; sorted by bytes")
  func search() throws {
    let folder = try Self.tree()
    let files = CorpusFiles([folder.path("root")])
    let root = folder.path("root")
    #expect(
      files.paths == [
        "\(root)/2019/x.md", "\(root)/2021/deep/y.txt", "\(root)/2021/x.txt", "\(root)/B.txt", "\(root)/a.md",
        "\(root)/b.txt", "\(root)/上海.txt",
      ])
    #expect(files.count == 7)
    #expect(files.inputs.map(\.name) == files.paths)
    // A trailing slash on the folder does not change the paths.
    #expect(CorpusFiles([root + "/"]).paths == files.paths)
  }

  @Test("--glob: a name pattern, or a path pattern below the folder; files named directly always count")
  func glob() throws {
    let folder = try Self.tree()
    let root = folder.path("root")
    #expect(
      CorpusFiles([root], glob: "*.txt").paths == [
        "\(root)/2021/deep/y.txt", "\(root)/2021/x.txt", "\(root)/B.txt", "\(root)/b.txt", "\(root)/上海.txt",
      ])
    #expect(CorpusFiles([root], glob: "[ab].*").paths == ["\(root)/a.md", "\(root)/b.txt"])
    #expect(CorpusFiles([root], glob: "2021/*").paths == ["\(root)/2021/deep/y.txt", "\(root)/2021/x.txt"])
    #expect(CorpusFiles([root], glob: "*/x.*").paths == ["\(root)/2019/x.md", "\(root)/2021/x.txt"])
    #expect(CorpusFiles([root], glob: "*.pdf").paths == [])
    // A file named directly is kept whatever the pattern.
    #expect(CorpusFiles([root + "/a.md"], glob: "*.txt").paths == ["\(root)/a.md"])
    #expect(CorpusFiles.matches("2021/deep/y.txt", glob: "*.txt"))
    #expect(CorpusFiles.matches("2021/deep/y.txt", glob: "2021/*"))
    #expect(CorpusFiles.matches("2021/deep/y.txt", glob: "2019/*") == false)
  }

  @Test("Several roots: merged, each file once, in byte order; missing paths kept to fail later")
  func severalRoots() throws {
    let folder = try Self.tree()
    let root = folder.path("root")
    let other = folder.path("other")
    let files = CorpusFiles([other, root + "/b.txt", root, folder.path("missing.txt")], glob: "b.txt")
    // root/b.txt named twice is there once; other/z.txt does not match; missing.txt
    // is kept to fail as unreadable.
    #expect(files.paths == [folder.path("missing.txt"), "\(root)/b.txt"])
    #expect(
      CorpusFiles([other, root], glob: "?.txt").paths == [
        "\(other)/z.txt", "\(root)/2021/deep/y.txt", "\(root)/2021/x.txt", "\(root)/B.txt", "\(root)/b.txt",
      ])
    #expect(CorpusFiles(paths: ["b", "a", "b", "B"]).paths == ["B", "a", "b"])
  }

  @Test("Paths sorted by their UTF-8 bytes, as lexicographicallyPrecedes orders them")
  func byteOrder() {
    let paths = [
      "é", "e", "a/b", "a", "", "a/", "B", "年度报告/2021.txt", "年度报告/2020.txt", "z", "a/b/c", "ab", "a\u{0}",
      "\u{FF}", "Z",
    ]
    // By bytes: "é" is C3 A9 and "\u{FF}" is C3 BF; 年 is E5 B9 B4.
    let expected = [
      "", "B", "Z", "a", "a\u{0}", "a/", "a/b", "a/b/c", "ab", "e", "z", "é", "\u{FF}", "年度报告/2020.txt",
      "年度报告/2021.txt",
    ]
    #expect(CorpusFiles(paths: paths).paths == expected)
    #expect(expected == paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    // Every pair, each way round: the first path is the one whose bytes come first.
    for first in paths {
      for second in paths where first != second {
        let earlier = first.utf8.lexicographicallyPrecedes(second.utf8) ? first : second
        #expect(CorpusFiles(paths: [first, second]).paths.first == earlier)
      }
    }
  }

  #if os(Linux)
    @Test("A file whose name is not UTF-8 is kept, and fails with an error that says why")
    func nonUTF8Name() throws {
      let folder = try Self.tree()
      let other = folder.path("other")
      // other/bad<FF FE>name.txt, created from raw bytes: no String can name it.
      let name = (Array((other + "/bad").utf8) + [0xFF, 0xFE] + Array("name.txt".utf8) + [0]).map {
        CChar(bitPattern: $0)
      }
      let descriptor = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      try #require(descriptor >= 0)
      close(descriptor)
      // The listing gives the name with U+FFFD for each byte it could not read.
      let mangled = "\(other)/bad\u{FFFD}\u{FFFD}name.txt"
      let files = CorpusFiles([other])
      #expect(files.paths == [mangled, "\(other)/z.txt"])
      #expect(CorpusFiles([other], glob: "z.*").paths == ["\(other)/z.txt"])
      #expect(throws: DisclosureError.self) { try ReportParser.standard.parse(contentsOfFile: mangled) }
      do {
        _ = try ReportParser.standard.parse(contentsOfFile: mangled)
      } catch {
        #expect(error.kind == .unreadable)
        #expect(error.message.contains("not valid UTF-8"))
        #expect(error.message.contains(mangled))
      }
    }
  #endif

  @Test("Symbolic links: to files followed, to folders not (no loops)")
  func links() throws {
    let folder = try Self.tree()
    let root = folder.path("root")
    try FileManager.default.createSymbolicLink(atPath: root + "/link.txt", withDestinationPath: root + "/b.txt")
    try FileManager.default.createSymbolicLink(atPath: root + "/loop", withDestinationPath: root)
    let files = CorpusFiles([root], glob: "*.txt")
    #expect(files.paths.contains(root + "/link.txt"))
    #expect(files.paths.contains { $0.contains("/loop/") } == false)
    #expect(files.count == 6)
  }

  @Test("removing(_:) drops an output file named by another route")
  func removing() throws {
    let folder = try Self.tree()
    let root = folder.path("root")
    let files = CorpusFiles([root])
    #expect(files.removing(root + "/2021/../a.md").paths.contains(root + "/a.md") == false)
    #expect(files.removing(root + "/2021/../a.md").count == 6)
    #expect(files.removing(root + "/not-there.csv") == files)
    #expect(files.removing(folder.path("other/a.md")) == files)
  }
}
