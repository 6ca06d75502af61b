import RepayCore
import Testing

/// Every time zone error can be told to the user in both languages.
struct TimeZoneErrorTests {
  private static let reasons: [TimeZoneError.Reason] =
    [.invalidIdentifier, .unknownZone, .unreadable(detail: "Permission denied")]
    + [
      .notTZif, .truncated, .inconsistentHeader, .unorderedTransitions, .invalidTypeIndex,
      .invalidAbbreviation,
      .invalidUTCOffset, .invalidIndicator, .leapSeconds, .missingFooter,
    ].map { .invalidTZif($0) }
    + [.abbreviation, .offset, .date, .time, .comma, .end].map {
      .invalidRule(rule: "EST5EDT,M3.2.0", position: 15, expected: $0)
    }

  @Test("each reason has an English and a Chinese message naming the zone or rule", arguments: reasons)
  func messages(_ reason: TimeZoneError.Reason) {
    let error = TimeZoneError(identifier: "Europe/Berlin", reason: reason)
    let english = error.message(in: .english)
    let chinese = error.message(in: .simplifiedChinese)
    #expect(english != chinese)
    #expect(english.unicodeScalars.allSatisfy { $0.isASCII })
    #expect(chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
    let subject = if case .invalidRule = reason { "EST5EDT,M3.2.0" } else { "Europe/Berlin" }
    #expect(english.contains(subject) && chinese.contains(subject))
  }

  @Test("a rule error points at the character, counted from 1")
  func ruleMessage() {
    let error = TimeZoneError(
      identifier: "x", reason: .invalidRule(rule: "EST5EDT,M3.2.0", position: 15, expected: .comma))
    #expect(
      error.message(in: .english) == "invalid POSIX TZ rule \"EST5EDT,M3.2.0\" at character 15: expected ','")
    #expect(error.message(in: .simplifiedChinese) == "POSIX TZ 规则“EST5EDT,M3.2.0”在第 15 个字符处无效：此处应为“,”")
  }
}
