import ControlInterface
import RepayControl
import RepayCore
import RepayStore

extension ControlDesk {
  /// `RecordPayment`: records a payment on the instalment effectively due on `occurrence`, or
  /// else on the oldest unsettled one, and answers it with the instalment as it stands after it.
  ///
  /// Without an amount it pays what is outstanding on the instalment; an amount larger than that
  /// is recorded as given (the person paid it), and the instalment is settled. The date defaults
  /// to today. Errors: `LoanNotFound`; `OccurrenceNotFound` for a date with no unpaid instalment
  /// (one that `paid_through` covers included), or, without a date, when nothing is left to pay;
  /// `InvalidParameter`: `amount` `format` (not a decimal, or more decimals than the currency has)
  /// or `range` (zero, negative, too large, or nothing outstanding when no amount is given),
  /// `date` or `occurrence` `format`, `date` `range` (after today); `StoreFailed`.
  func recordPayment(_ request: Control.RecordPaymentRequest) throws(ControlError)
    -> Control.RecordPaymentReply
  {
    let loan = try loan(request.loan)
    let currency = loan.amount.currency
    let given = try request.amount.map { text throws(ControlError) in
      try money(text, in: currency, parameter: "amount")
    }
    let paidOn =
      try request.date.map { text throws(ControlError) in try date(text, parameter: "date") } ?? today
    guard paidOn <= today else { throw .invalidParameter(parameter: "date", reason: .range) }
    let named = try request.occurrence.map { text throws(ControlError) in
      try date(text, parameter: "occurrence")
    }
    let before = try standing(of: loan, through: named)
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
    let payment = try stored { () throws(StoreError) in
      try store.recordPayment(
        loan: loan.id, occurrence: instalment.due, amount: paying, paidOn: paidOn, note: request.note,
        recordedAt: now)
    }
    let after = InstalmentStanding(
      loan: loan, installment: instalment.installment, scheduled: instalment.scheduled, due: instalment.due,
      paid: instalment.paid.adding(paying)?.minorUnits ?? .max, today: today, terms: before.terms)
    return Control.RecordPaymentReply(
      payment: Control.Payment(payment), occurrence: Control.Occurrence(after))
  }

  /// `DeletePayment`: removes the payment and answers it as it was, whatever loan it was for
  /// (also one no longer configured). Errors: `PaymentNotFound`, `StoreFailed`.
  func deletePayment(_ request: Control.DeletePaymentRequest) throws(ControlError)
    -> Control.DeletePaymentReply
  {
    guard let payment = try stored({ () throws(StoreError) in try store.deletePayment(id: request.id) })
    else {
      throw .paymentNotFound(id: request.id)
    }
    return Control.DeletePaymentReply(payment: Control.Payment(payment))
  }

}
