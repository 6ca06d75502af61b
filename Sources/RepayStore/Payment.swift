import RepayCore

/// A payment the person recorded against one occurrence of a loan (`repayctl pay`), or the part
/// of one that its excess carried to a later occurrence. A withdrawn payment (`repayctl unpay`)
/// stays, for the history, and counts for nothing.
public struct Payment: Hashable, Sendable {
  /// The id the store gave it, never reused after a deletion: `repayctl unpay ID` names it.
  public var id: Int64
  /// The loan's id.
  public var loan: String
  /// The effective due date of the occurrence it pays (towards).
  public var occurrence: LocalDate
  /// The amount, exact in minor units.
  public var amount: Money
  /// The date the person paid.
  public var paidOn: LocalDate
  /// The person's note, if any.
  public var note: String?
  /// When it was recorded, microseconds since 1970 UTC.
  public var recordedAt: Int64
  /// When it was withdrawn, microseconds since 1970 UTC; nil while it counts.
  public var withdrawnAt: Int64?
  /// Why it was withdrawn, if a reason was given.
  public var withdrawnNote: String?
  /// The id of the payment whose excess this part carries; nil for a payment as it was made.
  public var partOf: Int64?

  /// A payment as stored.
  public init(
    id: Int64, loan: String, occurrence: LocalDate, amount: Money, paidOn: LocalDate, note: String?,
    recordedAt: Int64, withdrawnAt: Int64? = nil, withdrawnNote: String? = nil, partOf: Int64? = nil
  ) {
    self.id = id
    self.loan = loan
    self.occurrence = occurrence
    self.amount = amount
    self.paidOn = paidOn
    self.note = note
    self.recordedAt = recordedAt
    self.withdrawnAt = withdrawnAt
    self.withdrawnNote = withdrawnNote
    self.partOf = partOf
  }
}
