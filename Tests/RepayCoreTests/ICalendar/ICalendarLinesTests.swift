import RepayCore
import Testing

/// Content lines: CRLF endings, folding at 75 octets (the continuation's space counted) never
/// inside a UTF-8 sequence, and TEXT escaping.
@Suite struct ICalendarLinesTests {
  /// The physical lines of `text`, without their CRLF; fails when one does not end in CRLF.
  private func physicalLines(_ text: String) -> [String] {
    #expect(text.hasSuffix("\r\n"))
    var lines = text.components(separatedBy: "\r\n")
    lines.removeLast()
    #expect(lines.allSatisfy { !$0.contains("\n") && !$0.contains("\r") })
    return lines
  }

  /// `text` unfolded as RFC 5545 says: every CRLF followed by a space removed.
  private func unfolded(_ text: String) -> String { text.replacingOccurrences(of: "\r\n ", with: "") }

  @Test("a short line is one line ending in CRLF; a line of exactly 75 octets is not folded")
  func shortLines() {
    var lines = ICalendarLines()
    lines.append("SUMMARY", "Car loan")
    let exact = String(repeating: "x", count: 75 - "DESCRIPTION:".utf8.count)
    lines.append("DESCRIPTION", exact)
    #expect(lines.text == "SUMMARY:Car loan\r\nDESCRIPTION:\(exact)\r\n")
  }

  @Test(
    "ASCII, 3-byte and 4-byte text folds at 75 octets without splitting a character",
    arguments: [
      "x", "还", "😀", "é", "a还😀",
    ])
  func folding(unit: String) {
    for length in [70, 74, 75, 76, 150, 151, 400] {
      var lines = ICalendarLines()
      let value = String(repeating: unit, count: length)
      lines.append("DESCRIPTION", value)
      let physical = physicalLines(lines.text)
      for (index, line) in physical.enumerated() {
        #expect(line.utf8.count <= 75, "\(unit) × \(length): line \(index) has \(line.utf8.count) octets")
        if index > 0 { #expect(line.hasPrefix(" ")) }
        // Each physical line is whole UTF-8: no character was cut in two.
        #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
      }
      // Folded as tightly as a character allows: a line breaks only where the next character
      // would pass 75 octets.
      for (line, next) in zip(physical, physical.dropFirst()) {
        let following = next.dropFirst().unicodeScalars.first.map { UTF8.width($0) } ?? 0
        #expect(line.utf8.count + following > 75)
      }
      #expect(unfolded(lines.text) == "DESCRIPTION:\(value)\r\n")
    }
  }

  @Test("TEXT escaping: backslash, semicolon, comma and every kind of line break")
  func escaping() {
    #expect(ICalendarValue.escaped(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
    #expect(ICalendarValue.escaped("one\ntwo\r\nthree\rfour") == #"one\ntwo\nthree\nfour"#)
    #expect(ICalendarValue.escaped("还款：¥1,250.00") == #"还款：¥1\,250.00"#)
    #expect(ICalendarValue.escaped("plain") == "plain")
  }

  @Test(
    "no control character that RFC 5545 forbids in TEXT: each C0 control but tab, and DEL, is its picture")
  func controls() {
    #expect(ICalendarValue.escaped("a\u{1B}]0;x\u{07}\u{00}\u{7F}\tb") == "a␛]0\\;x␇␀␡\tb")
    let every = String(String.UnicodeScalarView((0..<0x80).map { Unicode.Scalar(UInt8($0)) }))
    let escaped = ICalendarValue.escaped(every)
    #expect(!escaped.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F })
    // One picture for each control, nothing dropped: only the three escapes and the two line
    // breaks (LF, then a CR not followed by LF) take two characters.
    #expect(escaped.unicodeScalars.count == 0x80 + 5)
  }

  @Test("dates, UTC and local date-times, and offsets in their RFC 5545 forms")
  func values() {
    #expect(ICalendarValue.date(LocalDate(parsing: "2026-12-10")!) == "20261210")
    #expect(ICalendarValue.utc(microseconds: 1_796_261_400_000_000) == "20261203T013000Z")
    #expect(ICalendarValue.utc(microseconds: -1) == "19691231T235959Z")
    #expect(ICalendarValue.offset(secondsEastOfUTC: 8 * 3600) == "+0800")
    #expect(ICalendarValue.offset(secondsEastOfUTC: -(3 * 3600 + 1800)) == "-0330")
    #expect(ICalendarValue.offset(secondsEastOfUTC: 2710) == "+004510")
  }
}
