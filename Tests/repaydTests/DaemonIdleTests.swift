import Foundation
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real `repayd` binary while nothing is due: the issue's "no periodic tick, so the process
/// does not wake while nothing is due", read from the kernel's count of each thread's context
/// switches, and systemd's watchdog pinged from a timer of its own.
@Suite(.serialized)
struct DaemonIdleTests {
  /// A configuration whose first notice is more than two weeks away, in UTC.
  private static func farHousehold(in folder: String) throws -> String {
    let now = Date()
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let due = calendar.date(byAdding: .day, value: 20, to: now)!
    let day = calendar.dateComponents([.year, .month, .day], from: due)
    let date = String(format: "%04d-%02d-%02d", day.year!, day.month!, day.day!)
    let path = folder + "/repayd.toml"
    try """
    [daemon]
    timezone = "UTC"

    [[loan]]
    id = "far-away"
    name = "Far away"
    platform = "Nowhere"
    amount = "100.00"
    currency = "CNY"
    due = { dates = [\(date)] }
    business_day = "none"
    reminders = { at = "12:00", before = ["3d"] }
    """.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// Voluntary plus involuntary context switches of each thread of `pid`, by thread id.
  private static func switches(of pid: Int32) -> [String: Int] {
    let tasks = "/proc/\(pid)/task"
    var result: [String: Int] = [:]
    for thread in (try? FileManager.default.contentsOfDirectory(atPath: tasks)) ?? [] {
      guard let status = try? String(contentsOfFile: "\(tasks)/\(thread)/status", encoding: .utf8) else {
        continue
      }
      result[thread] = status.split(separator: "\n").filter { $0.contains("ctxt_switches:") }
        .compactMap { Int($0.split(separator: "\t").last ?? "") }.reduce(0, +)
    }
    return result
  }

  /// Runs `body` with a repayd on the far household (with `environment` added) and its notify
  /// socket, then stops it with SIGTERM and expects exit 0.
  private static func withFarDaemon(
    environment: [String: String] = [:], _ body: (RepaydProcess, NotifySocket) throws -> Void
  ) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayd-idle-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let config = try Self.farHousehold(in: folder)
    let notify = try NotifySocket()
    defer { notify.close() }
    let daemon = try RepaydProcess(
      ["--config", config, "--state-dir", folder + "/state"],
      environment: notify.environment.merging(environment) { $1 })
    try body(daemon, notify)
    daemon.send(SIGTERM)
    #expect(daemon.waitForExit() == 0, "\(daemon.standardError)")
  }

  @Test(
    "idle with nothing due for weeks: no thread of repayd wakes over 5 s (libdispatch's pool monitor never starts)"
  )
  func noWakeUpsWhileIdle() throws {
    try Self.withFarDaemon { daemon, notify in
      #expect(notify.receive(count: 2, timeout: .seconds(60)).contains("READY=1"), "\(daemon.standardError)")
      // libdispatch retires a worker thread after 5 s without work, and a busy machine may
      // stretch the start-up itself: so the daemon is watched over consecutive windows of 5 s
      // until one is quiet, for at most a minute. A periodic tick, or libdispatch's pool monitor
      // (once started, it wakes every second), wakes it in every window and fails the test.
      var noisy: [String] = []
      for _ in 0..<12 {
        let before = Self.switches(of: daemon.pid)
        Thread.sleep(forTimeInterval: 5)
        let after = Self.switches(of: daemon.pid)
        // A thread alive at both ends counts its new switches; one that came or went counts at
        // least one (it ran).
        let wakeUps =
          after.reduce(0) { sum, thread in sum + thread.value - (before[thread.key] ?? 0) }
          + before.keys.filter { after[$0] == nil }.count
        if wakeUps <= 1 { break }
        noisy.append("before \(before), after \(after)")
      }
      #expect(noisy.count < 12, "no quiet window of 5 s in a minute: \(noisy)")
    }
  }

  @Test("with WATCHDOG_USEC set, repayd pings the watchdog at half the interval")
  func watchdogPings() throws {
    try Self.withFarDaemon(environment: ["WATCHDOG_USEC": "2000000"]) { daemon, notify in
      // READY=1 and STATUS= first (a ping may come between them), then a ping each second.
      let messages = notify.receive(count: 5, timeout: .seconds(60))
      #expect(messages.contains("READY=1"), "\(messages) \(daemon.standardError)")
      #expect(messages.filter { $0 == "WATCHDOG=1" }.count >= 3, "\(messages)")
    }
  }
}
