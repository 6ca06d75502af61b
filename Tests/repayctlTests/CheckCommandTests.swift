import Foundation
import Testing

/// `repayctl check` and `repayctl schedule` on the real binary: the fixed diagnostic format on
/// standard error with nothing on standard output, the exit codes, and the example
/// configuration accepted silently.
@Suite(.serialized)
struct CheckCommandTests {
  private static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  private let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayctl-check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  private func write(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
  }

  @Test(
    "the example configurations, English and Chinese, check with exit 0, saying at most that their holidays run out"
  )
  func exampleConfiguration() throws {
    for name in ["config/repayd.toml", "config/repayd.zh-Hans.toml"] {
      let path = Self.repositoryRoot.appendingPathComponent(name).path
      let outcome = try RepayctlProcess.run(["check", "--config", path])
      #expect(outcome.status == 0, "\(name): \(outcome.standardError)")
      #expect(outcome.standardOutput.isEmpty)
      // The shipped calendars end with a year; once its loans fall due after it, and only then,
      // the example says so (nothing else), at its `holidays` key.
      let text = try String(contentsOfFile: path, encoding: .utf8)
      let line = try #require(
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
          $0.hasPrefix("holidays = ")
        })
      for warning in outcome.standardError.split(separator: "\n") {
        #expect(
          warning.hasPrefix("\(path):\(line + 1):1: warning: the holiday calendars end with "), "\(warning)")
      }
    }
  }

  @Test("holiday calendars that end before the next 12 months' due dates: a warning at the holidays key")
  func holidaysRunOut() throws {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
    let year = calendar.component(.year, from: Date())
    let path = folder.appendingPathComponent("repayd.toml").path
    // A loan due monthly through the next years, its dates moved over the calendar's holidays.
    func check(covering covered: Int) throws -> String {
      try write("cn.txt", "covers \(covered)\n\(covered)-10-01 holiday\n")
      try write(
        "repayd.toml",
        HolidaysRunningOut.configuration(list: "cn.txt", year: year, zone: "Asia/Shanghai", indent: "  "))
      let outcome = try RepayctlProcess.run(["check", "--config", path])
      #expect(outcome.status == 0 && outcome.standardOutput.isEmpty)
      return outcome.standardError
    }
    #expect(
      try check(covering: year - 1)
        == "\(path):3:3: warning: \(HolidaysRunningOut.message(lastYear: year - 1))\n")
    // Covered through next year: every due date of the next 12 months moves over the calendar.
    #expect(try check(covering: year + 1) == "")
  }

  @Test("errors on standard error in the fixed format, the path as given, stdout empty, exit 1")
  func errors() throws {
    try write(
      "repayd.toml",
      """
      [[loan]]
      id = "花呗"
      name = "花呗"
      amount = "12.345"
      currency = "CNY"
      due = { day = 10 }
      installments = 3
      first_due = 2026-01-10
      """)
    let relative = folder.lastPathComponent + "/repayd.toml"
    let outcome = try RepayctlProcess.run(
      ["check", "--config", relative], in: folder.deletingLastPathComponent().path)
    #expect(outcome.status == 1)
    #expect(outcome.standardOutput.isEmpty)
    #expect(
      outcome.standardError == """
        \(relative):2:6: error: '花呗' is not a valid id: use 1 to 64 lowercase letters, digits and '-'
        \(relative):4:16: error: this currency has 2 decimals; write at most 2 after the point

        """)
    let chinese = try RepayctlProcess.run(
      ["check", "--config", folder.appendingPathComponent("repayd.toml").path], lang: "zh_CN.UTF-8")
    #expect(chinese.standardError.contains(":4:16: error: 该货币只有 2 位小数；小数点后最多写 2 位"))
  }

  @Test("warnings alone exit 0")
  func warningsOnly() throws {
    try write(
      "repayd.toml",
      """
      [[loan]]
      id = "done"
      name = "已还清"
      amount = "1.00"
      currency = "CNY"
      due = { dates = [2026-01-10, 2026-02-10] }
      paid_through = 2026-02-10
      """)
    let path = folder.appendingPathComponent("repayd.toml").path
    let outcome = try RepayctlProcess.run(["check", "--config", path])
    #expect(outcome.status == 0)
    #expect(
      outcome.standardError
        == "\(path):7:16: warning: every instalment of 'done' is paid through 2026-02-10; nothing will be reminded\n"
    )
  }

  @Test("schedule --json of the example configuration has the fixed shape")
  func scheduleJSON() throws {
    let outcome = try RepayctlProcess.run([
      "schedule", "--config", Self.repositoryRoot.appendingPathComponent("config/repayd.toml").path,
      "--from", "2026-12-01", "--days", "12", "--json",
    ])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    #expect(Set(document.keys) == ["timezone", "from", "days", "occurrences", "reminders"])
    #expect(document["timezone"] as? String == "Asia/Shanghai")
    #expect(document["from"] as? String == "2026-12-01")
    #expect(document["days"] as? Int == 12)
    let occurrences = try #require(document["occurrences"] as? [[String: Any]])
    // huabei: day 10 from 2026-06-10, paid through November: December is instalment 7.
    let first = try #require(occurrences.first)
    #expect(
      Set(first.keys) == ["loan", "installment", "scheduled", "due", "amount", "currency", "reminders"])
    #expect(first["loan"] as? String == "huabei")
    #expect(first["installment"] as? Int == 7)
    #expect(first["scheduled"] as? String == "2026-12-10")
    #expect(first["due"] as? String == "2026-12-10")
    #expect(first["amount"] as? String == "1250.00")
    #expect(first["currency"] as? String == "CNY")
    let stages = try #require(first["reminders"] as? [[String: String]])
    #expect(stages.first == ["stage": "advance", "offset": "7d", "at": "2026-12-03T01:30:00Z"])
    #expect(stages.contains(["stage": "due", "at": "2026-12-10T01:30:00Z"]))
    #expect(occurrences.map { $0["loan"] as? String } == ["huabei"])
    let reminders = try #require(document["reminders"] as? [[String: String]])
    #expect(reminders.first?.keys.sorted() == ["at", "id", "message"])
    #expect(reminders.first?["at"] == "2026-12-01T12:00:00Z")
  }

  @Test("schedule for people: the next reminder's stage and offset in the user's language")
  func scheduleNextReminder() throws {
    let today = try LiveDaemon.rules().localDate(at: Int64(Date().timeIntervalSince1970))
    // huabei falls due in 5 days: its next reminder is the advance one 3 days before.
    try write("repayd.toml", LiveDaemon.household(today: today))
    let config = folder.appendingPathComponent("repayd.toml").path
    let english = try RepayctlProcess.run(["schedule", "--config", config])
    #expect(english.status == 0, "\(english.standardError)")
    #expect(
      english.standardOutput.contains("\(today.advanced(by: 2)) 09:00 advance 3d"),
      "\(english.standardOutput)")
    let chinese = try RepayctlProcess.run(["schedule", "--config", config], lang: "zh_CN.UTF-8")
    #expect(chinese.status == 0, "\(chinese.standardError)")
    #expect(
      chinese.standardOutput.contains("\(today.advanced(by: 2)) 09:00 提前 3 天提醒"), "\(chinese.standardOutput)")
    #expect(!chinese.standardOutput.contains("advance"), "\(chinese.standardOutput)")
  }

  @Test("schedule: a bad --days or --from is a usage error (2); a bad configuration exits 1")
  func scheduleErrors() throws {
    #expect(try RepayctlProcess.run(["schedule", "--days", "0"]).status == 2)
    #expect(try RepayctlProcess.run(["schedule", "--from", "2026-02-30"]).status == 2)
    try write("repayd.toml", "[daemon]\nlocale = \"fr\"\n")
    let outcome = try RepayctlProcess.run([
      "schedule", "--config", folder.appendingPathComponent("repayd.toml").path,
    ])
    #expect(outcome.status == 1)
    #expect(outcome.standardOutput.isEmpty)
    #expect(outcome.standardError.hasSuffix(":2:10: error: unknown locale 'fr'; use \"en\" or \"zh-Hans\"\n"))
  }
}
