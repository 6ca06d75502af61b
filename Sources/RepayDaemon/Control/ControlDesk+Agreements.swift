import ControlInterface
import RepayControl
import RepayCore
import RepayStore

extension ControlDesk {
  /// The most instalments an agreement may have: fifty years of monthly payments.
  static let maximumAgreedInstalments = 600
  /// The most months between two agreed instalments.
  static let maximumMonthsBetween = 12

  /// `Renegotiate`: records an agreement with the loan's platform (see the interface) and answers
  /// it as it stands. Nothing is recorded on any error. Errors: `LoanNotFound`;
  /// `NothingToRenegotiate` when the scope is empty (`all` true when nothing at all is left to
  /// pay); `InvalidParameter`: `note` `missing` (blank); `extend_to` `missing` when no kind is
  /// given; `installments` `conflict` with `extend_to`; `start`, `every_months` or `amount`
  /// `conflict` without `installments`, `start` `missing` with it; `total` `conflict` with a
  /// waiver; `extend_to` or `start` `format`, or `range` before today; `installments` `range`
  /// outside 1 to 600 (or more instalments than the total has minor units); `every_months`
  /// `range` outside 1 to 12; `total` or `amount` `format`/`range` as amounts are; `amount`
  /// `range` when it cannot add up to the total (the last instalment, the rest, must be above 0
  /// and at most the amount); `note`, `ref` or `counterpart` `format` when it holds a NUL; `StoreFailed`.
  func renegotiate(_ request: Control.RenegotiateRequest) throws(ControlError) -> Control.RenegotiateReply {
    let loan = try loan(request.loan)
    guard request.note.contains(where: { !$0.isWhitespace }) else {
      throw .invalidParameter(parameter: "note", reason: .missing)
    }
    try refuseNUL(["note": request.note, "ref": request.ref, "counterpart": request.counterpart])
    let kind = try agreementKind(of: request)
    let currency = loan.amount.currency
    let extendTo = try request.extendTo.map { text throws(ControlError) in try futureDate(text, "extend_to") }
    let start = try request.start.map { text throws(ControlError) in try futureDate(text, "start") }
    let count = request.installments ?? 1
    guard (1...Self.maximumAgreedInstalments).contains(count) else {
      throw .invalidParameter(parameter: "installments", reason: .range)
    }
    let months = request.everyMonths ?? 1
    guard (1...Self.maximumMonthsBetween).contains(months) else {
      throw .invalidParameter(parameter: "every_months", reason: .range)
    }
    let dates: [LocalDate] =
      switch kind {
      case .extension: extendTo.map { [$0] } ?? []
      case .installments: start.map { Self.monthly(from: $0, count: count, every: months) } ?? []
      case .waiver: []
      }
    let all = request.all ?? false
    let standing = try standing(
      of: loan, through: Self.scopeEnd(of: loan, dates: dates, all: all, today: today))
    guard standing.instalments.contains(where: \.isOpen) else {
      throw .nothingToRenegotiate(loan: loan.id, all: true)
    }
    let end = max(today, dates.last ?? today)
    let scope = standing.instalments.filter { instalment in
      guard instalment.isOpen else { return false }
      guard all else { return instalment.status == .overdue }
      // An open-ended loan has no last instalment: only those due before the agreement ends.
      return loan.term != .openEnded || instalment.due <= end
    }
    guard !scope.isEmpty else { throw .nothingToRenegotiate(loan: loan.id, all: all) }
    let waivesPenalty = request.waivePenalty ?? false
    let total: Money
    if let given = request.total {
      total = try amount(given, in: currency, parameter: "total")
    } else {
      let owed = scope.reduce(Int128(0)) {
        $0 + Int128($1.outstanding.minorUnits) + (waivesPenalty ? 0 : Int128($1.penalty?.minorUnits ?? 0))
      }
      total = Money(minorUnits: Int64(clamping: owed), currency: currency)
    }
    let amounts = try Self.split(
      total, into: dates.count,
      each: try request.amount.map { text throws(ControlError) in
        try amount(text, in: currency, parameter: "amount")
      })
    let agreement = LoanAgreement(
      id: 0, loan: loan.id, kind: kind, createdAt: now, note: request.note, reference: request.ref,
      counterpart: request.counterpart, total: total, supersedes: scope.map(\.due),
      occurrences: zip(dates, amounts).map { AgreedInstalment(due: $0, amount: $1) })
    let recorded = try stored { () throws(StoreError) in try store.addAgreement(agreement) }
    return Control.RenegotiateReply(agreement: try record(of: recorded))
  }

