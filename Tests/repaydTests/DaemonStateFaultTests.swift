import Foundation
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real `repayd` while its state file is taken from it: locked by another process, deleted,
/// replaced, truncated or overwritten, on a full disk (a small tmpfs in a mount namespace of the
/// test's own) and a read-only one. Each time: a write it cannot keep is refused with
/// `StoreFailed` saying why and naming the file, never acknowledged and lost; it keeps answering;
/// and what it acknowledged is in the file afterwards. The daemon runs in a namespace without
/// journald, so that its log is on standard error. Serialized: a daemon each, with waits.
@Suite(.serialized)
struct DaemonStateFaultTests {
  @Test(
    "another process holds the database locked: a note refused as locked, the daemon answering, then taken again"
  )
  func locked() throws {
    try withDaemon { run, _ in
      #expect(try run.note("before the lock").status == 0)
      let holder = try LockHoldingProcess(path: run.household.stateDirectory + "/state.sqlite")
      let refused = try run.note("while locked")
      #expect(refused.status == 1)
      #expect(refused.standardError.contains("is locked by another process"), "\(refused.standardError)")
      #expect(refused.standardError.contains(run.household.stateDirectory + "/state.sqlite"))
      #expect(try run.repayctl.run(["status"]).status == 0)
      holder.release()
      #expect(try run.note("after the lock").status == 0)
      run.stop()
      #expect(try run.storedNotes() == ["before the lock", "after the lock"])
    }
  }

