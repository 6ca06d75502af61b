/// What one `org.freedesktop.Notifications.Notify` call sends: the arguments of the
/// freedesktop notification specification, with the `urgency` hint.
public struct NotificationRequest: Hashable, Sendable {
  /// The sending application's name, e.g. `repayd`.
  public var appName: String
  /// The id of a notification of this application to replace in place, 0 for a new one.
  public var replacesID: UInt32
  /// An icon name from the freedesktop icon naming specification, e.g. `dialog-warning`.
  public var icon: String
  /// A single line: what happened.
  public var summary: String
  /// The details; markup only if the server lists `body-markup` and the text was escaped for it.
  public var body: String
  /// The buttons, in order; the server shows them only if it lists `actions`.
  public var actions: [NotificationAction]
  /// The `urgency` hint: 0 low, 1 normal, 2 critical.
  public var urgency: UInt8
  /// Milliseconds until the server closes it; -1 the server's default, 0 never.
  public var expireTimeout: Int32

  /// A request with these arguments.
  public init(
    appName: String, replacesID: UInt32, icon: String, summary: String, body: String,
    actions: [NotificationAction], urgency: UInt8, expireTimeout: Int32
  ) {
    self.appName = appName
    self.replacesID = replacesID
    self.icon = icon
    self.summary = summary
    self.body = body
    self.actions = actions
    self.urgency = urgency
    self.expireTimeout = expireTimeout
  }
}
