import ControlInterface
import RepayControl
import RepayCore
import RepayStore
import Testing

@testable import RepayDaemon

/// `GetDossier` against the fixture's household on 2026-12-15, on a real state database: each
/// field of the reply, worked out by hand.
struct ControlDeskDossierTests {
  @Test("GetDossier: the loan as GetLoan answers it, its terms, occurrences, payments, notes, deliveries")
  func dossier() throws {
    try withDesk { fixture in
      let payment = try fixture.pay("huabei", "2026-11-10", "250.00", at: "2026-11-10T03:00:00Z")
      let note = try fixture.store.addNote(
        loan: "huabei", at: ControlDeskFixture.instant("2026-12-14T01:00:00Z"), channel: .phone,
        reference: "A-1", followUp: ControlDeskFixture.date("2026-12-20"), text: "Called | asked for time")
      try fixture.store.record(
        DeliveryRecord(
          key: DeliveryKey(
            subject: .loan("huabei"), date: ControlDeskFixture.date("2026-12-10"), stage: .overdue,
            offsetSeconds: 86_400),
          plannedAt: ControlDeskFixture.instant("2026-12-13T01:00:00Z"),
          deliveredAt: ControlDeskFixture.instant("2026-12-13T01:00:01.5Z"), sinks: ["journal", "desktop"],
          outcome: .delivered))
      // Another loan's records stay out of this loan's dossier.
      try fixture.pay("jd", "2026-12-14", "100.00", at: "2026-12-14T03:00:00Z")
      let desk = fixture.desk()
      let reply = try desk.getDossier(Control.GetDossierRequest(loan: "huabei"))
      #expect(reply.generatedAt == "2026-12-15T02:00:00Z")
      #expect(reply.loan == (try desk.getLoan(Control.GetLoanRequest(id: "huabei"))))
      #expect(reply.loan.loan.nextDueOutstanding == "1250.00" && reply.loan.loan.daysOverdue == 64)
      #expect(reply.loan.loan.outstanding == "3500.00")
      #expect(
        reply.terms
          == Control.LoanTerms(dailyRate: "0.0005", fee: "10.00", firstDue: "2026-10-10", installments: 6))
      // Every occurrence from the first due date through today, then the next unsettled one.
      #expect(reply.occurrences.map(\.due) == ["2026-10-10", "2026-11-10", "2026-12-10", "2027-01-10"])
      #expect(reply.occurrences.map(\.status) == [.overdue, .overdue, .overdue, .upcoming])
      // ¥10.00 + 0.0005 × ¥1,000.00 × 33 = ¥26.50 on the partly paid #2.
      #expect(
        reply.occurrences[1]
          == Control.Occurrence(
            installment: 2, scheduled: "2026-11-10", due: "2026-11-10", amount: "1250.00", paid: "250.00",
            outstanding: "1000.00", currency: "CNY", status: .overdue, daysOverdue: 33, penalty: "26.50",
            penaltyPerDay: "0.50"))
      #expect(reply.occurrences == reply.loan.occurrences)
      #expect(
        reply.payments == [
          Control.Payment(
            id: payment.id, loan: "huabei", occurrence: "2026-11-10", amount: "250.00", currency: "CNY",
            date: "2026-11-10", recordedAt: "2026-11-10T03:00:00Z")
        ])
      #expect(
        reply.notes == [
          Control.Note(
            id: note.id, loan: "huabei", at: "2026-12-14T01:00:00Z", text: "Called | asked for time",
            channel: .phone, ref: "A-1", followUp: "2026-12-20")
        ])
      #expect(reply.agreements.isEmpty)
      #expect(
        reply.deliveries == [
          Control.DossierDelivery(
            stage: .overdue, occurrence: "2026-12-10", planned: "2026-12-13T01:00:00Z",
            delivered: "2026-12-13T01:00:01.500000Z", sinks: ["journal", "desktop"])
        ])
      #expect(reply.attachments.isEmpty)
    }
  }

  @Test("GetDossier: a loan of listed dates without penalty; an unknown loan")
  func edges() throws {
    try withDesk { fixture in
      let reply = try fixture.desk().getDossier(Control.GetDossierRequest(loan: "jd"))
      #expect(reply.terms == Control.LoanTerms(dailyRate: "0", fee: "0.00", firstDue: "2026-12-14"))
      #expect(reply.occurrences.map(\.status) == [.due, .upcoming])
      #expect(reply.payments.isEmpty && reply.notes.isEmpty && reply.deliveries.isEmpty)
      #expect(
        controlError { () throws(ControlError) in
          try fixture.desk().getDossier(Control.GetDossierRequest(loan: "nope"))
        } == .loanNotFound(loan: "nope"))
    }
  }
}
