/// The unpaid occurrences of a window of due dates with every stage instant of each: what
/// `RepaymentSchedule.occurrences(from:days:)` computes. The occurrences and their stages are
/// two flat lists of plain values; the loans they point at are the configuration's.
public struct ScheduleWindow: Sendable {
  /// The configuration's loans, which `ScheduledOccurrence.loan` indexes.
  public let loans: [Loan]
  /// The occurrences, ordered by due date, then loan id, then instalment.
  public let occurrences: [ScheduledOccurrence]
  /// Every occurrence's stage instants, one occurrence after another.
  public let stageInstants: [StageInstant]
  /// The agreements in force, per loan id, that made the occurrences (empty for the schedule of
  /// the configuration alone).
  public let agreements: [String: AgreedTerms]

  /// A window of these lists; each occurrence's `stages` lies within `stageInstants` and its
  /// `loan` within `loans`.
  public init(
    loans: [Loan], occurrences: [ScheduledOccurrence], stageInstants: [StageInstant],
    agreements: [String: AgreedTerms] = [:]
  ) {
    self.loans = loans
    self.occurrences = occurrences
    self.stageInstants = stageInstants
    self.agreements = agreements
  }

  /// What `occurrence` asks for, in minor units of its loan's currency: the loan's amount, as its
  /// agreements make it.
  public func asked(_ occurrence: ScheduledOccurrence) -> Int64 {
    let loan = loans[occurrence.loan]
    guard !agreements.isEmpty, let terms = agreements[loan.id] else { return loan.amount.minorUnits }
    return terms.asked(due: occurrence.due, scheduled: occurrence.isScheduled ? loan.amount.minorUnits : nil)
  }

  /// The loan `occurrence` belongs to.
  public func loan(of occurrence: ScheduledOccurrence) -> Loan { loans[occurrence.loan] }

  /// The stage instants of `occurrence`, in the order of `ReminderPolicy.precedes`.
  public func stages(of occurrence: ScheduledOccurrence) -> ArraySlice<StageInstant> {
    stageInstants[occurrence.stages]
  }
}
