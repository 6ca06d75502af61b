import ControlInterface
import Foundation
import RepayCore
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Every daemon command of `repayctl` end to end: the real binary against the real repayd on a
/// real socket, human output in English and Chinese and `--json` output, and the exit code of
/// each failure class (2 usage, 1 the daemon's error, 3 the daemon not reachable).
@Suite(.serialized)
struct DaemonCommandsTests {
  /// Terminal columns of `text`, the CJK ideographs of the test household counted as two.
  private func columns(_ text: some StringProtocol) -> Int {
    text.unicodeScalars.reduce(0) { $0 + ((0x4E00...0x9FFF).contains($1.value) ? 2 : 1) }
  }

  /// The JSON object `text` holds.
  private func object(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
  }

  @Test("status, loans, show, upcoming, notes and history for people and as the reply's JSON")
  func queries() throws {
    let daemon = try LiveDaemon()
    let status = try daemon.repayctl(["status"])
    #expect(status.status == 0, "\(status.standardError)")
    #expect(status.standardOutput.hasPrefix("repayd "))
    #expect(status.standardOutput.contains("(Asia/Shanghai): 2 loans, 0 reminders"))
    #expect(status.standardOutput.contains("1 instalment, ¥300.00"), "\(status.standardOutput)")
    let statusJSON = try object(try daemon.repayctl(["status", "--json"]).standardOutput)
    #expect(statusJSON["overdue_count"] as? Int == 1)
    #expect((statusJSON["configuration"] as? [String: Any])?["files"] as? [String] == [daemon.configPath])

    let loans = try daemon.repayctl(["loans"])
    #expect(loans.status == 0)
    let lines = loans.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(
      lines[1].hasPrefix("  huabei  花呗") && lines[1].contains("in 5 days") && lines[1].contains("¥1,250.00"))
    #expect(lines[2].contains("京东白条") && lines[2].contains("overdue 3 days") && lines[2].hasSuffix("¥300.00"))
    // Columns line up although the names are Chinese: the amounts start in the same column.
    #expect(Set(lines.dropFirst().map { columns($0.prefix { $0 != "¥" }) }).count == 1, "\(lines)")
    let chinese = try daemon.repayctl(["loans"], lang: "zh_CN.UTF-8").standardOutput
    #expect(chinese.contains("5 天后") && chinese.contains("逾期 3 天"), "\(chinese)")
    let loansJSON = try daemon.repayctl(["loans", "--json"]).standardOutput
    // The reply's parameters as the daemon wrote them (its key order is its encoder's), whole.
    let expected = """
      {"loans":[{"id":"huabei","name":"花呗","platform":"支付宝","currency":"CNY","amount":"1250.00",\
      "next_due":"\(daemon.today.advanced(by: 5))","outstanding":"0.00","days_overdue":0,"next_due_outstanding":"1250.00"},\
      {"id":"jd","name":"京东白条","platform":"京东","currency":"CNY","amount":"300.00",\
      "next_due":"\(daemon.today.advanced(by: -3))","outstanding":"300.00","days_overdue":3,"next_due_outstanding":"300.00"}]}
      """
    #expect(loansJSON.hasSuffix("}\n") && loansJSON.filter { $0 == "\n" }.count == 1)
    #expect(NSDictionary(dictionary: try object(loansJSON)).isEqual(to: try object(expected)), "\(loansJSON)")

    let show = try daemon.repayctl(["show", "jd"])
    #expect(show.status == 0)
    #expect(show.standardOutput.hasPrefix("京东白条 (jd) · 京东\n"))
    #expect(show.standardOutput.contains("contact: phone 950618"))
    #expect(show.standardOutput.contains("overdue 3 days"))
    let showJSON = try object(try daemon.repayctl(["show", "jd", "--json"]).standardOutput)
    #expect((showJSON["loan"] as? [String: Any])?["id"] as? String == "jd")
    #expect((showJSON["occurrences"] as? [[String: Any]])?.first?["status"] as? String == "overdue")

    let upcoming = try daemon.repayctl(["upcoming", "--days", "40"])
    #expect(upcoming.status == 0)
    #expect(upcoming.standardOutput.contains("花呗") && upcoming.standardOutput.contains("in 35 days"))
    let upcomingJSON = try object(try daemon.repayctl(["upcoming", "--days", "7", "--json"]).standardOutput)
    #expect(upcomingJSON["days"] as? Int == 7 && (upcomingJSON["occurrences"] as? [Any])?.count == 1)

    #expect(try daemon.repayctl(["notes"]).standardOutput == "No notes yet.\n")
    #expect(try daemon.repayctl(["notes", "--json"]).standardOutput == "{\"notes\":[]}\n")
    // Notices due before repayd's first start are not caught up one by one: of jd, 3 days
    // overdue at the start, only the notice of the stage it stands at, recorded once delivered.
    var entries: [[String: Any]] = []
    try Polling.until("jd's first-start notice to be recorded") {
      entries =
        try object(try daemon.repayctl(["history", "--json", "--loan", "jd"]).standardOutput)["entries"]
        as? [[String: Any]] ?? []
      return !entries.isEmpty
    }
    #expect(entries.map { "\($0["kind"] ?? "") \($0["stage"] ?? "")" } == ["delivery overdue"], "\(entries)")
    let history = try daemon.repayctl(["history", "--loan", "jd"])
    #expect(history.status == 0 && history.standardOutput.contains("overdue"), "\(history.standardOutput)")
  }

