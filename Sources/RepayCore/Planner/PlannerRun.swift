/// One plan in the making: the balances and unpaid obligations carried from month to month.
struct PlannerRun {
  /// An obligation not yet paid in full.
  private struct Pending {
    let obligation: FixedObligation
    var unpaid: Int128
    /// Due before the plan's first month, or carried unpaid from an earlier month.
    var overdue: Bool
  }

  /// One amount a short month pays in order: an obligation's unpaid amount or a loan's minimum.
  private struct Claim {
    let overdue: Bool
    let dailyRate: Int64
    let loan: String
    let due: LocalDate?
    let pending: Int?
    let planned: Int?
  }

  private static let largest = Int128(Int64.max)

  private let currency: Currency
  private let loans: [PlannedLoan]
  /// Each loan's penalty terms, planned loans and obligations alike, by id.
  private let penalties: [String: Penalty]
  private let obligations: [FixedObligation]
  private let budget: Int128
  private let from: PlanningMonth
  private let strategy: RepaymentStrategy
  private let minimumBelowInterest: [Bool]
  private var nextObligation = 0
  private var pending: [Pending] = []
  private var balances: [Int128]
  private var interest: [Int128]
  private var payoffs: [PlanningMonth?]
  private var months: [RepaymentPlan.Month] = []
  private var shortfall: Int128 = 0
  private var firstMonthUnpaid: [RepaymentPlan.Unpaid] = []

  init(portfolio: PlanPortfolio, budget: Int128, from: PlanningMonth, strategy: RepaymentStrategy) {
    currency = portfolio.currency
    loans = portfolio.loans.sorted { $0.id < $1.id }
    penalties = Dictionary(
      portfolio.loans.map { ($0.id, $0.penalty) } + portfolio.obligations.map { ($0.loan, $0.penalty) }
    ) { first, _ in first }
    obligations = portfolio.obligations.sorted { ($0.due, $0.loan) < ($1.due, $1.loan) }
    self.budget = budget
    self.from = from
    self.strategy = strategy
    balances = loans.map { Int128($0.balance) }
    interest = Array(repeating: 0, count: loans.count)
    payoffs = Array(repeating: nil, count: loans.count)
    minimumBelowInterest = loans.map {
      $0.minimumPayment <= RepaymentPlanner.monthlyInterest(on: $0.balance, apr: $0.apr)
    }
  }

  /// Whether every balance is 0 and nothing is left unpaid: the plan ends.
  var isDone: Bool { pending.isEmpty && balances.allSatisfy { $0 == 0 } }

  /// The plan as far as it was made.
  var plan: RepaymentPlan {
    RepaymentPlan(
      strategy: strategy, budget: Int64(budget), from: from, months: months,
      loans: loans.indices.map {
        RepaymentPlan.LoanOutcome(
          loan: loans[$0].id, payoff: payoffs[$0], interest: Int64(clamping: interest[$0]),
          minimumBelowInterest: minimumBelowInterest[$0])
      },
      totalInterest: Int64(clamping: interest.reduce(0, +)), payoff: isDone ? months.last?.month : nil,
      shortfall: Int64(clamping: shortfall), firstMonthUnpaid: firstMonthUnpaid)
  }

