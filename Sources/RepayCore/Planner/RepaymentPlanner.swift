/// Makes repayment plans within a monthly budget (measure 2), following the arithmetic
/// docs/planner.md states so that anyone can check a plan by hand. Pure: the month to start from
/// is a parameter.
public enum RepaymentPlanner {
  /// The most months a plan may run.
  public static let maximumMonths = 600
  /// The months a plan runs when none are asked for.
  public static let defaultMonths = 120

  /// The plan of `portfolio` within `budget` minor units a month (0 or more), from `from` for at
  /// most `months` months (1 to `maximumMonths`), the budget beyond the minimums given in the
  /// order of `strategy`.
  public static func plan(
    _ portfolio: PlanPortfolio, budget: Int64, from: CalendarMonth, months: Int, strategy: RepaymentStrategy
  ) -> RepaymentPlan {
    run(PlannerInput(portfolio, from: from), budget: budget, from: from, months: months, strategy: strategy)
      .plan
  }

  /// The plan `plan(_:budget:from:months:strategy:)` makes, and the summary of the plan of the
  /// other strategy, as a comparison shows it: the portfolio made ready once for both, and the
  /// other plan's months not kept (on 600 months of 50 loans they were a sixth of
  /// `repayctl plan`'s work, docs/performance.md). The portfolio is taken, and let go once it is
  /// made ready, so that the plan's months can use the memory its obligations held.
  public static func compared(
    _ portfolio: consuming PlanPortfolio, budget: Int64, from: CalendarMonth, months: Int,
    strategy: RepaymentStrategy
  ) -> (plan: RepaymentPlan, other: RepaymentPlan.Summary) {
    // Handed over: the input lets go of it once it is made.
    let input = PlannerInput(consume portfolio, from: from)
    let plan = run(input, budget: budget, from: from, months: months, strategy: strategy).plan
    let other = run(
      input, budget: budget, from: from, months: months, strategy: strategy.other, keepingMonths: false)
    return (plan, other.summary)
  }

  /// The run that plans `input` month by month until it is done or `months` are planned.
  private static func run(
    _ input: PlannerInput, budget: Int64, from: CalendarMonth, months: Int, strategy: RepaymentStrategy,
    keepingMonths: Bool = true
  ) -> PlannerRun {
    precondition(budget >= 0 && (1...maximumMonths).contains(months), "budget \(budget), months \(months)")
    var run = PlannerRun(
      input: input, budget: Int128(budget), from: from, strategy: strategy, keepingMonths: keepingMonths)
    for offset in 0..<months {
      run.plan(month: from.advanced(by: offset))
      if run.isDone { break }
    }
    return run
  }

  /// The interest a month adds to `balance` at `apr`: balance × apr / 12, rounded half up to the
  /// minor unit; held at the largest amount when it would exceed it.
  public static func monthlyInterest(on balance: Int64, apr: Rate) -> Int64 {
    Int64(clamping: monthlyInterest(on: Int128(balance), apr: apr))
  }

  /// `monthlyInterest(on:apr:)` in full width (a balance is at most `Int64.max`, a rate's
  /// billionths too, so the product fits).
  static func monthlyInterest(on balance: Int128, apr: Rate) -> Int128 {
    // A plan asks this for every loan owing in every month (60,000 times for 50 loans over 600
    // months, twice): where the rounded product fits in 64 bits, as for any balance below
    // ¥25 million at 36 %, a machine division gives the same quotient as the 128-bit routine.
    if let narrow = Int64(exactly: balance) {
      let (product, overflowed) = narrow.multipliedReportingOverflow(by: apr.billionths)
      let (rounded, roundingOverflowed) = product.addingReportingOverflow(halfMonthlyDivisor)
      if !overflowed, !roundingOverflowed { return Int128(rounded / monthlyDivisor) }
    }
    return (balance * Int128(apr.billionths) + Int128(halfMonthlyDivisor)) / Int128(monthlyDivisor)
  }

  /// Twelve months in billionths: an annual rate in billionths times a balance, divided by it,
  /// is a month's interest.
  private static let monthlyDivisor = 12 * ScaledDecimal.power(ofTen: Rate.fractionDigits)
  private static let halfMonthlyDivisor = monthlyDivisor / 2
}
