extension Control {
  /// The parameters of a `DeletePayment` call, which undoes a payment.
  public struct DeletePaymentRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.DeletePayment"
    /// The reply.
    public typealias Reply = Control.DeletePaymentReply

    /// The id.
    public var id: Int64
    /// Why it is withdrawn; absent when no reason is given.
    public var note: String?

    /// A value with these fields.
    public init(id: Int64, note: String? = nil) {
      self.id = id
      self.note = note
    }
  }

  /// The reply of `DeletePayment`.
  public struct DeletePaymentReply: Codable, Hashable, Sendable {
    /// The payment as it now stands, withdrawn.
    public var payment: Control.Payment

    /// A value with these fields.
    public init(payment: Control.Payment) {
      self.payment = payment
    }
  }
}
