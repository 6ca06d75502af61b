import Foundation
import RepayTestSupport
import Systemd
import Testing

/// `ServiceNotifier` in a child process (sd_notify reads its socket from the environment) against
/// a real datagram socket standing in for systemd's.
struct ServiceNotifierTests {
  @Test("the lifecycle's messages arrive on NOTIFY_SOCKET in order, each as one datagram")
  func messagesInOrder() throws {
    let socket = try NotifySocket()
    defer { socket.close() }
    let outcome = try SystemdProbe.run(
      [
        "ready", "status=next: 花呗 ¥1,250.00 due in 3 days", "reloading=123456789", "ready", "watchdog",
        "status=two\nlines", "stopping",
      ], environment: socket.environment)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput == String(repeating: "sent\n", count: 7))
    #expect(
      socket.receive(count: 7) == [
        "READY=1", "STATUS=next: 花呗 ¥1,250.00 due in 3 days", "RELOADING=1\nMONOTONIC_USEC=123456789",
        "READY=1", "WATCHDOG=1", "STATUS=two lines", "STOPPING=1",
      ])
    #expect(socket.receive(count: 1, timeout: .milliseconds(200)).isEmpty, "no more than was sent")
  }

  @Test("without NOTIFY_SOCKET every notification is a no-op, not an error")
  func noSocket() throws {
    let outcome = try SystemdProbe.run(["ready", "status=x", "reloading=1", "watchdog", "stopping"])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput == String(repeating: "not sent\n", count: 5))
  }

  @Test("a NOTIFY_SOCKET that nobody listens on is an error naming sd_notify")
  func nobodyListens() throws {
    let outcome = try SystemdProbe.run(
      ["ready"], environment: ["NOTIFY_SOCKET": "/nonexistent/repayd/notify.sock"])
    #expect(outcome.status == 1)
    #expect(outcome.standardError == "sd_notify: No such file or directory (errno 2)\n")
  }

  @Test(
    "the watchdog interval comes from WATCHDOG_USEC, for this process only",
    arguments: [
      ([:], "none"),
      (["WATCHDOG_USEC": "5000000"], "5000000"),
      (["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"], "none"),
    ] as [([String: String], String)])
  func watchdogInterval(_ environment: [String: String], _ expected: String) throws {
    let outcome = try SystemdProbe.run(["watchdog-interval"], environment: environment)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput == expected + "\n")
  }

  @Test("WATCHDOG_PID naming the process itself enables the watchdog")
  func watchdogForThisProcess() throws {
    // The shell's $$ is the probe's pid once `exec` replaces the shell with it.
    let outcome = try ChildProcess.run(
      "/bin/sh",
      ["-c", "WATCHDOG_PID=$$ WATCHDOG_USEC=2500000 exec \"$0\" watchdog-interval", SystemdProbe.executable],
      environment: ProcessInfo.processInfo.environment.filter { $0.key != "NOTIFY_SOCKET" })
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput == "2500000\n")
  }

  @Test("a WATCHDOG_USEC that is not a number is an error naming sd_watchdog_enabled")
  func watchdogInvalid() throws {
    let outcome = try SystemdProbe.run(["watchdog-interval"], environment: ["WATCHDOG_USEC": "soon"])
    #expect(outcome.status == 1)
    #expect(outcome.standardError == "sd_watchdog_enabled: Invalid argument (errno 22)\n")
  }

  @Test("the protocol text of each notification")
  func messageText() {
    #expect(
      [
        ServiceNotification.ready, .status("a\r\nb\nc"), .reloading(monotonicMicroseconds: 42), .stopping,
        .watchdog,
      ].map(\.message) == [
        "READY=1", "STATUS=a b c", "RELOADING=1\nMONOTONIC_USEC=42", "STOPPING=1", "WATCHDOG=1",
      ])
  }
}
