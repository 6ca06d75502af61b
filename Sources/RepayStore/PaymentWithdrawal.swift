/// What `StateStore.withdrawPayment(id:at:note:)` found.
public enum PaymentWithdrawal: Hashable, Sendable {
  /// The payment, now withdrawn (with the parts it carried).
  case withdrawn(Payment)
  /// No payment has the id.
  case notFound
  /// The payment was withdrawn before, as it stands: a withdrawal is not undone or repeated.
  case alreadyWithdrawn(Payment)
}
