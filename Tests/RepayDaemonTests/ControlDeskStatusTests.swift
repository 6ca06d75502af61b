import ControlInterface
import RepayControl
import RepayCore
import Testing

@testable import RepayDaemon

/// How long a `GetStatus` reply holds, and the board that keeps it for the control socket.
struct ControlDeskStatusTests {
  @Test(
    "a status holds until the start of tomorrow in the configuration's zone, or the next wake-up if sooner")
  func statusHolds() throws {
    try withDesk { fixture in
      // 2026-12-15T02:00Z is 10:00 in Shanghai; tomorrow starts at 2026-12-15T16:00Z there.
      let tomorrow = ControlDeskFixture.instant("2026-12-15T16:00:00Z")
      #expect(fixture.desk().statusHolds == ControlDeskFixture.now..<tomorrow)
      let wake = ControlDeskFixture.instant("2026-12-15T03:00:00Z")
      #expect(fixture.desk(wake: wake).statusHolds == ControlDeskFixture.now..<wake)
      // A wake-up already due: the status holds for no instant at all.
      #expect(fixture.desk(wake: ControlDeskFixture.now - 1).statusHolds.isEmpty)
    }
  }

  @Test(
    "the board gives the posted status inside its span with the uptime at the reading, and nothing outside")
  func board() throws {
    try withDesk { fixture in
      let desk = fixture.desk()
      let reply = try desk.getStatus(Control.GetStatusRequest())
      let board = StatusBoard()
      #expect(board.reply(at: desk.now) == nil)
      board.post(reply, startedAt: desk.status.startedAt, holds: desk.statusHolds)
      // The fixture's daemon started an hour before `now`.
      #expect(board.reply(at: desk.now) == reply && reply.uptimeSeconds == 3_600)
      var later = reply
      later.uptimeSeconds = 3_600 + 5 * 3_600
      #expect(board.reply(at: desk.now + 5 * 3_600 * 1_000_000 + 999_999) == later)
      // The clock set back before the reading, or tomorrow come: the state owner is asked.
      #expect(board.reply(at: desk.now - 1) == nil)
      #expect(board.reply(at: desk.statusHolds.upperBound) == nil)
      board.takeDown()
      #expect(board.reply(at: desk.now) == nil)
    }
  }
}
