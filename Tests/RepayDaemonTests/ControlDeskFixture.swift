import Foundation
import RepayConfig
import RepayControl
import RepayCore
import RepayStore
import Testing

@testable import RepayDaemon

/// A control desk over a household in Asia/Shanghai and a real state database in a temporary
/// directory, at a fixed "now": 2026-12-15 10:00 local (02:00 UTC).
///
/// huabei: ¥1,250.00 on the 10th from 2026-10-10, six instalments, 2 grace days, 0.05 % a day
/// and a ¥10.00 fee. jd: ¥300.00 on 2026-12-14 and 2027-01-20, 3 grace days, no penalty.
/// Reminders at 09:00, one day ahead and one day after; a free-standing reminder on 12-20 10:00.
struct ControlDeskFixture {
  static let household = """
    [daemon]
    timezone = "Asia/Shanghai"
    [reminders]
    at = "09:00"
    before = ["1d"]
    overdue = ["1d"]
    [[loan]]
    id = "huabei"
    name = "花呗"
    platform = "Alipay"
    contact = { phone = "95188" }
    amount = "1250.00"
    currency = "CNY"
    due = { day = 10 }
    first_due = 2026-10-10
    installments = 6
    business_day = "none"
    grace_days = 2
    penalty = { daily_rate = "0.0005", fee = "10.00" }
    [[loan]]
    id = "jd"
    name = "京东白条"
    platform = "JD"
    amount = "300.00"
    currency = "CNY"
    due = { dates = [2026-12-14, 2027-01-20] }
    business_day = "none"
    grace_days = 3
    [[reminder]]
    id = "credit-report"
    calendar = "*-12-20 10:00"
    message = "Check your credit report"
    """

  /// 2026-12-15T02:00:00Z.
  static let now = instant("2026-12-15T02:00:00Z")

  let configuration: Configuration
  let store: StateStore
  let directory: URL

  /// A fresh state database and the household.
  init() throws {
    let report = ConfigurationReader.read(
      [("repayd.toml", Array(Self.household.utf8))], environment: [:], language: .english)
    configuration = try #require(report.configuration, "\(report.diagnostics)")
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayd-desk-\(UUID().uuidString)")
    store = try StateStore(directory: directory.path)
  }

  /// The desk at `now` (default: the fixture's), whose planner wakes at `wake` next.
  func desk(at now: Int64 = ControlDeskFixture.now, language: Language = .english, wake: Int64 = .max)
    -> ControlDesk
  {
    ControlDesk(
      configuration: configuration, store: store, now: now, language: language,
      startedAt: Self.now - 3_600_000_000, wake: wake)
  }

  /// Closes the store and removes the directory.
  func remove() {
    try? store.close()
    try? FileManager.default.removeItem(at: directory)
  }

  /// Microseconds at an RFC 3339 instant.
  static func instant(_ text: String) -> Int64 { InstantText.parse(text)! }

  /// The local date `text`.
  static func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

  /// A payment stored directly, as an earlier call would have, at `recordedAt`.
  @discardableResult
  func pay(_ loan: String, _ occurrence: String, _ amount: String, at recordedAt: String) throws -> Payment {
    try store.recordPayment(
      loan: loan, occurrence: Self.date(occurrence),
      amount: Money(parsing: amount, currency: Currency(code: "CNY")!),
      paidOn: Self.date(String(recordedAt.prefix(10))), note: nil, recordedAt: Self.instant(recordedAt))
  }
}

/// Runs `body` with a fresh fixture, removed afterwards.
func withDesk<Result>(_ body: (ControlDeskFixture) throws -> Result) throws -> Result {
  let fixture = try ControlDeskFixture()
  defer { fixture.remove() }
  return try body(fixture)
}

/// The `ControlError` that `body` throws, or nil when it returns.
func controlError<Value>(_ body: () throws(ControlError) -> Value) -> ControlError? {
  do {
    _ = try body()
    return nil
  } catch {
    return error
  }
}
