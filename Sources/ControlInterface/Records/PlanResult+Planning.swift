import RepayCore

extension Control.PlanResult {
  /// Plans `portfolio` as `query` asks, and the other strategy alike for the comparison; `loans`
  /// give the names, platforms and contacts of the platforms to call first. What the daemon's
  /// `Plan` answers.
  public init(query: PlanQuery, portfolio: PlanPortfolio, loans: [Loan]) {
    self.init(ComparedPlans(query: query, portfolio: portfolio, loans: loans))
  }

  /// The reply that says `plans`, every amount a decimal string in major units.
  public init(_ plans: ComparedPlans) {
    let currency = plans.currency
    func text(_ minorUnits: Int64) -> String { Money(minorUnits: minorUnits, currency: currency).decimalText }
    let plan = plans.plan
    self.init(
      currency: currency.code, budget: plans.budget.decimalText,
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
          strategy: Control.PlanStrategy(plans.other.strategy), payoff: plans.other.payoff?.description,
          totalInterest: text(plans.other.totalInterest))
      ],
      payoff: plan.payoff?.description,
      penaltyPerDay: plans.penaltyPerDay.map(text),
      callFirst: plans.callFirst?.map {
        Control.PlanCall(
          loan: $0.loan, name: $0.name, platform: $0.platform, contact: $0.contact, unpaid: text($0.unpaid),
          penaltyPerDay: text($0.penaltyPerDay))
      })
  }
}
