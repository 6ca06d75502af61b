extension Control {
  /// The parameters of a `DeletePayment` call, which undoes a payment.
  public struct DeletePaymentRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.DeletePayment"
    /// The reply.
    public typealias Reply = Control.DeletePaymentReply

    /// The id.
    public var id: Int64

    /// A value with these fields.
    public init(id: Int64) {
      self.id = id
    }
  }

  /// The reply of `DeletePayment`.
  public struct DeletePaymentReply: Codable, Hashable, Sendable {
    /// The payment.
    public var payment: Control.Payment

    /// A value with these fields.
    public init(payment: Control.Payment) {
      self.payment = payment
    }
  }
}
