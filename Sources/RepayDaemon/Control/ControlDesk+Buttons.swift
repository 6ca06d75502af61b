import ControlInterface
import RepayControl
import RepayCore
import RepayDelivery

/// What pressing a desktop notification's button comes to.
enum ButtonAnswer: Sendable {
  /// "Details": the notification of details to show.
  case details(Notice)
  /// "Paid" or "Snooze 1 day": what the call it stands for changed.
  case changed(ControlChange)
}

extension ControlDesk {
  /// The answer to `key` pressed on `occurrence`'s notification, through the same desk as the
  /// control socket's: "Paid" records a payment of what is outstanding on the occurrence,
  /// "Snooze 1 day" snoozes its loan for a day, "Details" is written by `writer`. Errors: those
  /// of `recordPayment`, `snooze` and `details(of:writer:)`.
  func press(_ key: DesktopActionKey, on occurrence: OccurrenceID, writer: NoticeWriter) throws(ControlError)
    -> ButtonAnswer
  {
    switch key {
    case .paid:
      let reply = try recordPayment(
        Control.RecordPaymentRequest(loan: occurrence.loan, occurrence: occurrence.due.description))
      return .changed(.payment(reply, at: self))
    case .snoozeOneDay:
      return .changed(
        .snooze(try snooze(Control.SnoozeRequest(loan: occurrence.loan, duration: "1d")), at: self))
    case .details:
      return .details(try details(of: occurrence, writer: writer))
    }
  }
}
