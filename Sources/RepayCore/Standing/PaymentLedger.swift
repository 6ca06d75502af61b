/// What is paid towards each occurrence of the loans: the one place of the rule that only a
/// payment in its loan's own currency counts. A payment in another currency is kept, listed and
/// can be withdrawn, but settles nothing, since amounts in two currencies do not add up. The
/// reminder planner and the control desk both ask it, so that a reminder and an answer never
/// disagree about what is paid. Fed the store's sums of the payments not withdrawn
/// (`OccurrencePaid`); pure.
public struct PaymentLedger: Sendable, Equatable {
  /// Each loan's currency by id (the first loan of an id): the currency whose payments count.
  private let currencies: [String: Currency]
  /// The minor units paid per occurrence, of the sums that count.
  public private(set) var byOccurrence: [OccurrenceID: Int64] = [:]

  /// A ledger of `loans` holding what of `sums` counts (`add(_:dueIn:)`).
  public init(loans: some Sequence<Loan>, sums: some Sequence<OccurrencePaid> = []) {
    currencies = Dictionary(loans.lazy.map { ($0.id, $0.amount.currency) }) { first, _ in first }
    add(sums)
  }

  /// Adds what of `sums` counts: a sum in its loan's currency (of a loan the ledger was made
  /// of) and, when `dates` is given, towards an occurrence due in `dates`.
  public mutating func add(_ sums: some Sequence<OccurrencePaid>, dueIn dates: Range<LocalDate>? = nil) {
    for sum in sums
    where currencies[sum.loan] == sum.paid.currency && dates.map({ $0.contains(sum.occurrence) }) ?? true {
      byOccurrence[OccurrenceID(loan: sum.loan, due: sum.occurrence), default: 0] += sum.paid.minorUnits
    }
  }

  /// Forgets what is paid towards the occurrences of the loan `id`, so that its sums can be
  /// added again after they changed.
  public mutating func removeAll(loan id: String) {
    byOccurrence = byOccurrence.filter { $0.key.loan != id }
  }

  /// The minor units paid towards `occurrence`; 0 when nothing counts.
  public func paid(towards occurrence: OccurrenceID) -> Int64 {
    byOccurrence[occurrence] ?? 0
  }

  /// Per loan id, the minor units paid per effective due date: what `LoanStanding` takes.
  public var perLoan: [String: [LocalDate: Int64]] {
    var perLoan: [String: [LocalDate: Int64]] = [:]
    for (occurrence, minorUnits) in byOccurrence {
      perLoan[occurrence.loan, default: [:]][occurrence.due] = minorUnits
    }
    return perLoan
  }
}
