/// Why a notification was closed, as the `NotificationClosed` signal says.
public enum NotificationCloseReason: UInt32, Hashable, Sendable {
  /// It expired.
  case expired = 1
  /// The person dismissed it.
  case dismissed = 2
  /// A `CloseNotification` call closed it.
  case closedByCall = 3
  /// The server did not say (also any value the specification does not define).
  case undefined = 4
}
