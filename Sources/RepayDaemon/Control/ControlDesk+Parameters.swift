import RepayControl
import RepayCore
import RepayStore

extension ControlDesk {
  /// The date `text` names (`YYYY-MM-DD`), or the error `InvalidParameter` (`format`) naming
  /// `parameter`.
  func date(_ text: String, parameter: String) throws(ControlError) -> LocalDate {
    guard let date = LocalDate(parsing: text) else {
      throw .invalidParameter(parameter: parameter, reason: .format)
    }
    return date
  }

  /// Refuses with `InvalidParameter` (`format`) naming the first of `texts` (parameter name and
  /// value) that holds a NUL: SQLite keeps a text only up to its first NUL, so it would be
  /// acknowledged whole and stored cut short.
  func refuseNUL(_ texts: KeyValuePairs<String, String?>) throws(ControlError) {
    for (parameter, text) in texts where text?.utf8.contains(0) == true {
      throw .invalidParameter(parameter: parameter, reason: .format)
    }
  }

  /// The positive amount `text` names in `currency`, or the error `InvalidParameter` for
  /// `parameter`: `format` when it is not a decimal with at most the currency's decimals, `range`
  /// when it is zero, negative or too large.
  func amount(_ text: String, in currency: Currency, parameter: String) throws(ControlError) -> Money {
    let money: Money
    do {
      money = try Money(parsing: text, currency: currency)
    } catch {
      if case .tooLarge = error.reason { throw .invalidParameter(parameter: parameter, reason: .range) }
      throw .invalidParameter(parameter: parameter, reason: .format)
    }
    guard money.minorUnits > 0 else { throw .invalidParameter(parameter: parameter, reason: .range) }
    return money
  }

  /// The standing of `loan` today under its agreements in force, counting the payments as the
  /// planner does (`PaymentLedger`), listed at least through `through`.
  func standing(of loan: Loan, through: LocalDate? = nil) throws(ControlError) -> LoanStanding {
    standing(of: loan, paid: try paid(of: loan), through: through, terms: try terms(of: loan))
  }

  /// The minor units paid on `loan` per effective due date, as `PaymentLedger` counts them,
  /// withdrawn payments left out.
  func paid(of loan: Loan) throws(ControlError) -> [LocalDate: Int64] {
    let sums = try stored { () throws(StoreError) in try store.paidPerOccurrence(loan: loan.id) }
    return paidPerLoan(sums)[loan.id] ?? [:]
  }

  /// What the agreements in force make of `loan`'s occurrences. Fails only with `StoreFailed`.
  func terms(of loan: Loan) throws(ControlError) -> AgreedTerms {
    let agreements = try stored { () throws(StoreError) in try store.agreements(forLoan: loan.id) }
    return AgreedTerms(agreements, loan: loan, holidays: configuration.holidays)
  }

  /// The standing of `loan` today with `paid` minor units paid per effective due date, under
  /// `terms`.
  func standing(
    of loan: Loan, paid: [LocalDate: Int64], through: LocalDate? = nil, terms: AgreedTerms = .none
  ) -> LoanStanding {
    LoanStanding(
      loan: loan, paid: paid, today: today, through: through, holidays: configuration.holidays, terms: terms)
  }

  /// The agreements in force of every configured loan (`AgreedTerms.perLoan`). Fails only with
  /// `StoreFailed`.
  func agreedTerms() throws(ControlError) -> [String: AgreedTerms] {
    let agreements = try stored { () throws(StoreError) in try store.agreements() }
    return AgreedTerms.perLoan(agreements, loans: configuration.loans, holidays: configuration.holidays)
  }

  /// `paidPerLoan(_:)` of every payment the store holds. Fails only with `StoreFailed`.
  func paidPerLoan() throws(ControlError) -> [String: [LocalDate: Int64]] {
    paidPerLoan(try stored { () throws(StoreError) in try store.paidPerOccurrence() })
  }

  /// Per configured loan's id, the minor units paid per effective due date of `sums`, as the
  /// planner counts them (`PaymentLedger`).
  func paidPerLoan(_ sums: [OccurrencePaid]) -> [String: [LocalDate: Int64]] {
    PaymentLedger(loans: configuration.loans, sums: sums).perLoan
  }
}
