import Testing

/// A strict RFC 4180 reader, written for the tests independently of the writer:
/// records end with CRLF (the last one too), a quoted field doubles its quotes and
/// may hold commas and line breaks, an unquoted field holds no quote, CR or LF, and
/// every record has as many fields as the first. Anything else is an error naming
/// the byte offset.
enum StrictCSVReader {
  struct Failure: Error, CustomStringConvertible {
    var offset: Int
    var reason: String
    var description: String { "byte \(offset): \(reason)" }
  }

  static func records(_ bytes: [UInt8]) throws -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field: [UInt8] = []
    var index = 0
    let (quote, comma, cr, lf): (UInt8, UInt8, UInt8, UInt8) = (0x22, 0x2C, 0x0D, 0x0A)

    func finishField() throws {
      guard let text = String(validating: field, as: UTF8.self) else {
        throw Failure(offset: index, reason: "a field is not valid UTF-8")
      }
      record.append(text)
      field.removeAll()
    }
    func finishRecord() throws {
      try finishField()
      if let width = records.first?.count, record.count != width {
        throw Failure(offset: index, reason: "record \(records.count + 1) has \(record.count) fields, not \(width)")
      }
      records.append(record)
      record.removeAll()
    }
    /// After a field: a comma (another field follows), or CRLF (the record ends).
    func separator() throws -> Bool {
      guard index < bytes.count else { throw Failure(offset: index, reason: "the last record does not end with CRLF") }
      if bytes[index] == comma {
        index += 1
        return false
      }
      guard bytes[index] == cr, index + 1 < bytes.count, bytes[index + 1] == lf else {
        throw Failure(offset: index, reason: "a field is followed by neither a comma nor CRLF")
      }
      index += 2
      return true
    }

    while index < bytes.count {
      if bytes[index] == quote {
        index += 1
        while true {
          guard index < bytes.count else { throw Failure(offset: index, reason: "a quoted field is not closed") }
          if bytes[index] == quote {
            if index + 1 < bytes.count, bytes[index + 1] == quote {
              field.append(quote)
              index += 2
              continue
            }
            index += 1
            break
          }
          field.append(bytes[index])
          index += 1
        }
      } else {
        while index < bytes.count, bytes[index] != comma, bytes[index] != cr {
          if bytes[index] == quote { throw Failure(offset: index, reason: "a quote inside an unquoted field") }
          if bytes[index] == lf { throw Failure(offset: index, reason: "a bare LF") }
          field.append(bytes[index])
          index += 1
        }
      }
      if try separator() {
        try finishRecord()
      } else {
        try finishField()
        if index == bytes.count { throw Failure(offset: index, reason: "the last record does not end with CRLF") }
      }
    }
    return records
  }
}

@Suite("The tests' strict RFC 4180 reader")
struct StrictCSVReaderTests {
  @Test("Reads quoted fields with commas, doubled quotes and line breaks; empty fields")
  func reads() throws {
    let text = "a,b,c\r\n\"x,y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n,,\r\n"
    let records = try StrictCSVReader.records(Array(text.utf8))
    #expect(records == [["a", "b", "c"], ["x,y", "say \"hi\"", "two\r\nlines"], ["", "", ""]])
    #expect(try StrictCSVReader.records([]) == [])
    #expect(try StrictCSVReader.records(Array("上海,\"北京\"\r\n".utf8)) == [["上海", "北京"]])
  }

  @Test(
    "Rejects what RFC 4180 does not allow",
    arguments: [
      "a,b\"c\r\n",  // a bare quote in an unquoted field
      "a,\"b\r\n",  // an unterminated quote
      "a,b\r\nc\r\n",  // a ragged row
      "a,b\r\nc,d,e\r\n",  // a ragged row
      "a,b\n",  // LF alone
      "a,b\rc\r\n",  // CR alone
      "\"a\"x,b\r\n",  // text after a closing quote
      "a,b",  // no CRLF after the last record
      "a,b,\r\nc,d,",  // a last record without CRLF
    ])
  func rejects(text: String) {
    #expect(throws: StrictCSVReader.Failure.self) { try StrictCSVReader.records(Array(text.utf8)) }
  }

  @Test("Rejects bytes that are not UTF-8")
  func rejectsInvalidUTF8() {
    #expect(throws: StrictCSVReader.Failure.self) { try StrictCSVReader.records([0x61, 0xFF, 0x0D, 0x0A]) }
  }
}
