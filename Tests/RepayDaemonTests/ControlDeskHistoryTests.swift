import ControlInterface
import RepayControl
import RepayCore
import RepayStore
import Testing

@testable import RepayDaemon

/// `History`: every kind of entry with only its fields, oldest first, by loan and since a date.
struct ControlDeskHistoryTests {
  /// Records of both loans, at instants around the start of 2026-12-15 in Shanghai
  /// (2026-12-14T16:00:00Z), one of them a free-standing reminder's delivery.
  private func fill(_ fixture: ControlDeskFixture) throws {
    let store = fixture.store
    func at(_ text: String) -> Int64 { ControlDeskFixture.instant(text) }
    try store.record(
      DeliveryRecord(
        key: DeliveryKey(
          subject: .loan("huabei"), date: ControlDeskFixture.date("2026-12-10"), stage: .due, offsetSeconds: 0
        ),
        plannedAt: at("2026-12-10T01:00:00Z"), deliveredAt: at("2026-12-10T01:00:00Z"), sinks: ["journal"],
        outcome: .delivered))
    try store.record(
      DeliveryRecord(
        key: DeliveryKey(
          subject: .reminder("credit-report"), date: ControlDeskFixture.date("2026-12-14"), stage: .reminder,
          offsetSeconds: 36_000),
        plannedAt: at("2026-12-14T02:00:00Z"), deliveredAt: at("2026-12-14T02:00:00Z"), sinks: ["journal"],
        outcome: .delivered))
    _ = try store.snooze(
      loan: "huabei", until: at("2026-12-15T00:00:00Z"), createdAt: at("2026-12-14T15:59:59Z"))
    try fixture.pay("huabei", "2026-12-10", "1250.00", at: "2026-12-14T16:00:00Z")
    _ = try store.addNote(
      loan: "jd", at: at("2026-12-14T17:00:00Z"), channel: nil, reference: nil, followUp: nil,
      text: "Asked JD")
    let yuan = Currency(code: "CNY")!
    _ = try store.addAgreement(
      LoanAgreement(
        id: 0, loan: "huabei", kind: .extension, createdAt: at("2026-12-14T17:00:00Z"),
        note: "pay by 2026-12-31",
        reference: "R-7", total: Money(minorUnits: 125_000, currency: yuan),
        supersedes: [ControlDeskFixture.date("2027-01-10")],
        occurrences: [
          AgreedInstalment(
            due: ControlDeskFixture.date("2026-12-31"), amount: Money(minorUnits: 125_000, currency: yuan))
        ]))
    _ = try store.addNote(
      loan: "huabei", at: at("2026-12-14T17:00:00Z"), channel: .chat, reference: "X", followUp: nil,
      text: "Chat")
  }

  @Test("all loans, oldest first; at one instant payment, note, delivery, snooze, agreement order")
  func everything() throws {
    try withDesk { fixture in
      try fill(fixture)
      let entries = try fixture.desk().history(Control.HistoryRequest()).entries
      #expect(
        entries == [
          Control.HistoryEntry(
            kind: .delivery, id: 1, loan: "huabei", occurrence: "2026-12-10", at: "2026-12-10T01:00:00Z",
            stage: .due),
          Control.HistoryEntry(
            kind: .snooze, id: 1, loan: "huabei", at: "2026-12-14T15:59:59Z", until: "2026-12-15T00:00:00Z"),
          Control.HistoryEntry(
            kind: .payment, id: 1, loan: "huabei", occurrence: "2026-12-10", at: "2026-12-14T16:00:00Z",
            amount: "1250.00", currency: "CNY"),
          Control.HistoryEntry(kind: .note, id: 1, loan: "jd", at: "2026-12-14T17:00:00Z", note: "Asked JD"),
          Control.HistoryEntry(
            kind: .note, id: 2, loan: "huabei", at: "2026-12-14T17:00:00Z", note: "Chat", channel: .chat,
            ref: "X"),
          Control.HistoryEntry(
            kind: .agreement, id: 1, loan: "huabei", at: "2026-12-14T17:00:00Z", amount: "1250.00",
            currency: "CNY", note: "pay by 2026-12-31", ref: "R-7", state: .active),
        ])
    }
  }

  @Test("by loan, and since the start of a local day in the zone")
  func filters() throws {
    try withDesk { fixture in
      try fill(fixture)
      let desk = fixture.desk()
      let huabei = try desk.history(Control.HistoryRequest(loan: "huabei", since: "2026-12-15")).entries
      #expect(huabei.map(\.kind) == [.payment, .note, .agreement])
      #expect(huabei.allSatisfy { $0.loan == "huabei" })
      let jd = try desk.history(Control.HistoryRequest(loan: "jd")).entries
      #expect(jd.map(\.id) == [1] && jd.map(\.kind) == [.note])
      #expect(try desk.history(Control.HistoryRequest(since: "2026-12-16")).entries.isEmpty)
      #expect(try desk.history(Control.HistoryRequest(since: "2026-12-14")).entries.count == 5)
    }
  }

  @Test("errors: an unknown loan, a date not in form")
  func errors() throws {
    try withDesk { fixture in
      let desk = fixture.desk()
      #expect(
        controlError { () throws(ControlError) in try desk.history(Control.HistoryRequest(loan: "nope")) }
          == .loanNotFound(loan: "nope"))
      #expect(
        controlError { () throws(ControlError) in try desk.history(Control.HistoryRequest(since: "2026-12")) }
          == .invalidParameter(parameter: "since", reason: .format))
    }
  }
}
