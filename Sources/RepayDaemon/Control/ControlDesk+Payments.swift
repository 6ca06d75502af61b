import ControlInterface
import RepayControl
import RepayCore
import RepayStore

extension ControlDesk {
  /// `RecordPayment`: records a payment on the instalment effectively due on `occurrence`, or
  /// else on the oldest unsettled one, and answers it with the instalment as it stands after it.
  ///
  /// Without an amount it pays what is outstanding on the instalment. An amount larger than
  /// that is never taken silently: the excess goes to the loan's next unsettled instalments in
  /// order, one payment per instalment `partOf` the first (the reply's `carried`); past the last
  /// instalment of a loan that has one, the rest stays on that last instalment, and the reply's
  /// `credit` says how much. The date defaults to today. Errors: `LoanNotFound`;
  /// `OccurrenceNotFound` for a date with no unpaid instalment (one that `paid_through` covers
  /// included), or, without a date, when nothing is left to pay; `InvalidParameter`: `amount`
  /// `format` (not a decimal, or more decimals than the currency has) or `range` (zero,
  /// negative, too large, or nothing outstanding when no amount is given), `date` or
  /// `occurrence` `format`, `date` `range` (after today), `note` `format` (a NUL); `StoreFailed`.
  func recordPayment(_ request: Control.RecordPaymentRequest) throws(ControlError)
    -> Control.RecordPaymentReply
  {
    let loan = try loan(request.loan)
    try refuseNUL(["note": request.note])
    let currency = loan.amount.currency
    let given = try request.amount.map { text throws(ControlError) in
      try amount(text, in: currency, parameter: "amount")
    }
    let paidOn =
      try request.date.map { text throws(ControlError) in try date(text, parameter: "date") } ?? today
    guard paidOn <= today else { throw .invalidParameter(parameter: "date", reason: .range) }
    let named = try request.occurrence.map { text throws(ControlError) in
      try date(text, parameter: "occurrence")
    }
    var paid = try paid(of: loan)
    let agreed = try terms(of: loan)
    let before = standing(of: loan, paid: paid, through: named, terms: agreed)
    let instalment: InstalmentStanding
    if let named {
      guard let found = before.instalment(due: named) else {
        throw .occurrenceNotFound(loan: loan.id, occurrence: named.description)
      }
      instalment = found
    } else {
      guard let oldest = before.oldestUnsettled else {
        throw .occurrenceNotFound(loan: loan.id, occurrence: nil)
      }
      instalment = oldest
    }
    let paying = given ?? instalment.outstanding
    guard paying.minorUnits > 0 else { throw .invalidParameter(parameter: "amount", reason: .range) }
    var parts = [
      (occurrence: instalment.due, amount: min(paying.minorUnits, instalment.outstanding.minorUnits))
    ]
    var excess = paying.minorUnits - parts[0].amount
    paid[instalment.due, default: 0] += parts[0].amount
    var credit: Int64 = 0
    while excess > 0 {
      let last = parts[parts.count - 1].occurrence
      let standing = standing(of: loan, paid: paid, through: last, terms: agreed)
      guard let next = standing.instalments.first(where: { $0.due > last && $0.isOpen }) else {
        // Nothing later is left to pay: the rest is a credit on the loan's last instalment.
        credit = excess
        let final = standing.instalments.last?.due ?? last
        if final == last { parts[parts.count - 1].amount += excess } else { parts.append((final, excess)) }
        break
      }
      let share = min(excess, next.outstanding.minorUnits)
      parts.append((next.due, share))
      paid[next.due, default: 0] += share
      excess -= share
    }
    // An instalment named though settled takes nothing: the payment is the first part that does.
    parts.removeAll { $0.amount == 0 }
    let first = parts[0]
    let recorded = try stored { () throws(StoreError) in
      try store.recordPayment(
        loan: loan.id, occurrence: first.occurrence,
        amount: Money(minorUnits: first.amount, currency: currency),
        paidOn: paidOn, note: request.note, recordedAt: now,
        carried: parts.dropFirst().map { ($0.occurrence, Money(minorUnits: $0.amount, currency: currency)) })
    }
    let after = standing(of: loan, paid: paid, through: first.occurrence, terms: agreed).instalment(
      due: first.occurrence)
    return Control.RecordPaymentReply(
      payment: Control.Payment(recorded.payment), occurrence: Control.Occurrence(after ?? instalment),
      carried: recorded.carried.isEmpty ? nil : recorded.carried.map(Control.Payment.init),
      credit: credit > 0 ? Money(minorUnits: credit, currency: currency).decimalText : nil)
  }

  /// `DeletePayment`: withdraws the payment, with the parts it carried to later instalments,
  /// whatever loan it was for (also one no longer configured), and answers it as it now stands:
  /// it stays in the history with `withdrawn_at` and `withdrawn_note`, and counts for nothing.
  /// Errors: `InvalidParameter` `note` `format` (a NUL); `PaymentNotFound` when no payment has the id, and also when it was withdrawn before
  /// (a withdrawal is neither repeated nor undone: no payment in force has the id);
  /// `StoreFailed`.
  func deletePayment(_ request: Control.DeletePaymentRequest) throws(ControlError)
    -> Control.DeletePaymentReply
  {
    try refuseNUL(["note": request.note])
    let withdrawal = try stored { () throws(StoreError) in
      try store.withdrawPayment(id: request.id, at: now, note: request.note)
    }
    guard case .withdrawn(let payment) = withdrawal else { throw .paymentNotFound(id: request.id) }
    return Control.DeletePaymentReply(payment: Control.Payment(payment))
  }
}
