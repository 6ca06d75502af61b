import ControlInterface
import Foundation
import RepayControl
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real `repayd` binary through the events of its life: stopped across its deadlines, a
/// second instance, SIGHUP with a broken configuration and with one that adds a hook, a change of
/// the clock. Serialized: each
/// test takes most of a minute of real time, and they share one journald.
@Suite(.serialized)
struct DaemonLifecycleTests {
  private let environment = ["TZ": PlacedHousehold.zoneName]

  @Test("stopped (SIGSTOP) across three deadlines, then SIGCONT: all three at once, each once, none early")
  func stoppedAcrossDeadlines() throws {
    let notify = try NotifySocket()
    defer { notify.close() }
    try JournaldFixture.withJournald { journal in
      let household = try PlacedHousehold()
      defer { household.remove() }
      let daemon = try RepaydProcess(
        household.arguments, environment: environment.merging(notify.environment) { $1 })
      #expect(notify.receive(count: 2, timeout: .seconds(60)).contains("READY=1"), "\(daemon.standardError)")
      daemon.send(SIGSTOP)
      // Past the overdue notice's instant, 35 s after the start.
      let resume = Double(household.planned["overdue"]!) / 1_000_000 + 2
      Thread.sleep(forTimeInterval: max(0, resume - Date().timeIntervalSince1970))
      #expect(try journal.read(matching: [household.match], since: household.start - 1).isEmpty)
      daemon.send(SIGCONT)
      _ = try journal.entries(
        matching: [household.match], since: household.start - 1, count: 3, timeout: .seconds(60))
      // Stopped, and its journal written out: every notice it sent is there, once.
      daemon.send(SIGTERM)
      #expect(daemon.waitForExit() == 0, "\(daemon.standardError)")
      let entries = try journal.readAfterSync(matching: [household.match], since: household.start - 1)
      #expect(entries.map { $0["REPAY_STAGE"] } == ["advance", "due", "overdue"], "\(daemon.standardError)")
      for entry in entries {
        #expect(Int64(entry["__REALTIME_TIMESTAMP"]!)! >= Int64(resume * 1_000_000) - 1_000_000)
      }
    }
  }

  @Test(
    "a second instance is refused naming the first; SIGHUP with a broken configuration keeps the old one, with a hook added runs it once per notice"
  )
  func secondInstanceAndReloads() throws {
    let notify = try NotifySocket()
    defer { notify.close() }
    try JournaldFixture.withJournald { journal in
      let household = try PlacedHousehold()
      defer { household.remove() }
      let runtime = try household.makeRuntimeDirectory()
      let environment = environment.merging(["XDG_RUNTIME_DIR": runtime]) { $1 }
      let daemon = try RepaydProcess(
        household.arguments, environment: environment.merging(notify.environment) { $1 })
      #expect(notify.receive(count: 2, timeout: .seconds(60)).contains("READY=1"), "\(daemon.standardError)")

      // One daemon per user: a second start on the same runtime directory exits 1 naming the first.
      let second = try RepaydProcess(household.arguments, environment: environment)
      #expect(second.waitForExit() == 1)
      #expect(
        second.standardError.contains("\(daemon.pid)")
          && second.standardError.contains(runtime + "/repayd/repayd.lock"))

      // A broken configuration: the error is logged at its place, the old configuration stays.
      let good = try String(contentsOfFile: household.configPath, encoding: .utf8)
      try ("[daemon]\ntimezone = \"Mars/Olympus\"\n" + good).write(
        toFile: household.configPath, atomically: true, encoding: .utf8)
      daemon.send(SIGHUP)
      let reloading = notify.receive(count: 3, timeout: .seconds(60))
      #expect(reloading.first?.hasPrefix("RELOADING=1\nMONOTONIC_USEC=") == true, "\(reloading)")
      #expect(reloading.contains("READY=1"))
      let errors = try journal.entries(
        matching: ["_PID=\(daemon.pid)", "PRIORITY=3"], since: household.start - 1, count: 1,
        timeout: .seconds(60))
      #expect(
        errors.contains {
          $0["MESSAGE"]?.hasPrefix("\(household.configPath):2:12: error: unknown time zone") == true
        })

