import Foundation
import RepayCore
import RepayStore
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real `repayd` binary with a real systemd-journald, started for the first time on a
/// household that already owes: the instalment due five days ago is announced at once with the
/// stage it stands at, once, and the daemon's own log follows the configuration's language.
/// Serialized: the tests share one journald.
@Suite(.serialized)
struct DaemonFirstStartTests {
  /// A configuration in UTC with one loan (a unique id) due five days before today, one grace
  /// day, and an overdue ladder of 1, 3 and 7 days at 00:00: at any hour of today the 3-day
  /// stage (due date + 1 + 3 days: yesterday) has passed and the 7-day one has not. Written to a
  /// fresh folder, with a state directory and a private runtime directory (the instance lock) in
  /// it.
  private struct OwingHousehold {
    let folder: String
    let loan = "late-\(UInt32.random(in: 0...UInt32.max))"
    let due: LocalDate

    init(locale: String?) throws {
      folder =
        FileManager.default.temporaryDirectory.appendingPathComponent(
          "repayd-first-start-\(UUID().uuidString)"
        ).path
      try FileManager.default.createDirectory(
        atPath: folder + "/runtime", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]
      )
      due = TimeZoneRules.utc.localDate(at: Int64(Date().timeIntervalSince1970)).advanced(by: -5)
      let text = """
        [daemon]
        timezone = "UTC"
        \(locale.map { "locale = \"\($0)\"" } ?? "")
        [reminders]
        at = "00:00"
        before = ["3d", "1d"]
        overdue = ["1d", "3d", "7d"]
        [[loan]]
        id = "\(loan)"
        name = "Weilidai"
        platform = "WeBank"
        amount = "800.00"
        currency = "CNY"
        due = { dates = [\(due)] }
        business_day = "none"
        grace_days = 1
        penalty = { daily_rate = "0.0005", fee = "10.00" }
        """
      try text.write(toFile: folder + "/repayd.toml", atomically: true, encoding: .utf8)
    }

    var arguments: [String] { ["--config", folder + "/repayd.toml", "--state-dir", folder + "/state"] }

    /// A private `XDG_RUNTIME_DIR`, so that no other test's daemon holds the lock.
    var environment: [String: String] { ["XDG_RUNTIME_DIR": folder + "/runtime"] }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
  }

  private func nowSeconds() -> Int64 { Int64(Date().timeIntervalSince1970) }

  /// Starts repayd on `household` and waits for its `READY=1`: its first plan is made and handed
  /// over, and SIGTERM is handled from then on.
  private func start(
    _ household: OwingHousehold, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> RepaydProcess {
    let notify = try NotifySocket()
    defer { notify.close() }
    let daemon = try RepaydProcess(
      household.arguments, environment: household.environment.merging(notify.environment) { $1 })
    let messages = notify.receive(count: 2, timeout: .seconds(20))
    #expect(
      messages.contains("READY=1"), "\(messages) \(daemon.standardError)", sourceLocation: sourceLocation)
    return daemon
  }

  /// Stops `daemon` with SIGTERM and waits for its last log line, `stopped` (or `已停止`).
  private func stop(
    _ daemon: RepaydProcess, _ journal: JournalReader, since: Int64, stopped: String = "stopped",
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    daemon.send(SIGTERM)
    #expect(daemon.waitForExit() == 0, "\(daemon.standardError)", sourceLocation: sourceLocation)
    let last = try journal.entries(
      matching: ["_PID=\(daemon.pid)", "MESSAGE=\(stopped)"], since: since, count: 1, timeout: .seconds(10))
    #expect(last.count == 1, sourceLocation: sourceLocation)
  }

  @Test(
    "a first start with an instalment 5 days overdue: its current overdue stage at once, no earlier stage, nothing again after a restart"
  )
  func firstStartAnnouncesWhatIsOverdue() throws {
    let household = try OwingHousehold(locale: nil)
    defer { household.remove() }
    try JournaldFixture.withJournald { journal in
      let started = nowSeconds() - 1
      let first = try start(household)
      let notices = try journal.entries(
        matching: ["REPAY_LOAN=\(household.loan)"], since: started, count: 1, timeout: .seconds(30))
      try #require(notices.count == 1, "\(first.standardError)")
      let notice = notices[0]
      #expect(notice["REPAY_STAGE"] == "overdue" && notice["REPAY_OCCURRENCE"] == household.due.description)
      #expect(notice["MESSAGE_ID"] == "b765eeec1f8447b2b880ee0effb7a48d")
      #expect(notice["_PID"] == "\(first.pid)")
      try stop(first, journal, since: started)
      // Recorded as the 3-day stage (the one the instalment stands at), and nothing else.
      let store = try StateStore(directory: household.folder + "/state")
      #expect(
        try store.deliveries().map(\.record.key) == [
          DeliveryKey(
            subject: .loan(household.loan), date: household.due, stage: .overdue, offsetSeconds: 3 * 86_400)
        ])
      try store.close()

      let second = try start(household)
      try stop(second, journal, since: started)
      let all = try journal.read(matching: ["REPAY_LOAN=\(household.loan)"], since: started)
      #expect(all.count == 1, "\(all.map { $0["MESSAGE"] ?? "" }) \(second.standardError)")
      let delivering = try journal.read(matching: ["_PID=\(second.pid)"], since: started).filter {
        $0["MESSAGE"]?.hasPrefix("delivering") == true
      }
      #expect(delivering.isEmpty)
    }
  }

  @Test(
    "the daemon's own log in the configuration's language: started, delivering, planned and stopped in Chinese under locale = zh-Hans"
  )
  func logFollowsTheConfigurationsLanguage() throws {
    let household = try OwingHousehold(locale: "zh-Hans")
    defer { household.remove() }
    try JournaldFixture.withJournald { journal in
      let started = nowSeconds() - 1
      // The process's own locale is English (LANG=C.UTF-8): the configuration decides.
      let daemon = try start(household)
      let notices = try journal.entries(
        matching: ["REPAY_LOAN=\(household.loan)"], since: started, count: 1, timeout: .seconds(30))
      #expect(notices.first?.messageText.hasPrefix("Weilidai ¥800.00 已逾期 ") == true, "\(notices)")
      try stop(daemon, journal, since: started, stopped: "已停止")
      let lines = try journal.read(matching: ["_PID=\(daemon.pid)"], since: started)
        .filter { $0["REPAY_STAGE"] == nil }.map(\.messageText)
      #expect(lines.contains { $0.hasPrefix("已启动：1 笔贷款，状态文件 ") }, "\(lines)")
      #expect(lines.contains("正在送出 1 条提醒"), "\(lines)")
      #expect(lines.contains("已排定：共 1 条提醒待发"), "\(lines)")
      #expect(lines.last == "已停止", "\(lines)")
      // No line of the story is left in English.
      let english = ["started", "delivering", "planned", "control socket", "stopped"]
      #expect(!lines.contains { line in english.contains { line.hasPrefix($0) } }, "\(lines)")
    }
  }
}

extension JournalEntry {
  /// The entry's `MESSAGE`, or "" when it has none.
  fileprivate var messageText: String { self["MESSAGE"] ?? "" }
}
