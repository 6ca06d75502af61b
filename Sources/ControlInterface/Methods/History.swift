extension Control {
  /// The parameters of a `History` call, which answers with the payments, notes, deliveries, snoozes and agreements, oldest first.
  public struct HistoryRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.History"
    /// The reply.
    public typealias Reply = Control.HistoryReply

    /// The loan's id; absent when it does not apply.
    public var loan: String?
    /// The first date, `YYYY-MM-DD`; absent when it does not apply.
    public var since: String?

    /// A value with these fields.
    public init(loan: String? = nil, since: String? = nil) {
      self.loan = loan
      self.since = since
    }
  }

  /// The reply of `History`.
  public struct HistoryReply: Codable, Hashable, Sendable {
    /// The entries, oldest first.
    public var entries: [Control.HistoryEntry]

    /// A value with these fields.
    public init(entries: [Control.HistoryEntry]) {
      self.entries = entries
    }
  }
}
