import RepayCore

/// A `[[loan]]` table, read and checked.
enum LoanSection {
  /// The keys a loan may hold.
  enum Key: Int, TableKey {
    case id, name, platform, contact, amount, currency, due, firstDue, installments, openEnded
    case paidThrough, businessDay, graceDays, penalty, balance, balanceDate, apr, minPayment, reminders

    /// The key as written in a file.
    var name: String {
      switch self {
      case .id: "id"
      case .name: "name"
      case .platform: "platform"
      case .contact: "contact"
      case .amount: "amount"
      case .currency: "currency"
      case .due: "due"
      case .firstDue: "first_due"
      case .installments: "installments"
      case .openEnded: "open_ended"
      case .paidThrough: "paid_through"
      case .businessDay: "business_day"
      case .graceDays: "grace_days"
      case .penalty: "penalty"
      case .balance: "balance"
      case .balanceDate: "balance_date"
      case .apr: "apr"
      case .minPayment: "min_payment"
      case .reminders: "reminders"
      }
    }
  }

  /// The keys of a loan's `contact`.
  enum ContactKey: Int, TableKey {
    case phone, url, email, app

    /// The key as written in a file.
    var name: String {
      switch self {
      case .phone: "phone"
      case .url: "url"
      case .email: "email"
      case .app: "app"
      }
    }
  }

  /// The keys of a loan's `penalty`.
  enum PenaltyKey: Int, TableKey {
    case dailyRate, fee

    /// The key as written in a file.
    var name: String {
      switch self {
      case .dailyRate: "daily_rate"
      case .fee: "fee"
      }
    }
  }

  /// The keys of a loan's `due`: it takes exactly one.
  enum DueKey: Int, TableKey {
    case day, calendar, dates

    /// The key as written in a file.
    var name: String {
      switch self {
      case .day: "day"
      case .calendar: "calendar"
      case .dates: "dates"
      }
    }
  }

  /// The loan in `table`, or nil after reporting every fault.
  /// `defaults` are the `[reminders]` settings; `calendar` parses and evaluates a calendar rule.
  static func read(
    _ table: consuming TOMLTable, at location: SourceLocation, defaults: ReminderPolicy,
    calendar: ConfigCalendar,
    log: DiagnosticLog
  ) -> Loan? {
    let fields = TableFields<Key>(table, name: "[[loan]]", at: location, log: log)
    let errorsBefore = log.items.count
    let id = IDField.read(fields, key: .id)
    let name = fields.string(.name)
    let platform = fields.string(.platform) ?? ""
    let contact = readContact(fields)
    var currency: Currency?
    if let code = fields.string(.currency, required: true) {
      currency = Currency(code: code)
      if currency == nil { fields.error(.unknownCurrency(code), at: .currency) }
    }
    let amount = fields.money(.amount, currency: currency, required: true)
    let rule = readDueRule(fields, calendar: calendar)
    let (firstDue, term) = readTerm(fields, rule: rule, calendar: calendar)
    var businessDay = BusinessDayRule.following
    if let text = fields.string(.businessDay) {
      if let parsed = BusinessDayRule(rawValue: text) {
        businessDay = parsed
      } else {
        fields.error(
          .unknownKey(
            text, table: "business_day",
            suggestion: KeySuggestion.nearest(to: text, among: BusinessDayRule.allCases.map(\.rawValue))),
          at: .businessDay)
      }
    }
    let graceDays = fields.integer(.graceDays, in: 0...366).map { Int($0) } ?? 0
    let penalty = readPenalty(fields, currency: currency)
    let balance = fields.money(.balance, currency: currency)
    let balanceDate = fields.date(.balanceDate)
    let apr = fields.rate(.apr)
    let minPayment = fields.money(.minPayment, currency: currency)
    var reminders = defaults
    if let (override, overrideLocation) = fields.table(.reminders) {
      reminders =
        ReminderSettings.read(
          override, name: "[loan.reminders]", at: overrideLocation, over: defaults, perLoan: true, log: log
        ).policy
    }
    var paidThrough: LocalDate?
    if let date = fields.date(.paidThrough) {
      paidThrough = date
      if let firstDue, date < firstDue {
        fields.error(.paidThroughBeforeFirstDue(paidThrough: date, firstDue: firstDue), at: .paidThrough)
      }
    }
    guard log.items.count == errorsBefore, let id, let amount, let rule, let firstDue, let term else {
      return nil
    }
    return Loan(
      id: id, name: name ?? id, platform: platform, contact: contact, amount: amount, dueRule: rule,
      firstDue: firstDue, term: term, paidThrough: paidThrough, businessDay: businessDay,
      graceDays: graceDays,
      penalty: penalty, balance: balance, balanceDate: balanceDate, apr: apr, minPayment: minPayment,
      reminders: reminders)
  }

