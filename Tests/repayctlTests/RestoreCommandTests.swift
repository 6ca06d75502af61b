import Foundation
import RepayTestSupport
import Synchronization
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `repayctl restore` on the real binaries and real SQLite files: refused while the real repayd
/// runs on the state, then a backup taken while calls were being answered comes back, with the
/// state it replaced kept beside it; a file that is not an intact backup of repayd's state is
/// refused and changes nothing.
@Suite(.serialized)
struct RestoreCommandTests {
  /// `sql` run by the sqlite3 command on `file`, its output.
  private func sqlite(_ file: String, _ sql: String) throws -> String {
    let outcome = try ChildProcess.run("/usr/bin/sqlite3", [file, sql])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    return outcome.standardOutput
  }

  /// What `repayctl restore` is given besides its arguments: the daemon's runtime directory,
  /// where its lock is.
  private func restore(_ daemon: LiveDaemon, _ arguments: [String], lang: String = "C.UTF-8") throws
    -> ChildProcess.Outcome
  {
    try daemon.repayctl(
      ["restore"] + arguments + ["--state-dir", daemon.stateDirectory], lang: lang,
      environment: ["XDG_RUNTIME_DIR": daemon.folder + "/runtime"])
  }

  @Test(
    "refused while repayd runs; then a backup taken under calls comes back and the replaced state is kept")
  func restoreUnderLoad() throws {
    let daemon = try LiveDaemon()
    let database = daemon.stateDirectory + "/state.sqlite"
    let backup = daemon.folder + "/backup.sqlite"
    // Payments recorded one after another while the backup is taken.
    let payments = 20
    let answered = Mutex((paid: 0, failed: 0))
    let environment = ["REPAYD_ADDRESS": daemon.address, "TZ": LiveDaemon.zone]
    let payer = Thread {
      for _ in 0..<payments {
        let status = (try? RepayctlProcess.run(["pay", "huabei", "1.00"], environment: environment))?.status
        answered.withLock {
          if status == 0 { $0.paid += 1 } else { $0.failed += 1 }
        }
      }
    }
    payer.start()
    try Polling.until("three payments", timeout: .seconds(120)) { answered.withLock { $0.paid } >= 3 }
    let copied = try daemon.repayctl(["backup", backup, "--state-dir", daemon.stateDirectory])
    #expect(copied.status == 0, "\(copied.standardError)")
    try Polling.until("every payment answered", timeout: .seconds(300)) {
      answered.withLock { $0.paid + $0.failed } == payments
    }
    #expect(answered.withLock { $0.failed } == 0)
    let inBackup =
      Int(try sqlite(backup, "SELECT count(*) FROM payments;").trimmingCharacters(in: .newlines)) ?? -1
    #expect(inBackup >= 3 && inBackup <= payments)

    let refused = try restore(daemon, [backup])
    #expect(refused.status == 1)
    #expect(
      refused.standardError.contains("repayd is running (process \(daemon.pid)"), "\(refused.standardError)")
    #expect(refused.standardError.contains("systemctl --user stop repayd"))
    #expect(try sqlite(database, "SELECT count(*) FROM payments;") == "\(payments)\n")

    daemon.stop()
    let restored = try restore(daemon, [backup, "--json"])
    #expect(restored.status == 0, "\(restored.standardError)")
    let reply = try #require(
      try JSONSerialization.jsonObject(with: Data(restored.standardOutput.utf8)) as? [String: String])
    #expect(reply["file"] == backup && reply["database"] == database)
    let kept = try #require(reply["kept"])
    #expect(kept.hasPrefix(database + ".replaced-"))
    #expect(try sqlite(database, "SELECT count(*) FROM payments;") == "\(inBackup)\n")
    #expect(try sqlite(database, "PRAGMA integrity_check;") == "ok\n")
    #expect(try sqlite(kept, "SELECT count(*) FROM payments;") == "\(payments)\n")
    var info = stat()
    #expect(stat(database, &info) == 0 && info.st_mode & 0o777 == 0o600)
    // The backup itself is only read.
    #expect(try sqlite(backup, "SELECT count(*) FROM payments;") == "\(inBackup)\n")
  }

  @Test(
    "a file that is not an intact backup of repayd's state is refused, in both languages, and nothing changes"
  )
  func refusals() throws {
    let daemon = try LiveDaemon()
    #expect(try daemon.repayctl(["pay", "jd"]).status == 0)
    let backup = daemon.folder + "/backup.sqlite"
    #expect(try daemon.repayctl(["backup", backup, "--state-dir", daemon.stateDirectory]).status == 0)
    daemon.stop()
    let database = daemon.stateDirectory + "/state.sqlite"
    let before = try Data(contentsOf: URL(fileURLWithPath: database))

    let garbage = daemon.folder + "/garbage.sqlite"
    try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: garbage))
    let foreign = daemon.folder + "/foreign.sqlite"
    _ = try sqlite(foreign, "CREATE TABLE t (a); INSERT INTO t VALUES (1);")
    let newer = daemon.folder + "/newer.sqlite"
    try FileManager.default.copyItem(atPath: backup, toPath: newer)
    _ = try sqlite(newer, "INSERT INTO grdb_migrations VALUES ('v99-future');")
    // A backup with one of its table's pages overwritten.
    let damaged = daemon.folder + "/damaged.sqlite"
    var bytes = try Data(contentsOf: URL(fileURLWithPath: backup))
    let pageSize = Int(try sqlite(backup, "PRAGMA page_size;").trimmingCharacters(in: .newlines)) ?? 4096
    let page =
      Int(
        try sqlite(backup, "SELECT rootpage FROM sqlite_schema WHERE name = 'payments';")
          .trimmingCharacters(in: .newlines)) ?? 2
    bytes.replaceSubrange(
      ((page - 1) * pageSize + 8)..<(page * pageSize), with: Data(repeating: 0xFF, count: pageSize - 8))
    try bytes.write(to: URL(fileURLWithPath: damaged))

    let cases: [(String, String)] = [
      (daemon.folder + "/missing.sqlite", "cannot read the backup"),
      (garbage, "is not a backup of repayd's state"),
      (foreign, "is an SQLite database but not a backup of repayd's state"),
      (newer, "was written by a newer repayd (changes v99-future)"),
      (damaged, "is damaged"),
    ]
    for (file, message) in cases {
      let outcome = try restore(daemon, [file])
      #expect(outcome.status == 1, "\(file)")
      #expect(outcome.standardError.contains(message), "\(file): \(outcome.standardError)")
      #expect(outcome.standardOutput.isEmpty)
    }
    let chinese = try restore(daemon, [newer], lang: "zh_CN.UTF-8")
    #expect(chinese.standardError.contains("由更新版本的 repayd 写入（变更 v99-future）；未做任何更改"))
    let json = try restore(daemon, [garbage, "--json"])
    let error = try JSONSerialization.jsonObject(with: Data(json.standardError.utf8)) as? [String: Any]
    #expect(error?["error"] as? String == "repayctl.RestoreRefused", "\(json.standardError)")
    // Nothing changed: the same bytes, and nothing kept or left beside them.
    #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    let beside = try FileManager.default.contentsOfDirectory(atPath: daemon.stateDirectory)
    #expect(!beside.contains { $0.contains(".replaced-") || $0.contains(".restoring") }, "\(beside)")
  }
}
