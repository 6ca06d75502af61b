import Foundation
import RepayCore
import RepayTestSupport
import Testing

/// The real repayd gives back what a burst of heavy calls freed once the calls stop
/// (`ControlSocketService.quietAfterCalls`): glibc keeps freed blocks for reuse, and without this the
/// daemon stayed tens of MiB larger until its next whole plan (the load test of
/// docs/reliability.md).
struct DaemonFreedMemoryTests {
  @Test("after three 144,000-firing ListUpcoming calls, the resident memory comes back down")
  func memoryComesBack() throws {
    let today = try LiveDaemon.rules().localDate(at: Int64(Date().timeIntervalSince1970))
    let daemon = try LiveDaemon(
      household: LiveDaemon.household(today: today) + LiveDaemon.tickingHour("03", of: today))
    defer { daemon.stop() }
    #expect(try daemon.repayctl(["status"]).status == 0)
    let before = try Self.residentMiB(daemon.pid)
    for _ in 0..<3 {
      let listed = try daemon.repayctl(["upcoming", "--days", "1", "--json"])
      try #require(listed.status == 0)
      try #require(listed.standardOutput.utf8.count > 1_000_000, "the reply lists the day's firings")
    }
    // A second after the last call, with a margin for a loaded machine. Without the release the
    // daemon stays 20 MiB or more above where it was.
    try Polling.until("the daemon back within 8 MiB of \(before) MiB", timeout: .seconds(120)) {
      try Self.residentMiB(daemon.pid) <= before + 8
    }
  }

  /// The process's resident set (`VmRSS`), in MiB.
  private static func residentMiB(_ pid: Int32) throws -> Double {
    let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
    let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
    let kilobytes = try #require(Double(line.split(separator: " ")[1]))
    return kilobytes / 1_024
  }
}