  private static func readContact(_ fields: TableFields<Key>) -> LoanContact {
    guard let (table, contactLocation) = fields.table(.contact) else { return LoanContact() }
    let contact = TableFields<ContactKey>(table, name: "contact", at: contactLocation, log: fields.log)
    func text(_ key: ContactKey) -> String? { contact.string(key).flatMap { $0.isEmpty ? nil : $0 } }
    return LoanContact(phone: text(.phone), url: text(.url), email: text(.email), app: text(.app))
  }

  private static func readPenalty(_ fields: TableFields<Key>, currency: Currency?) -> Penalty {
    // Without a valid currency the loan is already reported and dropped; any will do here.
    let feeCurrency = currency ?? Currency(code: "USD")!
    let zero = Penalty(dailyRate: Rate(billionths: 0), fee: Money(minorUnits: 0, currency: feeCurrency))
    guard let (table, penaltyLocation) = fields.table(.penalty) else { return zero }
    let penalty = TableFields<PenaltyKey>(table, name: "penalty", at: penaltyLocation, log: fields.log)
    return Penalty(
      dailyRate: penalty.rate(.dailyRate) ?? zero.dailyRate,
      fee: penalty.money(.fee, currency: currency) ?? zero.fee)
  }

  private static func readDueRule(_ fields: TableFields<Key>, calendar: ConfigCalendar) -> DueRule? {
    guard let (table, dueLocation) = fields.table(.due) else {
      if !fields.has(.due) { fields.reportMissing(.due) }
      return nil
    }
    let keyCount = table.entries.count
    let due = TableFields<DueKey>(table, name: "due", at: dueLocation, log: fields.log)
    guard keyCount == 1 else {
      fields.log.error(.dueRuleShape, at: dueLocation)
      return nil
    }
    if let day = due.integer(.day) {
      guard (1...31).contains(day) else {
        due.error(.dayOutOfRange(Int(day)), at: .day)
        return nil
      }
      return .monthlyDay(Int(day))
    }
    if let text = due.string(.calendar) {
      return calendar.dueRule(text, at: .calendar, fields: due)
    }
    if let dateValue = due.value(.dates) {
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
      var seen = Set<LocalDate>(minimumCapacity: elements.count)
      var dates: [LocalDate] = []
      dates.reserveCapacity(elements.count)
      for element in elements {
        guard let date = due.date(in: element, key: .dates) else { continue }
        if !seen.insert(date).inserted { fields.log.error(.duplicateDate(date), at: element.location) }
        dates.append(date)
      }
      return .dates(dates.sorted())
    }
    return nil
  }

  /// The first due date and the term, checked against each other and the rule.
  private static func readTerm(
    _ fields: TableFields<Key>, rule: DueRule?, calendar: ConfigCalendar
  ) -> (LocalDate?, LoanTerm?) {
    let log = fields.log
    let firstDue = fields.date(.firstDue)
    let installments = fields.integer(.installments, in: 1...100_000)
    let isOpenEnded = fields.boolean(.openEnded) == true
    if case .dates(let dates) = rule {
      for key in [Key.installments, .openEnded] where fields.has(key) {
        fields.error(.termWithDates, at: key)
      }
      guard let date = firstDue else { return (dates.first, .listedDates) }
      guard dates.contains(date) else {
        fields.error(.firstDueNotListed(date), at: .firstDue)
        return (nil, nil)
      }
      return (date, .listedDates)
    }
    var term: LoanTerm?
    if let count = installments {
      if isOpenEnded { fields.error(.conflictingTerm, at: .installments) }
      term = .installments(Int(count))
    } else if isOpenEnded {
      term = .openEnded
    } else if !fields.has(.installments) {
      log.error(.noTerm, at: fields.location)
    }
    guard let rule else { return (firstDue, term) }
    guard let date = firstDue else {
      if !fields.has(.firstDue) { log.error(.firstDueMissing, at: fields.location) }
      return (nil, term)
    }
    switch rule {
    case .monthlyDay(let day):
      let (year, month, _) = date.parts
      if DueRule.clampedDate(day: day, year: year, month: month) != date {
        fields.error(.firstDueMismatch(date, rule: "{ day = \(day) }"), at: .firstDue)
      }
    case .calendar(let dateRule):
      if !calendar.matches(dateRule, date) {
        fields.error(.firstDueMismatch(date, rule: "\"\(dateRule.text)\""), at: .firstDue)
      }
    case .dates:
      break
    }
    return (date, term)
  }
}
