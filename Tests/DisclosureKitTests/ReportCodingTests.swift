import DisclosureKit
import Foundation
import Testing

@Suite("JSON")
struct ReportCodingTests {
  @Test("Fields nest by key path; decimals are exact strings; null is null")
  func nesting() throws {
    let report = try Fixtures.parse("handmade/h2019.md.txt")
    let data = try JSONEncoder().encode(report)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let fields = try #require(object["fields"] as? [String: Any])
    let review = try #require(fields["review"] as? [String: Any])
    #expect(review["total"] as? Int == 31)
    let proactive = try #require(fields["proactive"] as? [String: Any])
    let procurement = try #require(proactive["procurement"] as? [String: Any])
    #expect(procurement["amount"] as? String == "1234.5")
    let meta = try #require(fields["report"] as? [String: Any])
    #expect(meta["edition"] as? String == "2019")
    let sources = try #require(object["sources"] as? [String: Any])
    #expect((sources["review.total"] as? [String: Any])?["line"] != nil)

    let shanghai = try JSONSerialization.jsonObject(
      with: JSONEncoder().encode(try Fixtures.parse("shanghai/shanghai-2019.md.txt")))
    let granted = ((shanghai as? [String: Any])?["fields"] as? [String: Any]).flatMap {
      $0["applications"] as? [String: Any]
    }
    .flatMap { $0["granted"] as? [String: Any] }
    #expect(granted?["total"] is NSNull)
  }

  @Test(
    "A report survives a JSON round trip",
    arguments: ["handmade/h2021.cpl.txt", "seeds/000_89d79d270a8f58c8.txt", "shanghai/shanghai-2019.tsv.txt"])
  func roundTrip(file: String) throws {
    let report = try Fixtures.parse(file)
    let decoded = try JSONDecoder().decode(Report.self, from: JSONEncoder().encode(report))
    #expect(decoded.fields == report.fields)
    #expect(decoded.checks == report.checks)
    #expect(decoded.diagnostics == report.diagnostics)
    #expect(decoded.sections == report.sections)
    #expect(decoded.metadata == report.metadata)
  }
}