  @Test("pay, unpay, snooze, unsnooze and note change the daemon's state and say so")
  func changes() throws {
    let daemon = try LiveDaemon()
    let partial = try daemon.repayctl(["pay", "jd", "100.00", "--note", "first part", "--json"])
    #expect(partial.status == 0, "\(partial.standardError)")
    let paid = try object(partial.standardOutput)
    let payment = try #require(paid["payment"] as? [String: Any])
    #expect(payment["amount"] as? String == "100.00" && payment["note"] as? String == "first part")
    #expect((paid["occurrence"] as? [String: Any])?["outstanding"] as? String == "200.00")
    let rest = try daemon.repayctl(["pay", "jd"])
    #expect(rest.status == 0)
    #expect(rest.standardOutput.contains("Recorded payment 2: ¥200.00 on jd"), "\(rest.standardOutput)")
    #expect(rest.standardOutput.contains("That instalment is settled."))
    let undone = try daemon.repayctl(["unpay", "2"], lang: "zh_CN.UTF-8")
    #expect(
      undone.standardOutput
        == "已撤回还款记录 2：jd \(daemon.today.advanced(by: -3)) 到期的一期，¥200.00。它以“已撤回”留在历史中，不再计入还款。\n")
    let unpaid = try object(try daemon.repayctl(["unpay", "1", "--json"]).standardOutput)
    #expect((unpaid["payment"] as? [String: Any])?["id"] as? Int == 1)

