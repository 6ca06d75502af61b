/// A plan's parameters read against the configured loans: the currency, the budget in it, the
/// months and the strategy, and from them the portfolio to plan. The one reading both the
/// offline `repayctl plan` and the daemon's `Plan` use, so that both plan alike.
public struct PlanQuery: Hashable, Sendable {
  /// The currency of the planned loans.
  public let currency: Currency
  /// The monthly budget.
  public let budget: Money
  /// The order in which the budget beyond the minimums goes to the loans.
  public let strategy: RepaymentStrategy
  /// The first month.
  public let from: CalendarMonth
  /// How many months at most.
  public let months: Int

  /// `parameters` read against `loans`, the first month by default `currentMonth`; the error
  /// names the parameter at fault.
  public init(_ parameters: PlanParameters, loans: [Loan], currentMonth: CalendarMonth)
    throws(PlanParameterFault)
  {
    let months = parameters.months ?? RepaymentPlanner.defaultMonths
    guard (1...RepaymentPlanner.maximumMonths).contains(months) else { throw .monthsOutOfRange }
    var from = currentMonth
    if let text = parameters.from {
      guard let month = CalendarMonth(parsing: text) else { throw .fromNotAMonth }
      from = month
    }
    guard from.advanced(by: months - 1).year <= 9999 else { throw .fromOutOfRange }
    let currency = try Self.currency(parameters.currency, loans: loans)
    let budget: Money
    do {
      budget = try Money(parsing: parameters.budget, currency: currency)
    } catch {
      if case .tooLarge = error.reason { throw .budgetOutOfRange }
      throw .budgetNotAnAmount(error.reason)
    }
    guard budget.minorUnits >= 0 else { throw .budgetOutOfRange }
    self.currency = currency
    self.budget = budget
    self.strategy = parameters.strategy ?? .avalanche
    self.from = from
    self.months = months
  }

  /// The last day of the plan's last month: fixed obligations due up to it count.
  public var through: LocalDate { from.advanced(by: months - 1).lastDay }

  /// The currency `code` names, else the one currency of the loans with a balance.
  private static func currency(_ code: String?, loans: [Loan]) throws(PlanParameterFault) -> Currency {
    let withBalance = Set(loans.compactMap { $0.balance.flatMap { $0.minorUnits > 0 ? $0.currency : nil } })
    if let code {
      guard let currency = Currency(code: code) else { throw .currencyUnknown }
      guard withBalance.contains(currency) else { throw .nothingToPlan(currency: code) }
      return currency
    }
    guard let only = withBalance.first else { throw .nothingToPlan(currency: nil) }
    guard withBalance.count == 1 else { throw .currencyNeeded(among: withBalance.map(\.code).sorted()) }
    return only
  }

  /// The portfolio of `loans` in the plan's currency: each loan with a balance, less
  /// `paidSinceBalance(loan)` minor units (the payments recorded on or after its
  /// `balance_date`), is planned while that stays above 0; each loan without one adds the
  /// unsettled occurrences that `occurrences(loan, body)` hands to `body` (those a
  /// `LoanStanding` lists through `through`, as `LoanStanding.forEachListed` gives them) due up
  /// to `through`. No loan left to plan is the error `nothingToPlan`.
  public func portfolio(
    of loans: [Loan], occurrences: (Loan, (InstalmentStanding) -> Void) -> Void,
    paidSinceBalance: (Loan) -> Int64
  ) throws(PlanParameterFault) -> PlanPortfolio {
    var planned: [PlannedLoan] = []
    // The occurrences are visited rather than listed per loan: a standing of each loan without
    // a balance (600 occurrences each over 600 months) would be built only to be filtered.
    var obligations: [FixedObligation] = []
    // Room for one open occurrence a month (the usual schedule) of each, so that the array is
    // not copied as it grows: each copy of a large array is faulted in afresh. Room not used is
    // never touched, and more occurrences only grow it.
    let withoutBalance = loans.reduce(0) {
      $0 + ($1.balance == nil && $1.amount.currency == currency ? 1 : 0)
    }
    obligations.reserveCapacity(withoutBalance * (months + 1))
    for loan in loans where loan.amount.currency == currency {
      guard let balance = loan.balance else {
        occurrences(loan) { instalment in
          guard instalment.isOpen && instalment.due <= through && instalment.outstanding.minorUnits > 0
          else { return }
          obligations.append(
            FixedObligation(
              loan: loan.id, due: instalment.due, amount: instalment.outstanding.minorUnits,
              penalty: loan.penalty, isOverdue: instalment.status == .overdue))
        }
        continue
      }
      let left = balance.minorUnits - min(balance.minorUnits, max(0, paidSinceBalance(loan)))
      guard left > 0 else { continue }
      planned.append(
        PlannedLoan(
          id: loan.id, balance: left, apr: loan.apr ?? Rate(billionths: 0),
          minimumPayment: loan.minPayment?.minorUnits ?? loan.amount.minorUnits, penalty: loan.penalty))
    }
    guard !planned.isEmpty else { throw .nothingToPlan(currency: currency.code) }
    return PlanPortfolio(currency: currency, loans: planned, obligations: obligations)
  }
}
