import Foundation
import RepayTestSupport
import Systemd
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `SessionBus` and `NotificationClient` against a real session bus (`dbus-daemon`) with a real
/// notification server (dunst under Xvfb): what goes over the bus is read back with
/// `dbus-monitor`, what dunst shows with `dunstctl`, and an action is chosen in dunst's own
/// context menu. Serialized: each test has a session of three processes of its own, and the
/// machine has two cores.
@Suite(.serialized)
struct NotificationClientTests {
  @Test("dunst's capabilities are read over the session bus")
  func capabilities() throws {
    let session = try DesktopSession()
    let client = NotificationClient(bus: try SessionBus(address: session.address))
    let capabilities = try client.capabilities()
    #expect(["actions", "body", "body-markup"].allSatisfy(capabilities.contains), "\(capabilities)")
  }

  @Test("sd_bus_open_user finds the bus at DBUS_SESSION_BUS_ADDRESS")
  func sessionBusAddress() throws {
    let session = try DesktopSession()
    // In the probe: the variable is read from the environment, which only a child can be given.
    let outcome = try SystemdProbe.run(
      ["notification-capabilities"], environment: ["DBUS_SESSION_BUS_ADDRESS": session.address])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput.split(separator: " ").contains("actions"), "\(outcome.standardOutput)")
  }

  @Test("Notify sends every argument, and replacing keeps the id and one notification")
  func notifyAndReplace() throws {
    let session = try DesktopSession()
    let monitor = try session.monitor()
    let client = NotificationClient(bus: try SessionBus(address: session.address))
    let first = try client.notify(request(summary: "花呗 ¥1,250.00 is due in 3 days", urgency: 0))
    #expect(first > 0)
    let second = try client.notify(
      request(summary: "花呗 ¥1,250.00 is 1 day overdue", urgency: 2, replacing: first))
    #expect(second == first)

    let calls = try monitor.waitForCalls("Notify", count: 2)
    try #require(calls.count == 2)
    #expect(
      calls[0] == [
        .text("repayd"), .text("0"), .text("dialog-warning"), .text("花呗 ¥1,250.00 is due in 3 days"),
        .text("Pay at Alipay &amp; record it"),
        .container([.text("paid"), .text("Paid"), .text("snooze-1d"), .text("Snooze 1 day")]),
        .container([.container([.text("urgency"), .text("0")])]), .text("-1"),
      ])
    #expect(calls[1][1] == .text("\(first)"))
    #expect(calls[1][3] == .text("花呗 ¥1,250.00 is 1 day overdue"))
    #expect(calls[1][6] == .container([.container([.text("urgency"), .text("2")])]))
    try session.waitUntilDisplayed(1)
  }

  @Test("CloseNotification closes it: NotificationClosed reaches the subscription, dunst keeps it in history")
  func closeNotification() throws {
    let session = try DesktopSession()
    let subscriber = try Subscriber(session)
    let id = try subscriber.client.notify(request(summary: "close me", urgency: 1))
    try subscriber.client.closeNotification(id)
    try subscriber.drive { $0.contains(.closed(id: id, reason: .closedByCall)) }
    #expect(try session.displayedCount() == 0)
    #expect(try session.history().contains { $0["summary"] == "close me" && $0["appname"] == "repayd" })
  }

  @Test("an action chosen in dunst's context menu arrives as ActionInvoked with its key")
  func actionInvoked() throws {
    let session = try DesktopSession()
    let subscriber = try Subscriber(session)
    let id = try subscriber.client.notify(request(summary: "choose", urgency: 2))
    try session.choose(action: "Paid")
    try subscriber.drive { $0.contains(.actionInvoked(id: id, key: "paid")) }
  }

  @Test("signals still arrive from a restarted server, and its coming and going is reported")
  func restartedServer() throws {
    let session = try DesktopSession()
    let subscriber = try Subscriber(session)
    session.stopNotificationServer()
    try subscriber.drive { $0.contains(.serverChanged) }
    try session.startNotificationServer()
    try subscriber.drive { $0.count { $0 == .serverChanged } == 2 }
    let id = try subscriber.client.notify(request(summary: "after the restart", urgency: 1))
    try session.choose(action: "Snooze 1 day")
    try subscriber.drive { $0.contains(.actionInvoked(id: id, key: "snooze-1d")) }
  }

  @Test("an idle connection waits for input only, with no timeout: nothing wakes it")
  func idle() throws {
    let session = try DesktopSession()
    let subscriber = try Subscriber(session)
    _ = try subscriber.client.notify(request(summary: "idle", urgency: 1))
    let bus = subscriber.client.bus
    while try bus.process() {}
    #expect(try bus.events() == Int32(POLLIN))
    #expect(try bus.timeout() == nil)
    #expect(bus.isOpen)
  }

  @Test("no bus at the address: the connection fails, naming sd_bus_start")
  func noBus() throws {
    let session = try DesktopSession()
    session.stopBus()
    #expect {
      try SessionBus(address: session.address)
    } throws: { error in
      let error = error as? SystemdCallError
      return error?.call == "sd_bus_start" && [ENOENT, ECONNREFUSED].contains(error?.errorNumber ?? 0)
    }
  }

  @Test("no notification server on the bus: a call fails naming its member, with D-Bus's error")
  func noServer() throws {
    let session = try DesktopSession()
    session.stopNotificationServer()
    let client = NotificationClient(bus: try SessionBus(address: session.address))
    #expect {
      try client.capabilities()
    } throws: { error in
      let error = error as? SystemdCallError
      return error?.call == "sd_bus_call(GetCapabilities)"
        && error?.detail?.hasPrefix("org.freedesktop.DBus.Error.ServiceUnknown: ") == true
    }
  }

  @Test("the bus going away is seen by process(), and the connection is then closed")
  func busGone() throws {
    let session = try DesktopSession()
    let bus = try SessionBus(address: session.address)
    _ = try NotificationClient(bus: bus).capabilities()
    session.stopBus()
    try drive(bus, failing: true) { !bus.isOpen }
    #expect(!bus.isOpen)
  }

  /// A request with the fixed parts of these tests.
  private func request(summary: String, urgency: UInt8, replacing id: UInt32 = 0) -> NotificationRequest {
    NotificationRequest(
      appName: "repayd", replacesID: id, icon: "dialog-warning", summary: summary,
      body: "Pay at Alipay &amp; record it",
      actions: [
        NotificationAction(key: "paid", label: "Paid"),
        NotificationAction(key: "snooze-1d", label: "Snooze 1 day"),
      ],
      urgency: urgency, expireTimeout: -1)
  }
}

