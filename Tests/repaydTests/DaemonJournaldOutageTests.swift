import Foundation
import RepayControl
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real `repayd` while its journald goes away and comes back: a systemd-journald of the
/// test's own in a mount namespace (`NamespacedJournald`; the machine's is never stopped), the
/// daemon in the same namespace with no desktop, so the journal is the one sink its notices have.
/// Serialized: a daemon, a journald and real waits of a minute or two each.
@Suite(.serialized)
struct DaemonJournaldOutageTests {
  @Test(
    "journald stopped before the due notice and started again: it arrives then, each notice once, nothing lost"
  )
  func stoppedAndStarted() throws {
    let namespace = try MountNamespace()
    defer { namespace.stop() }
    let journald = try NamespacedJournald(in: namespace)
    defer { journald.stop() }
    let household = try PlacedHousehold()
    defer { household.remove() }
    let run = try FaultyDaemon(household: household, launcher: namespace.launcher)
    let journal = journald.reader
    let advance = try journal.entries(matching: [household.match], since: household.start - 1, count: 1)
    #expect(advance.map { $0["REPAY_STAGE"] } == ["advance"], "\(run.daemon.standardError)")
    #expect(try run.note("before the outage").status == 0)

    journald.stop()
    // The due notice's instant passes while no journald listens: the daemon tried and failed.
    try run.client().waitUntilPlanned(past: household.planned["due"]!)
    try Polling.until("repayd said on standard error that the journal failed") {
      run.daemon.standardError.contains("delivery of \(household.loan) due failed: journal: ")
    }
    // Still answering, and still taking notes.
    let status = try run.repayctl.run(["status"])
    #expect(status.status == 0, "\(status.standardError)")
    #expect(try run.note("during the outage").status == 0)

    try journald.start()
    // The due notice missed during the outage comes once journald is back, and the overdue one
    // at its instant; each once.
    let entries = try journal.entries(
      matching: [household.match], since: household.start - 1, count: 3, timeout: .seconds(180))
    run.stop()
    let all = try journal.readAfterSync(matching: [household.match], since: household.start - 1)
    // The due notice is tried again a while after it failed, which may be after the overdue one.
    #expect(
      all.compactMap { $0["REPAY_STAGE"] }.sorted() == ["advance", "due", "overdue"],
      "\(entries.count) entries; \(run.daemon.standardError)")
    #expect(try run.storedNotes() == ["before the outage", "during the outage"])
    #expect(
      try run.state(
        "SELECT stage FROM deliveries WHERE subject = 'loan' AND subject_id = '\(household.loan)' ORDER BY planned_at"
      ) == "advance\ndue\noverdue\n")
  }
}
