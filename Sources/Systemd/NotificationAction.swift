/// One button of a notification: the key the server sends back in `ActionInvoked` when it is
/// chosen, and the label it shows.
public struct NotificationAction: Hashable, Sendable {
  /// What `ActionInvoked` reports, e.g. `paid`.
  public var key: String
  /// What the person reads, e.g. `Paid`.
  public var label: String

  /// An action with this key and label.
  public init(key: String, label: String) {
    self.key = key
    self.label = label
  }
}
