import ControlInterface
import Foundation
import RepayConfig
import RepayControl
import RepayCore
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The overdue playbook's agreement on the real daemon, a real journald and a real state file,
/// driven by the real repayctl: a loan 5 days overdue renegotiated into two instalments; the
/// superseded occurrence falls silent and the first agreed instalment's advance notice fires;
/// it is paid; a month later (the daemon run under libfaketime, since the test cannot wait a
/// month and must not set the clock) the second is missed and its overdue notice says the
/// agreement is broken; a reload that changes the loan's amount and a restart keep the
/// agreement; a cancellation brings the superseded occurrence back. Every command line the
/// notices printed then runs as printed.
@Suite(.serialized)
struct DaemonAgreementTests {
  /// A household of one loan, `plan-…`, due 5 days ago and placed so that its stages of today
  /// fall shortly after the test starts: the loan's time of day `at` is 25 s from now, advance
  /// 10 s before it, overdue 15 s and 5 days 40 s after it (so the overdue occurrence of 5 days
  /// ago would have a stage 40 s after `at` today, had it not been superseded).
  private struct Household {
    let folder: String
    let loan = "plan-\(UInt32.random(in: 0...UInt32.max))"
    let zone: TimeZoneRules
    /// Unix seconds of today's `at`.
    let at: Int64
    let today: LocalDate
    var configPath: String { folder + "/repayd.toml" }
    var runtime: String { folder + "/runtime" }
    var state: String { folder + "/state" }
    var address: String { "unix:\(runtime)/repayd/control.sock" }

