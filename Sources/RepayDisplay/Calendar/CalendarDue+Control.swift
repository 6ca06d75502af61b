import ControlInterface
import RepayCore

extension CalendarDue {
  /// An occurrence as the daemon lists it (`ListOccurrences`, with payments and agreements), on
  /// `today`, its loan's advance window being `advanceDays` days; nil for a superseded one, which
  /// is not due, and for one whose date or amounts cannot be read.
  public init?(_ listed: Control.CalendarOccurrence, today: LocalDate, advanceDays: Int) {
    let occurrence = listed.occurrence
    let status: InstalmentStanding.Status =
      switch occurrence.status {
      case .upcoming: .upcoming
      case .due: .due
      case .overdue: .overdue
      case .settled: .settled
      case .superseded: .superseded
      }
    guard let date = LocalDate(parsing: occurrence.due), let currency = Currency(code: occurrence.currency),
      let amount = try? Money(parsing: occurrence.amount, currency: currency),
      let outstanding = try? Money(parsing: occurrence.outstanding, currency: currency),
      let state = DueState(status: status, due: date, today: today, advanceDays: advanceDays)
    else { return nil }
    self.init(date: date, state: state, amount: amount, outstanding: outstanding)
  }
}
