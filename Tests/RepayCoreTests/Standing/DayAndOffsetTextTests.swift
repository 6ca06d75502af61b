import RepayCore
import Testing

/// A length written from its seconds, and the start of a local day.
struct DayAndOffsetTextTests {
  @Test(
    "a length from seconds: largest units first, no zero units",
    arguments: [
      (Int64(604_800), "7d"), (129_600, "1d12h"), (90, "1m30s"), (0, "0s"), (90_061, "1d1h1m1s"),
    ])
  func offsetText(seconds: Int64, text: String) throws {
    let offset = ReminderOffset(seconds: seconds)
    #expect(offset.text == text && offset.seconds == seconds)
    #expect(try ReminderOffset(parsing: text).seconds == seconds)
  }

  @Test("the start of a local day is its midnight in the zone")
  func startOfDay() throws {
    let shanghai = try TimeZoneRules(identifier: "Asia/Shanghai", posixRule: "CST-8")
    // 2026-12-20 00:00 in UTC+8 is 2026-12-19T16:00:00Z.
    #expect(shanghai.startOfDay(LocalDate(parsing: "2026-12-20")!) == 1_797_696_000)
    #expect(TimeZoneRules.utc.startOfDay(LocalDate(parsing: "1970-01-02")!) == 86_400)
  }
}
