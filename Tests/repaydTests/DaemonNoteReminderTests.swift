import ControlInterface
import Foundation
import RepayConfig
import RepayControl
import RepayCore
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A note's follow-up on the real daemon with a real journald: it fires once, as a `reminder`
/// naming the loan and the note, at the local time given, and not again after a restart.
@Suite(.serialized)
struct DaemonNoteReminderTests {
  @Test("a follow-up fires once with REPAY_NOTE and REPAY_REMINDER, and not again after a restart")
  func followUpOnce() throws {
    try ServingDaemon.with { served in
      let (household, journal) = (served.household, served.journal)
      let zone = try SystemTimeZone.rules(for: PlacedHousehold.zoneName, environment: [:])
      // The next whole minute at least 5 s ahead: a follow-up names hours and minutes.
      let now = Int64(Date().timeIntervalSince1970)
      let fire = (now + 5 + 59) / 60 * 60
      let (date, time) = zone.localTime(at: fire)
      let client = try served.connect()
      let note = try client.call(
        Control.AddNoteRequest(
          loan: household.loan, text: "ask whether the fee was waived", followUp: "\(date)T\(time)")
      ).note
      let reminder = "REPAY_REMINDER=note-\(note.id)"
      let entries = try journal.entries(
        matching: [household.match, reminder], since: now - 1, count: 1, timeout: .seconds(180))
      try #require(entries.count == 1, "\(served.daemon.standardError)")
      let entry = entries[0]
      #expect(entry["REPAY_STAGE"] == "reminder" && entry["REPAY_NOTE"] == "\(note.id)")
      #expect(entry["MESSAGE_ID"] == "fc5c5594077c4813beb6acffe4c3c94f" && entry["PRIORITY"] == "5")
      #expect(entry["MESSAGE"]?.contains("Follow up with 支付宝: ask whether the fee was waived") == true)
      #expect(Int64(entry["__REALTIME_TIMESTAMP"]!)! >= fire * 1_000_000)

      served.daemon.send(SIGTERM)
      #expect(served.daemon.waitForExit() == 0, "\(served.daemon.standardError)")
      let notify = try NotifySocket()
      defer { notify.close() }
      let runtime = household.folder + "/runtime"
      let second = try RepaydProcess(
        household.arguments,
        environment: ["TZ": PlacedHousehold.zoneName, "XDG_RUNTIME_DIR": runtime].merging(notify.environment)
        {
          $1
        })
      defer {
        second.send(SIGTERM)
        #expect(second.waitForExit() == 0, "\(second.standardError)")
      }
      try #require(
        notify.receive(count: 2, timeout: .seconds(60)).contains("READY=1"), "\(second.standardError)")
      // A second note whose follow-up has passed is caught up at once; the first one, already
      // delivered, would have been caught up by the same daemon before it.
      let marker = try served.connect().call(
        Control.AddNoteRequest(loan: household.loan, text: "marker", followUp: "\(date)T\(time)")
      ).note
      _ = try journal.entries(
        matching: [household.match, "REPAY_REMINDER=note-\(marker.id)"], since: now - 1, count: 1,
        timeout: .seconds(60))
      let again = try journal.read(matching: [household.match, reminder], since: now - 1)
      #expect(again.count == 1, "\(again.map { $0["_PID"] ?? "" })")
    }
  }

  @Test("a note without a follow-up or a promise plans nothing again; one with a follow-up does")
  func onlyARemindingNotePlans() throws {
    try ServingDaemon.with { served in
      let now = Int64(Date().timeIntervalSince1970)
      let zone = try SystemTimeZone.rules(for: PlacedHousehold.zoneName, environment: [:])
      let followUp = zone.localDate(at: now).advanced(by: 30)
      let client = try served.connect()
      _ = try client.call(Control.AddNoteRequest(loan: served.household.loan, text: "called, no answer"))
      _ = try client.call(
        Control.AddNoteRequest(loan: served.household.loan, text: "call again", followUp: "\(followUp)"))
      // The calls are handled in turn: once the second one's plan is logged, the first one's
      // would have been.
      func plans() throws -> [String] {
        try served.journal.readAfterSync(matching: ["_PID=\(served.daemon.pid)"], since: now - 1)
          .compactMap { $0["MESSAGE"] }.filter { $0.hasPrefix("note by a control call; planned again") }
      }
      try Polling.until("the follow-up's plan is logged", timeout: .seconds(60)) { try !plans().isEmpty }
      let logged = try plans()
      #expect(logged.count == 1, "\(logged)")
    }
  }
}
