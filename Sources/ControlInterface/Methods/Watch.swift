import RepayCore

extension Control {
  /// The parameters of a `Watch` call, which follows what happens, one reply per event, while the call lasts (call it with
  /// `more`); the first reply, `watching`, says that every later event will be reported.
  public struct WatchRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.Watch"
    /// The reply.
    public typealias Reply = Control.WatchEvent

    /// A call without parameters.
    public init() {}
  }

  /// The reply of `Watch`.
  public struct WatchEvent: Codable, Hashable, Sendable {
    /// What happened.
    public var kind: Control.WatchEvent.Kind
    /// The instant, RFC 3339 UTC.
    public var at: String
    /// The loan's id; absent when it does not apply.
    public var loan: String?
    /// The occurrence's due date, `YYYY-MM-DD`; absent when it does not apply.
    public var occurrence: String?
    /// The stage; absent when it does not apply.
    public var stage: Stage?
    /// The amount, a decimal string in major units; absent when it does not apply.
    public var amount: String?
    /// The currency, ISO 4217 (`CNY`); absent when it does not apply.
    public var currency: String?
    /// The payment, note or snooze concerned.
    public var id: Int64?

    /// A value with these fields.
    public init(
      kind: Control.WatchEvent.Kind, at: String, loan: String? = nil, occurrence: String? = nil,
      stage: Stage? = nil, amount: String? = nil, currency: String? = nil, id: Int64? = nil
    ) {
      self.kind = kind
      self.at = at
      self.loan = loan
      self.occurrence = occurrence
      self.stage = stage
      self.amount = amount
      self.currency = currency
      self.id = id
    }
  }
}

extension Control.WatchEvent {
  /// What happened.
  public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
    /// The first reply: the watch is in place, and every later event will be reported.
    case watching
    /// A notice was delivered.
    case delivery
    /// A payment was recorded.
    case payment
    /// A payment was undone.
    case paymentDeleted = "payment_deleted"
    /// A loan was snoozed.
    case snooze
    /// A snooze was ended.
    case unsnooze
    /// A note was written.
    case note
    /// The configuration was read again (successfully or not).
    case reload
    /// An agreement was recorded.
    case agreement
    /// An agreement was cancelled.
    case agreementCancelled = "agreement_cancelled"
    /// A repayment plan was adopted.
    case plan
  }
}
