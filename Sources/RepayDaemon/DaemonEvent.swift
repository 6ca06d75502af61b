import RepayDelivery

/// What the daemon's state owner handles, one at a time, in the order it happened.
enum DaemonEvent: Sendable {
  /// The timer's deadline passed.
  case wake
  /// The realtime clock was set (or the test-only trigger said so): plan again.
  case clockChanged
  /// The system's zone file changed (the configuration's zone is the system's).
  case zoneChanged
  /// SIGHUP: read the configuration again, and use it if it is valid.
  case reload
  /// Time to tell systemd's watchdog that the state owner is alive.
  case watchdog
  /// The delivery queue is done with a batch: record it.
  case delivered([DeliveryOutcome])
  /// A graceful shutdown began (SIGTERM): finish the deliveries in flight, then stop.
  case shutdown
  /// The delivery queue has ended after its last batch.
  case deliveriesFinished
  /// A call on the control socket, to answer from the state.
  case control(ControlCall)
  /// `Reload` on the control socket: read the configuration again, as SIGHUP does, and answer.
  case reloadAsked(@Sendable (ReloadOutcome) -> Void)
  /// A button pressed on a desktop notification, or the notification closed.
  case desktopAction(DesktopAction)
  /// No reply to a control call was written for `ControlSocketService.quietAfterCalls` after the
  /// last one: what the calls freed goes back to the system.
  case callsQuieted
}

extension DaemonEvent {
  /// Whether handling it may change what `GetStatus` says, so that the state owner takes the
  /// posted status down first (`StatusBoard`). Not a call: one that changes something takes it
  /// down itself, before its reply (`DaemonControl`), and the others, `GetStatus` among them,
  /// must leave it up, or a crowd of clients polling the status would keep taking it down for
  /// one another. Not the watchdog's ping either, nor a delivery's report: recording what was
  /// delivered changes no part of a status (the notice left the plan when it came due, a wake-up),
  /// nor giving freed memory back.
  var mayChangeStatus: Bool {
    switch self {
    case .control, .watchdog, .delivered, .callsQuieted: false
    default: true
    }
  }
}
