import RepayCore

/// A `[[loan]]` table, read and checked.
enum LoanSection {
  /// The keys a loan may hold.
  static let keys = [
    "id", "name", "platform", "contact", "amount", "currency", "due", "first_due", "installments",
    "open_ended",
    "paid_through", "business_day", "grace_days", "penalty", "balance", "apr", "min_payment", "reminders",
  ]

  /// The loan in `table` and where its id was written, or nil after reporting every fault.
  /// `defaults` are the `[reminders]` settings; `calendar` parses and evaluates a calendar rule.
  static func read(
    _ table: TOMLTable, at location: SourceLocation, defaults: ReminderPolicy, calendar: ConfigCalendar,
    log: DiagnosticLog
  ) -> Loan? {
    let fields = TableFields(table, name: "[[loan]]", at: location, allowed: keys, log: log)
    let errorsBefore = log.items.count
    let id = IDField.read(fields)
    let name = fields.string("name")?.0
    let platform = fields.string("platform")?.0 ?? ""
    let contact = readContact(fields)
    var currency: Currency?
    if let (code, value) = fields.string("currency", required: true) {
      currency = Currency(code: code)
      if currency == nil { log.error(.unknownCurrency(code), at: value.location) }
    }
    let amount = fields.money("amount", currency: currency, required: true)?.0
    let rule = readDueRule(fields, calendar: calendar)
    let (firstDue, term) = readTerm(fields, rule: rule, calendar: calendar)
    var businessDay = BusinessDayRule.following
    if let (text, value) = fields.string("business_day") {
      if let parsed = BusinessDayRule(rawValue: text) {
        businessDay = parsed
      } else {
        log.error(
          .unknownKey(
            text, table: "business_day",
            suggestion: KeySuggestion.nearest(to: text, among: BusinessDayRule.allCases.map(\.rawValue))),
          at: value.location)
      }
    }
    let graceDays = fields.integer("grace_days", in: 0...366).map { Int($0.0) } ?? 0
    let penalty = readPenalty(fields, currency: currency)
    let balance = fields.money("balance", currency: currency)?.0
    let apr = fields.rate("apr")?.0
    let minPayment = fields.money("min_payment", currency: currency)?.0
    var reminders = defaults
    if let (override, value) = fields.table("reminders") {
      reminders =
        ReminderSettings.read(
          override, name: "[loan.reminders]", at: value.location, over: defaults, perLoan: true, log: log
        ).policy
    }
    var paidThrough: LocalDate?
    if let (date, value) = fields.date("paid_through") {
      paidThrough = date
      if let firstDue, date < firstDue {
        log.error(.paidThroughBeforeFirstDue(paidThrough: date, firstDue: firstDue), at: value.location)
      }
    }
    guard log.items.count == errorsBefore, let id, let amount, let rule, let firstDue, let term else {
      return nil
    }
    return Loan(
      id: id.0, name: name ?? id.0, platform: platform, contact: contact, amount: amount, dueRule: rule,
      firstDue: firstDue, term: term, paidThrough: paidThrough, businessDay: businessDay,
      graceDays: graceDays,
      penalty: penalty, balance: balance, apr: apr, minPayment: minPayment, reminders: reminders)
  }

  private static func readContact(_ fields: TableFields) -> LoanContact {
    guard let (table, value) = fields.table("contact") else { return LoanContact() }
    let contact = TableFields(
      table, name: "contact", at: value.location, allowed: ["phone", "url", "email", "app"], log: fields.log)
    func text(_ key: String) -> String? { contact.string(key).map(\.0).flatMap { $0.isEmpty ? nil : $0 } }
    return LoanContact(phone: text("phone"), url: text("url"), email: text("email"), app: text("app"))
  }

