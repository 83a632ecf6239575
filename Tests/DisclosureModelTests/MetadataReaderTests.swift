import Testing

@testable import DisclosureModel

@Suite("Reading the year and agency from the title")
struct MetadataReaderTests {
  @Test(
    "The first four-digit year before 年, and the text it spans",
    arguments: [
      ("金乡县卜集镇人民政府2021年政府信息公开工作年度报告", 2021, "2021年"),
      ("上海市人民政府办公厅 ２０２０ 年政府信息公开工作年度报告", 2020, "２０２０ 年"),
      ("2019年度上海市人民政府办公厅政府信息公开工作年度报告", 2019, "2019年"),
      ("第12021年号 2022年报告", 2022, "2022年"),
      ("编号１２３４５、2020号 2023\u{3000}年", 2023, "2023\u{3000}年"),
    ])
  func years(title: String, year: Int, span: String) throws {
    let found = try #require(MetadataReader.findYear(in: title))
    #expect(found.year == year)
    #expect(String(title[found.range]) == span)
  }

  @Test("No year: five digits, out of range, or no 年", arguments: ["12021年", "1989年报告", "2021 报告", "２０２"])
  func noYear(title: String) {
    #expect(MetadataReader.findYear(in: title) == nil)
  }

  @Test("The agency is the title's words before the year")
  func agency() throws {
    let title = "金乡县卜集镇人民政府2021年政府信息公开工作年度报告"
    let found = try #require(MetadataReader.findYear(in: title))
    #expect(MetadataReader.agencyName(in: title, yearRange: found.range) == "金乡县卜集镇人民政府")
  }

  @Test(
    "Marks before the agency's name and words after it are dropped",
    arguments: [
      ("《金乡县人民政府关于2021年政府信息公开工作年度报告", "金乡县人民政府"),
      ("“金乡县人民政府” （2021年政府信息公开工作年度报告", "金乡县人民政府”"),
      ("\"上海市人民政府的 2020 年报告", "上海市人民政府"),
    ])
  func agencyMarks(title: String, agency: String) throws {
    let found = try #require(MetadataReader.findYear(in: title))
    #expect(MetadataReader.agencyName(in: title, yearRange: found.range) == agency)
  }

  @Test(
    "Marks and spaces are dropped scalar by scalar, whatever the length of the scalars around them",
    arguments: [
      // A full-width space and 《 before; a space and 的 after, but not 》.
      ("\u{3000}《某局·》的 2021年报告", "某局·》"),
      // A four-byte scalar before （ is kept whole.
      ("某局😀（2021年报告", "某局😀"),
      // A two-byte scalar (·) after 《 ends the marks.
      ("《·某局2021年报告", "·某局"),
    ])
  func agencyMarksBetweenScalars(title: String, agency: String) throws {
    let found = try #require(MetadataReader.findYear(in: title))
    #expect(MetadataReader.agencyName(in: title, yearRange: found.range) == agency)
  }

  @Test("A name of marks and spaces only is no name")
  func agencyOfMarksOnly() {
    #expect(MetadataReader.agencyName(in: "《 ", yearRange: nil) == nil)
    #expect(MetadataReader.agencyName(in: "“（的", yearRange: nil) == nil)
  }

  @Test("Byte search in strings and substrings")
  func utf8Range() throws {
    let title = "2021年金乡县政府信息公开工作年度报告"
    let range = try #require(title.utf8Range(of: "政府信息公开"))
    #expect(String(title[range]) == "政府信息公开")
    #expect(String(title[..<range.lowerBound]) == "2021年金乡县")
    let tail = title.dropFirst(5)
    let inTail = try #require(tail.utf8Range(of: "年度报告"))
    #expect(String(tail[inTail]) == "年度报告")
    #expect(String(title[inTail.upperBound...]).isEmpty)
    #expect(tail.utf8Range(of: "2021") == nil)
    #expect(title.utf8Range(of: "") == nil)
    #expect("报告".utf8Range(of: "年度报告") == nil)
  }
}
