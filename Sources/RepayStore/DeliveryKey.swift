import RepayCore

/// What makes one delivery unique, and so what de-duplication is keyed on: a stage of a loan's
/// occurrence at one offset. The advance and overdue stages have several offsets per occurrence
/// (`7d`, `3d`, `1d`), each delivered once.
public struct DeliveryKey: Hashable, Sendable {
  /// The loan's id (for a free-standing reminder's delivery, the reminder's id).
  public var loan: String
  /// The occurrence's effective due date (after the business-day rule), as in
  /// `REPAY_OCCURRENCE`.
  public var occurrence: LocalDate
  /// The stage.
  public var stage: Stage
  /// The offset from the due date in seconds, as the configuration wrote it (`7d` is 604800);
  /// 0 for the due stage and stages without an offset.
  public var offsetSeconds: Int64

  /// A key.
  public init(loan: String, occurrence: LocalDate, stage: Stage, offsetSeconds: Int64) {
    self.loan = loan
    self.occurrence = occurrence
    self.stage = stage
    self.offsetSeconds = offsetSeconds
  }
}
