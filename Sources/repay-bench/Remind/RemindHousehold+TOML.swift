import RepayCore

extension RemindHousehold {
  /// The household as a repayd configuration that names the holiday list `holidayFileName`
  /// beside it.
  func toml(holidayFileName: String) -> String {
    var text = """
      [daemon]
      timezone = "\(Self.zone)"
      quiet_hours = "\(Self.clock(Self.quietHours.start))-\(Self.clock(Self.quietHours.end))"
      holidays = ["\(holidayFileName)"]

      [reminders]
      \(Self.policyKeys(Self.defaultPolicy, separator: "\n"))


      """
    for loan in loans {
      let schedule: String
      switch loan.schedule {
      case .monthly(let day, let first, let count, let asCalendar):
        let due =
          asCalendar
          ? "{ calendar = \"\(day == 31 ? "*-*~01" : "*-*-\(day < 10 ? "0" : "")\(day)")\" }"
          : "{ day = \(day) }"
        schedule =
          "due = \(due)\nfirst_due = \(first)\n"
          + (count.map { "installments = \($0)" } ?? "open_ended = true")
      case .dates(let dates):
        schedule = "due = { dates = [\(dates.map(\.description).joined(separator: ", "))] }"
      }
      let reminders =
        loan.policy == Self.defaultPolicy
        ? "" : "reminders = { \(Self.policyKeys(loan.policy, separator: ", ")) }\n"
      text += """
        [[loan]]
        id = "\(loan.id)"
        amount = "1250.00"
        currency = "CNY"
        \(schedule)
        business_day = "\(loan.businessDay)"
        grace_days = \(loan.graceDays)
        \(reminders)

        """
    }
    return text
  }

  /// The holiday list (docs/config.md, "Holiday files"), covering the years it lists, so that
  /// `repayctl` has no warning to print.
  var holidayList: String {
    let years = Set((holidays + workdays).map { $0.parts.year }).sorted()
    return years.map { "covers \($0)\n" }.joined() + holidays.map { "\($0) holiday\n" }.joined()
      + workdays.map { "\($0) workday\n" }.joined()
  }

  /// `at`, `before` and `overdue` of `policy` as TOML keys.
  private static func policyKeys(_ policy: Policy, separator: String) -> String {
    let days = { (offsets: [Int]) in offsets.map { "\"\($0)d\"" }.joined(separator: ", ") }
    return [
      "at = \"\(clock(policy.minute))\"", "before = [\(days(policy.before))]",
      "overdue = [\(days(policy.overdue))]",
    ].joined(separator: separator)
  }

  /// `HH:MM` for minutes after midnight.
  static func clock(_ minute: Int) -> String {
    TimeOfDay(secondOfDay: minute * 60).description
  }
}
