import ControlInterface
import RepayControl
import RepayCore
import RepayStore
import Testing

@testable import RepayDaemon

/// `ListLoans` and `GetLoan` against the fixture's household on 2026-12-15, every figure worked
/// out by hand.
struct ControlDeskLoansTests {
  @Test(
    "ListLoans: next due, what is outstanding on it and its days overdue, what is due now, partial payments counted"
  )
  func listLoans() throws {
    try withDesk { fixture in
      try fixture.pay("huabei", "2026-10-10", "1250.00", at: "2026-10-10T03:00:00Z")
      try fixture.pay("huabei", "2026-11-10", "250.00", at: "2026-11-10T03:00:00Z")
      let reply = try fixture.desk().listLoans(Control.ListLoansRequest())
      #expect(
        reply.loans == [
          // #2 has ¥1,000.00 left and #3 ¥1,250.00; #2's grace ended 2026-11-12, 33 days ago.
          Control.LoanSummary(
            id: "huabei", name: "花呗", platform: "Alipay", currency: "CNY", amount: "1250.00",
            nextDue: "2026-11-10", outstanding: "2250.00", daysOverdue: 33, nextDueOutstanding: "1000.00"),
          // Due yesterday, within its 3 grace days.
          Control.LoanSummary(
            id: "jd", name: "京东白条", platform: "JD", currency: "CNY", amount: "300.00", nextDue: "2026-12-14",
            outstanding: "300.00", daysOverdue: 0, nextDueOutstanding: "300.00"),
        ])
    }
  }

  @Test("GetLoan: contact, grace, snooze, instalments with penalties, and the records")
  func getLoan() throws {
    try withDesk { fixture in
      let payment = try fixture.pay("huabei", "2026-11-10", "250.00", at: "2026-11-10T03:00:00Z")
      let note = try fixture.store.addNote(
        loan: "huabei", at: ControlDeskFixture.instant("2026-12-14T01:00:00Z"), channel: .phone,
        reference: "A-1",
        followUp: ControlDeskFixture.date("2026-12-20"), text: "Called")
      try fixture.store.record(
        DeliveryRecord(
          key: DeliveryKey(
            subject: .loan("huabei"), date: ControlDeskFixture.date("2026-12-10"), stage: .overdue,
            offsetSeconds: 86_400),
          plannedAt: ControlDeskFixture.instant("2026-12-13T01:00:00Z"),
          deliveredAt: ControlDeskFixture.instant("2026-12-13T01:00:01.5Z"), sinks: ["journal"],
          outcome: .delivered))
      let snooze = try fixture.store.snooze(
        loan: "huabei", until: ControlDeskFixture.instant("2026-12-16T00:00:00Z"),
        createdAt: ControlDeskFixture.instant("2026-12-15T01:00:00Z"))
      let reply = try fixture.desk().getLoan(Control.GetLoanRequest(id: "huabei"))
      #expect(reply.loan.nextDue == "2026-10-10" && reply.loan.nextDueOutstanding == "1250.00")
      #expect(reply.loan.outstanding == "3500.00")
      // 2026-10-12 to 2026-12-15: 19 + 30 + 15 days.
      #expect(reply.loan.daysOverdue == 64)
      #expect(reply.contact == LoanContact(phone: "95188"))
      #expect(reply.graceDays == 2)
      #expect(reply.snoozedUntil == "2026-12-16T00:00:00Z")
      #expect(
        reply.occurrences == [
          // ¥10.00 + 0.0005 × ¥1,250.00 × 64 = ¥50.00; ¥0.625 → ¥0.63 a day.
          Control.Occurrence(
            installment: 1, scheduled: "2026-10-10", due: "2026-10-10", amount: "1250.00", paid: "0.00",
            outstanding: "1250.00", currency: "CNY", status: .overdue, daysOverdue: 64, penalty: "50.00",
            penaltyPerDay: "0.63"),
          // ¥10.00 + 0.0005 × ¥1,000.00 × 33 = ¥26.50.
          Control.Occurrence(
            installment: 2, scheduled: "2026-11-10", due: "2026-11-10", amount: "1250.00", paid: "250.00",
            outstanding: "1000.00", currency: "CNY", status: .overdue, daysOverdue: 33, penalty: "26.50",
            penaltyPerDay: "0.50"),
          // ¥10.00 + 0.0005 × ¥1,250.00 × 3 = ¥11.875 → ¥11.88.
          Control.Occurrence(
            installment: 3, scheduled: "2026-12-10", due: "2026-12-10", amount: "1250.00", paid: "0.00",
            outstanding: "1250.00", currency: "CNY", status: .overdue, daysOverdue: 3, penalty: "11.88",
            penaltyPerDay: "0.63"),
          Control.Occurrence(
            installment: 4, scheduled: "2027-01-10", due: "2027-01-10", amount: "1250.00", paid: "0.00",
            outstanding: "1250.00", currency: "CNY", status: .upcoming),
        ])
      #expect(
        reply.payments == [
          Control.Payment(
            id: payment.id, loan: "huabei", occurrence: "2026-11-10", amount: "250.00", currency: "CNY",
            date: "2026-11-10", recordedAt: "2026-11-10T03:00:00Z")
        ])
      #expect(
        reply.notes == [
          Control.Note(
            id: note.id, loan: "huabei", at: "2026-12-14T01:00:00Z", text: "Called", channel: .phone,
            ref: "A-1", followUp: "2026-12-20")
        ])
      #expect(
        reply.deliveries == [
          Control.Delivery(
            id: 1, loan: "huabei", occurrence: "2026-12-10", stage: .overdue, offset: "1d",
            plannedAt: "2026-12-13T01:00:00Z", deliveredAt: "2026-12-13T01:00:01.500000Z")
        ])
      #expect(
        reply.snoozes == [
          Control.SnoozePeriod(
            id: snooze.id, loan: "huabei", until: "2026-12-16T00:00:00Z", createdAt: "2026-12-15T01:00:00Z")
        ])
    }
  }

  @Test("GetLoan: a loan without contact or records; an unknown loan")
  func getLoanEdges() throws {
    try withDesk { fixture in
      let reply = try fixture.desk().getLoan(Control.GetLoanRequest(id: "jd"))
      #expect(reply.contact == nil && reply.snoozedUntil == nil && reply.graceDays == 3)
      #expect(reply.occurrences.map(\.status) == [.due, .upcoming])
      #expect(
        reply.payments.isEmpty && reply.notes.isEmpty && reply.deliveries.isEmpty && reply.snoozes.isEmpty)
      #expect(
        controlError { () throws(ControlError) in
          try fixture.desk().getLoan(Control.GetLoanRequest(id: "nope"))
        }
          == .loanNotFound(loan: "nope"))
    }
  }
}
