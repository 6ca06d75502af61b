/// One plan in the making: the balances and unpaid obligations carried from month to month, on a
/// `PlannerInput` that both strategies of a comparison share. The pending obligations are held
/// in the order a short month pays them, so that no month sorts, and the working arrays are kept
/// from month to month, so that a month allocates only its payments: a plan of 50 loans over 600
/// months is made twice for every `repayctl plan` (docs/performance.md).
struct PlannerRun {
  /// An obligation not yet paid in full.
  private struct Pending {
    let rank: Int
    /// Its place in a short month's order (`PlannerInput.Obligation.claimPlace`).
    let claimPlace: Int
    var unpaid: Int128
    /// Due before the plan's first month, overdue when the plan was made, or carried unpaid
    /// from an earlier month.
    var overdue: Bool
  }

  /// A planned loan as the months leave it, and what the month being planned does to it.
  private struct LoanState {
    var balance: Int128
    /// Over the plan so far.
    var interest: Int128 = 0
    /// The month its balance reached 0.
    var payoff: CalendarMonth?
    /// This month's interest, minimum asked and payment; read only while it owes.
    var added: Int128 = 0
    var minimum: Int128 = 0
    var paid: Int128 = 0
  }

  private static let largest = Int128(Int64.max)

  private let input: PlannerInput
  private let budget: Int128
  private let from: CalendarMonth
  private let strategy: RepaymentStrategy
  private let minimumBelowInterest: [Bool]
  /// Per planned loan, its rate and its minimum payment, apart from the loans: read for every
  /// loan owing in every month, where taking them from a `PlannedLoan` retained and released its
  /// id each time.
  private let aprs: [Rate]
  private let minimumPayments: [Int128]
  /// False for a plan only summed up: its months are planned but not kept.
  private let keepsMonths: Bool
  private var lastMonth: CalendarMonth?
  private var nextObligation = 0
  /// By claim place.
  private var pending: [Pending] = []
  /// Per planned loan, in one array, so that a month updates each loan owing with one write.
  private var loans: [LoanState]
  private var months: [RepaymentPlan.Month] = []
  private var shortfall: Int128 = 0
  private var firstMonthUnpaid: [RepaymentPlan.Unpaid] = []

  // The month's working arrays, kept for their capacity: the planned loans owing at the month's
  // start (by index); per rank, what the pending obligations leave unpaid before and after the
  // payments, and which ranks had any pending before.
  private var owing: [Int] = []
  private var unpaidBefore: [Int128]
  private var hadPending: [Bool]
  private var unpaidAfter: [Int128]
  private var arriving: [Pending] = []
  private var merged: [Pending] = []
  private var extraOrder: [Int] = []

  init(
    input: PlannerInput, budget: Int128, from: CalendarMonth, strategy: RepaymentStrategy, keepingMonths: Bool
  ) {
    self.input = input
    keepsMonths = keepingMonths
    self.budget = budget
    self.from = from
    self.strategy = strategy
    let loans = input.loans
    self.loans = loans.map { LoanState(balance: Int128($0.balance)) }
    minimumBelowInterest = loans.map {
      $0.minimumPayment <= RepaymentPlanner.monthlyInterest(on: $0.balance, apr: $0.apr)
    }
    aprs = loans.map(\.apr)
    minimumPayments = loans.map { Int128($0.minimumPayment) }
    unpaidBefore = Array(repeating: 0, count: input.ids.count)
    unpaidAfter = unpaidBefore
    hadPending = Array(repeating: false, count: input.ids.count)
  }

  /// Whether every balance is 0 and nothing is left unpaid: the plan ends.
  var isDone: Bool { pending.isEmpty && loans.allSatisfy { $0.balance == 0 } }

  /// The plan as far as it was made; its months are those kept.
  var plan: RepaymentPlan {
    RepaymentPlan(
      strategy: strategy, budget: Int64(budget), from: from, months: months,
      loans: input.loans.indices.map {
        RepaymentPlan.LoanOutcome(
          loan: input.loans[$0].id, payoff: loans[$0].payoff, interest: Int64(clamping: loans[$0].interest),
          minimumBelowInterest: minimumBelowInterest[$0])
      },
      totalInterest: Int64(clamping: totalInterest), payoff: payoff,
      shortfall: Int64(clamping: shortfall), firstMonthUnpaid: firstMonthUnpaid)
  }

