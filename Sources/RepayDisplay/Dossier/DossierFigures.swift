import ControlInterface
import RepayCore

/// The figures at the top of a dossier, worked out from a `GetDossier` reply in whole minor
/// units: what is outstanding and for how long (as the daemon answered them), and the penalty
/// accrued so far and per day, summed over the overdue occurrences whose penalty no agreement
/// waived.
struct DossierFigures {
  /// What is due now: unpaid on the occurrences due so far (the loan's `outstanding`).
  let outstanding: Money?
  /// The days overdue of the oldest unpaid occurrence, 0 when none is overdue.
  let daysOverdue: Int
  /// The penalty accrued so far; nil when the reply's amounts cannot be read in its currency.
  let penalty: Money?
  /// What one more day adds to it.
  let penaltyPerDay: Money?

  /// The figures of `reply`.
  init(_ reply: Control.GetDossierReply) {
    let loan = reply.loan.loan
    let currency = Currency(code: loan.currency)
    func amount(_ text: String?) -> Money? {
      guard let text, let currency else { return nil }
      return try? Money(parsing: text, currency: currency)
    }
    func total(_ amounts: [String?]) -> Money? {
      guard let currency else { return nil }
      return amounts.reduce(Money(minorUnits: 0, currency: currency) as Money?) { sum, text in
        guard let sum else { return nil }
        guard let text else { return sum }
        return amount(text).flatMap(sum.adding)
      }
    }
    let accruing = reply.occurrences.filter { $0.status == .overdue && $0.penaltyWaived != true }
    outstanding = amount(loan.outstanding)
    daysOverdue = loan.daysOverdue
    penalty = total(accruing.map(\.penalty))
    penaltyPerDay = total(accruing.map(\.penaltyPerDay))
  }

  /// The outstanding amount with the penalty so far: what settling today would take.
  var owed: Money? { outstanding.flatMap { outstanding in penalty.flatMap(outstanding.adding) } }
}
