extension Control {
  /// The parameters of a `GetStatus` call, which answers with the daemon's version, uptime, configuration and last reload, the next
  /// notice, and what is overdue.
  public struct GetStatusRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.GetStatus"
    /// The reply.
    public typealias Reply = Control.GetStatusReply

    /// A call without parameters.
    public init() {}
  }

  /// The reply of `GetStatus`.
  public struct GetStatusReply: Codable, Hashable, Sendable {
    /// repayd's version.
    public var version: String
    /// When the daemon started.
    public var startedAt: String
    /// Seconds since the start.
    public var uptimeSeconds: Int
    /// The configuration in force.
    public var configuration: Control.Configuration
    /// Absent until the first reload.
    public var lastReload: Control.ReloadResult?
    /// The next notice; absent when it does not apply.
    public var nextReminder: Control.NextReminder?
    /// How many unsettled occurrences are past their due date.
    public var overdueCount: Int
    /// What they still ask for, per currency.
    public var overdueTotal: [Control.Amount]
    /// The unsettled occurrences due in the next 7 days.
    public var dueSoon: Control.DueSoon?
    /// This month of the plan in force; absent when none is.
    public var plan: Control.PlanProgress?
    /// True when the daemon's executable file was replaced or removed since it started (an
    /// upgrade): it runs the old version until restarted; nil otherwise.
    public var upgraded: Bool?

    /// A value with these fields.
    public init(
      version: String, startedAt: String, uptimeSeconds: Int, configuration: Control.Configuration,
      lastReload: Control.ReloadResult? = nil, nextReminder: Control.NextReminder? = nil, overdueCount: Int,
      overdueTotal: [Control.Amount], dueSoon: Control.DueSoon? = nil, plan: Control.PlanProgress? = nil,
      upgraded: Bool? = nil
    ) {
      self.version = version
      self.startedAt = startedAt
      self.uptimeSeconds = uptimeSeconds
      self.configuration = configuration
      self.lastReload = lastReload
      self.nextReminder = nextReminder
      self.overdueCount = overdueCount
      self.overdueTotal = overdueTotal
      self.dueSoon = dueSoon
      self.plan = plan
      self.upgraded = upgraded
    }

    private enum CodingKeys: String, CodingKey {
      case version
      case startedAt = "started_at"
      case uptimeSeconds = "uptime_seconds"
      case configuration
      case lastReload = "last_reload"
      case nextReminder = "next_reminder"
      case overdueCount = "overdue_count"
      case overdueTotal = "overdue_total"
      case dueSoon = "due_soon"
      case plan
      case upgraded
    }
  }
}
