import ControlInterface
import RepayControl
import RepayCore
import Testing

@testable import RepayDaemon

/// `Snooze` and `Unsnooze` at 2026-12-15T02:00:00Z (10:00 in Shanghai).
struct ControlDeskSnoozesTests {
  @Test("by duration: now plus 1d12h; by date: the start of that day in Shanghai; a new one replaces")
  func snoozeByDurationAndDate() throws {
    try withDesk { fixture in
      let desk = fixture.desk()
      let first = try desk.snooze(Control.SnoozeRequest(loan: "huabei", duration: "1d12h"))
      #expect(
        first.snooze
          == Control.SnoozePeriod(
            id: 1, loan: "huabei", until: "2026-12-16T14:00:00Z", createdAt: "2026-12-15T02:00:00Z"))
      let second = try fixture.desk(at: ControlDeskFixture.instant("2026-12-15T03:00:00Z")).snooze(
        Control.SnoozeRequest(loan: "huabei", until: "2026-12-20"))
      #expect(
        second.snooze
          == Control.SnoozePeriod(
            id: 2, loan: "huabei", until: "2026-12-19T16:00:00Z", createdAt: "2026-12-15T03:00:00Z"))
      let snoozes = try fixture.desk().getLoan(Control.GetLoanRequest(id: "huabei")).snoozes
      #expect(snoozes.map(\.endedAt) == ["2026-12-15T03:00:00Z", nil])
    }
  }

  @Test(
    "InvalidParameter: both, neither, not in form, zero, too long, a day already begun",
    arguments: [
      (
        Control.SnoozeRequest(loan: "huabei", duration: "3d", until: "2026-12-20"), "until",
        ControlError.InvalidParameterReason.conflict
      ),
      (Control.SnoozeRequest(loan: "huabei"), "duration", .missing),
      (Control.SnoozeRequest(loan: "huabei", duration: "3x"), "duration", .format),
      (Control.SnoozeRequest(loan: "huabei", duration: ""), "duration", .format),
      (Control.SnoozeRequest(loan: "huabei", duration: "0d"), "duration", .range),
      (Control.SnoozeRequest(loan: "huabei", duration: "99999999999999999999d"), "duration", .range),
      (Control.SnoozeRequest(loan: "huabei", duration: "100000000000d"), "duration", .range),
      (Control.SnoozeRequest(loan: "huabei", until: "2026-12-15"), "until", .range),
      (Control.SnoozeRequest(loan: "huabei", until: "tomorrow"), "until", .format),
    ])
  func invalid(request: Control.SnoozeRequest, parameter: String, reason: ControlError.InvalidParameterReason)
    throws
  {
    try withDesk { fixture in
      #expect(
        controlError { () throws(ControlError) in try fixture.desk().snooze(request) }
          == .invalidParameter(parameter: parameter, reason: reason))
    }
  }

  @Test("Unsnooze ends the snooze in force now, and answers nothing when none is")
  func unsnooze() throws {
    try withDesk { fixture in
      _ = try fixture.desk().snooze(Control.SnoozeRequest(loan: "jd", duration: "3d"))
      let later = fixture.desk(at: ControlDeskFixture.instant("2026-12-16T00:00:00.25Z"))
      #expect(
        try later.unsnooze(Control.UnsnoozeRequest(loan: "jd")).snooze
          == Control.SnoozePeriod(
            id: 1, loan: "jd", until: "2026-12-18T02:00:00Z", createdAt: "2026-12-15T02:00:00Z",
            endedAt: "2026-12-16T00:00:00.250000Z"))
      #expect(try later.unsnooze(Control.UnsnoozeRequest(loan: "jd")).snooze == nil)
    }
  }

  @Test("LoanNotFound")
  func errors() throws {
    try withDesk { fixture in
      let desk = fixture.desk()
      #expect(
        controlError { () throws(ControlError) in
          try desk.snooze(Control.SnoozeRequest(loan: "nope", duration: "1d"))
        }
          == .loanNotFound(loan: "nope"))
      #expect(
        controlError { () throws(ControlError) in try desk.unsnooze(Control.UnsnoozeRequest(loan: "nope")) }
          == .loanNotFound(loan: "nope"))
    }
  }
}
