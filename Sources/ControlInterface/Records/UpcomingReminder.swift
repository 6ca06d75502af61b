extension Control {
  /// A free-standing reminder in the coming days.
  public struct UpcomingReminder: Codable, Hashable, Sendable {
    /// The id.
    public var id: String
    /// The instant, RFC 3339 UTC.
    public var at: String
    /// The message.
    public var message: String

    /// A value with these fields.
    public init(id: String, at: String, message: String) {
      self.id = id
      self.at = at
      self.message = message
    }
  }
}
