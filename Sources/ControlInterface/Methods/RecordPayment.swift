extension Control {
  /// The parameters of a `RecordPayment` call, which records a payment on the given occurrence, or the oldest unsettled one: without
  /// an amount, what is outstanding on it; a partial payment leaves the rest due; the date defaults to today.
  public struct RecordPaymentRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.RecordPayment"
    /// The reply.
    public typealias Reply = Control.RecordPaymentReply

    /// The loan's id.
    public var loan: String
    /// The amount, a decimal string in major units; absent when it does not apply.
    public var amount: String?
    /// The occurrence's due date, `YYYY-MM-DD`; absent when it does not apply.
    public var occurrence: String?
    /// The date, `YYYY-MM-DD`; absent when it does not apply.
    public var date: String?
    /// The note; absent when it does not apply.
    public var note: String?

    /// A value with these fields.
    public init(
      loan: String, amount: String? = nil, occurrence: String? = nil, date: String? = nil, note: String? = nil
    ) {
      self.loan = loan
      self.amount = amount
      self.occurrence = occurrence
      self.date = date
      self.note = note
    }
  }

  /// The reply of `RecordPayment`.
  public struct RecordPaymentReply: Codable, Hashable, Sendable {
    /// The payment.
    public var payment: Control.Payment
    /// The occurrence paid on, as it stands after the payment.
    public var occurrence: Control.Occurrence
    /// Where an amount beyond what the occurrence owed went: one payment per later occurrence, in
    /// order, each `partOf` the first; absent when nothing was carried.
    public var carried: [Control.Payment]?
    /// What is left after the last occurrence of a loan that has one, recorded on that
    /// occurrence beyond what it asks: a credit with the platform. Absent when there is none.
    public var credit: String?

    /// A value with these fields.
    public init(
      payment: Control.Payment, occurrence: Control.Occurrence, carried: [Control.Payment]? = nil,
      credit: String? = nil
    ) {
      self.payment = payment
      self.occurrence = occurrence
      self.carried = carried
      self.credit = credit
    }
  }
}
