import Foundation
import RepayConfig
import RepayCore
import RepayTestSupport
import Testing

/// A household of two loans around today for the calendar tests, on the real daemon with its own
/// runtime and state folders: `car`, ¥1,000.00 due 5 days ago (overdue), in 10 days and in 40
/// days; `bike`, ¥50.00 due in 10 days; a free-standing reminder on the first of each month.
/// With `feed`, its `[daemon] ics_feed` names that file.
struct CalendarHousehold {
  let folder: String
  let zone: TimeZoneRules
  let today: LocalDate
  var configPath: String { folder + "/repayd.toml" }
  var runtime: String { folder + "/runtime" }
  var state: String { folder + "/state" }
  /// `XDG_DATA_HOME` of the daemon and repayctl.
  var dataHome: String { folder + "/data" }
  var address: String { "unix:\(runtime)/repayd/control.sock" }

  init(feed: String? = nil, carAmount: String = "1000.00") throws {
    zone = try SystemTimeZone.rules(for: "Asia/Shanghai", environment: [:])
    today = zone.localDate(at: Int64(Date().timeIntervalSince1970))
    folder =
      FileManager.default.temporaryDirectory.appendingPathComponent("repayd-calendar-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(
      atPath: runtime, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    try write(feed: feed, carAmount: carAmount)
  }

  /// The date `days` from today.
  func day(_ days: Int) -> String { today.advanced(by: days).description }

  /// Writes the configuration: the feed when given, `car`'s amount per instalment.
  func write(feed: String? = nil, carAmount: String = "1000.00") throws {
    try """
    [daemon]
    timezone = "Asia/Shanghai"
    \(feed.map { "ics_feed = \"\($0)\"" } ?? "")
    [reminders]
    at = "09:30"
    before = ["7d", "1d"]
    overdue = ["1d"]
    [[loan]]
    id = "car"
    name = "Car loan"
    platform = "Bank"
    amount = "\(carAmount)"
    currency = "CNY"
    due = { dates = [\(day(-5)), \(day(10)), \(day(40))] }
    business_day = "none"
    penalty = { daily_rate = "0.0005" }
    [[loan]]
    id = "bike"
    name = "自行车"
    platform = "花呗"
    amount = "50.00"
    currency = "CNY"
    due = { dates = [\(day(10))] }
    business_day = "none"
    [[reminder]]
    id = "credit-report"
    calendar = "*-*-01 10:00"
    message = "Check your credit report"
    """.write(toFile: configPath, atomically: true, encoding: .utf8)
  }

  /// Starts repayd on the household and waits until its socket answers.
  func start() throws -> RepaydProcess {
    let daemon = try RepaydProcess(
      ["--config", configPath, "--state-dir", state],
      environment: ["TZ": "Asia/Shanghai", "XDG_RUNTIME_DIR": runtime, "XDG_DATA_HOME": dataHome])
    let deadline = ContinuousClock.now + .seconds(30)
    while try repayctl(["status"]).status != 0, ContinuousClock.now < deadline, daemon.isRunning {
      Thread.sleep(forTimeInterval: 0.1)
    }
    return daemon
  }

  /// The real repayctl against this household's daemon, in its zone and data folder.
  var ctl: RepayctlRunner {
    RepayctlRunner(address: address, environment: ["XDG_DATA_HOME": dataHome, "TZ": "Asia/Shanghai"])
  }

  /// Runs the real repayctl against this household's daemon.
  func repayctl(_ arguments: [String], lang: String = "C.UTF-8") throws -> ChildProcess.Outcome {
    try ctl.run(arguments, lang: lang)
  }

  /// The JSON object a successful `repayctl … --json` printed.
  func json(_ arguments: [String]) throws -> [String: Any] { try ctl.json(arguments) }

  func remove() { try? FileManager.default.removeItem(atPath: folder) }
}