  /// `ListAgreements`: the agreements of the loan, or, without one, of every loan the store holds
  /// (also of loans no longer configured: they apply again when the loan comes back), by date of
  /// creation, then id. Errors: `LoanNotFound`, `StoreFailed`.
  func listAgreements(_ request: Control.ListAgreementsRequest) throws(ControlError)
    -> Control.ListAgreementsReply
  {
    let id = try request.loan.map { id throws(ControlError) in try loan(id).id }
    return Control.ListAgreementsReply(agreements: try records(ofLoan: id))
  }

  /// `CancelAgreement`: ends the agreement now, with the note as the reason; what it superseded
  /// is due again with its own dates and penalties. Errors: `AgreementNotFound`;
  /// `InvalidParameter` `note` `missing` (blank) or `format` (a NUL), `id` `conflict` when it is cancelled already;
  /// `StoreFailed`.
  func cancelAgreement(_ request: Control.CancelAgreementRequest) throws(ControlError)
    -> Control.CancelAgreementReply
  {
    guard request.note.contains(where: { !$0.isWhitespace }) else {
      throw .invalidParameter(parameter: "note", reason: .missing)
    }
    try refuseNUL(["note": request.note])
    guard let found = try stored({ () throws(StoreError) in try store.agreement(id: request.id) }) else {
      throw .agreementNotFound(id: request.id)
    }
    guard found.isInForce else { throw .invalidParameter(parameter: "id", reason: .conflict) }
    let cancelled = try stored { () throws(StoreError) in
      try store.cancelAgreement(id: request.id, at: now, note: request.note)
    }
    return Control.CancelAgreementReply(agreement: try record(of: cancelled ?? found))
  }

  /// The agreements of `loan` (of every loan when nil) as the interface shows them, oldest
  /// first, each configured loan's standing read once for all its agreements. Fails only with
  /// `StoreFailed`.
  func records(ofLoan loan: String?) throws(ControlError) -> [Control.Agreement] {
    let agreements = try stored { () throws(StoreError) in try store.agreements(forLoan: loan) }
    var standings: [String: LoanStanding] = [:]
    for (id, own) in Dictionary(grouping: agreements, by: \.loan) {
      guard let configured = configuration.loans.first(where: { $0.id == id }) else { continue }
      standings[id] = try standing(
        of: configured, through: own.flatMap { ownDates(of: $0, loan: configured) }.max())
    }
    return agreements.map { record(of: $0, standing: standings[$0.loan]) }
  }

  /// `agreement` as the interface shows it, its state read from its loan's standing today (see
  /// `record(of:standing:)`). Fails only with `StoreFailed`.
  func record(of agreement: LoanAgreement) throws(ControlError) -> Control.Agreement {
    guard let loan = configuration.loans.first(where: { $0.id == agreement.loan }) else {
      return record(of: agreement, standing: nil)
    }
    let standing = try standing(of: loan, through: ownDates(of: agreement, loan: loan).max())
    return record(of: agreement, standing: standing)
  }

  /// `agreement` as the interface shows it, its state read from `standing`, its loan's standing
  /// today listed through its dates: kept once every occurrence it asks for (a waiver: forgives)
  /// is settled or superseded by a later agreement, broken while one of them is overdue. The
  /// agreement of a loan no longer configured (no standing) is active unless cancelled.
  private func record(of agreement: LoanAgreement, standing: LoanStanding?) -> Control.Agreement {
    let state: Control.Agreement.State
    if agreement.cancelledAt != nil {
      state = .cancelled
    } else if let standing {
      let own = ownDates(of: agreement, loan: standing.loan)
      let statuses = own.compactMap { standing.instalment(due: $0)?.status }
      if statuses.contains(.overdue) && agreement.kind != .waiver {
        state = .broken
      } else if statuses.count == own.count, statuses.allSatisfy({ $0 == .settled || $0 == .superseded }),
        statuses.contains(.settled)
      {
        state = .kept
      } else {
        state = .active
      }
    } else {
      state = .active
    }
    return Control.Agreement(
      id: agreement.id, loan: agreement.loan, kind: Control.Agreement.Kind(agreement.kind), state: state,
      createdAt: InstantText.format(microseconds: agreement.createdAt),
      cancelledAt: agreement.cancelledAt.map { InstantText.format(microseconds: $0) }, note: agreement.note,
      ref: agreement.reference, counterpart: agreement.counterpart, total: agreement.total.decimalText,
      currency: agreement.total.currency.code, supersedes: agreement.supersedes.map(\.description),
      occurrences: agreement.occurrences.map {
        Control.AgreedOccurrence(due: $0.due.description, amount: $0.amount.decimalText)
      })
  }

