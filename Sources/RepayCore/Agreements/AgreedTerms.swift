/// What a loan's agreements in force make of its occurrences, by effective due date: which of
/// the schedule's occurrences are superseded, which agreed ones are due when and for how much,
/// and whose penalty is waived. The daemon's plan, the loan's standing and every reply read a
/// loan's occurrences through this, so that all agree. Pure.
///
/// Everything is keyed by the effective due date, as payments and deliveries are. Agreements
/// apply in the order they were made: a later one may supersede an earlier one's occurrences.
/// An agreed occurrence that falls on the date of an occurrence of the schedule that is not
/// superseded joins it: the date asks for both amounts, and a payment on it counts for both.
public struct AgreedTerms: Hashable, Sendable {
  /// An agreed occurrence: what it asks for, in minor units, and the agreement that asks.
  public struct Agreed: Hashable, Sendable {
    /// The amount, minor units of the loan's currency.
    public var amount: Int64
    /// The agreement's id (the latest, when several ask on one date).
    public var agreement: Int64
  }

  /// Superseded effective due dates, each with the agreement that superseded it.
  public private(set) var superseded: [LocalDate: Int64] = [:]
  /// Agreed occurrences by effective due date.
  public private(set) var agreed: [LocalDate: Agreed] = [:]
  /// Agreed occurrences that a later agreement superseded, by effective due date: listed for the
  /// record, never due.
  public private(set) var replaced: [LocalDate: Agreed] = [:]
  /// Effective due dates whose penalty a waiver forgives, each with the waiver's id.
  public private(set) var waived: [LocalDate: Int64] = [:]
  /// The latest agreement in force that asks for occurrences (an extension or instalments); nil
  /// when none is.
  public private(set) var latest: LoanAgreement?

  /// No agreement: the schedule as it is.
  public static let none = AgreedTerms()

  private init() {}

  /// The terms of `agreements` (those of one loan; the cancelled ones are left out) for `loan`,
  /// its business-day rule applied to agreed dates over `holidays`.
  public init(_ agreements: some Sequence<LoanAgreement>, loan: Loan, holidays: HolidayCalendar) {
    for agreement in agreements.filter(\.isInForce).sorted(by: {
      ($0.createdAt, $0.id) < ($1.createdAt, $1.id)
    }) {
      if agreement.kind == .waiver {
        for date in agreement.supersedes { waived[date] = agreement.id }
        continue
      }
      latest = agreement
      for date in agreement.supersedes {
        superseded[date] = agreement.id
        if let earlier = agreed.removeValue(forKey: date) { replaced[date] = earlier }
      }
      for instalment in agreement.occurrences {
        let due = loan.businessDay.effectiveDate(of: instalment.due, in: holidays)
        agreed[due] = Agreed(
          amount: (agreed[due]?.amount ?? 0) + instalment.amount.minorUnits, agreement: agreement.id)
      }
    }
  }

  /// The terms of each of `loans` that `agreements` (of any loans) change, by loan id; a loan
  /// without an agreement in force is absent. Agreements of loans not among `loans` are kept
  /// aside, not lost: they apply again when their loan comes back.
  public static func perLoan(_ agreements: [LoanAgreement], loans: [Loan], holidays: HolidayCalendar)
    -> [String: AgreedTerms]
  {
    let inForce = Dictionary(grouping: agreements.filter(\.isInForce), by: \.loan)
    guard !inForce.isEmpty else { return [:] }
    var terms: [String: AgreedTerms] = [:]
    for loan in loans {
      guard let own = inForce[loan.id] else { continue }
      terms[loan.id] = AgreedTerms(own, loan: loan, holidays: holidays)
    }
    return terms
  }

  /// What the date `due` asks for, in minor units: `scheduled` (the schedule's amount, when it
  /// has an occurrence on that date) unless superseded, plus what agreements ask on it.
  public func asked(due: LocalDate, scheduled: Int64?) -> Int64 {
    let own = superseded[due] == nil ? scheduled ?? 0 : 0
    return own + (agreed[due]?.amount ?? 0)
  }

  /// Whether the occurrence on `due` (the schedule's, or an earlier agreement's) is replaced,
  /// with nothing agreed on that date: listed for the record, never due.
  public func isSuperseded(_ due: LocalDate) -> Bool { superseded[due] != nil && agreed[due] == nil }

  /// The agreed due dates, oldest first.
  public var agreedDates: [LocalDate] { agreed.keys.sorted() }

  /// The dates of every agreed occurrence, superseded ones included, oldest first: what a loan's
  /// record lists besides its schedule.
  public var listedDates: [LocalDate] { Set(agreed.keys).union(replaced.keys).sorted() }
}
