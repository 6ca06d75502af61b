import ControlInterface
import RepayConfig
import RepayControl
import RepayCore

extension ControlDesk {
  /// `GetStatus`: the version, since when repayd runs, the configuration in force and the last
  /// reload, the next notice, and the instalments overdue (past their due date and grace days,
  /// as the notices count them) with what they still ask for per currency, in the order the
  /// currencies first appear among the loans; what is due in the next 7 days (`dueSoon`); and
  /// how this month keeps to the plan in force (`planProgress`). The configuration's warnings
  /// include, for today, holiday calendars that end before the due dates they should move.
  func getStatus(_ request: Control.GetStatusRequest) throws(ControlError) -> Control.GetStatusReply {
    // One read of the payments for all loans, not one per loan.
    let paid = try paidPerLoan()
    let terms = try agreedTerms()
    let overdue = configuration.loans.flatMap { loan in
      standing(of: loan, paid: paid[loan.id] ?? [:], terms: terms[loan.id] ?? .none).instalments.filter {
        $0.status == .overdue
      }
    }
    var configurationRecord = status.configurationRecord
    configurationRecord.warnings += HolidayCoverage.warnings(configuration, today: today, language: language)
      .map(
        Control.Diagnostic.init)
    return Control.GetStatusReply(
      version: RepayVersion.current, startedAt: InstantText.format(microseconds: status.startedAt),
      uptimeSeconds: Self.uptimeSeconds(since: status.startedAt, at: now),
      configuration: configurationRecord,
      lastReload: status.lastReload, nextReminder: next, overdueCount: overdue.count,
      overdueTotal: Self.totals(overdue.map(\.outstanding)),
      dueSoon: dueSoon(of: unsettled(days: Self.dueSoonDays, paid: paid, terms: terms).occurrences),
      plan: try planProgress())
  }

  /// Whole seconds from `startedAt` to `now` (both microseconds since 1970): a status's uptime.
  static func uptimeSeconds(since startedAt: Int64, at now: Int64) -> Int {
    Int((now - startedAt) / 1_000_000)
  }

  /// The instants over which the reply of `getStatus` stays as it is but for its uptime: from
  /// now to the next notice (which changes the next reminder) or the start of tomorrow (which
  /// may make an instalment overdue), whichever comes first. The state owner's other changes
  /// (a payment, a snooze, a reload) take the status down when they happen (`StatusBoard`).
  var statusHolds: Range<Int64> {
    let tomorrow =
      configuration.zone.startOfDay(LocalDate(daysSinceEpoch: today.daysSinceEpoch + 1)) * 1_000_000
    return now..<max(now, min(wake, tomorrow))
  }
}