  /// The plan's summary as far as it was made.
  var summary: RepaymentPlan.Summary {
    RepaymentPlan.Summary(
      strategy: strategy, payoff: payoff, totalInterest: Int64(clamping: totalInterest))
  }

  /// The interest of all the planned loans so far.
  private var totalInterest: Int128 { loans.reduce(0) { $0 + $1.interest } }

  /// The month every balance reached 0, if the plan is done.
  private var payoff: CalendarMonth? { isDone ? lastMonth : nil }

  /// Plans `month`, the one after the last planned.
  mutating func plan(month: CalendarMonth) {
    for index in pending.indices { pending[index].overdue = true }
    admitObligations(dueBy: month.lastDay.daysSinceEpoch)
    owing.removeAll(keepingCapacity: true)
    for index in loans.indices where loans[index].balance > 0 { owing.append(index) }
    for index in owing {
      var loan = loans[index]
      let grown = min(
        loan.balance + RepaymentPlanner.monthlyInterest(on: loan.balance, apr: aprs[index]), Self.largest)
      loan.paid = 0
      loan.added = grown - loan.balance
      loan.interest += loan.added
      loan.balance = grown
      loan.minimum = min(minimumPayments[index], grown)
      loans[index] = loan
    }
    if keepsMonths {
      Self.sumPending(pending, into: &unpaidBefore)
      for rank in hadPending.indices { hadPending[rank] = false }
      for item in pending { hadPending[item.rank] = true }
    }
    let required = pending.reduce(Int128(0)) { $0 + $1.unpaid } + owing.reduce(0) { $0 + loans[$1].minimum }
    if budget >= required {
      for index in pending.indices { pending[index].unpaid = 0 }
      for index in owing { loans[index].paid = loans[index].minimum }
      var rest = budget - required
      if rest > 0 {
        orderForExtra()
        for index in extraOrder where rest > 0 {
          let extra = min(rest, loans[index].balance - loans[index].minimum)
          loans[index].paid += extra
          rest -= extra
        }
      }
    } else {
      shortfall = max(shortfall, required - budget)
      payShort()
    }
    for index in owing {
      var loan = loans[index]
      loan.balance -= loan.paid
      if loan.balance == 0 { loan.payoff = month }
      loans[index] = loan
    }
    if keepsMonths {
      Self.sumPending(pending, into: &unpaidAfter)
      if lastMonth == nil { noteFirstMonthUnpaid() }
      months.append(RepaymentPlan.Month(month: month, payments: payments()))
    }
    pending.removeAll { $0.unpaid == 0 }
    lastMonth = month
  }

  /// Adds the obligations due up to `lastDay` (days since 1970) to the pending ones, in their
  /// places.
  private mutating func admitObligations(dueBy lastDay: Int) {
    arriving.removeAll(keepingCapacity: true)
    while nextObligation < input.obligations.count, input.obligations[nextObligation].due <= lastDay {
      let obligation = input.obligations[nextObligation]
      arriving.append(
        Pending(
          rank: obligation.rank, claimPlace: obligation.claimPlace, unpaid: Int128(obligation.amount),
          overdue: obligation.isOverdue))
      nextObligation += 1
    }
    guard !arriving.isEmpty else { return }
    arriving.sort { $0.claimPlace < $1.claimPlace }
    merged.removeAll(keepingCapacity: true)
    var next = 0
    for item in arriving {
      while next < pending.count, pending[next].claimPlace < item.claimPlace {
        merged.append(pending[next])
        next += 1
      }
      merged.append(item)
    }
    merged.append(contentsOf: pending[next...])
    swap(&pending, &merged)
  }

