/// One firing of a free-standing `[[reminder]]`.
public struct ScheduledReminder: Hashable, Sendable {
  /// The reminder's id.
  public var id: String
  /// The firing instant, microseconds since 1970, after quiet hours.
  public var instant: Int64
  /// The message.
  public var message: String

  /// A firing.
  public init(id: String, instant: Int64, message: String) {
    self.id = id
    self.instant = instant
    self.message = message
  }
}
