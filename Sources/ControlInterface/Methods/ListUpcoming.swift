extension Control {
  /// The parameters of a `ListUpcoming` call, which answers with what falls due from today through the given number of days (default
  /// 30).
  public struct ListUpcomingRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.ListUpcoming"
    /// The reply.
    public typealias Reply = Control.ListUpcomingReply

    /// How many days; absent when it does not apply.
    public var days: Int?

    /// A value with these fields.
    public init(days: Int? = nil) {
      self.days = days
    }
  }

  /// The reply of `ListUpcoming`.
  public struct ListUpcomingReply: Codable, Hashable, Sendable {
    /// The first day, `YYYY-MM-DD`.
    public var from: String
    /// How many days.
    public var days: Int
    /// The occurrences due in the window, soonest first.
    public var occurrences: [Control.UpcomingOccurrence]
    /// The free-standing reminders in the window, soonest first.
    public var reminders: [Control.UpcomingReminder]
    /// The unsettled occurrences due in the next 7 days, whatever the window.
    public var dueSoon: Control.DueSoon?
    /// This month of the plan in force; absent when none is.
    public var plan: Control.PlanProgress?

    /// A value with these fields.
    public init(
      from: String, days: Int, occurrences: [Control.UpcomingOccurrence],
      reminders: [Control.UpcomingReminder], dueSoon: Control.DueSoon? = nil,
      plan: Control.PlanProgress? = nil
    ) {
      self.from = from
      self.days = days
      self.occurrences = occurrences
      self.reminders = reminders
      self.dueSoon = dueSoon
      self.plan = plan
    }

    private enum CodingKeys: String, CodingKey {
      case from
      case days
      case occurrences
      case reminders
      case dueSoon = "due_soon"
      case plan
    }
  }
}
