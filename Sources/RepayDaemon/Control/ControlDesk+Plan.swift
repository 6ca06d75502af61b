import ControlInterface
import RepayControl
import RepayCore
import RepayStore

extension ControlDesk {
  /// `Plan`: a repayment plan within a monthly budget (docs/planner.md), from the configured
  /// balances less the payments recorded on or after each loan's `balance_date`, with the
  /// unsettled occurrences of the loans without a balance, as the recorded payments and the
  /// agreements in force make them, as fixed obligations. The first month is by default the
  /// current one in the configuration's zone. Fails with `InvalidParameter` (the parameter at
  /// fault: `format`, `range`, or for `currency`, `missing` when the loans with a balance have
  /// several currencies and `range` when none has a balance in it) or `StoreFailed`.
  func plan(_ request: Control.PlanRequest) throws(ControlError) -> Control.PlanResult {
    let parameters = PlanParameters(
      budget: request.budget, strategy: request.strategy?.repaymentStrategy, months: request.months,
      from: request.from, currency: request.currency)
    let loans = configuration.loans
    let query: PlanQuery
    do {
      query = try PlanQuery(parameters, loans: loans, currentMonth: CalendarMonth(containing: today))
    } catch {
      throw ControlError.invalidParameter(error)
    }
    let paid = try paidPerLoan()
    let terms = try agreedTerms()
    let payments = try stored { () throws(StoreError) in try store.payments() }
    var paidSinceBalance: [String: Int64] = [:]
    let balanceDates = Dictionary(loans.compactMap { loan in loan.balanceDate.map { (loan.id, ($0, loan)) } })
    {
      first, _ in first
    }
    for payment in payments where payment.withdrawnAt == nil {
      guard let (date, loan) = balanceDates[payment.loan], payment.paidOn >= date,
        payment.amount.currency == loan.amount.currency
      else { continue }
      paidSinceBalance[loan.id, default: 0] += payment.amount.minorUnits
    }
    let portfolio: PlanPortfolio
    do {
      portfolio = try query.portfolio(
        of: loans,
        occurrences: {
          LoanStanding.forEachListed(
            loan: $0, paid: paid[$0.id] ?? [:], today: today, through: query.through,
            holidays: configuration.holidays, terms: terms[$0.id] ?? .none, $1)
        },
        paidSinceBalance: { paidSinceBalance[$0.id] ?? 0 })
    } catch {
      throw ControlError.invalidParameter(error)
    }
    return Control.PlanResult(query: query, portfolio: portfolio, loans: loans)
  }
}
