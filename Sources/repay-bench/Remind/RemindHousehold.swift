import RepayCore

/// One household of loans for `repay-bench remind`: the same loans that `RemindHousehold+TOML`
/// writes as repayd configuration and `RemindScript` as a remind script.
///
/// It holds only what both tools can express, plus one rule remind lacks on purpose, so that
/// the comparison names it: monthly loans on day 1 to 28 or the month's last day (as `day` or as
/// a calendar expression), loans with a few explicit dates, an instalment count or none, every
/// business-day rule over one holiday list with make-up working days, grace days, advance
/// warnings and overdue reminders by whole days, and quiet hours, which move the advance and due
/// reminders of the loans that remind at 07:00 (remind has no quiet hours). Left out because
/// remind cannot say them per occurrence: `paid_through`, offsets in hours or minutes, days 29
/// and 30 (remind skips a month without the day; repayd takes its last day), other calendar
/// expressions, free-standing reminders and time zones with daylight saving time.
struct RemindHousehold {
  /// A loan's due dates.
  enum Schedule {
    /// Day `day` of every month (`31`: the month's last day) from `first`, `count` times or
    /// without an end when nil; written as `due = { calendar = ... }` when `asCalendar`.
    case monthly(day: Int, first: LocalDate, count: Int?, asCalendar: Bool)
    /// Exactly these dates.
    case dates([LocalDate])
  }

  /// When a loan's stages fire: a time of day, and offsets in whole days.
  struct Policy: Hashable {
    /// The local time of day, in minutes after midnight.
    var minute: Int
    /// The `before` offsets in days, longest first.
    var before: [Int]
    /// The `overdue` offsets in days, shortest first.
    var overdue: [Int]
  }

  /// One loan.
  struct Loan {
    /// The loan's id, also the name both tools' outputs are compared by.
    var id: String
    var schedule: Schedule
    /// `"following"`, `"preceding"` or `"none"`.
    var businessDay: String
    var graceDays: Int
    var policy: Policy
  }

  /// The `[reminders]` table, which loans without an override of their own follow.
  static let defaultPolicy = Policy(minute: 9 * 60 + 30, before: [7, 3, 1], overdue: [1, 3, 7, 15, 30])

  /// The first day of the compared window: remind's `-s3` from here covers its three months.
  static let windowStart = LocalDate(year: 2026, month: 12, day: 1)!
  /// The days in the compared window: December, January and February.
  static let windowDays = 90
  /// The zone of the configuration: remind has no zones, so a zone without daylight saving time
  /// keeps its local times comparable.
  static let zone = "Asia/Shanghai"
  /// `[daemon].quiet_hours`, in minutes after midnight: 22:00 to 08:00.
  static let quietHours = (start: 22 * 60, end: 8 * 60)

  var loans: [Loan]
  /// Days off, also when they fall on a weekend.
  var holidays: [LocalDate]
  /// Weekend days that are worked (make-up working days).
  var workdays: [LocalDate]

  /// A household of exactly these loans and days.
  init(loans: [Loan], holidays: [LocalDate], workdays: [LocalDate]) {
    self.loans = loans
    self.holidays = holidays
    self.workdays = workdays
  }

  /// `count` loans drawn by a fixed seed, so that every run compares the same household, over a
  /// holiday list in the manner of mainland China's (National Day 2026, New Year and the Spring
  /// Festival 2027 with make-up Saturdays and Sundays; the 2027 days are an example, not the
  /// State Council's).
  init(loans count: Int, seed: UInt64 = 0x5EED_2024) {
    var random = SplitMix64(seed: seed)
    let rules = ["following", "preceding", "none"]
    let special = Policy(minute: 8 * 60, before: [14, 2], overdue: Self.defaultPolicy.overdue)
    let early = Policy(minute: 7 * 60, before: Self.defaultPolicy.before, overdue: Self.defaultPolicy.overdue)
    loans = (0..<count).map { index in
      let kind = Int.random(in: 0..<10, using: &random)
      let schedule: Schedule
      if kind < 8 {
        let day = Int.random(in: 0..<8, using: &random) == 0 ? 31 : Int.random(in: 1...28, using: &random)
        // First months from January 2026 to February 2027: some loans begin inside the window.
        let monthIndex = Int.random(in: 0..<14, using: &random)
        let first = Self.monthly(day: day, year: 2026 + monthIndex / 12, month: 1 + monthIndex % 12)
        let count = Int.random(in: 0..<3, using: &random) == 0 ? nil : Int.random(in: 1...20, using: &random)
        schedule = .monthly(day: day, first: first, count: count, asCalendar: kind >= 6)
      } else {
        let days = Set((0..<4).map { _ in Int.random(in: 0..<130, using: &random) })
        schedule = .dates(days.sorted().map { LocalDate(year: 2026, month: 11, day: 1)!.advanced(by: $0) })
      }
      let policyDraw = Int.random(in: 0..<25, using: &random)
      return Loan(
        id: "loan-\(index)", schedule: schedule, businessDay: rules[Int.random(in: 0..<3, using: &random)],
        graceDays: Int.random(in: 0...3, using: &random),
        policy: policyDraw == 0 ? early : policyDraw < 6 ? special : Self.defaultPolicy)
    }
    let date = { (text: String) in LocalDate(parsing: text)! }
    holidays =
      (0..<7).map { date("2026-10-01").advanced(by: $0) } + [date("2027-01-01"), date("2027-01-02")]
      + (0..<7).map { date("2027-02-05").advanced(by: $0) }
    workdays = [date("2026-10-10"), date("2027-02-14"), date("2027-02-20")]
  }

  /// Day `day` of the month, or its last day when the month is shorter.
  static func monthly(day: Int, year: Int, month: Int) -> LocalDate {
    let next =
      month == 12
      ? LocalDate(year: year + 1, month: 1, day: 1)! : LocalDate(year: year, month: month + 1, day: 1)!
    return LocalDate(year: year, month: month, day: day) ?? next.advanced(by: -1)
  }

  /// The last scheduled (nominal) date of a monthly loan with `count` instalments from `first`.
  static func lastMonthly(day: Int, first: LocalDate, count: Int) -> LocalDate {
    let (year, month, _) = first.parts
    let index = (month - 1) + (count - 1)
    return monthly(day: day, year: year + index / 12, month: 1 + index % 12)
  }
}
