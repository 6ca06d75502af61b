/// One plan in the making: the balances and unpaid obligations carried from month to month.
/// Loans are held by their rank among all the ids (planned loans and obligations together), so
/// that each month's orders compare integers: a plan of 50 loans over 600 months is made twice
/// for every `repayctl plan` (docs/performance.md).
struct PlannerRun {
  /// An obligation not yet paid in full.
  private struct Pending {
    let rank: Int
    let due: Int
    let dailyRate: Int64
    var unpaid: Int128
    /// Due before the plan's first month, overdue when the plan was made, or carried unpaid
    /// from an earlier month.
    var overdue: Bool
  }

  /// One amount a short month pays in order: a pending obligation (`item` in `pending`) or a
  /// planned loan's minimum (`item` in `loans`).
  private struct Claim {
    let tier: Int
    let dailyRate: Int64
    let rank: Int
    let due: Int
    let item: Int
    let isMinimum: Bool

    /// Overdue first, then the highest daily rate, then the loan's id, then the due date.
    func precedes(_ other: Claim) -> Bool {
      if tier != other.tier { return tier < other.tier }
      if dailyRate != other.dailyRate { return dailyRate > other.dailyRate }
      if rank != other.rank { return rank < other.rank }
      return due < other.due
    }
  }

  private static let largest = Int128(Int64.max)

