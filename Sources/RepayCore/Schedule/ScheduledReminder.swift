/// One firing of a free-standing `[[reminder]]`.
public struct ScheduledReminder: Hashable, Sendable {
  /// The reminder's id.
  public var id: String
  /// The firing instant, microseconds since 1970, after quiet hours.
  public var instant: Int64
  /// The instant the calendar expression gives, before quiet hours: the firing's identity
  /// (`NoticeKeys`), which a change of the quiet hours leaves as it was.
  public var nominal: Int64
  /// The message.
  public var message: String

  /// A firing at `instant`, which quiet hours moved from `nominal` (by default, none did).
  public init(id: String, instant: Int64, nominal: Int64? = nil, message: String) {
    self.id = id
    self.instant = instant
    self.nominal = nominal ?? instant
    self.message = message
  }
}
