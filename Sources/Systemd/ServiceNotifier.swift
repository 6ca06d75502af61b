/// Tells the service manager about the daemon's state through `sd_notify`, and reads the
/// watchdog interval it asked for.
///
/// Safe to use when the process was not started by systemd: with `NOTIFY_SOCKET` unset every
/// notification is a no-op that reports `false`, not an error. libsystemd reads the variable at
/// each call and leaves it set, so a notifier can be made once and used for the process's life.
public struct ServiceNotifier: Sendable {
  /// A notifier; it holds no resource.
  public init() {}

  /// Sends `notification`. True when it was sent, false when there is no `NOTIFY_SOCKET` to send
  /// it to; throws when the socket is set but sending failed (e.g. nobody listens there).
  @discardableResult
  public func notify(_ notification: ServiceNotification) throws(SystemdCallError) -> Bool {
    try LibSystemd.notify(notification.message)
  }

  /// The keep-alive interval systemd asked for (`WatchdogSec=`, passed as `WATCHDOG_USEC`, and
  /// for this process when `WATCHDOG_PID` is unset or this process's id); nil when none was.
  /// The caller pings at a fraction of it (half, by systemd's advice). Throws when
  /// `WATCHDOG_USEC` or `WATCHDOG_PID` is set but not a valid number.
  public func watchdogInterval() throws(SystemdCallError) -> Duration? {
    guard let microseconds = try LibSystemd.watchdogEnabled() else { return nil }
    return .microseconds(Int64(clamping: microseconds))
  }
}