    // A snooze of 3d ends three dates on, counted as `loans` counts days (unless the date
    // changed while the command ran); --until 18 days ahead ends 18 dates on.
    let before = try LiveDaemon.rules().localDate(at: Int64(Date().timeIntervalSince1970))
    let snoozed = try daemon.repayctl(["snooze", "huabei", "3d"])
    let after = try LiveDaemon.rules().localDate(at: Int64(Date().timeIntervalSince1970))
    #expect(snoozed.status == 0)
    #expect(snoozed.standardOutput.contains("The reminders of huabei are paused until"))
    if before == after {
      #expect(snoozed.standardOutput.hasSuffix(" (in 3 days).\n"), "\(snoozed.standardOutput)")
      let chinese = try daemon.repayctl(["snooze", "huabei", "3d"], lang: "zh_CN.UTF-8").standardOutput
      #expect(chinese.hasSuffix("（3 天后）。\n"), "\(chinese)")
    }
    let eighteen = try daemon.repayctl(["snooze", "huabei", "--until", "\(daemon.today.advanced(by: 18))"])
    #expect(
      eighteen.standardOutput.hasSuffix("\(daemon.today.advanced(by: 18)) 00:00 (in 18 days).\n"),
      "\(eighteen.standardOutput)")
    let until = try daemon.repayctl([
      "snooze", "huabei", "--until", "\(daemon.today.advanced(by: 2))", "--json",
    ])
    #expect(try object(until.standardOutput)["snooze"] != nil)
    #expect(
      try daemon.repayctl(["unsnooze", "huabei"]).standardOutput.hasPrefix("Ended the snooze of huabei"))
    #expect(try daemon.repayctl(["unsnooze", "huabei"]).standardOutput == "huabei was not snoozed.\n")
    #expect(try daemon.repayctl(["unsnooze", "huabei", "--json"]).standardOutput == "{}\n")

    let followUp = "\(daemon.today.advanced(by: 2))"
    let noted = try daemon.repayctl([
      "note", "jd", "客服说周五前还款免滞纳金", "--channel", "phone", "--ref", "A-1", "--follow-up", followUp,
    ])
    #expect(noted.status == 0)
    #expect(
      noted.standardOutput.contains("Noted for jd") && noted.standardOutput.contains("follow up \(followUp)"))
    let notes = try daemon.repayctl(["notes", "jd"], lang: "zh_CN.UTF-8")
    #expect(notes.standardOutput.contains("电话") && notes.standardOutput.contains("客服说周五前还款免滞纳金"))
    let notesJSON = try object(try daemon.repayctl(["notes", "--json"]).standardOutput)
    let note = try #require((notesJSON["notes"] as? [[String: Any]])?.first)
    #expect(
      note["channel"] as? String == "phone" && note["ref"] as? String == "A-1"
        && note["follow_up"] as? String == followUp)
    let kinds = try object(try daemon.repayctl(["history", "--json", "--loan", "jd"]).standardOutput)[
      "entries"]
    #expect((kinds as? [[String: Any]])?.contains { $0["kind"] as? String == "note" } == true)
  }

  @Test(
    "history for people names each kind as the JSON does, and a snooze's end; show names delivered reminders; both languages"
  )
  func historyKinds() throws {
    let household = try DossierCommandTests.Household()
    try household.fill()
    let daemon = household.daemon
    let snoozed = try object(try daemon.repayctl(["snooze", "huabei", "3d", "--json"]).standardOutput)
    let until = try #require((snoozed["snooze"] as? [String: Any])?["until"] as? String)
    let entries = try #require(
      try object(try daemon.repayctl(["history", "--json", "--loan", "huabei"]).standardOutput)["entries"]
        as? [[String: Any]])
    let kinds = entries.compactMap { $0["kind"] as? String }
    #expect(Set(kinds) == ["payment", "note", "delivery", "snooze"], "\(kinds)")
    #expect(entries.first { $0["kind"] as? String == "snooze" }?["until"] as? String == until)
    let rules = try LiveDaemon.rules()
    let (endDate, endTime) = rules.localTime(at: try #require(InstantText.parse(until)) / 1_000_000)
    for (lang, names, end) in [
      (
        "C.UTF-8", ["payment": "payment", "note": "note", "delivery": "delivery", "snooze": "snooze"], "until"
      ),
      ("zh_CN.UTF-8", ["payment": "还款", "note": "沟通", "delivery": "送达", "snooze": "暂停"], "至"),
    ] {
      let rows = try daemon.repayctl(["history", "--loan", "huabei"], lang: lang).standardOutput
        .split(separator: "\n").dropFirst().map(String.init)
      // Each row's kind is the third word, after the local date and time.
      let shown = rows.map { $0.split(separator: " ", omittingEmptySubsequences: true)[2] }
      #expect(shown.map(String.init) == kinds.compactMap { names[$0] }, "\(rows)")
      let snoozeRow = try #require(rows.first { $0.contains(" \(names["snooze"]!) ") })
      #expect(snoozeRow.contains("\(end) \(endDate) \(endTime)"), "\(snoozeRow)")
    }
    // The advance reminder 5 s before the due one, by its stage and offset.
    let show = try daemon.repayctl(["show", "huabei"]).standardOutput
    #expect(show.contains("  advance 5s  "), "\(show)")
    let chineseShow = try daemon.repayctl(["show", "huabei"], lang: "zh_CN.UTF-8").standardOutput
    #expect(chineseShow.contains("  提前 5 秒提醒  ") && !chineseShow.contains("5s"), "\(chineseShow)")
  }

  @Test("watch prints one line per event as it happens, in words and as JSON")
  func watch() throws {
    let daemon = try LiveDaemon()
    for json in [false, true] {
      let watcher = Process()
      watcher.executableURL = URL(fileURLWithPath: RepayctlProcess.executable)
      watcher.arguments = ["watch"] + (json ? ["--json"] : [])
      var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("LC_") }
      environment.merge(["LANG": "C.UTF-8", "REPAYD_ADDRESS": daemon.address, "TZ": LiveDaemon.zone]) { $1 }
      watcher.environment = environment
      let output = Pipe()
      watcher.standardOutput = output
      try watcher.run()
      defer { watcher.stop() }
      let reader = LineReader(output.fileHandleForReading)
      let first = try #require(reader.next())
      #expect(
        json ? first.contains("\"kind\":\"watching\"") : first.contains("watching; press Ctrl-C to stop"))
      #expect(try daemon.repayctl(["note", "huabei", "watched"]).status == 0)
      let event = try #require(reader.next())
      if json {
        #expect(try object(event)["kind"] as? String == "note", "\(event)")
      } else {
        #expect(event.contains("note written  huabei"), "\(event)")
      }
    }
  }

  @Test("reload: a good configuration is taken; a broken one is refused with its positions, exit 1")
  func reload() throws {
    let daemon = try LiveDaemon()
    let good = try daemon.repayctl(["reload"])
    #expect(good.status == 0 && good.standardOutput == "Reloaded: 2 loans, 0 reminders (Asia/Shanghai).\n")
    // One loan and one reminder: English counts each in the singular, in reload and status alike.
    let household = LiveDaemon.household(today: daemon.today)
    let huabeiOnly = try #require(household.range(of: "[[loan]]\nid = \"jd\"")).lowerBound
    try
      (household[..<huabeiOnly]
      + "[[reminder]]\nid = \"report\"\ncalendar = \"*-01-01 10:00\"\nmessage = \"x\"\n")
      .write(toFile: daemon.configPath, atomically: true, encoding: .utf8)
    let single = try daemon.repayctl(["reload"])
    #expect(
      single.standardOutput == "Reloaded: 1 loan, 1 reminder (Asia/Shanghai).\n", "\(single.standardError)")
    #expect(
      try daemon.repayctl(["status"]).standardOutput.contains("(Asia/Shanghai): 1 loan, 1 reminder, read"))
    try LiveDaemon.household(today: daemon.today).replacing("Asia/Shanghai", with: "Mars/Olympus").write(
      toFile: daemon.configPath, atomically: true, encoding: .utf8)
    let broken = try daemon.repayctl(["reload"])
    #expect(broken.status == 1)
    #expect(broken.standardOutput.isEmpty)
    #expect(broken.standardError.contains("\n\(daemon.configPath):2:"), "\(broken.standardError)")
    let json = try daemon.repayctl(["reload", "--json"])
    #expect(json.status == 1)
    let error = try object(json.standardError)
    #expect(error["error"] as? String == "io.repayd.Control.ConfigInvalid")
    let status = try daemon.repayctl(["status"])
    #expect(status.standardOutput.contains("failed with 1 error;"), "\(status.standardOutput)")
  }

  @Test(
    "exit codes: 2 usage, 1 the daemon's error (in words, or JSON on stderr), 3 not reachable with the hint")
  func exitCodes() throws {
    let daemon = try LiveDaemon()
    for arguments in [
      ["pay"], ["snooze", "huabei"], ["snooze", "huabei", "3d", "--until", "2030-01-01"],
      ["pay", "jd", "--date", "yesterday"], ["loans", "--address", "tcp:localhost"], ["unpay", "one"],
    ] {
      let outcome = try daemon.repayctl(arguments)
      #expect(outcome.status == 2, "\(arguments): \(outcome.standardError)")
    }
    let unknown = try daemon.repayctl(["show", "nope"])
    #expect(unknown.status == 1 && unknown.standardError == "error: no loan has the id nope\n")
    let chinese = try daemon.repayctl(["show", "nope"], lang: "zh_CN.UTF-8")
    #expect(chinese.status == 1 && chinese.standardError == "错误：没有 id 为 nope 的贷款\n")
    let json = try daemon.repayctl(["pay", "nope", "--json"])
    #expect(json.status == 1 && json.standardOutput.isEmpty)
    let error = try object(json.standardError)
    #expect(error["error"] as? String == "io.repayd.Control.LoanNotFound")
    #expect((error["parameters"] as? [String: Any])?["loan"] as? String == "nope")
    #expect(try daemon.repayctl(["unpay", "99"]).status == 1)

    daemon.stop()
    let stopped = try daemon.repayctl(["status"])
    #expect(stopped.status == 3)
    #expect(stopped.standardError.contains("systemctl --user start repayd"), "\(stopped.standardError)")
    let stoppedJSON = try daemon.repayctl(["loans", "--json"])
    #expect(stoppedJSON.status == 3)
    #expect(try object(stoppedJSON.standardError)["error"] as? String == "repayctl.Unreachable")
    // --address wins over REPAYD_ADDRESS.
    let elsewhere = try daemon.repayctl(["status", "--address", "unix:/nonexistent/control.sock"])
    #expect(elsewhere.status == 3 && elsewhere.standardError.contains("unix:/nonexistent/control.sock"))
  }

  @Test("backup: a consistent copy of the state database while the daemon runs")
  func backup() throws {
    let daemon = try LiveDaemon()
    #expect(try daemon.repayctl(["pay", "jd"]).status == 0)
    let copy = daemon.folder + "/backup.sqlite"
    let outcome = try daemon.repayctl(["backup", copy, "--state-dir", daemon.stateDirectory])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    var info = stat()
    #expect(stat(copy, &info) == 0 && info.st_mode & 0o777 == 0o600)
    let count = try ChildProcess.run(
      "/usr/bin/sqlite3", [copy, "SELECT count(*) FROM payments; PRAGMA journal_mode;"])
    #expect(count.standardOutput == "1\ndelete\n", "\(count.standardError)")
    // The daemon goes on as before.
    #expect(try daemon.repayctl(["unpay", "1"]).status == 0)
    let missing = try daemon.repayctl(["backup", copy, "--state-dir", daemon.folder + "/none", "--json"])
    #expect(missing.status == 1)
    #expect(try object(missing.standardError)["error"] as? String == "repayctl.NoDatabase")
    #expect(!FileManager.default.fileExists(atPath: daemon.folder + "/none"))
  }
}

/// Reads a child's output line by line, each read bounded so that a test cannot hang.
final class LineReader {
  private let handle: FileHandle
  private var buffer = Data()

  /// A reader of `handle`.
  init(_ handle: FileHandle) {
    self.handle = handle
  }

  /// The next line without its newline; nil when none came within `timeout` or the output ended.
  func next(timeout: Duration = .seconds(60)) -> String? {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
      if let newline = buffer.firstIndex(of: 10) {
        let line = buffer[buffer.startIndex..<newline]
        buffer = Data(buffer[(newline + 1)...])
        return String(decoding: line, as: UTF8.self)
      }
      var poller = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
      guard poll(&poller, 1, 100) >= 0 else { return nil }
      guard poller.revents != 0 else { continue }
      let chunk = handle.availableData
      guard !chunk.isEmpty else { return nil }
      buffer.append(chunk)
    }
    return nil
  }
}
