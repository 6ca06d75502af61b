import Foundation
import RepayConfig
import RepayConfigTestSupport
import RepayCore
import Testing

/// The schedule a configuration describes: occurrence dates (month ends, business days over
/// China's holidays and make-up working days), stage instants across DST changes, quiet hours,
/// per-loan overrides and `paid_through`. Each configuration goes through the real reader and
/// the system's tz database.
@Suite("repayment schedule")
struct RepaymentScheduleTests {
  /// The schedule of `text` (a whole repayd.toml), with the China 2026 holiday seed beside it
  /// as `cn-2026.txt`.
  private func schedule(_ text: String) throws -> RepaymentSchedule {
    let report = try ChinaSeededConfiguration.read(text)
    #expect(report.diagnostics.map(\.description) == [])
    return RepaymentSchedule(configuration: try #require(report.configuration))
  }

  private func loan(_ rule: String, zone: String = "Asia/Shanghai", extra: String = "") -> String {
    """
    [daemon]
    timezone = "\(zone)"
    holidays = ["cn-2026.txt"]
    [[loan]]
    id = "test"
    name = "测试"
    amount = "100.00"
    currency = "CNY"
    \(rule)
    \(extra)
    """
  }

  private func dates(_ schedule: RepaymentSchedule, from: String, days: Int) -> [String] {
    listed(schedule, from: from, days: days).map { "\($0.scheduled)>\($0.due)" }
  }

  /// An occurrence as the tests compare it: its loan's id and its stages as text.
  private struct ListedOccurrence {
    var loan: String
    var installment: Int
    var scheduled: LocalDate
    var due: LocalDate
    var instants: [String]
  }

  private func listed(_ schedule: RepaymentSchedule, from: String, days: Int) -> [ListedOccurrence] {
    let window = schedule.occurrences(from: LocalDate(parsing: from)!, days: days)
    return window.occurrences.map { occurrence in
      ListedOccurrence(
        loan: window.loan(of: occurrence).id, installment: occurrence.installment,
        scheduled: occurrence.scheduled, due: occurrence.due,
        instants: window.stages(of: occurrence).map {
          let offset = window.loan(of: occurrence).reminders.offset(of: $0).map { " " + $0.text } ?? ""
          return "\($0.stage.rawValue)\(offset) \(InstantText.format(microseconds: $0.instant))"
        })
    }
  }

  @Test("day 31 is the last day of shorter months, 29 February in a leap year")
  func monthEnd() throws {
    let schedule = try schedule(
      loan(#"due = { day = 31 }"# + "\nfirst_due = 2027-01-31\ninstallments = 14\nbusiness_day = \"none\""))
    #expect(
      dates(schedule, from: "2027-01-01", days: 500) == [
        "2027-01-31>2027-01-31", "2027-02-28>2027-02-28", "2027-03-31>2027-03-31", "2027-04-30>2027-04-30",
        "2027-05-31>2027-05-31", "2027-06-30>2027-06-30", "2027-07-31>2027-07-31", "2027-08-31>2027-08-31",
        "2027-09-30>2027-09-30", "2027-10-31>2027-10-31", "2027-11-30>2027-11-30", "2027-12-31>2027-12-31",
        "2028-01-31>2028-01-31", "2028-02-29>2028-02-29",
      ])
  }

  @Test("following and preceding over Spring Festival, National Day and make-up Saturdays")
  func businessDays() throws {
    let following = try schedule(
      loan("due = { dates = [2026-02-15, 2026-03-14, 2026-10-01, 2026-10-10] }\nbusiness_day = \"following\"")
    )
    // 15 Feb (Sunday, holiday) runs to Tuesday 24 Feb past the last holiday on Monday 23;
    // 14 March is an ordinary Saturday; 10 October is a Saturday worked to make up for the
    // National Day week, so it stays.
    #expect(
      dates(following, from: "2026-01-01", days: 365) == [
        "2026-02-15>2026-02-24", "2026-03-14>2026-03-16", "2026-10-01>2026-10-08", "2026-10-10>2026-10-10",
      ])
    let preceding = try schedule(
      loan("due = { dates = [2026-02-15, 2026-03-14, 2026-10-01] }\nbusiness_day = \"preceding\""))
    // Saturday 14 February is a make-up working day, so the Spring Festival date moves to it.
    #expect(
      dates(preceding, from: "2026-01-01", days: 365) == [
        "2026-02-15>2026-02-14", "2026-03-14>2026-03-13", "2026-10-01>2026-09-30",
      ])
    let none = try schedule(loan("due = { dates = [2026-02-15] }\nbusiness_day = \"none\""))
    #expect(dates(none, from: "2026-01-01", days: 365) == ["2026-02-15>2026-02-15"])
  }