  /// Plans `month`, the one after the last planned.
  mutating func plan(month: PlanningMonth) {
    for index in pending.indices { pending[index].overdue = true }
    while nextObligation < obligations.count, obligations[nextObligation].due <= month.lastDay {
      let obligation = obligations[nextObligation]
      pending.append(
        Pending(
          obligation: obligation, unpaid: Int128(obligation.amount),
          overdue: obligation.isOverdue || obligation.due < from.firstDay))
      nextObligation += 1
    }
    let owing = loans.indices.filter { balances[$0] > 0 }
    var added: [Int: Int128] = [:]
    for index in owing {
      let grown = min(
        balances[index] + RepaymentPlanner.monthlyInterest(on: balances[index], apr: loans[index].apr),
        Self.largest)
      added[index] = grown - balances[index]
      interest[index] += grown - balances[index]
      balances[index] = grown
    }
    let minimums = Dictionary(
      uniqueKeysWithValues: owing.map { ($0, min(Int128(loans[$0].minimumPayment), balances[$0])) })
    let obligationsBefore = unpaidPerLoan()
    let required = pending.reduce(Int128(0)) { $0 + $1.unpaid } + minimums.values.reduce(0, +)
    var paid: [Int: Int128] = [:]
    if budget >= required {
      for index in pending.indices { pending[index].unpaid = 0 }
      paid = minimums
      var rest = budget - required
      for index in order(owing) where rest > 0 {
        let extra = min(rest, balances[index] - minimums[index, default: 0])
        paid[index, default: 0] += extra
        rest -= extra
      }
    } else {
      shortfall = max(shortfall, required - budget)
      var rest = budget
      for claim in claims(minimums: minimums) where rest > 0 {
        if let item = claim.pending {
          let part = min(rest, pending[item].unpaid)
          pending[item].unpaid -= part
          rest -= part
        } else if let index = claim.planned {
          let part = min(rest, minimums[index, default: 0])
          paid[index] = part
          rest -= part
        }
      }
    }
    for (index, amount) in paid {
      balances[index] -= amount
      if balances[index] == 0 { payoffs[index] = month }
    }
    let obligationsAfter = unpaidPerLoan()
    if months.isEmpty {
      noteFirstMonthUnpaid(minimums: minimums, paid: paid, obligationsAfter: obligationsAfter)
    }
    pending.removeAll { $0.unpaid == 0 }
    var payments = owing.map {
      RepaymentPlan.Payment(
        loan: loans[$0].id, payment: Int64(paid[$0, default: 0]), interest: Int64(added[$0, default: 0]),
        balance: Int64(balances[$0]))
    }
    payments += obligationsBefore.map { loan, before in
      let after = obligationsAfter[loan, default: 0]
      return RepaymentPlan.Payment(
        loan: loan, payment: Int64(clamping: before - after), interest: 0, balance: Int64(clamping: after))
    }
    months.append(RepaymentPlan.Month(month: month, payments: payments.sorted { $0.loan < $1.loan }))
  }

  /// What is unpaid of the pending obligations, per loan.
  private func unpaidPerLoan() -> [String: Int128] {
    pending.reduce(into: [:]) { $0[$1.obligation.loan, default: 0] += $1.unpaid }
  }

  /// The loans owing, in the order the budget beyond the minimums goes to them, taken on the
  /// balances after interest and before any payment.
  private func order(_ owing: [Int]) -> [Int] {
    owing.sorted { left, right in
      let (a, b) = (loans[left], loans[right])
      switch strategy {
      case .avalanche:
        return (-a.apr.billionths, balances[left], a.id) < (-b.apr.billionths, balances[right], b.id)
      case .snowball:
        return (balances[left], -a.apr.billionths, a.id) < (balances[right], -b.apr.billionths, b.id)
      }
    }
  }

  /// What a short month pays, in order: overdue obligations, then the month's obligations and
  /// the loans' minimums, each the highest daily penalty rate first, then by loan id and due date.
  private func claims(minimums: [Int: Int128]) -> [Claim] {
    let obligationClaims = pending.indices.map { item in
      Claim(
        overdue: pending[item].overdue, dailyRate: pending[item].obligation.penalty.dailyRate.billionths,
        loan: pending[item].obligation.loan, due: pending[item].obligation.due, pending: item, planned: nil)
    }
    let minimumClaims = minimums.keys.map { index in
      Claim(
        overdue: false, dailyRate: loans[index].penalty.dailyRate.billionths, loan: loans[index].id, due: nil,
        pending: nil, planned: index)
    }
    return (obligationClaims + minimumClaims).sorted { a, b in
      if a.overdue != b.overdue { return a.overdue }
      if a.dailyRate != b.dailyRate { return a.dailyRate > b.dailyRate }
      if a.loan != b.loan { return a.loan < b.loan }
      return (a.due?.daysSinceEpoch ?? .max) < (b.due?.daysSinceEpoch ?? .max)
    }
  }

  /// Notes what the first month left unpaid per loan, costliest per day first.
  private mutating func noteFirstMonthUnpaid(
    minimums: [Int: Int128], paid: [Int: Int128], obligationsAfter: [String: Int128]
  ) {
    var unpaid = obligationsAfter.filter { $0.value > 0 }
    for (index, minimum) in minimums where minimum > paid[index, default: 0] {
      unpaid[loans[index].id] = minimum - paid[index, default: 0]
    }
    firstMonthUnpaid = unpaid.map { loan, amount in
      let money = Money(minorUnits: Int64(clamping: amount), currency: currency)
      let perDay = penalties[loan]?.perDay(on: money).minorUnits ?? 0
      return RepaymentPlan.Unpaid(loan: loan, unpaid: money.minorUnits, penaltyPerDay: perDay)
    }.sorted { a, b in
      if a.penaltyPerDay != b.penaltyPerDay { return a.penaltyPerDay > b.penaltyPerDay }
      if a.unpaid != b.unpaid { return a.unpaid > b.unpaid }
      return a.loan < b.loan
    }
  }
}