    init() throws {
      zone = try SystemTimeZone.rules(for: "Asia/Shanghai", environment: [:])
      var start = Int64(Date().timeIntervalSince1970)
      // Every stage of today must fall on today: near midnight, wait for the new day.
      while zone.localDate(at: start + 120) != zone.localDate(at: start) {
        Thread.sleep(forTimeInterval: 1)
        start = Int64(Date().timeIntervalSince1970)
      }
      at = start + 25
      today = zone.localDate(at: at)
      folder =
        FileManager.default.temporaryDirectory.appendingPathComponent(
          "repayd-agreement-\(UUID().uuidString)"
        ).path
      try FileManager.default.createDirectory(
        atPath: runtime, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      try write(amount: "1000.00")
    }

    /// Writes the configuration with the loan's amount per instalment.
    func write(amount: String) throws {
      let time = zone.localTime(at: at).time
      try """
      [daemon]
      timezone = "Asia/Shanghai"
      [reminders]
      at = "\(time)"
      before = ["10s"]
      overdue = ["15s", "5d40s"]
      [[loan]]
      id = "\(loan)"
      name = "花呗"
      platform = "Alipay"
      contact = { phone = "95188" }
      amount = "\(amount)"
      currency = "CNY"
      due = { dates = [\(today.advanced(by: -5))] }
      business_day = "none"
      penalty = { daily_rate = "0.0005" }
      """.write(toFile: configPath, atomically: true, encoding: .utf8)
    }

    /// Starts repayd on the household, `ahead` (libfaketime's offset, such as "+45d") when given.
    func start(ahead: String? = nil) throws -> RepaydProcess {
      var environment = ["TZ": "Asia/Shanghai", "XDG_RUNTIME_DIR": runtime]
      if let ahead {
        try #require(LibFaketime.isInstalled, "Debian's faketime is missing")
        environment.merge(LibFaketime.preloadEnvironment(ahead)) { $1 }
      }
      let daemon = try RepaydProcess(
        ["--config", configPath, "--state-dir", state], environment: environment, throughEnv: ahead != nil)
      // Ready once the socket answers.
      let deadline = ContinuousClock.now + .seconds(30)
      while try repayctl(["status"]).status != 0, ContinuousClock.now < deadline, daemon.isRunning {
        Thread.sleep(forTimeInterval: 0.1)
      }
      return daemon
    }

    /// Runs the real repayctl against this household's daemon.
    func repayctl(_ arguments: [String], lang: String = "C.UTF-8") throws -> ChildProcess.Outcome {
      try RepayctlRunner(address: address).run(arguments, lang: lang)
    }

    /// The JSON object a successful `repayctl … --json` printed.
    func json(_ arguments: [String]) throws -> [String: Any] {
      try RepayctlRunner(address: address).json(arguments)
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
  }

  /// Stops `daemon` and removes what libfaketime left for its pid when it ran ahead.
  private func stop(_ daemon: RepaydProcess) {
    daemon.send(SIGTERM)
    #expect(daemon.waitForExit() == 0, "\(daemon.standardError)")
    LibFaketime.removeSharedObjects(ofProcess: daemon.pid)
  }

  @Test("renegotiated, kept, broken, reloaded, restarted, cancelled; each printed command runs")
  func playbook() throws {
    let household = try Household()
    defer { household.remove() }
    try JournaldFixture.withJournald { journal in
      let started = Int64(Date().timeIntervalSince1970)
      let loan = household.loan
      let overdueDate = household.today.advanced(by: -5).description
      let today = household.today.description
      var daemon = try household.start()
      defer {
        if daemon.isRunning {
          daemon.send(SIGKILL)
          _ = daemon.waitForExit()
        }
        LibFaketime.removeSharedObjects(ofProcess: daemon.pid)
      }

      let before = try #require((try household.json(["loans"])["loans"] as? [[String: Any]])?.first)
      #expect(before["days_overdue"] as? Int == 5 && before["next_due"] as? String == overdueDate)
      let status = try household.json(["status"])
      #expect((status["next_reminder"] as? [String: Any])?["occurrence"] as? String == overdueDate)

      // Measure 1: the call, with a follow-up today (at the loan's time) and the letter they sent.
      let letter = household.folder + "/letter.txt"
      let letterText = Data("Repayment plan offered by Alipay, case C-88\n".utf8)
      try letterText.write(to: URL(fileURLWithPath: letter))
      let noted = try household.json([
        "note", loan, "called 95188; they offer two instalments", "--channel", "phone", "--direction", "out",
        "--counterpart", "Ms Li", "--ref", "C-88", "--follow-up", today, "--attach", letter,
      ])
      let note = try #require(noted["note"] as? [String: Any])
      let attachment = try #require((note["attachments"] as? [[String: Any]])?.first)
      let digest = try ChildProcess.run("/usr/bin/sha256sum", [letter]).standardOutput.prefix(64)
      #expect(
        attachment["sha256"] as? String == String(digest) && attachment["name"] as? String == "letter.txt")

      // Two instalments from today: ¥1,000.00 and 5 days of 0.05 % (¥2.50), split in two.
      let made = try household.json([
        "renegotiate", loan, "--installments", "2", "--start", today, "--note",
        "two payments, agreed by phone",
        "--ref", "C-88", "--counterpart", "Ms Li",
      ])
      let agreement = try #require(made["agreement"] as? [String: Any])
      #expect(agreement["id"] as? Int == 1 && agreement["kind"] as? String == "installments")
      #expect(agreement["state"] as? String == "active" && agreement["total"] as? String == "1002.50")
      #expect(agreement["supersedes"] as? [String] == [overdueDate])
      let agreed = try #require(agreement["occurrences"] as? [[String: String]])
      #expect(agreed.map { $0["amount"] } == ["501.25", "501.25"] && agreed.first?["due"] == today)
      let second = try #require(agreed.last?["due"])

      let after = try #require((try household.json(["loans"])["loans"] as? [[String: Any]])?.first)
      #expect(after["days_overdue"] as? Int == 0 && after["next_due"] as? String == today)
      // The superseded occurrence's stage of today is off the timeline: the next is the advance.
      let next = try #require(try household.json(["status"])["next_reminder"] as? [String: Any])
      #expect(next["occurrence"] as? String == today && next["stage"] as? String == "advance")

      let advance = try journal.entries(
        matching: ["REPAY_LOAN=\(loan)", "REPAY_STAGE=advance"], since: started, count: 1,
        timeout: .seconds(90))
      #expect(advance.first?["REPAY_OCCURRENCE"] == today && advance.first?["REPAY_AMOUNT"] == "501.25")
      // The follow-up fires at the loan's time, once.
      let followUp = try journal.entries(
        matching: ["REPAY_LOAN=\(loan)", "REPAY_NOTE=1"], since: started, count: 1, timeout: .seconds(90))
      #expect(followUp.first?["REPAY_STAGE"] == "reminder" && followUp.first?["REPAY_REMINDER"] == "note-1")

      let paid = try household.json(["pay", loan])
      #expect((paid["occurrence"] as? [String: Any])?["status"] as? String == "settled")
      #expect((paid["occurrence"] as? [String: Any])?["agreement"] as? Int == 1)
      #expect(
        try household.json(["agreements", loan])["agreements"].map { "\($0)" }?.contains("active") == true)

      // Past the instant the superseded occurrence's stage was planned for (40 s after `at`),
      // and planned past it, it has not fired: of that occurrence, only the notice of the stage it
      // stood at when repayd first started (its 15 s rung, five days ago) is in the journal (all
      // of the stopped daemon's entries written out).
      try ControlClient(address: ControlAddress(path: household.runtime + "/repayd/control.sock"))
        .waitUntilPlanned(past: (household.at + 40) * 1_000_000)
      stop(daemon)
      let announced = try journal.readAfterSync(
        matching: ["REPAY_LOAN=\(loan)", "REPAY_OCCURRENCE=\(overdueDate)"], since: started)
      #expect(
        announced.map { $0["REPAY_STAGE"] } == ["overdue"], "\(announced.map { $0["MESSAGE"] ?? "" })")

