import RepayCore

extension Control.PlanResult {
  /// Plans `portfolio` as `query` asks, and the other strategy alike for the comparison; `loans`
  /// give the names, platforms and contacts of the platforms to call first. What both the
  /// offline `repayctl plan` and the daemon's `Plan` answer.
  public init(query: PlanQuery, portfolio: PlanPortfolio, loans: [Loan]) {
    let plan = RepaymentPlanner.plan(
      portfolio, budget: query.budget.minorUnits, from: query.from, months: query.months,
      strategy: query.strategy)
    let other = RepaymentPlanner.plan(
      portfolio, budget: query.budget.minorUnits, from: query.from, months: query.months,
      strategy: query.strategy.other)
    let currency = query.currency
    func text(_ minorUnits: Int64) -> String { Money(minorUnits: minorUnits, currency: currency).decimalText }
    let byId = Dictionary(loans.map { ($0.id, $0) }) { first, _ in first }
    self.init(
      currency: currency.code, budget: query.budget.decimalText,
      strategy: Control.PlanStrategy(plan.strategy),
      from: plan.from.description, feasible: plan.isFeasible, shortfall: text(plan.shortfall),
      months: plan.months.map { month in
        Control.PlanMonth(
          month: month.month.description,
          payments: month.payments.map {
            Control.PlannedPayment(
              loan: $0.loan, payment: text($0.payment), interest: text($0.interest), balance: text($0.balance)
            )
          })
      },
      loans: plan.loans.map {
        Control.PlanLoanResult(
          loan: $0.loan, payoff: $0.payoff?.description, interest: text($0.interest),
          minimumBelowInterest: $0.minimumBelowInterest ? true : nil)
      },
      totalInterest: text(plan.totalInterest),
      comparison: [
        Control.PlanComparison(
          strategy: Control.PlanStrategy(other.strategy), payoff: other.payoff?.description,
          totalInterest: text(other.totalInterest))
      ],
      payoff: plan.payoff?.description,
      penaltyPerDay: plan.isFeasible ? nil : text(plan.penaltyPerDay),
      callFirst: plan.isFeasible
        ? nil
        : plan.firstMonthUnpaid.map {
          let loan = byId[$0.loan]
          return Control.PlanCall(
            loan: $0.loan, name: loan?.name ?? $0.loan, platform: loan?.platform ?? "",
            contact: loan.map(\.contact).flatMap { $0 == LoanContact() ? nil : $0 }, unpaid: text($0.unpaid),
            penaltyPerDay: text($0.penaltyPerDay))
        })
  }
}
