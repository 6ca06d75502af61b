import ControlInterface
import Foundation
import RepayConfig
import RepayControl
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real `repayd` binary on a desktop of real parts (`DesktopSession`: a private
/// `dbus-daemon`, Xvfb and dunst) and a real journald: its notices shown by dunst in Chinese
/// with the design brief's urgency and buttons, "Paid" chosen in dunst's own context menu
/// settling the instalment, and dunst killed and started again under a daemon that lives on.
/// Serialized: each test runs a daemon, a journald and a desktop for up to a minute of real time
/// on a machine of two cores. Synchronous: they block while waiting for the processes.
@Suite(.serialized)
struct DaemonDesktopTests {
  /// How a test makes repayd speak Chinese.
  enum ChineseBy: String, CaseIterable, Sendable {
    /// `LANG=zh_CN.UTF-8`, with no `locale` in the configuration.
    case localeVariable
    /// `locale = "zh-Hans"` in the configuration, with `LANG=C.UTF-8`.
    case configuration
  }

  @Test(
    "the advance notice in dunst in Chinese, with the brief's urgency and the three buttons",
    arguments: ChineseBy.allCases)
  func advanceInChinese(by way: ChineseBy) throws {
    try withDesktopDaemon(
      locale: way == .configuration ? "zh-Hans" : nil,
      environment: way == .localeVariable ? ["LANG": "zh_CN.UTF-8"] : [:]
    ) { run in
      let advance = try run.notices(count: 1)
      #expect(advance.map { $0["REPAY_STAGE"] } == ["advance"], "\(run.daemon.standardError)")
      #expect(advance.first?["MESSAGE"]?.hasPrefix("花呗 ¥1,250.00 ") == true)

      let call = try #require(try run.monitor.waitForCalls("Notify", count: 1).first)
      try #require(call.count == 8, "\(call)")
      #expect(call[0...2] == [.text("repayd"), .text("0"), .text("appointment-soon")])
      let title = try #require(call[3].text)
      // Due the same day (or, placed just before midnight, the next).
      #expect(title == "花呗 ¥1,250.00 今天到期" || title == "花呗 ¥1,250.00 明天到期", "\(title)")
      #expect(call[4].text?.contains("还款渠道：App 支付宝、电话 95188") == true, "\(call[4])")
      #expect(
        call[5] == .container(["paid", "已还款", "snooze-1d", "推迟 1 天", "details", "详情"].map { .text($0) }))
      // The only advance offset is the closest one: normal, not low.
      #expect(call[6] == .container([.container([.text("urgency"), .text("1")])]))

      // dunst shows it; closed, its history holds what it showed.
      try run.session.waitUntilDisplayed(1)
      #expect(try run.session.dunstctl("close").status == 0)
      let shown = try #require(try run.session.history().first)
      #expect(shown["appname"] == "repayd" && shown["summary"] == title)
      #expect(shown["body"]?.contains("还款渠道") == true)
    }
  }

  @Test("Paid in dunst's context menu: the payment recorded, the settled notice replaces the notification")
  func paid() throws {
    try withDesktopDaemon { run in
      let household = run.household
      _ = try run.notices(count: 1)
      let advance = try #require(try run.monitor.waitForCalls("Notify", count: 1).first)
      #expect(advance[1] == .text("0"))

      try run.session.choose(action: "Paid")
      let chosen = try run.session.chosenEntry()
      #expect(chosen.key == "paid")

      let settled = try run.notices("settled", count: 1)
      #expect(
        settled.first?["MESSAGE_ID"] == "9b56d4020eee4794b174cacd19902166", "\(run.daemon.standardError)")

      // The settled notice took the place of the advance notice's notification.
      let calls = try run.monitor.waitForCalls("Notify", count: 2)
      try #require(calls.count == 2 && calls[1].count == 8, "\(calls)")
      #expect(calls[1][1] == .text(chosen.notification))
      #expect(calls[1][3].text?.hasPrefix("花呗: the instalment due ") == true, "\(calls[1][3])")
      #expect(calls[1][5] == .container([.text("details"), .text("Details")]))
      #expect(calls[1][6] == .container([.container([.text("urgency"), .text("0")])]))
      try run.session.waitUntilDisplayed(1)

      // The store holds the payment of what was outstanding, and the instalment is settled.
      let client = try ControlClient(address: ControlAddress(path: run.controlSocket), timeout: .seconds(20))
      let loan = try client.call(Control.GetLoanRequest(id: household.loan))
      #expect(loan.payments.map(\.amount) == ["1250.00"], "\(loan.payments)")
      let occurrence = try #require(loan.occurrences.first { $0.due == loan.payments.first?.occurrence })
      #expect(occurrence.status == .settled && occurrence.outstanding == "0.00", "\(occurrence)")

      // Past the overdue notice's instant and planned past it: neither the due nor the overdue
      // notice came.
      try client.waitUntilPlanned(past: household.planned["overdue"]!)
      let entries = try run.journal.readAfterSync(matching: [household.match], since: household.start - 1)
      #expect(entries.map { $0["REPAY_STAGE"] } == ["advance", "settled"], "\(run.daemon.standardError)")
      #expect(run.monitor.calls("Notify").count == 2)
    }
  }

  @Test("Details in dunst's context menu shows the loan's details; a snooze withdraws its notification")
  func detailsThenSnooze() throws {
    try withDesktopDaemon { run in
      let household = run.household
      _ = try run.notices(count: 1)
      #expect(try run.monitor.waitForCalls("Notify", count: 1).count == 1)
      let client = try ControlClient(address: ControlAddress(path: run.controlSocket), timeout: .seconds(20))
      _ = try client.call(
        Control.AddNoteRequest(loan: household.loan, text: "asked for the bill; it is on its way"))

      try run.session.choose(action: "Details")
      #expect(try run.session.chosenEntry().key == "details")
      let calls = try run.monitor.waitForCalls("Notify", count: 2)
      try #require(calls.count == 2 && calls[1].count == 8, "\(calls)")
      let title = try #require(calls[1][3].text)
      // Due today (later today): due now, as repayctl counts it (docs/repayctl.md).
      #expect(title.hasPrefix("花呗: ¥1,250.00 due now, due "), "\(title)")
      let body = try #require(calls[1][4].text).split(separator: "\n")
      #expect(body.first?.hasSuffix(": ¥1,250.00 due") == true, "\(body)")
      #expect(
        body.contains {
          $0.hasPrefix("Latest note (") && $0.hasSuffix("): asked for the bill; it is on its way")
        })
      #expect(body.last == "The whole record: repayctl show \(household.loan)")
      // Still unpaid: the buttons stay.
      #expect(
        calls[1][5]
          == .container(
            ["paid", "Paid", "snooze-1d", "Snooze 1 day", "details", "Details"].map { .text($0) }))
      try run.session.waitUntilDisplayed(1)
      // Shown on request, not delivered: the journal has the advance notice only.
      #expect(try run.notices().map { $0["REPAY_STAGE"] } == ["advance"])

      _ = try client.call(Control.SnoozeRequest(loan: household.loan, duration: "1d"))
      #expect(try run.monitor.waitForCalls("CloseNotification", count: 1).count == 1)
      try Polling.until("the snoozed loan's notification is gone") { try run.session.displayedCount() == 0 }
      #expect(try run.session.history().first?["summary"] == title)
    }
  }

  @Test("dunst killed between the advance and the due notice and started again: nothing lost, no restart")
  func serverRestart() throws {
    try withDesktopDaemon { run in
      _ = try run.notices(count: 1)
      _ = try run.monitor.waitForCalls("Notify", count: 1)
      try run.session.waitUntilDisplayed(1)

      run.session.stopNotificationServer()
      let due = try run.notices("due", count: 1)
      #expect(due.count == 1, "\(run.daemon.standardError)")
      try run.session.startNotificationServer()

      let overdue = try run.notices("overdue", count: 1)
      #expect(overdue.count == 1, "\(run.daemon.standardError)")
      // The restarted dunst got the overdue notice as a new notification: the old id meant
      // something to the old server only.
      let calls = try run.monitor.waitForCalls("Notify", count: 2)
      try #require(calls.count == 2 && calls[1].count == 8, "\(calls)")
      #expect(calls[1][1] == .text("0"))
      #expect(calls[1][3].text?.contains(" is still unpaid; overdue from ") == true, "\(calls[1][3])")
      #expect(calls[1][6] == .container([.container([.text("urgency"), .text("2")])]))
      try run.session.waitUntilDisplayed(1)
      #expect(try run.session.dunstctl("close").status == 0)
      #expect(try run.session.history().first?["summary"] == calls[1][3].text)

      // Each notice once in the journal, all from the one daemon, which warned once and
      // said when the desktop worked again (once it has said so).
      try Polling.until("the daemon said the desktop works again") {
        try run.log().contains("desktop notifications work again")
      }
      let entries = try run.journal.readAfterSync(
        matching: [run.household.match], since: run.household.start - 1)
      #expect(
        entries.map { $0["REPAY_STAGE"] } == ["advance", "due", "overdue"], "\(run.daemon.standardError)")
      #expect(entries.allSatisfy { $0["_PID"] == "\(run.daemon.pid)" })
      let log = try run.log()
      #expect(log.filter { $0.hasPrefix("desktop notifications unavailable") }.count == 1, "\(log)")
      #expect(log.filter { $0 == "desktop notifications work again" }.count == 1, "\(log)")
    }
  }

  @Test(
    "dunst that never answers over the due notice, killed in the middle of that call and started again: the journal has every notice, one warning, the next shown"
  )
  func serverFrozenThenKilled() throws {
    try withDesktopDaemon { run in
      _ = try run.notices(count: 1)
      _ = try run.monitor.waitForCalls("Notify", count: 1)
      try run.session.waitUntilDisplayed(1)

      // Frozen, dunst keeps its name on the bus and answers nothing: the due notice's calls
      // wait for it (up to their timeout), and the journal has the notice meanwhile (the
      // journal's sink comes first).
      run.session.freezeNotificationServer(true)
      let due = try run.notices("due", count: 1)
      #expect(due.count == 1, "\(run.daemon.standardError)")
      // Killed while that call waits (a frozen dunst ends at stop()'s SIGKILL), then back.
      run.session.stopNotificationServer()
      try run.session.startNotificationServer()
      let overdue = try run.notices("overdue", count: 1)
      #expect(overdue.count == 1, "\(run.daemon.standardError)")

      // A payment's settled notice reaches the new dunst.
      let client = try ControlClient(address: ControlAddress(path: run.controlSocket), timeout: .seconds(20))
      _ = try client.call(Control.RecordPaymentRequest(loan: run.household.loan))
      #expect(try run.notices("settled", count: 1).count == 1)
      try run.session.waitUntilDisplayed(1)
      #expect(try run.session.dunstctl("close").status == 0)
      #expect(try run.session.history().first?["summary"]?.hasPrefix("花呗: the instalment due ") == true)
      #expect(try client.call(Control.GetLoanRequest(id: run.household.loan)).payments.count == 1)

      try Polling.until("the daemon said the desktop works again") {
        try run.log().contains("desktop notifications work again")
      }
      let entries = try run.journal.readAfterSync(
        matching: [run.household.match], since: run.household.start - 1)
      #expect(
        entries.map { $0["REPAY_STAGE"] } == ["advance", "due", "overdue", "settled"],
        "\(run.daemon.standardError)")
      let log = try run.log()
      #expect(log.filter { $0.hasPrefix("desktop notifications unavailable") }.count == 1, "\(log)")
    }
  }

  @Test(
    "no session bus at all: every notice delivered through the other sink, the desktop's failure recorded with it, one warning"
  )
  func noSessionBus() throws {
    // FaultyDaemon names a bus address where nothing listens; the namespace has no journald.
    let namespace = try FaultyDaemon.journalFreeNamespace()
    defer { namespace.stop() }
    let household = try PlacedHousehold()
    defer { household.remove() }
    let run = try FaultyDaemon(household: household, launcher: namespace.launcher)
    try run.client().waitUntilPlanned(past: household.planned["overdue"]!)
    run.stop()
    #expect(run.noticeStages() == ["advance", "due", "overdue"], "\(run.daemon.standardError)")
    let warnings = run.daemon.standardError.split(separator: "\n").filter {
      $0.hasPrefix("repayd: warning: desktop notifications unavailable (sd_bus_open_user: ")
    }
    #expect(warnings.count == 1, "\(run.daemon.standardError)")
    let outcomes = try run.state(
      "SELECT sinks || ' ' || outcome FROM deliveries WHERE subject = 'loan' AND subject_id = '\(household.loan)' ORDER BY planned_at"
    )
    #expect(
      outcomes.split(separator: "\n").allSatisfy {
        $0.hasPrefix("[\"stderr\"] partly: desktop: sd_bus_open_user: ")
      },
      "\(outcomes)")
    #expect(outcomes.split(separator: "\n").count == 3)
  }
}
