import ControlInterface
import RepayControl
import RepayCore
import RepayDelivery

extension Control.WatchEvent {
  /// The event that tells the clients following `Watch` that a notice was delivered.
  init(delivered outcome: DeliveryOutcome) {
    let key = outcome.key
    let loan = key.subject.loan
    self.init(
      kind: .delivery, at: InstantText.format(microseconds: outcome.delivered), loan: loan,
      occurrence: loan == nil ? nil : key.date.description, stage: key.stage)
  }
}