  /// A short month: the whole budget, to the overdue obligations first, then to the month's own
  /// obligations and the minimums together, each group in its claim places.
  private mutating func payShort() {
    var rest = budget
    for index in pending.indices where rest > 0 && pending[index].overdue {
      let part = min(rest, pending[index].unpaid)
      pending[index].unpaid -= part
      rest -= part
    }
    var next = 0
    var nextLoan = 0
    let loansByPlace = input.loansByPlace
    while rest > 0 {
      while next < pending.count, pending[next].overdue { next += 1 }
      while nextLoan < loansByPlace.count, loans[loansByPlace[nextLoan]].balance == 0 { nextLoan += 1 }
      let pendingPlace = next < pending.count ? pending[next].claimPlace : Int.max
      let loanPlace = nextLoan < loansByPlace.count ? input.minimumPlaces[loansByPlace[nextLoan]] : Int.max
      if pendingPlace == Int.max, loanPlace == Int.max { break }
      if pendingPlace < loanPlace {
        let part = min(rest, pending[next].unpaid)
        pending[next].unpaid -= part
        rest -= part
        next += 1
      } else {
        let index = loansByPlace[nextLoan]
        let part = min(rest, loans[index].minimum)
        loans[index].paid = part
        rest -= part
        nextLoan += 1
      }
    }
  }

  /// What is unpaid of the `pending` obligations, per rank, into `sums`.
  private static func sumPending(_ pending: [Pending], into sums: inout [Int128]) {
    for rank in sums.indices { sums[rank] = 0 }
    for item in pending { sums[item.rank] += item.unpaid }
  }

  /// The month's payments by loan id: the planned loans owing and the loans with obligations
  /// pending, both already in the order of their ranks.
  private func payments() -> [RepaymentPlan.Payment] {
    var payments: [RepaymentPlan.Payment] = []
    payments.reserveCapacity(owing.count + pending.count)
    var planned = owing.makeIterator()
    var nextPlanned = planned.next()
    for rank in input.ids.indices {
      if let index = nextPlanned, input.loanRanks[index] == rank {
        let loan = loans[index]
        payments.append(
          RepaymentPlan.Payment(
            loan: input.ids[rank], payment: Int64(loan.paid), interest: Int64(loan.added),
            balance: Int64(loan.balance)))
        nextPlanned = planned.next()
      } else if hadPending[rank] {
        let left = unpaidAfter[rank]
        payments.append(
          RepaymentPlan.Payment(
            loan: input.ids[rank], payment: Int64(clamping: unpaidBefore[rank] - left), interest: 0,
            balance: Int64(clamping: left)))
      }
    }
    return payments
  }

  /// The loans owing, into `extraOrder`, in the order the budget beyond the minimums goes to
  /// them, taken on the balances after interest and before any payment.
  private mutating func orderForExtra() {
    extraOrder.removeAll(keepingCapacity: true)
    extraOrder.append(contentsOf: owing)
    // Read from locals, so that the comparison does not take `self` while `extraOrder` changes.
    let (aprs, loans, strategy) = (aprs, loans, strategy)
    extraOrder.sort { left, right in
      let (a, b) = (aprs[left].billionths, aprs[right].billionths)
      switch strategy {
      case .avalanche:
        return (-a, loans[left].balance, left) < (-b, loans[right].balance, right)
      case .snowball:
        return (loans[left].balance, -a, left) < (loans[right].balance, -b, right)
      }
    }
  }

  /// Notes what the first month left unpaid per loan, costliest per day first.
  private mutating func noteFirstMonthUnpaid() {
    var unpaid: [(rank: Int, amount: Int128)] = unpaidAfter.enumerated().compactMap { rank, amount in
      amount > 0 ? (rank, amount) : nil
    }
    for index in owing where loans[index].minimum > loans[index].paid {
      unpaid.append((input.loanRanks[index], loans[index].minimum - loans[index].paid))
    }
    firstMonthUnpaid = unpaid.map { rank, amount in
      let money = Money(minorUnits: Int64(clamping: amount), currency: input.currency)
      return RepaymentPlan.Unpaid(
        loan: input.ids[rank], unpaid: money.minorUnits,
        penaltyPerDay: input.penalties[rank].perDay(on: money).minorUnits)
    }.sorted { a, b in
      if a.penaltyPerDay != b.penaltyPerDay { return a.penaltyPerDay > b.penaltyPerDay }
      if a.unpaid != b.unpaid { return a.unpaid > b.unpaid }
      return a.loan < b.loan
    }
  }
}