  @Test(
    "Berlin: 02:30 on the spring-forward day fires at 03:00 CEST; on the fall-back day once, at 02:30 CEST")
  func berlin() throws {
    let schedule = try schedule(
      loan(
        "due = { dates = [2026-03-29, 2026-10-25] }\nbusiness_day = \"none\"",
        zone: "Europe/Berlin",
        extra: "[loan.reminders]\nat = \"02:30\"\nbefore = [\"1d\", \"36h\"]\noverdue = []"))
    let occurrences = listed(schedule, from: "2026-03-01", days: 300)
    #expect(occurrences.count == 2)
    #expect(
      occurrences[0].instants == [
        // 36 wall-clock hours before 29 March 02:30 is 27 March 14:30 CET.
        "advance 36h 2026-03-27T13:30:00Z", "advance 1d 2026-03-28T01:30:00Z", "due 2026-03-29T01:00:00Z",
      ])
    #expect(
      occurrences[1].instants == [
        "advance 36h 2026-10-23T12:30:00Z", "advance 1d 2026-10-24T00:30:00Z", "due 2026-10-25T00:30:00Z",
      ])
  }

  @Test("New York: 02:30 on 8 March 2026 fires at 03:00 EDT; 01:30 on 1 November once, in EDT")
  func newYork() throws {
    let gap = try schedule(
      loan(
        "due = { dates = [2026-03-08] }\nbusiness_day = \"none\"", zone: "America/New_York",
        extra: "[loan.reminders]\nat = \"02:30\"\nbefore = []\noverdue = [\"1d\"]"))
    let spring = try #require(listed(gap, from: "2026-03-01", days: 30).first)
    #expect(spring.instants == ["due 2026-03-08T07:00:00Z", "overdue 1d 2026-03-09T06:30:00Z"])
    let overlap = try schedule(
      loan(
        "due = { dates = [2026-11-01] }\nbusiness_day = \"none\"", zone: "America/New_York",
        extra: "[loan.reminders]\nat = \"01:30\"\nbefore = [\"90m\"]\noverdue = []"))
    let autumn = try #require(listed(overlap, from: "2026-11-01", days: 1).first)
    // 90 wall-clock minutes before 01:30 is midnight, still EDT.
    #expect(autumn.instants == ["advance 90m 2026-11-01T04:00:00Z", "due 2026-11-01T05:30:00Z"])
  }

  @Test("quiet hours across midnight hold back advance and due until they end, never overdue")
  func quietHours() throws {
    let schedule = try schedule(
      """
      [daemon]
      timezone = "Asia/Shanghai"
      quiet_hours = "22:00-08:00"
      [reminders]
      at = "23:00"
      before = ["1d"]
      overdue = ["1d"]
      [[loan]]
      id = "night"
      name = "夜间"
      amount = "1.00"
      currency = "CNY"
      due = { dates = [2026-12-10] }
      business_day = "none"
      [[loan]]
      id = "morning"
      name = "清晨"
      amount = "1.00"
      currency = "CNY"
      due = { dates = [2026-12-10] }
      business_day = "none"
      reminders = { at = "07:00" }
      [[loan]]
      id = "day"
      name = "白天"
      amount = "1.00"
      currency = "CNY"
      due = { dates = [2026-12-10] }
      business_day = "none"
      reminders = { at = "08:00" }
      """)
    let occurrences = listed(schedule, from: "2026-12-10", days: 1)
    #expect(occurrences.map(\.loan) == ["day", "morning", "night"])
    // 08:00 is the end of the quiet stretch and so outside it.
    #expect(
      occurrences[0].instants == [
        "advance 1d 2026-12-09T00:00:00Z", "due 2026-12-10T00:00:00Z", "overdue 1d 2026-12-11T00:00:00Z",
      ])
    // 07:00 waits until 08:00 the same morning; the overdue stage at 07:00 does not wait.
    #expect(
      occurrences[1].instants == [
        "advance 1d 2026-12-09T00:00:00Z", "due 2026-12-10T00:00:00Z", "overdue 1d 2026-12-10T23:00:00Z",
      ])
    // 23:00 waits until 08:00 the next morning.
    #expect(
      occurrences[2].instants == [
        "advance 1d 2026-12-10T00:00:00Z", "due 2026-12-11T00:00:00Z", "overdue 1d 2026-12-11T15:00:00Z",
      ])
  }

  @Test("stages that quiet hours move onto one instant keep the fixed order: longer offsets, then due")
  func quietHoursTie() throws {
    let schedule = try schedule(
      """
      [daemon]
      timezone = "Asia/Shanghai"
      quiet_hours = "22:00-08:00"
      [reminders]
      at = "23:30"
      before = ["30m", "1h"]
      overdue = ["1d"]
      [[loan]]
      id = "late"
      name = "深夜"
      amount = "1.00"
      currency = "CNY"
      due = { dates = [2026-12-10] }
      business_day = "none"
      """)
    // 23:00, 22:30 and 23:30 on 10 December all wait until 08:00 on the 11th (00:00 UTC).
    #expect(
      listed(schedule, from: "2026-12-10", days: 1).map(\.instants) == [
        [
          "advance 1h 2026-12-11T00:00:00Z", "advance 30m 2026-12-11T00:00:00Z", "due 2026-12-11T00:00:00Z",
          "overdue 1d 2026-12-11T15:30:00Z",
        ]
      ])
  }

  @Test("a loan's own reminder settings replace the defaults key by key; grace days delay the overdue ladder")
  func overrides() throws {
    let schedule = try schedule(
      """
      [daemon]
      timezone = "UTC"
      [reminders]
      at = "09:00"
      before = ["3d"]
      due = true
      overdue = ["1d"]
      [[loan]]
      id = "plain"
      name = "默认"
      amount = "1.00"
      currency = "USD"
      due = { dates = [2026-12-10] }
      business_day = "none"
      [[loan]]
      id = "own"
      name = "自定义"
      amount = "1.00"
      currency = "USD"
      due = { dates = [2026-12-10] }
      business_day = "none"
      grace_days = 3
      [loan.reminders]
      before = ["14d", "2d"]
      due = false
      """)
    let occurrences = listed(schedule, from: "2026-12-10", days: 1)
    #expect(
      occurrences.map(\.instants) == [
        [
          "advance 14d 2026-11-26T09:00:00Z", "advance 2d 2026-12-08T09:00:00Z",
          "overdue 1d 2026-12-14T09:00:00Z",
        ],
        ["advance 3d 2026-12-07T09:00:00Z", "due 2026-12-10T09:00:00Z", "overdue 1d 2026-12-11T09:00:00Z"],
      ])
  }

  @Test("paid_through hides what is paid and keeps the instalment numbers")
  func paidThrough() throws {
    let schedule = try schedule(
      loan(
        "due = { day = 10 }\nfirst_due = 2026-01-10\ninstallments = 12\npaid_through = 2026-04-10\nbusiness_day = \"none\""
      ))
    let occurrences = listed(schedule, from: "2026-01-01", days: 181)
    #expect(occurrences.map(\.installment) == [5, 6])
    #expect(occurrences.map(\.scheduled.description) == ["2026-05-10", "2026-06-10"])
  }

  @Test("a due calendar expression gives its dates: the last day of each month")
  func calendarRule() throws {
    let schedule = try schedule(
      loan(
        #"due = { calendar = "*-*~01" }"#
          + "\nfirst_due = 2026-01-31\nopen_ended = true\nbusiness_day = \"none\""))
    #expect(
      dates(schedule, from: "2027-01-01", days: 90) == [
        "2027-01-31>2027-01-31", "2027-02-28>2027-02-28", "2027-03-31>2027-03-31",
      ])
    #expect(listed(schedule, from: "2027-01-01", days: 1).isEmpty)
    #expect(listed(schedule, from: "2027-01-31", days: 1).map(\.installment) == [13])
  }

  @Test("a reminder at a time the clock skips fires once after the gap; one it repeats fires once")
  func reminderAcrossDST() throws {
    let schedule = try schedule(
      """
      [daemon]
      timezone = "Europe/Berlin"
      [[reminder]]
      id = "night"
      calendar = "*-*-* 02:00,30"
      message = "夜间提醒"
      """)
    let spring = schedule.reminders(from: LocalDate(parsing: "2026-03-29")!, days: 1)
    #expect(spring.map { InstantText.format(microseconds: $0.instant) } == ["2026-03-29T01:00:00Z"])
    let autumn = schedule.reminders(from: LocalDate(parsing: "2026-10-25")!, days: 1)
    #expect(
      autumn.map { InstantText.format(microseconds: $0.instant) } == [
        "2026-10-25T00:00:00Z", "2026-10-25T00:30:00Z",
      ])
    let ordinary = schedule.reminders(from: LocalDate(parsing: "2026-12-01")!, days: 1)
    #expect(
      ordinary.map { InstantText.format(microseconds: $0.instant) } == [
        "2026-12-01T01:00:00Z", "2026-12-01T01:30:00Z",
      ])
  }
}
