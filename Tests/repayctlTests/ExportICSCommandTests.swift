import Foundation
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `repayctl export-ics` from a configuration (no daemon), read back by independent programs:
/// Python's icalendar expanded with recurring-ical-events against `repayctl schedule --json` of
/// the same window, and khal, a calendar program from Debian.
@Suite struct ExportICSCommandTests {
  /// A folder with a configuration in New York (daylight saving time starts on 2027-03-14 and
  /// ends on 2027-11-07), reminders at 02:30 (inside the spring gap) with quiet hours, a loan
  /// due on the 14th, one on the 7th with a long Chinese name full of characters TEXT escapes,
  /// and a free-standing reminder on the first of each month.
  private struct Household {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayctl-ics-\(UUID().uuidString)"
    ).path
    var config: String { folder + "/repayd.toml" }

    init(amount: String = "1250.00") throws {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try write(amount: amount)
    }

    func write(amount: String) throws {
      try """
      [daemon]
      timezone = "America/New_York"
      locale = "zh-Hans"
      quiet_hours = "23:00-02:45"
      [reminders]
      at = "02:30"
      before = ["7d", "1d", "12h"]
      overdue = ["1d"]
      [[loan]]
      id = "car"
      name = "Car loan"
      platform = "Bank"
      amount = "\(amount)"
      currency = "USD"
      due = { day = 14 }
      first_due = 2026-12-14
      installments = 24
      business_day = "none"
      [[loan]]
      id = "huabei"
      name = "花呗；分期,还款\\\\计划——一个很长很长的名字，用来检验折行是否会把多字节字符切开"
      platform = "支付宝"
      contact = { app = "支付宝", phone = "95188" }
      amount = "99.99"
      currency = "CNY"
      due = { day = 7 }
      first_due = 2026-12-07
      open_ended = true
      business_day = "following"
      [[reminder]]
      id = "credit-report"
      calendar = "*-*-01 10:00"
      message = "Check your credit report"
      """.write(toFile: config, atomically: true, encoding: .utf8)
    }

    func export(_ extra: [String] = [], days: Int = 365) throws -> String {
      let file = folder + "/export-\(UUID().uuidString).ics"
      let outcome = try RepayctlProcess.run(
        ["export-ics", "--config", config, "--from", "2027-01-01", "--days", String(days), "-o", file] + extra
      )
      try #require(outcome.status == 0, "\(outcome.standardError)")
      #expect(outcome.standardOutput.isEmpty)
      return file
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
  }

  @Test(
    "every occurrence of schedule --json has its event on its due date with exactly its advance and due alarms"
  )
  func againstTheSchedule() throws {
    try #require(ICSOracle.isInstalled, "no \(ICSOracle.python): run scripts/install-deps")
    let household = try Household()
    defer { household.remove() }
    let ics = try household.export()
    let schedule = household.folder + "/schedule.json"
    let listed = try RepayctlProcess.run(
      ["schedule", "--config", household.config, "--from", "2027-01-01", "--days", "365", "--json"])
    try #require(listed.status == 0)
    try listed.standardOutput.write(toFile: schedule, atomically: true, encoding: .utf8)
    let checked = try ICSOracle.checkAgainstSchedule(ics: ics, schedule: schedule)
    #expect(checked.status == 0, "\(checked.standardOutput)\(checked.standardError)")
    #expect(checked.standardOutput.contains("24 occurrences, 12 reminders"), "\(checked.standardOutput)")

    let reading = try ICSOracle.read(ics: ics, from: "2027-01-01", days: 365)
    #expect(reading.longLines.isEmpty && reading.bareLineBreaks == 0 && reading.endsInCrlf)
    // Offline: nothing is known to have changed, nothing is paid.
    #expect(reading.events.allSatisfy { $0.sequence == 0 && $0.status.isEmpty })
    let huabei = try #require(reading.events.first { $0.uid.hasPrefix("huabei-") })
    #expect(huabei.summary.hasPrefix("花呗；分期,还款\\计划") && huabei.summary.contains("¥99.99"))
    #expect(huabei.description.contains("repayctl pay huabei"))
    let file = try String(contentsOfFile: ics, encoding: .utf8)
    #expect(file.contains("\r\nBEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n"))
    var status = stat()
    #expect(stat(ics, &status) == 0 && status.st_mode & 0o777 == 0o600)
  }

