import RepayCore
import Systemd

/// What a person did with the desktop notification of an occurrence, for the daemon to turn into
/// an event: chose one of its buttons, or closed it (or the server did).
public struct DesktopAction: Hashable, Sendable {
  /// What happened to the notification.
  public enum Event: Hashable, Sendable {
    /// The button with this key was chosen.
    case invoked(DesktopActionKey)
    /// The notification is gone: dismissed, expired, or closed by a call.
    case closed(NotificationCloseReason)
  }

  /// The occurrence the notification was about.
  public var occurrence: OccurrenceID
  /// What happened.
  public var event: Event

  /// An action on `occurrence`'s notification.
  public init(occurrence: OccurrenceID, event: Event) {
    self.occurrence = occurrence
    self.event = event
  }
}