  @Test(
    "the state file deleted, or replaced by another file, while repayd runs: later writes refused, not acknowledged and lost",
    arguments: ["deleted", "replaced"])
  func takenAway(how: String) throws {
    try withDaemon { run, _ in
      let path = run.household.stateDirectory + "/state.sqlite"
      #expect(try run.note("before").status == 0)
      let backup = run.household.folder + "/before.sqlite"
      #expect(
        try run.repayctl.run(["backup", backup, "--state-dir", run.household.stateDirectory]).status == 0)
      if how == "deleted" {
        try FileManager.default.removeItem(atPath: path)
      } else {
        // A person's own copy put in its place (not `repayctl restore`): repayd must not write
        // into the file it no longer sees.
        let copy = run.household.folder + "/copy.sqlite"
        try FileManager.default.copyItem(atPath: backup, toPath: copy)
        #expect(rename(copy, path) == 0)
      }
      let refused = try run.note("after")
      #expect(refused.status == 1, "\(refused.standardOutput)")
      #expect(
        refused.standardError.contains("\(path) was removed or replaced while repayd ran"),
        "\(refused.standardError)")
      #expect(try run.repayctl.run(["status"]).status == 0)
      run.stop()
      // Nothing it acknowledged is missing from what is at the path: the replacement is as it
      // was put there, and the restart after a deletion starts afresh, as the person chose.
      if how == "replaced" { #expect(try run.storedNotes() == ["before"]) }
      let again = try FaultyDaemon(household: run.household, launcher: run.launcher)
      #expect(try again.note("after the restart").status == 0)
      again.stop()
      #expect(
        try again.storedNotes()
          == (how == "replaced" ? ["before", "after the restart"] : ["after the restart"]))
    }
  }

  @Test(
    "the state file truncated, or overwritten with garbage, while repayd runs: writes and reads refused as damaged, the daemon answering",
    arguments: ["truncated", "garbage"])
  func damaged(how: String) throws {
    try withDaemon { run, _ in
      let path = run.household.stateDirectory + "/state.sqlite"
      #expect(try run.note("before").status == 0)
      // Everything in the file itself, none of it left in the write-ahead log.
      #expect(try run.state("PRAGMA wal_checkpoint(TRUNCATE);") == "0|0|0\n")
      let handle = try #require(FileHandle(forWritingAtPath: path))
      try handle.truncate(atOffset: 0)
      if how == "garbage" {
        try handle.write(contentsOf: Data((0..<65_536).map { UInt8(truncatingIfNeeded: $0 &* 31) }))
      }
      try handle.close()
      let refused = try run.note("after")
      #expect(refused.status == 1)
      #expect(
        refused.standardError.contains("\(path) is not a readable state database"), "\(refused.standardError)"
      )
      #expect(try run.repayctl.run(["notes"]).status == 1)
      #expect(try run.repayctl.run(["status"]).status == 0)
      run.stop()
    }
  }

  @Test(
    "the disk full (a 1 MiB tmpfs): a note refused as disk full, the daemon answering; space freed, notes taken again and all kept"
  )
  func diskFull() throws {
    try withDaemon(tmpfsState: true) { run, namespace in
      let directory = run.household.stateDirectory
      #expect(try run.note("before").status == 0)
      // Fill what is left; dd ends with "No space left on device".
      let filled = try namespace.run("/bin/dd", ["if=/dev/zero", "of=\(directory)/filler", "bs=64k"])
      #expect(filled.standardError.contains("No space left on device"), "\(filled.standardError)")
      // Notes until one is refused: each acknowledged one must be kept.
      var acknowledged = ["before"]
      var refusal: ChildProcess.Outcome?
      for index in 0..<50 {
        let text = "full \(index) " + String(repeating: "y", count: 4_000)
        let outcome = try run.note(text)
        guard outcome.status == 0 else {
          refusal = outcome
          break
        }
        acknowledged.append(text)
      }
      let refused = try #require(refusal)
      #expect(
        refused.standardError.contains(
          "cannot write the state database \(directory)/state.sqlite: the disk is full"),
        "\(refused.standardError)")
      #expect(try run.repayctl.run(["status"]).status == 0)
      #expect(try namespace.run("/bin/rm", ["\(directory)/filler"]).status == 0)
      #expect(try run.note("after").status == 0)
      run.stop()
      #expect(try run.storedNotes() == acknowledged + ["after"])
      #expect(try run.state("PRAGMA integrity_check;") == "ok\n")
    }
  }

  @Test(
    "the state directory read-only: a start refused naming the file; while running, a note's attachment refused and the note not kept"
  )
  func readOnly() throws {
    try withDaemon { run, namespace in
      let directory = run.household.stateDirectory
      #expect(try run.note("before").status == 0)
      // A read-only mount over the directory: repayd's open files stay writable (a running
      // program keeps what it opened), new files cannot be made there.
      #expect(try namespace.run("/bin/mount", ["--bind", directory, directory]).status == 0)
      #expect(try namespace.run("/bin/mount", ["-o", "remount,bind,ro", directory]).status == 0)
      let receipt = run.household.folder + "/receipt.txt"
      try "paid".write(toFile: receipt, atomically: true, encoding: .utf8)
      let refused = try run.repayctl.run(["note", run.household.loan, "with a receipt", "--attach", receipt])
      #expect(refused.status == 1)
      #expect(refused.standardError.contains("Read-only file system"), "\(refused.standardError)")
      #expect(try run.note("without a receipt").status == 0)
      run.stop()
      #expect(try run.storedNotes() == ["before", "without a receipt"])

      let refusedStart = try RepaydProcess(
        run.household.arguments, environment: ["XDG_RUNTIME_DIR": run.household.folder + "/runtime"],
        launcher: namespace.launcher)
      #expect(refusedStart.waitForExit() == 1)
      #expect(
        refusedStart.standardError.contains("\(directory)/state.sqlite"), "\(refusedStart.standardError)")
      #expect(refusedStart.standardError.contains("Read-only file system"), "\(refusedStart.standardError)")
    }
  }

  /// Runs `body` with repayd on a household placed now, in a mount namespace without journald
  /// (and, with `tmpfsState`, the state directory a 1 MiB tmpfs there); removes the household.
  private func withDaemon(tmpfsState: Bool = false, _ body: (FaultyDaemon, MountNamespace) throws -> Void)
    throws
  {
    let namespace = try FaultyDaemon.journalFreeNamespace()
    defer { namespace.stop() }
    let household = try PlacedHousehold()
    defer { household.remove() }
    if tmpfsState {
      try FileManager.default.createDirectory(
        atPath: household.stateDirectory, withIntermediateDirectories: true)
      try namespace.mountTmpfs(at: household.stateDirectory, size: "1m")
    }
    let run = try FaultyDaemon(household: household, launcher: namespace.launcher)
    try body(run, namespace)
    if run.daemon.isRunning { run.stop() }
  }
}
