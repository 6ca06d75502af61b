import ControlInterface
import RepayControl
import RepayCore
import RepayStore

extension ControlDesk {
  /// The longest window `ListOccurrences` and `ExportCalendar` answer for, in days: ten years.
  static let maximumCalendarDays = 3660

  /// `ListOccurrences`: every occurrence whose effective due date lies in [`from`, `from +
  /// days`), settled and superseded ones included, agreed ones as their own, each as `GetLoan`
  /// lists it, by due date, then loan id. Errors: `InvalidParameter` `from` `format`, `days`
  /// `range` outside 1 to 3660; `StoreFailed`.
  func listOccurrences(_ request: Control.ListOccurrencesRequest) throws(ControlError)
    -> Control.ListOccurrencesReply
  {
    let window = try calendarWindow(from: request.from, days: request.days)
    let occurrences = try standings(from: window.from, days: window.days).map { loan, instalment in
      Control.CalendarOccurrence(
        loan: loan.id, name: loan.name, platform: loan.platform, occurrence: Control.Occurrence(instalment))
    }
    return Control.ListOccurrencesReply(timezone: configuration.zone.identifier, occurrences: occurrences)
  }

  /// The window a calendar call names: `from` (absent: today) and `days`; else `InvalidParameter`
  /// `from` `format`, `days` `range` outside 1 to 3660.
  func calendarWindow(from: String?, days: Int) throws(ControlError) -> (from: LocalDate, days: Int) {
    let start = try from.map { text throws(ControlError) in try date(text, parameter: "from") } ?? today
    guard (1...Self.maximumCalendarDays).contains(days) else {
      throw .invalidParameter(parameter: "days", reason: .range)
    }
    return (start, days)
  }

  /// Every configured loan's occurrences whose effective due date lies in [`from`, `from + days`)
  /// as they stand today under the agreements in force (`LoanStanding`), by due date, then loan
  /// id. Fails only with `StoreFailed`.
  func standings(from: LocalDate, days: Int) throws(ControlError) -> [(
    loan: Loan, instalment: InstalmentStanding
  )] {
    let paid = try paidPerLoan()
    let terms = try agreedTerms()
    let end = from.advanced(by: days)
    var found: [(loan: Loan, instalment: InstalmentStanding)] = []
    for loan in configuration.loans {
      let standing = standing(
        of: loan, paid: paid[loan.id] ?? [:], through: end.advanced(by: -1), terms: terms[loan.id] ?? .none)
      for instalment in standing.instalments where instalment.due >= from && instalment.due < end {
        found.append((loan, instalment))
      }
    }
    return found.sorted { ($0.instalment.due, $0.loan.id) < ($1.instalment.due, $1.loan.id) }
  }
}