      // A month and a half later: the second instalment was missed.
      daemon = try household.start(ahead: "+45d")
      let broken = try journal.entries(
        matching: ["REPAY_LOAN=\(loan)", "REPAY_STAGE=overdue", "REPAY_OCCURRENCE=\(second)"], since: started,
        count: 1, timeout: .seconds(60))
      let brokenMessage = try #require(broken.first?["MESSAGE"], "\(daemon.standardError)")
      #expect(brokenMessage.contains("agreement 1 is broken"), "\(brokenMessage)")
      #expect(broken.first?["REPAY_AMOUNT"] == "501.25")
      func agreements() throws -> [[String: Any]] {
        try #require(try household.json(["agreements"])["agreements"] as? [[String: Any]])
      }
      #expect(try agreements().map { $0["state"] as? String } == ["broken"])

      // A reload that changes the loan's amount leaves the agreement standing.
      try household.write(amount: "1200.00")
      #expect(try household.repayctl(["reload"]).status == 0)
      let reloaded = try #require((try household.json(["loans"])["loans"] as? [[String: Any]])?.first)
      #expect(reloaded["amount"] as? String == "1200.00" && reloaded["next_due"] as? String == second)
      #expect(try agreements().count == 1 && (try agreements().first?["state"] as? String) == "broken")
      func occurrences() throws -> [[String: Any]] {
        try #require(try household.json(["show", loan])["occurrences"] as? [[String: Any]])
      }
      let superseded = try #require(try occurrences().first { $0["due"] as? String == overdueDate })
      #expect(superseded["status"] as? String == "superseded" && superseded["superseded_by"] as? Int == 1)
      #expect(try occurrences().first { $0["due"] as? String == second }?["amount"] as? String == "501.25")

      // A restart keeps it too; the follow-up, delivered before, is not delivered again.
      stop(daemon)
      daemon = try household.start(ahead: "+45d")
      #expect(try agreements().map { $0["state"] as? String } == ["broken"])
      #expect(try journal.read(matching: ["REPAY_LOAN=\(loan)", "REPAY_NOTE=1"], since: started).count == 1)

