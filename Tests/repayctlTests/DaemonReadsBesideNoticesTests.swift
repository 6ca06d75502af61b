import Foundation
import RepayCore
import RepayTestSupport
import Testing

/// A call that only reads is answered beside the state owner (`DaemonControl.read`): while
/// clients keep the real repayd busy with long `ListUpcoming` calls, notices still come out at
/// their instants, not after the read in progress. Before, a day of 100,000 reminders listed by
/// one call held every notice due meanwhile for as long as the call took (the full load test of
/// docs/reliability.md: p99 341 ms late).
struct DaemonReadsBesideNoticesTests {
  @Test("ten notices due while three clients list 144,000 firings each in turn: none waits for a read")
  func noticesDoNotWaitForReads() throws {
    let rules = try LiveDaemon.rules()
    let start = Int64(Date().timeIntervalSince1970)
    let (today, time) = rules.localTime(at: start)
    // Forty reminders every second of an hour of today already past when one is (else the last
    // hour): what makes each `upcoming --days 1` long, without a notice of its own.
    let heavyHour = time.hour >= 1 ? "00" : "23"
    var household = LiveDaemon.household(today: today) + LiveDaemon.tickingHour(heavyHour, of: today)
    // The probes: one every two seconds from 40 s after now, each delivered to a hook (there
    // may be no journal or desktop), so that it is recorded.
    let first = start + 40
    for index in 0..<10 {
      let (date, at) = rules.localTime(at: first + Int64(index) * 2)
      household += """
        [[reminder]]
        id = "probe-\(index)"
        calendar = "\(date) \(ZeroPadded.text(at.hour, width: 2)):\(ZeroPadded.text(at.minute, width: 2)):\(ZeroPadded.text(at.second, width: 2))"
        message = "probe"

        """
    }
    household += """
      [[hook]]
      on = ["reminder"]
      exec = ["/bin/true"]

      """
    let daemon = try LiveDaemon(household: household)
    defer { daemon.stop() }
    // Three clients list the day, one call after another, from before the first probe until
    // after the last.
    let until = first + 10 * 2 + 2
    let durations = Durations()
    // Only `repayctl` is called on it from the threads, which reads its constant address.
    nonisolated(unsafe) let shared = daemon
    let clients = (0..<3).map { _ in
      Thread {
        while Int64(Date().timeIntervalSince1970) < until {
          let began = Date()
          guard let listed = try? shared.repayctl(["upcoming", "--days", "1", "--json"]), listed.status == 0
          else {
            durations.fail()
            return
          }
          durations.add(Date().timeIntervalSince(began))
        }
      }
    }
    for client in clients { client.start() }
    try Polling.until("the clients done", timeout: .seconds(600)) { clients.allSatisfy(\.isFinished) }
    #expect(!durations.failed, "every upcoming call answered")
    let probes = try Self.probeLateness(daemon)
    // A read takes hundreds of milliseconds here; a notice waiting for one would be that late.
    let shortestRead = try #require(durations.all.min())
    #expect(shortestRead > 0.2, "the reads are long enough to tell: \(durations.all)")
    #expect(
      probes.values.allSatisfy { $0 < shortestRead / 2 },
      "lateness \(probes.sorted { $0.key < $1.key }) against reads of at least \(shortestRead) s")
  }

  /// Each probe's lateness in seconds (delivered less planned), read from the state file once
  /// all ten are recorded.
  private static func probeLateness(_ daemon: LiveDaemon) throws -> [String: Double] {
    var lateness: [String: Double] = [:]
    // The last probe's hook may still be running.
    try Polling.until("the ten probes recorded", timeout: .seconds(120)) {
      let rows = try ChildProcess.run(
        "/usr/bin/sqlite3",
        [
          daemon.stateDirectory + "/state.sqlite",
          "SELECT subject_id, delivered_at - planned_at FROM deliveries WHERE subject_id LIKE 'probe-%'",
        ])
      lateness = [:]
      for row in rows.standardOutput.split(separator: "\n") {
        let fields = row.split(separator: "|")
        guard fields.count == 2, let micro = Double(fields[1]) else { continue }
        lateness[String(fields[0])] = micro / 1_000_000
      }
      return lateness.count == 10
    }
    return lateness
  }
}

/// How long each client's calls took, gathered from their threads.
private final class Durations: @unchecked Sendable {
  private let lock = NSLock()
  private var durations: [Double] = []
  private var failures = 0

  func add(_ seconds: Double) { lock.withLock { durations.append(seconds) } }
  func fail() { lock.withLock { failures += 1 } }
  var all: [Double] { lock.withLock { durations } }
  var failed: Bool { lock.withLock { failures > 0 } }
}