  private let currency: Currency
  private let loans: [PlannedLoan]
  /// Every id, planned loans and obligations together, in order: a loan's rank is its index.
  private let ids: [String]
  private let loanRanks: [Int]
  private let obligations: [(obligation: FixedObligation, rank: Int)]
  private let penalties: [Penalty]
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
    ids = Array(Set(portfolio.loans.map(\.id) + portfolio.obligations.map(\.loan))).sorted()
    let rankOf = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
    loanRanks = loans.map { rankOf[$0.id] ?? 0 }
    obligations = portfolio.obligations.map { ($0, rankOf[$0.loan] ?? 0) }.sorted {
      ($0.obligation.due.daysSinceEpoch, $0.rank) < ($1.obligation.due.daysSinceEpoch, $1.rank)
    }
    var penalties = [Penalty?](repeating: nil, count: ids.count)
    for (index, loan) in loans.enumerated() { penalties[loanRanks[index]] = loan.penalty }
    for (obligation, rank) in obligations where penalties[rank] == nil {
      penalties[rank] = obligation.penalty
    }
    self.penalties = penalties.map {
      $0 ?? Penalty(dailyRate: Rate(billionths: 0), fee: Money(minorUnits: 0, currency: portfolio.currency))
    }
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
    let firstDay = from.firstDay
    let lastDay = month.lastDay
    while nextObligation < obligations.count, obligations[nextObligation].obligation.due <= lastDay {
      let (obligation, rank) = obligations[nextObligation]
      pending.append(
        Pending(
          rank: rank, due: obligation.due.daysSinceEpoch, dailyRate: obligation.penalty.dailyRate.billionths,
          unpaid: Int128(obligation.amount), overdue: obligation.isOverdue || obligation.due < firstDay))
      nextObligation += 1
    }
    let owing = loans.indices.filter { balances[$0] > 0 }
    var added = [Int128](repeating: 0, count: loans.count)
    var minimums = [Int128](repeating: 0, count: loans.count)
    for index in owing {
      let grown = min(
        balances[index] + RepaymentPlanner.monthlyInterest(on: balances[index], apr: loans[index].apr),
        Self.largest)
      added[index] = grown - balances[index]
      interest[index] += added[index]
      balances[index] = grown
      minimums[index] = min(Int128(loans[index].minimumPayment), grown)
    }
    let before = unpaidPerRank()
    let required = pending.reduce(Int128(0)) { $0 + $1.unpaid } + minimums.reduce(0, +)
    var paid = [Int128](repeating: 0, count: loans.count)
    if budget >= required {
      for index in pending.indices { pending[index].unpaid = 0 }
      paid = minimums
      var rest = budget - required
      for index in order(owing) where rest > 0 {
        let extra = min(rest, balances[index] - minimums[index])
        paid[index] += extra
        rest -= extra
      }
    } else {
      shortfall = max(shortfall, required - budget)
      var rest = budget
      for claim in claims(owing: owing) where rest > 0 {
        if claim.isMinimum {
          let part = min(rest, minimums[claim.item])
          paid[claim.item] = part
          rest -= part
        } else {
          let part = min(rest, pending[claim.item].unpaid)
          pending[claim.item].unpaid -= part
          rest -= part
        }
      }
    }
    for index in owing {
      balances[index] -= paid[index]
      if balances[index] == 0 { payoffs[index] = month }
    }
    let after = unpaidPerRank()
    if months.isEmpty { noteFirstMonthUnpaid(owing: owing, minimums: minimums, paid: paid, after: after) }
    pending.removeAll { $0.unpaid == 0 }
    months.append(
      RepaymentPlan.Month(
        month: month, payments: payments(owing: owing, added: added, paid: paid, before: before, after: after)
      ))
  }

  /// The month's payments by loan id: the planned loans owing and the loans with obligations
  /// pending, both already in the order of their ranks.
  private func payments(owing: [Int], added: [Int128], paid: [Int128], before: [Int128?], after: [Int128?])
    -> [RepaymentPlan.Payment]
  {
    var payments: [RepaymentPlan.Payment] = []
    payments.reserveCapacity(owing.count + pending.count)
    var planned = owing.makeIterator()
    var nextPlanned = planned.next()
    for rank in ids.indices {
      if let index = nextPlanned, loanRanks[index] == rank {
        payments.append(
          RepaymentPlan.Payment(
            loan: ids[rank], payment: Int64(paid[index]), interest: Int64(added[index]),
            balance: Int64(balances[index])))
        nextPlanned = planned.next()
      } else if let owed = before[rank] {
        let left = after[rank] ?? 0
        payments.append(
          RepaymentPlan.Payment(
            loan: ids[rank], payment: Int64(clamping: owed - left), interest: 0,
            balance: Int64(clamping: left)))
      }
    }
    return payments
  }

  /// What is unpaid of the pending obligations, per rank; nil for a loan with none pending.
  private func unpaidPerRank() -> [Int128?] {
    var sums = [Int128?](repeating: nil, count: ids.count)
    for item in pending { sums[item.rank] = (sums[item.rank] ?? 0) + item.unpaid }
    return sums
  }

  /// The loans owing, in the order the budget beyond the minimums goes to them, taken on the
  /// balances after interest and before any payment.
  private func order(_ owing: [Int]) -> [Int] {
    owing.sorted { left, right in
      let (a, b) = (loans[left].apr.billionths, loans[right].apr.billionths)
      switch strategy {
      case .avalanche:
        return (-a, balances[left], left) < (-b, balances[right], right)
      case .snowball:
        return (balances[left], -a, left) < (balances[right], -b, right)
      }
    }
  }

  /// What a short month pays, in order: overdue obligations, then the month's obligations and
  /// the loans' minimums, each the highest daily penalty rate first, then by loan id and due date.
  private func claims(owing: [Int]) -> [Claim] {
    var claims: [Claim] = []
    claims.reserveCapacity(pending.count + owing.count)
    for (item, entry) in pending.enumerated() {
      claims.append(
        Claim(
          tier: entry.overdue ? 0 : 1, dailyRate: entry.dailyRate, rank: entry.rank, due: entry.due,
          item: item,
          isMinimum: false))
    }
    for index in owing {
      claims.append(
        Claim(
          tier: 1, dailyRate: loans[index].penalty.dailyRate.billionths, rank: loanRanks[index], due: .max,
          item: index, isMinimum: true))
    }
    claims.sort { $0.precedes($1) }
    return claims
  }

  /// Notes what the first month left unpaid per loan, costliest per day first.
  private mutating func noteFirstMonthUnpaid(
    owing: [Int], minimums: [Int128], paid: [Int128], after: [Int128?]
  ) {
    var unpaid: [(rank: Int, amount: Int128)] = after.enumerated().compactMap { rank, amount in
      amount.flatMap { $0 > 0 ? (rank, $0) : nil }
    }
    for index in owing where minimums[index] > paid[index] {
      unpaid.append((loanRanks[index], minimums[index] - paid[index]))
    }
    firstMonthUnpaid = unpaid.map { rank, amount in
      let money = Money(minorUnits: Int64(clamping: amount), currency: currency)
      return RepaymentPlan.Unpaid(
        loan: ids[rank], unpaid: money.minorUnits, penaltyPerDay: penalties[rank].perDay(on: money).minorUnits
      )
    }.sorted { a, b in
      if a.penaltyPerDay != b.penaltyPerDay { return a.penaltyPerDay > b.penaltyPerDay }
      if a.unpaid != b.unpaid { return a.unpaid > b.unpaid }
      return a.loan < b.loan
    }
  }
}