      // Cancelled: the superseded occurrence is due again, with its own date, amount and penalty.
      let cancelled = try household.json(["agreement-cancel", "1", "--note", "they withdrew the offer"])
      #expect((cancelled["agreement"] as? [String: Any])?["state"] as? String == "cancelled")
      let back = try #require(try occurrences().first { $0["due"] as? String == overdueDate })
      #expect(back["status"] as? String == "overdue" && back["amount"] as? String == "1200.00")
      #expect((back["days_overdue"] as? Int ?? 0) >= 50)
      #expect(
        try household.json(["history", "--loan", loan])["entries"].map { "\($0)" }?.contains("cancelled")
          == true)

      // The dossier holds all of it.
      let dossier = try household.json(["dossier", loan])
      #expect(((dossier["loan"] as? [String: Any])?["loan"] as? [String: Any])?["id"] as? String == loan)
      let listed = try #require(dossier["occurrences"] as? [[String: Any]])
      #expect(
        listed.first?["due"] as? String == overdueDate && listed.first?["status"] as? String == "overdue")
      let payments = try #require(dossier["payments"] as? [[String: Any]])
      #expect(
        payments.map { $0["amount"] as? String } == ["501.25"]
          && payments.first?["occurrence"] as? String == today)
      let notes = try #require(dossier["notes"] as? [[String: Any]])
      #expect(
        notes.count == 1 && notes.first?["text"] as? String == "called 95188; they offer two instalments")
      #expect(
        notes.first?["counterpart"] as? String == "Ms Li" && notes.first?["follow_up"] as? String == today)
      #expect(notes.first?["channel"] as? String == "phone" && notes.first?["direction"] as? String == "out")
      let kept = try #require(dossier["agreements"] as? [[String: Any]])
      #expect(kept.count == 1 && kept.first?["state"] as? String == "cancelled")
      #expect(
        kept.first?["supersedes"] as? [String] == [overdueDate] && kept.first?["ref"] as? String == "C-88")
      #expect(kept.first?["cancelled_at"] != nil && kept.first?["total"] as? String == "1002.50")
      let delivered = try #require(dossier["deliveries"] as? [[String: Any]]).map {
        "\($0["stage"] as? String ?? "") \($0["occurrence"] as? String ?? "")"
      }
      #expect(
        delivered.contains("advance \(today)") && delivered.contains("overdue \(second)"), "\(delivered)")
      // Of the superseded occurrence, only the first start's notice of the stage it stood at.
      #expect(delivered.filter { $0.hasSuffix(overdueDate) } == ["overdue \(overdueDate)"], "\(delivered)")
      let files = try #require(dossier["attachments"] as? [[String: Any]])
      #expect(
        files.map { $0["sha256"] as? String } == [String(digest)]
          && files.first?["bytes"] as? Int == letterText.count)

      // Every command line this loan's notices printed runs as printed.
      let messages = try journal.read(matching: ["REPAY_LOAN=\(loan)"], since: started).compactMap {
        $0["MESSAGE"]
      }
      let commands = Set(
        messages.compactMap { message in
          message.range(of: "repayctl ").map { String(message[$0.lowerBound...]) }
        })
      #expect(!commands.isEmpty)
      for command in commands.sorted() {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("LC_") }
        environment["LANG"] = "C.UTF-8"
        environment["REPAYD_ADDRESS"] = household.address
        environment["PATH"] =
          URL(fileURLWithPath: RepayctlRunner.path).deletingLastPathComponent().path + ":"
          + (environment["PATH"] ?? "/usr/bin:/bin")
        let outcome = try ChildProcess.run(
          "/bin/sh", ["-c", command], environment: environment, in: household.folder)
        #expect(outcome.status == 0, "\(command): \(outcome.standardError)")
      }
      stop(daemon)
    }
  }
}
