import ControlInterface
import RepayControl
import RepayCore

/// A control call on its way to the state owner (`DaemonEvent.control`): the state owner makes a
/// desk, runs `answer` with it, and acts on what the call changed.
struct ControlCall: Sendable {
  /// Answers the client from `desk` and returns what the call changed; nil when it changed
  /// nothing.
  let answer: @Sendable (ControlDesk) -> ControlChange?
  /// Answers the client that the daemon stopped before the call was handled.
  let refuse: @Sendable () -> Void
}

/// What a control call changed, for the state owner to act on.
struct ControlChange: Sendable {
  /// What the clients following `Watch` are told.
  var event: Control.WatchEvent
  /// What the state owner plans again, when what is due changed; nil when nothing is.
  var replans: PlanScope?
  /// The occurrence a payment settled, whose `settled` notice is then delivered.
  var settled: OccurrenceID?
  /// The loan a snooze quieted, whose desktop notifications are then withdrawn.
  var quieted: String?

  /// A change with these parts.
  init(event: Control.WatchEvent, replans: PlanScope?, settled: OccurrenceID? = nil, quieted: String? = nil) {
    self.event = event
    self.replans = replans
    self.settled = settled
    self.quieted = quieted
  }

  /// The change a recorded payment makes, answered at `desk`'s instant: a plan of its loan, and when it
  /// settled its occurrence, that occurrence's `settled` notice.
  static func payment(_ reply: Control.RecordPaymentReply, at desk: ControlDesk) -> ControlChange {
    let settled =
      reply.occurrence.status == .settled
      ? LocalDate(parsing: reply.payment.occurrence).map { OccurrenceID(loan: reply.payment.loan, due: $0) }
      : nil
    return ControlChange(
      event: desk.event(.payment, reply.payment), replans: .loan(reply.payment.loan), settled: settled)
  }

  /// The change an agreement made or cancelled makes: a plan of its loan, whose occurrences
  /// changed, and the event `kind` for the clients following `Watch`.
  static func agreement(
    _ kind: Control.WatchEvent.Kind, _ agreement: Control.Agreement, at desk: ControlDesk
  ) -> ControlChange {
    ControlChange(
      event: Control.WatchEvent(kind: kind, at: desk.nowText, loan: agreement.loan, id: agreement.id),
      replans: .loan(agreement.loan))
  }

  /// The change a snooze makes: a plan of its loan, whose notices wait, and its loan's
  /// notifications withdrawn.
  static func snooze(_ reply: Control.SnoozeReply, at desk: ControlDesk) -> ControlChange {
    ControlChange(
      event: Control.WatchEvent(
        kind: .snooze, at: desk.nowText, loan: reply.snooze.loan, id: reply.snooze.id),
      replans: .loan(reply.snooze.loan), quieted: reply.snooze.loan)
  }
}