      // The good configuration again, with a hook: the reload takes it, and the hook runs for
      // the notices that follow, once each.
      let ran = household.folder + "/hook-ran"
      try
        (good
        + "\n[[hook]]\non = [\"due\", \"overdue\"]\nexec = [\"/bin/sh\", \"-c\", \"echo $REPAY_STAGE >> \(ran)\"]\n")
        .write(toFile: household.configPath, atomically: true, encoding: .utf8)
      daemon.send(SIGHUP)
      #expect(notify.receive(count: 3, timeout: .seconds(60)).contains("READY=1"))

      _ = try journal.entries(
        matching: [household.match], since: household.start - 1, count: 3, timeout: .seconds(60))
      try Polling.until("the hook ran twice") {
        (try? String(contentsOfFile: ran, encoding: .utf8))?.count ?? 0 >= "due\noverdue\n".count
      }
      // Stopped, and its journal written out: every notice it sent is there, once.
      daemon.send(SIGTERM)
      #expect(daemon.waitForExit() == 0, "\(daemon.standardError)")
      let entries = try journal.readAfterSync(matching: [household.match], since: household.start - 1)
      #expect(entries.map { $0["REPAY_STAGE"] } == ["advance", "due", "overdue"], "\(daemon.standardError)")
      household.expectOnTime(entries)
      #expect(try String(contentsOfFile: ran, encoding: .utf8) == "due\noverdue\n")
    }
  }

  @Test("the system's zone file replaced (as timedatectl does): planned again in the new zone")
  func systemZoneChanged() throws {
    try JournaldFixture.withJournald { journal in
      let household = try PlacedHousehold()
      defer { household.remove() }
      // The household names no zone, so it follows the system's: here a link the test controls
      // (REPAYD_LOCALTIME), since no test may change the machine's /etc/localtime.
      let localtime = household.folder + "/localtime"
      try FileManager.default.createSymbolicLink(
        atPath: localtime, withDestinationPath: "/usr/share/zoneinfo/\(PlacedHousehold.zoneName)")
      let daemon = try RepaydProcess(
        household.arguments, environment: ["TZ": "", "REPAYD_LOCALTIME": localtime])
      let advance = try journal.entries(
        matching: [household.match], since: household.start - 1, count: 1, timeout: .seconds(30))
      #expect(advance.map { $0["REPAY_STAGE"] } == ["advance"], "\(daemon.standardError)")

      // Berlin's wall clock is seven hours behind Shanghai's: the due time moves seven hours on.
      let replacement = household.folder + "/.localtime.new"
      try FileManager.default.createSymbolicLink(
        atPath: replacement, withDestinationPath: "/usr/share/zoneinfo/Europe/Berlin")
      #expect(rename(replacement, localtime) == 0)
      let replanned = try journal.entries(
        matching: ["_PID=\(daemon.pid)", "PRIORITY=6"], since: household.start - 1, count: 3,
        timeout: .seconds(60))
      #expect(
        replanned.contains {
          $0["MESSAGE"]?.hasPrefix("the system's time zone changed; planned again") == true
        })

      // Past the instant the overdue notice had in Shanghai, and planned past it: only the
      // advance notice came.
      try ControlClient(address: ControlAddress(path: household.stateDirectory + "/control.sock"))
        .waitUntilPlanned(past: household.planned["overdue"]!)
      daemon.send(SIGTERM)
      #expect(daemon.waitForExit() == 0, "\(daemon.standardError)")
      let entries = try journal.readAfterSync(matching: [household.match], since: household.start - 1)
      #expect(entries.map { $0["REPAY_STAGE"] } == ["advance"], "\(daemon.standardError)")
    }
  }
}
