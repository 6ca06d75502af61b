/// A portfolio made ready for the planner, once for both strategies of a comparison: loans and
/// obligations held by their rank among all the ids (so that each month compares integers), the
/// obligations in the order they fall due, and every amount a short month may pay given its
/// place in the order such a month pays them (docs/planner.md, step 5), so that no month sorts.
/// A plan of 50 loans over 600 months is made twice for every `repayctl plan`
/// (docs/performance.md).
struct PlannerInput {
  /// An obligation without its loan's id.
  struct Obligation {
    /// Its loan's rank.
    let rank: Int
    /// The due date, in days since 1970.
    let due: Int
    /// What it costs a day late, in billionths.
    let dailyRate: Int64
    /// What is unpaid of it, in minor units.
    let amount: Int64
    /// Overdue when the plan was made, or due before the plan's first month.
    let isOverdue: Bool
    /// Its place in a short month's order (see `claimPlaces`).
    var claimPlace = 0
  }

  /// The currency of every amount.
  let currency: Currency
  /// The planned loans, by id.
  let loans: [PlannedLoan]
  /// Every id, planned loans and obligations together, in order: a loan's rank is its index.
  let ids: [String]
  /// Each planned loan's rank.
  let loanRanks: [Int]
  /// The obligations by due date, then rank, then their order in the portfolio.
  let obligations: [Obligation]
  /// Each planned loan's minimum's place in a short month's order.
  let minimumPlaces: [Int]
  /// The planned loans in the order of their minimums' places.
  let loansByPlace: [Int]
  /// Each rank's penalty: its planned loan's, else its first obligation's, else none.
  let penalties: [Penalty]
  /// The first day of the plan's first month.
  let firstDay: LocalDate

  /// `portfolio` made ready for plans from `from`.
  init(_ portfolio: PlanPortfolio, from: CalendarMonth) {
    currency = portfolio.currency
    firstDay = from.firstDay
    loans = portfolio.loans.sorted { $0.id < $1.id }
    // A loan's obligations come one after another: only a new id is looked up.
    var distinct = Set(loans.map(\.id))
    var previous: String?
    for obligation in portfolio.obligations where obligation.loan != previous {
      distinct.insert(obligation.loan)
      previous = obligation.loan
    }
    ids = distinct.sorted()
    let rankOf = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
    loanRanks = loans.map { rankOf[$0.id] ?? 0 }
    // Each obligation's rank and due day, then their order; the obligations are made once, in
    // that order (a first array in the portfolio's order was 9,000 records only to be copied).
    var ranks: [Int] = []
    var dues: [Int] = []
    ranks.reserveCapacity(portfolio.obligations.count)
    dues.reserveCapacity(portfolio.obligations.count)
    var lastId: String?
    var lastRank = 0
    for obligation in portfolio.obligations {
      if obligation.loan != lastId {
        lastId = obligation.loan
        lastRank = rankOf[obligation.loan] ?? 0
      }
      ranks.append(lastRank)
      dues.append(obligation.due.daysSinceEpoch)
    }
    let order = ranks.indices.sorted { (dues[$0], ranks[$0], $0) < (dues[$1], ranks[$1], $1) }
    var penalties = [Penalty?](repeating: nil, count: ids.count)
    for (index, loan) in loans.enumerated() { penalties[loanRanks[index]] = loan.penalty }
    for index in order where penalties[ranks[index]] == nil {
      penalties[ranks[index]] = portfolio.obligations[index].penalty
    }
    self.penalties = penalties.map {
      $0 ?? Penalty(dailyRate: Rate(billionths: 0), fee: Money(minorUnits: 0, currency: portfolio.currency))
    }
    let firstDay = firstDay
    var sorted = order.map { index in
      let obligation = portfolio.obligations[index]
      return Obligation(
        rank: ranks[index], due: dues[index], dailyRate: obligation.penalty.dailyRate.billionths,
        amount: obligation.amount, isOverdue: obligation.isOverdue || obligation.due < firstDay)
    }
    let minimumPlaces = Self.placeClaims(&sorted, loans: loans, loanRanks: loanRanks, rankCount: ids.count)
    self.obligations = sorted
    self.minimumPlaces = minimumPlaces
    loansByPlace = loans.indices.sorted { minimumPlaces[$0] < minimumPlaces[$1] }
  }

  /// Gives each obligation (in `obligations`' order, by due date) and each planned loan's
  /// minimum its place in a short month's order, returning the minimums' places. Within a tier
  /// (docs/planner.md, step 5) a short month pays the highest daily rate first, then by rank,
  /// then by due date, a loan's minimum after its obligations (as if due last), and alike
  /// amounts in the order they were added: obligations by due date, minimums by rank. Counted
  /// into place by (rate, rank) group, as the obligations are by due date already.
  private static func placeClaims(
    _ obligations: inout [Obligation], loans: [PlannedLoan], loanRanks: [Int], rankCount: Int
  ) -> [Int] {
    // The (daily rate, rank) groups; nearly always one per rank, so a short list each.
    var groupsOfRank = [[(rate: Int64, group: Int)]](repeating: [], count: rankCount)
    var groups: [(rate: Int64, rank: Int)] = []
    func group(rate: Int64, rank: Int) -> Int {
      if let found = groupsOfRank[rank].first(where: { $0.rate == rate }) { return found.group }
      groups.append((rate, rank))
      groupsOfRank[rank].append((rate, groups.count - 1))
      return groups.count - 1
    }
    let obligationGroups = obligations.map { group(rate: $0.dailyRate, rank: $0.rank) }
    let loanGroups = loans.indices.map {
      group(rate: loans[$0].penalty.dailyRate.billionths, rank: loanRanks[$0])
    }
    let groupOrder = groups.indices.sorted { a, b in
      groups[a].rate != groups[b].rate ? groups[a].rate > groups[b].rate : groups[a].rank < groups[b].rank
    }
    var groupPlace = [Int](repeating: 0, count: groups.count)
    for (place, group) in groupOrder.enumerated() { groupPlace[group] = place }
    // Each group's first place, then its obligations' places, then its minimums'.
    var sizes = [Int](repeating: 0, count: groups.count + 1)
    for group in obligationGroups + loanGroups { sizes[groupPlace[group] + 1] += 1 }
    for place in groups.indices { sizes[place + 1] += sizes[place] }
    var next = sizes
    for index in obligations.indices {
      let place = groupPlace[obligationGroups[index]]
      obligations[index].claimPlace = next[place]
      next[place] += 1
    }
    return loanGroups.map { group in
      let place = groupPlace[group]
      defer { next[place] += 1 }
      return next[place]
    }
  }
}