  /// The effective due dates whose standing decides `agreement`'s state: those it asks for,
  /// after `loan`'s business-day rule, or a waiver's, those it forgives.
  private func ownDates(of agreement: LoanAgreement, loan: Loan) -> [LocalDate] {
    agreement.kind == .waiver
      ? agreement.supersedes
      : agreement.occurrences.map { loan.businessDay.effectiveDate(of: $0.due, in: configuration.holidays) }
  }

  /// The kind the request asks for, or the error naming the option that conflicts or is missing.
  private func agreementKind(of request: Control.RenegotiateRequest) throws(ControlError)
    -> LoanAgreement.Kind
  {
    if request.installments == nil {
      for (value, parameter) in [
        (request.start, "start"), (request.everyMonths.map(String.init), "every_months"),
        (request.amount, "amount"),
      ] where value != nil {
        throw .invalidParameter(parameter: parameter, reason: .conflict)
      }
    }
    switch (request.extendTo, request.installments) {
    case (.some, .some): throw .invalidParameter(parameter: "installments", reason: .conflict)
    case (.some, nil): return .extension
    case (nil, .some):
      guard request.start != nil else { throw .invalidParameter(parameter: "start", reason: .missing) }
      return .installments
    case (nil, nil):
      guard request.waivePenalty == true else {
        throw .invalidParameter(parameter: "extend_to", reason: .missing)
      }
      guard request.total == nil else { throw .invalidParameter(parameter: "total", reason: .conflict) }
      return .waiver
    }
  }

  /// The date `text` names, today or later; else `InvalidParameter` naming `parameter`.
  private func futureDate(_ text: String, _ parameter: String) throws(ControlError) -> LocalDate {
    let date = try date(text, parameter: parameter)
    guard date >= today else { throw .invalidParameter(parameter: parameter, reason: .range) }
    return date
  }

  /// `count` dates from `start`, `months` months apart, each on `start`'s day of the month,
  /// clamped to the month's end as `due = { day = N }` is.
  static func monthly(from start: LocalDate, count: Int, every months: Int) -> [LocalDate] {
    let (year, month, day) = start.parts
    return (0..<count).map { index in
      let offset = month - 1 + index * months
      return DueRule.clampedDate(day: day, year: year + offset / 12, month: offset % 12 + 1)
    }
  }

  /// The last date the standing must list for the scope: with `all`, every unsettled occurrence
  /// of a loan that has a last one, or those of an open-ended loan up to the agreement's last
  /// date; else today (the overdue ones).
  private static func scopeEnd(of loan: Loan, dates: [LocalDate], all: Bool, today: LocalDate) -> LocalDate {
    guard all else { return today }
    if loan.term == .openEnded { return max(today, dates.last ?? today) }
    // A loan with a last instalment lists through it and stops there.
    return today.advanced(by: 366 * 100)
  }

  /// `total` split over `count` instalments: each `each` and the last the rest (above 0 and at
  /// most `each`, else `InvalidParameter` `amount` `range`), or without `each` the total divided
  /// evenly in minor units with the remainder on the last (each at least one minor unit, else
  /// `installments` `range`).
  private static func split(_ total: Money, into count: Int, each: Money?) throws(ControlError) -> [Money] {
    guard count > 0 else { return [] }
    let currency = total.currency
    if let each {
      let before = Int128(each.minorUnits) * Int128(count - 1)
      let last = Int128(total.minorUnits) - before
      guard last > 0, last <= Int128(each.minorUnits) else {
        throw .invalidParameter(parameter: "amount", reason: .range)
      }
      return Array(repeating: each, count: count - 1) + [Money(minorUnits: Int64(last), currency: currency)]
    }
    let share = total.minorUnits / Int64(count)
    guard share > 0 else { throw .invalidParameter(parameter: "installments", reason: .range) }
    let last = total.minorUnits - share * Int64(count - 1)
    return Array(repeating: Money(minorUnits: share, currency: currency), count: count - 1)
      + [Money(minorUnits: last, currency: currency)]
  }
}

extension Control.Agreement.Kind {
  /// `kind` as the interface names it.
  init(_ kind: LoanAgreement.Kind) {
    switch kind {
    case .extension: self = .extension
    case .installments: self = .installments
    case .waiver: self = .waiver
    }
  }
}
