import ControlInterface
import RepayControl
import RepayCore
import Testing

@testable import RepayDaemon

/// `ListUpcoming` from 2026-12-15.
struct ControlDeskUpcomingTests {
  @Test("30 days: huabei's fourth instalment with its advance notice, and the reminder on 12-20")
  func thirtyDays() throws {
    try withDesk { fixture in
      let reply = try fixture.desk().listUpcoming(Control.ListUpcomingRequest())
      #expect(reply.from == "2026-12-15" && reply.days == 30)
      #expect(
        reply.occurrences == [
          // The advance notice: 2027-01-09 09:00 in Shanghai.
          Control.UpcomingOccurrence(
            loan: "huabei", name: "花呗", installment: 4, due: "2027-01-10", amount: "1250.00",
            outstanding: "1250.00", currency: "CNY", nextReminder: "2027-01-09T01:00:00Z")
        ])
      #expect(
        reply.reminders == [
          Control.UpcomingReminder(
            id: "credit-report", at: "2026-12-20T02:00:00Z", message: "Check your credit report")
        ])
    }
  }

  @Test("60 days: settled ones left out, partial ones with what is left, a snooze delays the next notice")
  func sixtyDays() throws {
    try withDesk { fixture in
      try fixture.pay("huabei", "2027-01-10", "1250.00", at: "2026-12-15T01:00:00Z")
      try fixture.pay("jd", "2027-01-20", "100.00", at: "2026-12-15T01:00:00Z")
      _ = try fixture.desk().snooze(Control.SnoozeRequest(loan: "jd", until: "2027-01-20"))
      let reply = try fixture.desk().listUpcoming(Control.ListUpcomingRequest(days: 60))
      #expect(
        reply.occurrences == [
          // The advance notice (2027-01-19T01:00:00Z) waits for the snooze's end.
          Control.UpcomingOccurrence(
            loan: "jd", name: "京东白条", installment: 2, due: "2027-01-20", amount: "300.00",
            outstanding: "200.00",
            currency: "CNY", nextReminder: "2027-01-19T16:00:00Z"),
          Control.UpcomingOccurrence(
            loan: "huabei", name: "花呗", installment: 5, due: "2027-02-10", amount: "1250.00",
            outstanding: "1250.00", currency: "CNY", nextReminder: "2027-02-09T01:00:00Z"),
        ])
    }
  }

  @Test("days out of range", arguments: [0, -1, 367])
  func errors(days: Int) throws {
    try withDesk { fixture in
      #expect(
        controlError { () throws(ControlError) in
          try fixture.desk().listUpcoming(Control.ListUpcomingRequest(days: days))
        }
          == .invalidParameter(parameter: "days", reason: .range))
    }
  }
}
