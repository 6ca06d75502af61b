import Foundation
import RepayCore
import Testing

@testable import repay_bench

/// `repay-bench remind`: reading both tools' outputs, naming the differences, and the whole
/// comparison on a small household through the real `repayctl` and the real `remind`.
@Suite struct RemindComparisonTests {
  private static func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

  @Test("remind's simple calendar: a time on the trigger date is a due, '*' an advance warning")
  func readsRemindCalendar() throws {
    let output = """
      2026/12/03 * * * * 09:30 loan-1 due
      2026/12/10 * * * 570 09:30 loan-1 due
      2026/12/14 * * * 480 08:00 loan-2 overdue

      """
    #expect(
      try RemindCalendarReading.instants(output) == [
        ComparedInstant(date: Self.date("2026-12-03"), minute: 570, loan: "loan-1", stage: .advance),
        ComparedInstant(date: Self.date("2026-12-10"), minute: 570, loan: "loan-1", stage: .due),
        ComparedInstant(date: Self.date("2026-12-14"), minute: 480, loan: "loan-2", stage: .overdue),
      ])
    #expect(throws: ValidationFailure.self) {
      try RemindCalendarReading.instants("2026/12/03 * * * * 9:30am loan-1 due\n")
    }
  }

  @Test("repayctl schedule --json: every listed stage in the zone's local time, within the window only")
  func readsScheduleJSON() throws {
    let output = """
      {"timezone": "Asia/Shanghai", "from": "2026-11-20", "days": 30, "occurrences": [
       {"loan": "mortgage", "installment": 67, "scheduled": "2026-12-20", "due": "2026-12-21",
        "amount": "4490.45", "currency": "CNY", "reminders": [
         {"stage": "advance", "offset": "14d", "at": "2026-11-30T16:00:00Z"},
         {"stage": "advance", "offset": "7d", "at": "2026-11-30T15:59:00Z"},
         {"stage": "due", "at": "2026-12-21T00:00:00Z"},
         {"stage": "overdue", "offset": "1d", "at": "2026-12-22T01:30:00Z"}]}],
       "reminders": []}
      """
    let zone = try TimeZoneRules(
      identifier: "Asia/Shanghai",
      tzif: Array(try Data(contentsOf: URL(fileURLWithPath: "/usr/share/zoneinfo/Asia/Shanghai"))))
    let instants = try ScheduleJSONReading.instants(
      output, zone: zone, window: Self.date("2026-12-01")..<Self.date("2026-12-22"))
    // 16:00Z on 30 November is midnight on 1 December in Shanghai, inside the window; a minute
    // earlier is outside it, and so is 22 December.
    #expect(
      instants == [
        ComparedInstant(date: Self.date("2026-12-01"), minute: 0, loan: "mortgage", stage: .advance),
        ComparedInstant(date: Self.date("2026-12-21"), minute: 480, loan: "mortgage", stage: .due),
      ])
    #expect(throws: ValidationFailure.self) {
      try ScheduleJSONReading.instants(
        "warning: something\n{}", zone: zone, window: Self.date("2026-12-01")..<Self.date("2026-12-02"))
    }
  }

  @Test("a reminder quiet hours hold back is a named difference; any other difference is unexplained")
  func namesQuietHours() {
    let day = Self.date("2026-12-03")
    let same = ComparedInstant(date: day, minute: 570, loan: "a", stage: .due)
    let comparison = InstantComparison(
      remind: [
        same, same, ComparedInstant(date: day, minute: 420, loan: "b", stage: .advance),
        ComparedInstant(date: day, minute: 23 * 60, loan: "c", stage: .due),
        ComparedInstant(date: day, minute: 420, loan: "d", stage: .overdue),
      ],
      repayd: [
        same, same, ComparedInstant(date: day, minute: 480, loan: "b", stage: .advance),
        ComparedInstant(date: day.advanced(by: 1), minute: 480, loan: "c", stage: .due),
        ComparedInstant(date: day, minute: 480, loan: "d", stage: .overdue),
      ],
      quietHours: (start: 22 * 60, end: 8 * 60))
    #expect(comparison.identical == 2)
    #expect(
      comparison.differences.filter { $0.reason == InstantComparison.quietHoursReason }.map {
        $0.remind!.loan
      }
        == ["b", "c"])
    // Quiet hours never hold an overdue reminder back: that pair is no quiet-hours difference.
    #expect(comparison.unexplained.map { ($0.remind ?? $0.repayd!).loan } == ["d", "d"])
  }

  @Test(
    "60 generated loans: remind and repayctl list the same reminders but for quiet hours",
    .timeLimit(.minutes(5)))
  func generatedHouseholdAgrees() throws {
    let comparison = try Self.compare(RemindHousehold(loans: 60))
    #expect(comparison.identical > 60 * 5)
    #expect(!comparison.differences.isEmpty, "the household has loans at 07:00, inside quiet hours")
  }

  @Test(
    "the edges: instalments ending or beginning in the window, month ends, holidays, make-up working days",
    .timeLimit(.minutes(5)))
  func edgesAgree() throws {
    let generated = RemindHousehold(loans: 0)
    let household = RemindHousehold(
      loans: Self.edgeLoans, holidays: generated.holidays, workdays: generated.workdays)
    let comparison = try Self.compare(household)
    #expect(comparison.identical > 50)
    #expect(Set(comparison.differences.compactMap { $0.remind?.loan }) == ["loan-5"])
  }

  /// Loans at the edges of the rules both tools express, over the generated holiday list.
  private static let edgeLoans: [RemindHousehold.Loan] = {
    let early = RemindHousehold.Policy(minute: 7 * 60, before: [7, 3, 1], overdue: [1, 3, 7, 15, 30])
    let special = RemindHousehold.Policy(minute: 8 * 60, before: [14, 2], overdue: [1, 3, 7, 15, 30])
    let standard = RemindHousehold.defaultPolicy
    func monthly(_ day: Int, _ first: String, _ count: Int?) -> RemindHousehold.Schedule {
      .monthly(day: day, first: date(first), count: count, asCalendar: false)
    }
    let dates: RemindHousehold.Schedule = .dates([date("2026-12-12"), date("2027-01-01"), date("2027-02-06")])
    return [
      // The last instalment on Monday 1 February; the month after's 14-day warning would fall on
      // 15 February, which only a span that ends with the last instalment keeps out.
      .init(
        id: "loan-0", schedule: monthly(1, "2027-01-01", 2), businessDay: "following", graceDays: 1,
        policy: special),
      // Month ends moved back from Sunday 31 January and Sunday 28 February.
      .init(
        id: "loan-1", schedule: monthly(31, "2026-06-30", nil), businessDay: "preceding", graceDays: 0,
        policy: standard),
      // The first instalment inside the Spring Festival, moved to Friday 12 February.
      .init(
        id: "loan-2", schedule: monthly(10, "2027-02-10", 3), businessDay: "following", graceDays: 3,
        policy: standard),
      // Sunday 14 February is a make-up working day: not moved.
      .init(
        id: "loan-3", schedule: monthly(14, "2026-12-14", 12), businessDay: "preceding", graceDays: 2,
        policy: special),
      // A holiday that `none` keeps.
      .init(
        id: "loan-4", schedule: monthly(2, "2026-10-02", nil), businessDay: "none", graceDays: 0,
        policy: standard),
      // Explicit dates on a Saturday, a holiday and in the Spring Festival, reminded at 07:00.
      .init(id: "loan-5", schedule: dates, businessDay: "preceding", graceDays: 1, policy: early),
    ]
  }()

  /// Both tools' reminders for `household`, expecting every difference to be quiet hours'.
  private static func compare(_ household: RemindHousehold) throws -> InstantComparison {
    let remind = "/usr/bin/remind"
    try #require(
      FileManager.default.isExecutableFile(atPath: remind), "no \(remind): run scripts/install-deps")
    let repayctl = URL(
      fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    )
    .deletingLastPathComponent().appendingPathComponent("repayctl").path
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("repay-bench-remind-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try RemindComparison(
      household: household, rounds: 1, repayctl: repayctl, remind: remind, folder: folder
    ).run()
    let report = result.report(loans: household.loans.count, shown: 50)
    let unexplained = result.comparison.unexplained.count
    #expect(unexplained == 0, "\(report)")
    let quiet = result.comparison.differences.filter { $0.reason == InstantComparison.quietHoursReason }.count
    #expect(quiet == result.comparison.differences.count, "\(report)")
    return result.comparison
  }
}