  @Test("two exports give the same UIDs; a changed amount keeps them; --no-alarms leaves the alarms out")
  func stableUIDs() throws {
    try #require(ICSOracle.isInstalled, "no \(ICSOracle.python): run scripts/install-deps")
    let household = try Household()
    defer { household.remove() }
    let first = try ICSOracle.read(ics: try household.export(), from: "2027-01-01", days: 365)
    let second = try ICSOracle.read(ics: try household.export(), from: "2027-01-01", days: 365)
    #expect(
      first.events.map(\.uid) == second.events.map(\.uid) && first.timed.map(\.uid) == second.timed.map(\.uid)
    )
    #expect(Set(first.events.map(\.uid)).count == first.events.count)
    try household.write(amount: "1300.00")
    let changed = try ICSOracle.read(ics: try household.export(), from: "2027-01-01", days: 365)
    #expect(changed.events.map(\.uid) == first.events.map(\.uid))
    let car = try #require(changed.events.first { $0.uid == "car-2027-01-14@repayd" })
    #expect(car.summary.contains("$1,300.00"))
    let silent = try ICSOracle.read(ics: try household.export(["--no-alarms"]), from: "2027-01-01", days: 365)
    #expect(silent.events.map(\.uid) == changed.events.map(\.uid))
    #expect((silent.events + silent.timed).allSatisfy { $0.alarms.isEmpty })
  }

  @Test("khal imports the export into a throwaway calendar and lists every due date back")
  func khal() throws {
    let khal = "/usr/bin/khal"
    try #require(FileManager.default.isExecutableFile(atPath: khal), "khal (Debian's khal) is missing")
    let household = try Household()
    defer { household.remove() }
    let ics = try household.export(days: 62)
    let vdir = household.folder + "/vdir"
    try FileManager.default.createDirectory(atPath: vdir, withIntermediateDirectories: true)
    let configuration = household.folder + "/khal.conf"
    try """
    [calendars]
    [[repayd]]
    path = \(vdir)
    [locale]
    timeformat = %H:%M
    dateformat = %Y-%m-%d
    longdateformat = %Y-%m-%d
    datetimeformat = %Y-%m-%d %H:%M
    longdatetimeformat = %Y-%m-%d %H:%M
    local_timezone = America/New_York
    default_timezone = America/New_York
    [sqlite]
    path = \(household.folder)/khal.db
    """.write(toFile: configuration, atomically: true, encoding: .utf8)
    let environment = ["HOME": household.folder, "XDG_DATA_HOME": household.folder, "TZ": "America/New_York"]
    func run(_ arguments: [String]) throws -> ChildProcess.Outcome {
      var full = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("LC_") }
      full["LANG"] = "C.UTF-8"
      full.merge(environment) { _, own in own }
      return try ChildProcess.run(khal, ["-c", configuration] + arguments, environment: full)
    }
    let imported = try run(["import", "--batch", "-a", "repayd", ics])
    try #require(imported.status == 0, "\(imported.standardOutput)\(imported.standardError)")
    let listed = try run([
      "list", "--format", "{start-date} {title}", "--day-format", "", "2027-01-01", "2027-03-03",
    ])
    try #require(listed.status == 0, "\(listed.standardError)")
    let lines = listed.standardOutput.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    // Both loans on their due dates (the 7th of February is a Sunday: Monday the 8th), and the
    // reminder on each first of the month.
    for expected in [
      "2027-01-07 花呗", "2027-01-14 Car loan", "2027-02-08 花呗", "2027-02-14 Car loan",
      "2027-01-01 提醒：Check your credit report", "2027-02-01 提醒：Check your credit report",
      "2027-03-01 提醒：Check your credit report",
    ] {
      #expect(lines.contains { $0.hasPrefix(expected) }, "\(expected) not in \(lines)")
    }
    #expect(lines.count == 7, "\(lines)")
  }
}