/// Runs `bus`'s event loop on this thread, as the daemon's read source would (wait with
/// poll(2) for its events, then process until it has nothing more), until `done` holds; a
/// failing `process()` ends the loop when `failing` allows it. Throws after 30 s.
private func drive(_ bus: SessionBus, failing: Bool = false, until done: () -> Bool) throws {
  let deadline = ContinuousClock.now + .seconds(30)
  while !done() {
    do {
      while try bus.process() {}
    } catch {
      if failing { continue }
      throw error
    }
    if done() { return }
    guard ContinuousClock.now < deadline else { throw PollingTimeout(description: "the bus's events") }
    var ready = pollfd(fd: try bus.fileDescriptor(), events: Int16(try bus.events()), revents: 0)
    _ = poll(&ready, 1, 100)
  }
}

/// A client of a session's notification server, subscribed to its signals, which it records in
/// order.
private final class Subscriber {
  let client: NotificationClient
  private(set) var signals: [NotificationSignal] = []
  private var subscription: NotificationSubscription?

  init(_ session: DesktopSession) throws {
    client = NotificationClient(bus: try SessionBus(address: session.address))
    subscription = try client.subscribe { [unowned self] in signals.append($0) }
  }

  /// Runs the bus's event loop until the signals heard satisfy `done`.
  func drive(until done: ([NotificationSignal]) -> Bool) throws {
    try SystemdTests.drive(client.bus) { done(signals) }
  }
}
