import ControlInterface
import Logging
import RepayControl
import RepayCore
import RepayDelivery

extension ControlCall {
  /// The call a desktop button stands for, through the same desk as the control socket's:
  /// "Paid" records a payment of what is outstanding on the notification's occurrence, "Snooze
  /// 1 day" snoozes its loan for a day; nil for "Details" (which the state owner answers with a
  /// notification of details, `ControlDesk.details(of:writer:)`) and for a closed notification,
  /// which change nothing. There is no client to answer: a refusal is logged.
  static func desktop(_ action: DesktopAction, logger: Logger) -> ControlCall? {
    guard case .invoked(let key) = action.event else { return nil }
    let occurrence = action.occurrence
    let failed: @Sendable (ControlError) -> Void = { error in
      logger.warning(
        "the desktop's \(key.rawValue) for \(occurrence.loan) \(occurrence.due) failed: \(error.name)")
    }
    let refuse: @Sendable () -> Void = {
      logger.warning("the desktop's \(key.rawValue) for \(occurrence.loan) came as repayd stopped")
    }
    switch key {
    case .paid:
      return ControlCall(
        answer: { desk in
          do throws(ControlError) {
            let reply = try desk.recordPayment(
              Control.RecordPaymentRequest(loan: occurrence.loan, occurrence: occurrence.due.description))
            return .payment(reply, at: desk)
          } catch {
            failed(error)
            return nil
          }
        }, refuse: refuse)
    case .snoozeOneDay:
      return ControlCall(
        answer: { desk in
          do throws(ControlError) {
            return .snooze(
              try desk.snooze(Control.SnoozeRequest(loan: occurrence.loan, duration: "1d")), at: desk)
          } catch {
            failed(error)
            return nil
          }
        }, refuse: refuse)
    case .details:
      return nil
    }
  }
}
