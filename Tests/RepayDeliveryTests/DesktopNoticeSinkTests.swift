import Foundation
import Logging
import RepayCore
import RepayDelivery
import RepayTestSupport
import Systemd
import Testing

/// `DesktopNoticeSink` against a real session bus (`dbus-daemon`) and a real notification server
/// (dunst under Xvfb): the Notify calls read back with `dbus-monitor`, what dunst shows with
/// `dunstctl`, actions chosen in dunst's own context menu, and the server and the bus killed and
/// started again under a sink that lives on. Serialized: each test has a session of three
/// processes of its own, and the machine has two cores.
@Suite(.serialized)
struct DesktopNoticeSinkTests {
  private let examples = NoticeExamples()

  @Test("an occurrence's escalation updates its one notification in place (replaces_id), kept in history")
  func escalation() throws {
    let session = try DesktopSession()
    let monitor = try session.monitor()
    let sink = makeSink(session)
    defer { sink.close() }
    try sink.deliver([examples.advance()])
    try sink.deliver([examples.overdue()])
    let calls = try monitor.waitForCalls("Notify", count: 2)
    try #require(calls.count == 2)
    #expect(
      calls[0][0...4] == [
        .text("repayd"), .text("0"), .text("appointment-soon"), .text(examples.advance().title),
        .text(examples.advance().body.replacing("Ant & Co <Alipay>", with: "Ant &amp; Co &lt;Alipay&gt;")),
      ])
    #expect(
      calls[0][5]
        == .container(["paid", "Paid", "snooze-1d", "Snooze 1 day", "details", "Details"].map { .text($0) }))
    #expect(calls[0][6] == .container([.container([.text("urgency"), .text("0")])]))
    #expect(calls[1][3] == .text(examples.overdue().title))
    #expect(calls[1][6] == .container([.container([.text("urgency"), .text("2")])]))
    #expect(calls[1][1] != .text("0"))
    try session.waitUntilDisplayed(1)

    sink.withdraw(loan: "huabei")
    try Polling.until("the withdrawn notification is gone") { try session.displayedCount() == 0 }
    let history = try session.history()
    #expect(history.count == 1)
    #expect(history.first?["summary"] == examples.overdue().title)
    #expect(history.first?["appname"] == "repayd")
    // The id it replaced is the id dunst gave the first notification and kept.
    #expect(history.first?["id"].map(MonitoredValue.text) == calls[1][1])
  }

  @Test(
    "post shows a notice in its occurrence's place; withdraw(loan:) closes that loan's notifications only")
  func postAndWithdraw() throws {
    let session = try DesktopSession()
    let monitor = try session.monitor()
    let sink = makeSink(session)
    defer { sink.close() }
    let other = examples.overdue(examples.loan("baitiao", name: "白条"))
    try sink.deliver([examples.overdue(), other])
    #expect(try monitor.waitForCalls("Notify", count: 2).count == 2)
    try session.waitUntilDisplayed(2)

    // Not waited for: the call is queued behind what came before and returns at once.
    sink.post(examples.settled())
    let calls = try monitor.waitForCalls("Notify", count: 3)
    try #require(calls.count == 3)
    #expect(calls[2][3] == .text(examples.settled().title))
    #expect(calls[2][1] != .text("0"))
    try session.waitUntilDisplayed(2)

    sink.withdraw(loan: "huabei")
    try Polling.until("huabei's notification is gone") { try session.displayedCount() == 1 }
    #expect(try session.dunstctl("close").status == 0)
    #expect(try session.history().first?["summary"] == other.title)
  }

  @Test("reconfigured by a reload: later notifications with buttons in its language")
  func reconfigured() throws {
    let session = try DesktopSession()
    let monitor = try session.monitor()
    let sink = makeSink(session)
    defer { sink.close() }
    let chinese = NoticeExamples(.simplifiedChinese)
    sink.reconfigure(for: NoticeExamples.configuration(), language: .simplifiedChinese)
    try sink.deliver([chinese.overdue()])
    let calls = try monitor.waitForCalls("Notify", count: 1)
    try #require(calls.count == 1)
    #expect(calls[0][3] == .text(chinese.overdue().title))
    #expect(
      calls[0][5]
        == .container(["paid", "已还款", "snooze-1d", "推迟 1 天", "details", "详情"].map { .text($0) }))
  }

  @Test("Paid chosen in dunst's context menu arrives as the occurrence's action", .timeLimit(.minutes(5)))
  func paid() async throws {
    let session = try DesktopSession()
    let sink = makeSink(session)
    defer { sink.close() }
    try sink.deliver([examples.overdue()])
    try session.choose(action: "Paid")
    var actions = sink.actions.makeAsyncIterator()
    #expect(await actions.next() == DesktopAction(occurrence: examples.occurrence, event: .invoked(.paid)))
  }

  @Test("in Chinese: texts and labels, and the chosen label's action", .timeLimit(.minutes(5)))
  func chinese() async throws {
    let session = try DesktopSession()
    let monitor = try session.monitor()
    let chinese = NoticeExamples(.simplifiedChinese)
    let sink = makeSink(session, language: .simplifiedChinese)
    defer { sink.close() }
    try sink.deliver([chinese.overdue()])
    let calls = try monitor.waitForCalls("Notify", count: 1)
    #expect(calls.first?[3] == .text("花呗 ¥1,250.00 已逾期 3 天"))
    #expect(
      calls.first?[5]
        == .container(["paid", "已还款", "snooze-1d", "推迟 1 天", "details", "详情"].map { .text($0) }))
    try session.choose(action: "推迟 1 天")
    var actions = sink.actions.makeAsyncIterator()
    #expect(
      await actions.next() == DesktopAction(occurrence: chinese.occurrence, event: .invoked(.snoozeOneDay)))
  }

  @Test("a notification the person dismisses is reported closed", .timeLimit(.minutes(5)))
  func dismissed() async throws {
    let session = try DesktopSession()
    let sink = makeSink(session)
    defer { sink.close() }
    try sink.deliver([examples.advance()])
    #expect(try session.dunstctl("close").status == 0)
    var actions = sink.actions.makeAsyncIterator()
    #expect(
      await actions.next() == DesktopAction(occurrence: examples.occurrence, event: .closed(.dismissed)))
  }

  @Test("through the queue: catch_up_fold notices at once shown each, one more as one summary listing them")
  func summary() throws {
    let session = try DesktopSession()
    let monitor = try session.monitor()
    let sink = makeSink(session)
    defer { sink.close() }
    let queue = DeliveryQueue(sinks: [sink], clock: { 0 })
    let notices = ["huabei", "baitiao", "card", "mortgage"].map {
      examples.overdue(examples.loan($0, name: $0))
    }
    let batch = { (notices: [Notice]) in
      DeliveryBatch(
        notices: notices.map {
          QueuedNotice(
            key: DeliveryKey(
              subject: .loan($0.loan ?? ""), date: self.examples.due, stage: .overdue, offsetSeconds: 0),
            planned: 0, notice: $0)
        }, writer: self.examples.writer, catchUpFold: 3)
    }
    #expect(queue.deliver(batch(Array(notices.prefix(3)))).allSatisfy { $0.sinks == ["desktop"] })
    #expect(queue.deliver(batch(notices)).allSatisfy { $0.sinks == ["desktop"] })
    let summary = examples.writer.summary(of: notices)
    let calls = try monitor.waitForCalls("Notify", count: 4)
    try #require(calls.count == 4)
    #expect(calls[0..<3].map { $0[3] } == notices.prefix(3).map { .text($0.title) })
    #expect(calls[3][3] == .text(summary.title))
    #expect(notices.allSatisfy { calls[3][4].text?.contains($0.title) == true })
    #expect(calls[3][5] == .container([]))
    #expect(calls[3][6] == .container([.container([.text("urgency"), .text("2")])]))
  }

  @Test("no session bus: the desktop's failure is reported, the other sink carries on, one warning")
  func noBus() throws {
    let (logger, records) = RecordingLogHandler.logger()
    let sink = DesktopNoticeSink(
      language: .english, address: "unix:path=/nonexistent/repayd-test/bus", logger: logger)
    defer { sink.close() }
    let queue = DeliveryQueue(sinks: [RecordingSink(), sink], clock: { 0 })
    let key = DeliveryKey(
      subject: .loan("huabei"), date: examples.due, stage: .overdue, offsetSeconds: 86_400)
    for _ in 0..<3 {
      let outcomes = queue.deliver(
        DeliveryBatch(
          notices: [QueuedNotice(key: key, planned: 0, notice: examples.overdue())], writer: examples.writer,
          catchUpFold: 3))
      #expect(outcomes.map(\.sinks) == [["recording"]])
      #expect(outcomes.first?.failures.count == 1)
      #expect(
        outcomes.first?.failures.first?.description.hasPrefix(
          "desktop: sd_bus_start: No such file or directory") == true)
    }
    let warnings = records.messages(at: .warning)
    #expect(warnings.count == 1)
    #expect(warnings.first?.hasPrefix("desktop notifications unavailable (sd_bus_start: ") == true)
  }

  @Test(
    "the server, then the bus, killed mid-run and started again: the same sink delivers again",
    .timeLimit(.minutes(5)))
  func restarts() async throws {
    let session = try DesktopSession()
    let (logger, records) = RecordingLogHandler.logger()
    let sink = makeSink(session, logger: logger)
    defer { sink.close() }
    try sink.deliver([examples.advance()])

    session.stopNotificationServer()
    for _ in 0..<2 {
      #expect {
        try sink.deliver([examples.overdue()])
      } throws: { error in
        (error as? SystemdCallError)?.detail?.hasPrefix("org.freedesktop.DBus.Error.ServiceUnknown") == true
      }
    }
    #expect(records.messages(at: .warning).count == 1)
    try session.startNotificationServer()
    try sink.deliver([examples.overdue()])
    try session.waitUntilDisplayed(1)
    #expect(records.messages(at: .notice) == ["desktop notifications work again"])

    session.stopBus()
    try session.startBus()
    try session.startNotificationServer()
    try sink.deliver([examples.settled()])
    try session.waitUntilDisplayed(1)
    try session.choose(action: "Details")
    var actions = sink.actions.makeAsyncIterator()
    #expect(await actions.next() == DesktopAction(occurrence: examples.occurrence, event: .invoked(.details)))
  }

  /// A sink on `session`'s bus, speaking `language`.
  private func makeSink(
    _ session: DesktopSession, language: Language = .english, logger: Logger = RecordingLogHandler.logger().0
  ) -> DesktopNoticeSink {
    DesktopNoticeSink(language: language, address: session.address, logger: logger)
  }
}
