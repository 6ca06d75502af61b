import RepayControl
import RepayCore

extension ControlDesk {
  /// `GetStatus`: the version, since when repayd runs, the configuration in force and the last
  /// reload, the next notice, and the instalments overdue (past their due date and grace days,
  /// as the notices count them) with what they still ask for per currency, in the order the
  /// currencies first appear among the loans.
  func getStatus(_ request: Control.GetStatusRequest) throws(ControlError) -> Control.GetStatusReply {
    var overdueCount = 0
    var totals: [(currency: Currency, minorUnits: Int64)] = []
    // One read of the payments for all loans, not one per loan.
    let paid = try paidPerLoan()
    for loan in configuration.loans {
      for instalment in standing(of: loan, paid: paid[loan.id] ?? [:]).instalments
      where instalment.status == .overdue {
        overdueCount += 1
        if let index = totals.firstIndex(where: { $0.currency == instalment.outstanding.currency }) {
          totals[index].minorUnits += instalment.outstanding.minorUnits
        } else {
          totals.append((instalment.outstanding.currency, instalment.outstanding.minorUnits))
        }
      }
    }
    return Control.GetStatusReply(
      version: RepayVersion.current, startedAt: InstantText.format(microseconds: status.startedAt),
      uptimeSeconds: Int((now - status.startedAt) / 1_000_000), configuration: status.configurationRecord,
      lastReload: status.lastReload, nextReminder: next, overdueCount: overdueCount,
      overdueTotal: totals.map {
        Control.Amount(
          amount: Money(minorUnits: $0.minorUnits, currency: $0.currency).decimalText,
          currency: $0.currency.code)
      })
  }
}