  private static func readPenalty(_ fields: TableFields, currency: Currency?) -> Penalty {
    // Without a valid currency the loan is already reported and dropped; any will do here.
    let feeCurrency = currency ?? Currency(code: "USD")!
    let zero = Penalty(dailyRate: Rate(billionths: 0), fee: Money(minorUnits: 0, currency: feeCurrency))
    guard let (table, value) = fields.table("penalty") else { return zero }
    let penalty = TableFields(
      table, name: "penalty", at: value.location, allowed: ["daily_rate", "fee"], log: fields.log)
    return Penalty(
      dailyRate: penalty.rate("daily_rate")?.0 ?? zero.dailyRate,
      fee: penalty.money("fee", currency: currency)?.0 ?? zero.fee)
  }

  private static func readDueRule(_ fields: TableFields, calendar: ConfigCalendar) -> DueRule? {
    guard let (table, value) = fields.table("due") else {
      if !fields.has("due") { fields.reportMissing("due") }
      return nil
    }
    let due = TableFields(
      table, name: "due", at: value.location, allowed: ["day", "calendar", "dates"], log: fields.log)
    guard table.entries.count == 1 else {
      fields.log.error(.dueRuleShape, at: value.location)
      return nil
    }
    if let (day, dayValue) = due.integer("day") {
      guard (1...31).contains(day) else {
        fields.log.error(.dayOutOfRange(Int(day)), at: dayValue.location)
        return nil
      }
      return .monthlyDay(Int(day))
    }
    if let (text, textValue) = due.string("calendar") {
      return calendar.dateRule(text, at: textValue, fields: due).map(DueRule.calendar)
    }
    if let dateValue = due.value("dates") {
      guard case .array(let elements) = dateValue.kind else {
        fields.log.error(
          .wrongType(key: "dates", expected: .localDate, elements: true, found: dateValue.type),
          at: dateValue.location)
        return nil
      }
      guard !elements.isEmpty else {
        fields.log.error(.emptyList(key: "dates"), at: dateValue.location)
        return nil
      }
      var seen: Set<LocalDate> = []
      var dates: [LocalDate] = []
      for element in elements {
        guard let date = TableFields.date(element, key: "dates", log: fields.log) else { continue }
        if !seen.insert(date).inserted { fields.log.error(.duplicateDate(date), at: element.location) }
        dates.append(date)
      }
      return .dates(dates.sorted())
    }
    return nil
  }

  /// The first due date and the term, checked against each other and the rule.
  private static func readTerm(
    _ fields: TableFields, rule: DueRule?, calendar: ConfigCalendar
  ) -> (LocalDate?, LoanTerm?) {
    let log = fields.log
    let firstDue = fields.date("first_due")
    let installments = fields.integer("installments", in: 1...100_000)
    let openEnded = fields.boolean("open_ended")
    let isOpenEnded = openEnded?.0 == true
    if case .dates(let dates) = rule {
      for key in ["installments", "open_ended"] where fields.has(key) {
        log.error(.termWithDates, at: fields.value(key)!.location)
      }
      guard let (date, value) = firstDue else { return (dates.first, .listedDates) }
      guard dates.contains(date) else {
        log.error(.firstDueNotListed(date), at: value.location)
        return (nil, nil)
      }
      return (date, .listedDates)
    }
    var term: LoanTerm?
    if let (count, value) = installments {
      if isOpenEnded { log.error(.conflictingTerm, at: value.location) }
      term = .installments(Int(count))
    } else if isOpenEnded {
      term = .openEnded
    } else if !fields.has("installments") {
      log.error(.noTerm, at: fields.location)
    }
    guard let rule else { return (firstDue?.0, term) }
    guard let (date, value) = firstDue else {
      if !fields.has("first_due") { log.error(.firstDueMissing, at: fields.location) }
      return (nil, term)
    }
    switch rule {
    case .monthlyDay(let day):
      let (year, month, _) = date.parts
      if DueRule.clampedDate(day: day, year: year, month: month) != date {
        log.error(.firstDueMismatch(date, rule: "{ day = \(day) }"), at: value.location)
      }
    case .calendar(let dateRule):
      if !calendar.matches(dateRule, date) {
        log.error(.firstDueMismatch(date, rule: "\"\(dateRule.text)\""), at: value.location)
      }
    case .dates:
      break
    }
    return (date, term)
  }
}
