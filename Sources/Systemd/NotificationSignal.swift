/// What the notification server tells its clients, as `NotificationClient.subscribe` reports it.
public enum NotificationSignal: Hashable, Sendable {
  /// `ActionInvoked`: the action with `key` was chosen on the notification `id`.
  case actionInvoked(id: UInt32, key: String)
  /// `NotificationClosed`: the notification `id` is gone, for `reason`.
  case closed(id: UInt32, reason: NotificationCloseReason)
  /// The bus name `org.freedesktop.Notifications` changed hands (the server started, ended or
  /// was replaced): the ids of earlier notifications mean nothing to the new one.
  case serverChanged
}
