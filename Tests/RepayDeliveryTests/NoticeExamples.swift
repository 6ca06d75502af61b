import RepayCore

/// Notices of one household for the sink tests, written by the real `NoticeWriter`: a loan whose
/// platform holds the characters markup gives a meaning (`&`, `<`, `>`), so that escaping shows.
struct NoticeExamples {
  let writer: NoticeWriter
  let due = LocalDate(parsing: "2026-12-10")!
  private let yuan = Currency(code: "CNY")!

  /// Examples in `language`.
  init(_ language: Language = .english) {
    writer = NoticeWriter(language: language)
  }

  /// The loan `id`, named `name`, on the platform "Ant & Co <Alipay>".
  func loan(_ id: String = "huabei", name: String = "花呗") -> Loan {
    Loan(
      id: id, name: name, platform: "Ant & Co <Alipay>", contact: LoanContact(phone: "95188"),
      amount: Money(minorUnits: 125_000, currency: yuan), dueRule: .monthlyDay(10), firstDue: due,
      term: .openEnded, paidThrough: nil, businessDay: .none, graceDays: 0,
      penalty: Penalty(dailyRate: try! Rate(parsing: "0.0005"), fee: Money(minorUnits: 0, currency: yuan)),
      balance: nil, apr: nil, minPayment: nil, reminders: .standard)
  }

  /// The earlier advance notice (low urgency) of `loan`'s occurrence due on `due`.
  func advance(_ loan: Loan? = nil) -> Notice {
    writer.notice(
      .advance, offset: try! ReminderOffset(parsing: "3d"), of: loan ?? self.loan(), due: due,
      today: due.advanced(by: -3))
  }

  /// The notice of the same occurrence three days overdue (critical).
  func overdue(_ loan: Loan? = nil) -> Notice {
    writer.notice(.overdue, of: loan ?? self.loan(), due: due, today: due.advanced(by: 3))
  }

  /// The notice that the same occurrence is settled.
  func settled() -> Notice {
    writer.notice(.settled, of: loan(), due: due, today: due.advanced(by: 4))
  }

  /// The occurrence these notices are about.
  var occurrence: OccurrenceID { OccurrenceID(loan: "huabei", due: due) }

  /// A configuration with `hooks`, at most `maxConcurrent` at once, and nothing else a sink
  /// uses: what a reload hands the sinks.
  static func configuration(_ hooks: [Hook] = [], maxConcurrent: Int = 4) -> Configuration {
    Configuration(
      zone: .utc, language: nil, quietHours: nil, holidays: HolidayCalendar(), allowedUIDs: [],
      hooksMaxConcurrent: maxConcurrent, maxConnections: 100, catchUpFold: 3, hooks: hooks,
      loans: [],
      reminders: [])
  }
}
