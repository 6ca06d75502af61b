import RepayCore

extension Control {
  /// The parameters of a `GetLoan` call, which answers with one loan and everything known about it.
  public struct GetLoanRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.GetLoan"
    /// The reply.
    public typealias Reply = Control.GetLoanReply

    /// The id.
    public var id: String

    /// A value with these fields.
    public init(id: String) {
      self.id = id
    }
  }

  /// The reply of `GetLoan`.
  public struct GetLoanReply: Codable, Hashable, Sendable {
    /// The loan at a glance.
    public var loan: Control.LoanSummary
    /// Where to reach the lender; absent when it does not apply.
    public var contact: LoanContact?
    /// Days after the due date before it counts as overdue.
    public var graceDays: Int
    /// When the snooze in force ends; absent when it does not apply.
    public var snoozedUntil: String?
    /// Its occurrences, oldest first.
    public var occurrences: [Control.Occurrence]
    /// The payments, oldest first.
    public var payments: [Control.Payment]
    /// The notes, oldest first.
    public var notes: [Control.Note]
    /// The delivered notices, oldest first.
    public var deliveries: [Control.Delivery]
    /// The snoozes, oldest first.
    public var snoozes: [Control.SnoozePeriod]
    /// The agreements with the platform, oldest first.
    public var agreements: [Control.Agreement]

    /// A value with these fields.
    public init(
      loan: Control.LoanSummary, contact: LoanContact? = nil, graceDays: Int, snoozedUntil: String? = nil,
      occurrences: [Control.Occurrence], payments: [Control.Payment], notes: [Control.Note],
      deliveries: [Control.Delivery], snoozes: [Control.SnoozePeriod], agreements: [Control.Agreement] = []
    ) {
      self.loan = loan
      self.contact = contact
      self.graceDays = graceDays
      self.snoozedUntil = snoozedUntil
      self.occurrences = occurrences
      self.payments = payments
      self.notes = notes
      self.deliveries = deliveries
      self.snoozes = snoozes
      self.agreements = agreements
    }

    private enum CodingKeys: String, CodingKey {
      case loan
      case contact
      case graceDays = "grace_days"
      case snoozedUntil = "snoozed_until"
      case occurrences
      case payments
      case notes
      case deliveries
      case snoozes
      case agreements
    }
  }
}
