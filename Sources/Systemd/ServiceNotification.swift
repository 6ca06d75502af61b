/// A state change told to the service manager (the `sd_notify` protocol of a `Type=notify`
/// unit).
public enum ServiceNotification: Hashable, Sendable {
  /// `READY=1`: start-up is complete; systemd considers the unit started.
  case ready
  /// `STATUS=TEXT`: one line that `systemctl status` shows.
  case status(String)
  /// `RELOADING=1` with `MONOTONIC_USEC=N`: a reload began at CLOCK_MONOTONIC reading `N`
  /// microseconds (systemd 253+ requires the reading; 252 ignores it). `ready` ends the reload.
  case reloading(monotonicMicroseconds: UInt64)
  /// `STOPPING=1`: shutdown began.
  case stopping
  /// `WATCHDOG=1`: the keep-alive ping, due within the interval of
  /// `ServiceNotifier.watchdogInterval()`.
  case watchdog

  /// The message as sent: newline-separated `NAME=value` assignments.
  ///
  /// A newline in a status text would end its assignment and start a bogus one, so each line
  /// break in it becomes a space.
  public var message: String {
    switch self {
    case .ready: "READY=1"
    case .status(let text):
      "STATUS=" + String(text.map { $0.isNewline ? " " : $0 })
    case .reloading(let microseconds): "RELOADING=1\nMONOTONIC_USEC=\(microseconds)"
    case .stopping: "STOPPING=1"
    case .watchdog: "WATCHDOG=1"
    }
  }
}
