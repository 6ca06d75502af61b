import ControlInterface
import RepayControl
import RepayCore
import Testing

@testable import RepayDaemon

/// `RecordPayment` and `DeletePayment` on 2026-12-15: the oldest unsettled rule, partial
/// payments, an occurrence named ahead, and every typed error.
struct ControlDeskPaymentsTests {
  private func pay(_ fixture: ControlDeskFixture, _ request: Control.RecordPaymentRequest)
    throws(ControlError)
    -> Control.RecordPaymentReply
  {
    try fixture.desk().recordPayment(request)
  }

  @Test("without amount or occurrence: the oldest unsettled instalment, in full, dated today")
  func payOldestInFull() throws {
    try withDesk { fixture in
      let reply = try pay(fixture, Control.RecordPaymentRequest(loan: "huabei", note: "paid in the app"))
      #expect(
        reply.payment
          == Control.Payment(
            id: 1, loan: "huabei", occurrence: "2026-10-10", amount: "1250.00", currency: "CNY",
            date: "2026-12-15",
            note: "paid in the app", recordedAt: "2026-12-15T02:00:00Z"))
      #expect(
        reply.occurrence
          == Control.Occurrence(
            installment: 1, scheduled: "2026-10-10", due: "2026-10-10", amount: "1250.00", paid: "1250.00",
            outstanding: "0.00", currency: "CNY", status: .settled))
      #expect(try fixture.desk().listLoans(Control.ListLoansRequest()).loans[0].nextDue == "2026-11-10")
    }
  }

  @Test("a partial payment leaves the rest due, and the next payment goes to the same instalment")
  func partialThenRest() throws {
    try withDesk { fixture in
      let partial = try pay(
        fixture, Control.RecordPaymentRequest(loan: "huabei", amount: "1000.5", date: "2026-12-01"))
      #expect(partial.payment.amount == "1000.50" && partial.payment.date == "2026-12-01")
      // ¥249.50 left on #1, 64 days overdue: ¥10.00 + 0.0005 × ¥249.50 × 64 = ¥17.984 → ¥17.98;
      // ¥0.12475 → ¥0.12 a day.
      #expect(
        partial.occurrence
          == Control.Occurrence(
            installment: 1, scheduled: "2026-10-10", due: "2026-10-10", amount: "1250.00", paid: "1000.50",
            outstanding: "249.50", currency: "CNY", status: .overdue, daysOverdue: 64, penalty: "17.98",
            penaltyPerDay: "0.12"))
      let rest = try pay(fixture, Control.RecordPaymentRequest(loan: "huabei"))
      #expect(
        rest.payment.occurrence == "2026-10-10" && rest.payment.amount == "249.50" && rest.payment.id == 2)
      #expect(rest.occurrence.status == .settled && rest.occurrence.paid == "1250.00")
      let next = try pay(fixture, Control.RecordPaymentRequest(loan: "huabei", amount: "1"))
      #expect(next.payment.occurrence == "2026-11-10" && next.occurrence.outstanding == "1249.00")
    }
  }

  @Test("a named occurrence, also one ahead; more than outstanding settles it and carries the rest")
  func namedOccurrence() throws {
    try withDesk { fixture in
      let ahead = try pay(fixture, Control.RecordPaymentRequest(loan: "huabei", occurrence: "2027-01-10"))
      #expect(ahead.payment.occurrence == "2027-01-10" && ahead.payment.amount == "1250.00")
      #expect(ahead.occurrence.installment == 4 && ahead.occurrence.status == .settled)
      let over = try pay(
        fixture, Control.RecordPaymentRequest(loan: "jd", amount: "500.00", occurrence: "2026-12-14"))
      #expect(over.payment.amount == "300.00" && over.occurrence.paid == "300.00")
      #expect(over.occurrence.status == .settled)
      #expect(over.carried?.map(\.occurrence) == ["2027-01-20"] && over.carried?.map(\.amount) == ["200.00"])
      #expect(over.carried?.map(\.partOf) == [over.payment.id] && over.credit == nil)
    }
  }

  @Test("OccurrenceNotFound: a date with no instalment, and nothing left to pay")
  func occurrenceNotFound() throws {
    try withDesk { fixture in
      #expect(
        controlError { () throws(ControlError) in
          try pay(fixture, Control.RecordPaymentRequest(loan: "huabei", occurrence: "2026-12-11"))
        } == .occurrenceNotFound(loan: "huabei", occurrence: "2026-12-11"))
      _ = try pay(fixture, Control.RecordPaymentRequest(loan: "jd"))
      let second = try pay(fixture, Control.RecordPaymentRequest(loan: "jd"))
      #expect(second.payment.occurrence == "2027-01-20" && second.occurrence.status == .settled)
      #expect(
        controlError { () throws(ControlError) in try pay(fixture, Control.RecordPaymentRequest(loan: "jd")) }
          == .occurrenceNotFound(loan: "jd", occurrence: nil))
      // Settled, and no amount: nothing to pay.
      #expect(
        controlError { () throws(ControlError) in
          try pay(fixture, Control.RecordPaymentRequest(loan: "jd", occurrence: "2026-12-14"))
        } == .invalidParameter(parameter: "amount", reason: .range))
    }
  }

  @Test(
    "InvalidParameter for amount, date and occurrence; LoanNotFound",
    arguments: [
      (
        Control.RecordPaymentRequest(loan: "huabei", amount: "0"), "amount",
        ControlError.InvalidParameterReason.range
      ),
      (Control.RecordPaymentRequest(loan: "huabei", amount: "-5.00"), "amount", .range),
      (Control.RecordPaymentRequest(loan: "huabei", amount: "99999999999999999999"), "amount", .range),
      (Control.RecordPaymentRequest(loan: "huabei", amount: "1.234"), "amount", .format),
      (Control.RecordPaymentRequest(loan: "huabei", amount: "12,50"), "amount", .format),
      (Control.RecordPaymentRequest(loan: "huabei", date: "2026-12-16"), "date", .range),
      (Control.RecordPaymentRequest(loan: "huabei", date: "15/12/2026"), "date", .format),
      (Control.RecordPaymentRequest(loan: "huabei", occurrence: "2026-02-30"), "occurrence", .format),
    ])
  func invalidParameters(
    request: Control.RecordPaymentRequest, parameter: String, reason: ControlError.InvalidParameterReason
  )
    throws
  {
    try withDesk { fixture in
      #expect(
        controlError { () throws(ControlError) in try pay(fixture, request) }
          == .invalidParameter(parameter: parameter, reason: reason))
      let payments = try fixture.store.payments()
      #expect(payments.isEmpty)
    }
  }

  @Test("LoanNotFound")
  func loanNotFound() throws {
    try withDesk { fixture in
      #expect(
        controlError { () throws(ControlError) in try pay(fixture, Control.RecordPaymentRequest(loan: "nope"))
        }
          == .loanNotFound(loan: "nope"))
    }
  }

  @Test("an over-payment goes to the next unsettled instalments in order, each part its own payment")
  func carried() throws {
    try withDesk { fixture in
      let paid = try pay(fixture, Control.RecordPaymentRequest(loan: "huabei", amount: "3000.00"))
      #expect(paid.payment.occurrence == "2026-10-10" && paid.payment.amount == "1250.00")
      let carried = try #require(paid.carried)
      #expect(carried.map(\.occurrence) == ["2026-11-10", "2026-12-10"])
      #expect(carried.map(\.amount) == ["1250.00", "500.00"])
      #expect(carried.allSatisfy { $0.partOf == paid.payment.id } && paid.credit == nil)
      let standing = try fixture.desk().listLoans(Control.ListLoansRequest()).loans[0]
      #expect(standing.outstanding == "750.00" && standing.nextDue == "2026-12-10")
    }
  }

  @Test("past the last instalment the rest stays on it, and the reply says it is a credit")
  func credit() throws {
    try withDesk { fixture in
      let paid = try pay(fixture, Control.RecordPaymentRequest(loan: "jd", amount: "700.00"))
      #expect(paid.payment.occurrence == "2026-12-14" && paid.payment.amount == "300.00")
      #expect(paid.carried?.map(\.occurrence) == ["2027-01-20"] && paid.carried?.map(\.amount) == ["400.00"])
      #expect(paid.credit == "100.00")
      let onLast = try pay(
        fixture, Control.RecordPaymentRequest(loan: "jd", amount: "50.00", occurrence: "2027-01-20"))
      #expect(onLast.payment.amount == "50.00" && onLast.carried == nil && onLast.credit == "50.00")
    }
  }

  @Test(
    "DeletePayment withdraws the payment, which stays with when and why; a second time PaymentNotFound; a NUL in a note is refused with nothing recorded"
  )
  func deletePayment() throws {
    try withDesk { fixture in
      #expect(
        controlError { () throws(ControlError) in
          try pay(fixture, Control.RecordPaymentRequest(loan: "huabei", amount: "100.00", note: "app\u{0}x"))
        } == .invalidParameter(parameter: "note", reason: .format))
      let paid = try pay(fixture, Control.RecordPaymentRequest(loan: "huabei", amount: "100.00"))
      #expect(paid.payment.id == 1)
      let desk = fixture.desk()
      #expect(
        controlError { () throws(ControlError) in
          try desk.deletePayment(Control.DeletePaymentRequest(id: paid.payment.id, note: "bou\u{0}nced"))
        } == .invalidParameter(parameter: "note", reason: .format))
      let deleted = try desk.deletePayment(Control.DeletePaymentRequest(id: paid.payment.id, note: "bounced"))
      var withdrawn = paid.payment
      withdrawn.withdrawnAt = "2026-12-15T02:00:00Z"
      withdrawn.withdrawnNote = "bounced"
      #expect(deleted.payment == withdrawn)
      let history = try desk.history(Control.HistoryRequest()).entries
      #expect(
        history.map(\.withdrawnAt) == ["2026-12-15T02:00:00Z"] && history.map(\.withdrawnNote) == ["bounced"])
      let loan = try desk.listLoans(Control.ListLoansRequest()).loans[0]
      #expect(loan.nextDueOutstanding == "1250.00" && loan.outstanding == "3750.00")
      #expect(
        controlError { () throws(ControlError) in
          try desk.deletePayment(Control.DeletePaymentRequest(id: paid.payment.id))
        }
          == .paymentNotFound(id: paid.payment.id))
    }
  }
}
