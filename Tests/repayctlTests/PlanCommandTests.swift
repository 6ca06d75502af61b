import Foundation
import RepayCore
import RepayDisplay
import RepayTestSupport
import Testing

/// `repayctl plan` as people and scripts use it: the real binary offline on a configuration (the
/// JSON shape the design fixes, the human output within 80 columns in English and Chinese, a
/// budget too small said plainly with the platforms to call and their contacts, usage errors),
/// and against the real daemon (payments since `balance_date` and agreements count).
@Suite(.serialized)
struct PlanCommandTests {
  /// A card with a balance at 12 % and 花呗 without one: ¥500.00 due on 2027-01-10 and
  /// 2027-02-10, 0.05 % a day, reachable by phone and app.
  private static let household = """
    [daemon]
    timezone = "Asia/Shanghai"

    [[loan]]
    id = "card"
    name = "招商银行信用卡"
    platform = "招商银行"
    contact = { phone = "95555", app = "掌上生活" }
    amount = "1000.00"
    currency = "CNY"
    due = { day = 10 }
    first_due = 2027-01-10
    open_ended = true
    penalty = { daily_rate = "0.0005" }
    balance = "10000.00"
    apr = "0.12"
    min_payment = "1000.00"

    [[loan]]
    id = "huabei"
    name = "花呗"
    platform = "支付宝"
    contact = { phone = "95188", app = "支付宝" }
    amount = "500.00"
    currency = "CNY"
    due = { dates = [2027-01-10, 2027-02-10] }
    business_day = "none"
    penalty = { daily_rate = "0.0005" }

    """

  /// A folder with `text` as its repayd.toml; removed by the caller.
  private static func configuration(_ text: String = household) throws -> (folder: URL, path: String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayctl-plan-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("repayd.toml").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return (folder, path)
  }

  /// `repayctl plan ARGUMENTS --config PATH` with no daemon anywhere.
  private static func offline(_ arguments: [String], config: String, lang: String = "C.UTF-8") throws
    -> ChildProcess.Outcome
  {
    try RepayctlProcess.run(
      ["plan"] + arguments + ["--config", config], lang: lang,
      environment: ["COLUMNS": "80", "NO_COLOR": "1", "REPAYD_ADDRESS": "unix:/nonexistent/repayd.sock"])
  }

  private static func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test("--json offline prints the fixed shape, payoff null when not reached, figures as planned")
  func jsonShape() throws {
    let (folder, config) = try Self.configuration()
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try Self.offline(
      ["--budget", "2000", "--from", "2027-01", "--months", "2", "--json"], config: config)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let plan = try Self.object(outcome.standardOutput)
    #expect(
      Set(plan.keys)
        == [
          "currency", "budget", "strategy", "from", "feasible", "shortfall", "months", "loans",
          "total_interest",
          "comparison", "payoff",
        ])
    #expect(plan["currency"] as? String == "CNY")
    #expect(plan["budget"] as? String == "2000.00")
    #expect(plan["strategy"] as? String == "avalanche")
    #expect(plan["from"] as? String == "2027-01")
    #expect(plan["feasible"] as? Bool == true)
    #expect(plan["shortfall"] as? String == "0.00")
    #expect(plan["payoff"] is NSNull)
    // January: 花呗 ¥500.00 first; the card's ¥100.00 of interest, then ¥1,500.00 paid.
    let months = try #require(plan["months"] as? [[String: Any]])
    #expect(months.map { $0["month"] as? String } == ["2027-01", "2027-02"])
    let january = try #require(months.first?["payments"] as? [[String: String]])
    #expect(
      january == [
        ["loan": "card", "payment": "1500.00", "interest": "100.00", "balance": "8600.00"],
        ["loan": "huabei", "payment": "500.00", "interest": "0.00", "balance": "0.00"],
      ])
    let loans = try #require(plan["loans"] as? [[String: Any]])
    #expect(loans.count == 1)
    #expect(Set(loans[0].keys) == ["loan", "payoff", "interest"])
    #expect(loans[0]["payoff"] is NSNull)
    #expect(loans[0]["interest"] as? String == "186.00")
    let comparison = try #require(plan["comparison"] as? [[String: Any]])
    #expect(comparison.count == 1)
    #expect(comparison[0]["strategy"] as? String == "snowball")
    #expect(Set(comparison[0].keys) == ["strategy", "payoff", "total_interest"])
  }

  @Test(
    "a budget too small: said first, with the shortfall, the daily cost and whom to call",
    arguments: ["en", "zh"])
  func tooSmall(language: String) throws {
    let (folder, config) = try Self.configuration()
    defer { try? FileManager.default.removeItem(at: folder) }
    let lang = language == "en" ? "C.UTF-8" : "zh_CN.UTF-8"
    let outcome = try Self.offline(
      ["--budget", "1200", "--from", "2027-01", "--months", "3"], config: config, lang: lang)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let text = outcome.standardOutput
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for line in lines { #expect(TerminalWidth.columns(String(line)) <= 80, "too wide: \(line)") }
    // January requires ¥1,500.00 (¥1,000.00 + ¥500.00) of ¥1,200.00. Both cost 0.05 % a day,
    // so the ids decide: the card is paid ¥1,000.00, 花呗 ¥200.00, leaving ¥300.00 at ¥0.15 a
    // day. February requires ¥1,800.00 (the ¥300.00 carried with February's ¥500.00): the
    // largest shortfall is ¥600.00.
    if language == "en" {
      #expect(
        lines.first?.hasPrefix("This budget is not enough: it is short by up to ¥600.00 a month.") == true)
      #expect(text.contains("costs ¥0.15 a day in penalties"))
      #expect(text.contains("花呗 (支付宝): ¥300.00 unpaid, ¥0.15 a day"))
      #expect(text.contains("phone 95188, app 支付宝"))
      #expect(text.contains("repayctl note huabei"))
    } else {
      #expect(lines.first?.hasPrefix("这个预算不够：每月最多差 ¥600.00。") == true)
      #expect(text.contains("每天产生罚息 ¥0.15"))
      #expect(text.contains("花呗（支付宝）：未还 ¥300.00，每天罚息 ¥0.15"))
      #expect(text.contains("电话 95188，App 支付宝"))
      #expect(text.contains("repayctl note huabei"))
    }
  }

  @Test(
    "the plan for people fits 80 columns, with payoff months, totals and the comparison",
    arguments: ["en", "zh"])
  func humanOutput(language: String) throws {
    let (folder, config) = try Self.configuration()
    defer { try? FileManager.default.removeItem(at: folder) }
    let lang = language == "en" ? "C.UTF-8" : "zh_CN.UTF-8"
    let outcome = try Self.offline(["--budget", "3000", "--from", "2027-01"], config: config, lang: lang)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let text = outcome.standardOutput
    for line in text.split(separator: "\n") {
      #expect(TerminalWidth.columns(String(line)) <= 80, "too wide: \(line)")
    }
    let json = try Self.object(
      try Self.offline(["--budget", "3000", "--from", "2027-01", "--json"], config: config).standardOutput)
    let payoff = try #require(json["payoff"] as? String)
    let interest = try #require(json["total_interest"] as? String)
    #expect(text.contains("\n\(payoff)\n"))
    if language == "en" {
      #expect(text.contains("Total interest: ¥\(interest). Everything is paid off in \(payoff)."))
      #expect(text.contains("Snowball would finish the same month and cost the same in interest."))
      #expect(!text.contains("not enough"))
    } else {
      #expect(text.contains("利息合计：¥\(interest)。全部借款在 \(payoff) 还清。"))
      #expect(text.contains("改用雪球法会同月还清，利息相同。"))
    }
  }

  @Test("usage errors exit 2: several currencies without --currency, no balance, a bad budget")
  func usageErrors() throws {
    let dollars =
      Self.household + """
        [[loan]]
        id = "visa"
        amount = "50.00"
        currency = "USD"
        due = { day = 1 }
        first_due = 2027-01-01
        open_ended = true
        balance = "900.00"

        """
    let (folder, config) = try Self.configuration(dollars)
    defer { try? FileManager.default.removeItem(at: folder) }
    let several = try Self.offline(["--budget", "100"], config: config)
    #expect(several.status == 2)
    #expect(several.standardError.contains("CNY, USD; name one with --currency"))
    let chosen = try Self.offline(["--budget", "100", "--currency", "USD", "--json"], config: config)
    #expect(chosen.status == 0, "\(chosen.standardError)")
    #expect(try Self.object(chosen.standardOutput)["currency"] as? String == "USD")
    let json = try Self.offline(["--budget", "1.001", "--currency", "USD", "--json"], config: config)
    #expect(json.status == 2)
    #expect(
      try Self.object(json.standardError)["parameters"] as? [String: String]
        == ["parameter": "budget", "reason": "format"])
    let (bare, bareConfig) = try Self.configuration(
      Self.household.replacingOccurrences(of: "balance = \"10000.00\"\n", with: ""))
    defer { try? FileManager.default.removeItem(at: bare) }
    let nothing = try Self.offline(["--budget", "100"], config: bareConfig, lang: "zh_CN.UTF-8")
    #expect(nothing.status == 2)
    #expect(nothing.standardError.contains("余额大于 0"))
    let months = try Self.offline(["--budget", "100", "--months", "601"], config: config)
    #expect(months.status == 2)
  }

  /// A card with ¥5,000.00 owed since 10 days ago at 0 %, paying ¥1,000.00 in 5 days, and
  /// `jd` (京东白条) without a balance, ¥300.00 three days overdue.
  static func daemonHousehold(today: LocalDate) -> String {
    """
    [daemon]
    timezone = "\(LiveDaemon.zone)"

    [[loan]]
    id = "card"
    name = "信用卡"
    platform = "银行"
    amount = "1000.00"
    currency = "CNY"
    business_day = "none"
    due = { dates = [\(today.advanced(by: 5)), \(today.advanced(by: 36))] }
    balance = "5000.00"
    balance_date = \(today.advanced(by: -10))

    [[loan]]
    id = "jd"
    name = "京东白条"
    platform = "京东"
    contact = { phone = "950618" }
    amount = "300.00"
    currency = "CNY"
    business_day = "none"
    due = { dates = [\(today.advanced(by: -3))] }

    """
  }

  @Test(
    "against the daemon: a payment since balance_date lowers the balance; agreed instalments are obligations")
  func againstTheDaemon() throws {
    let today = try LiveDaemon.rules().localDate(at: Int64(Date().timeIntervalSince1970))
    let daemon = try LiveDaemon(household: Self.daemonHousehold(today: today))
    defer { daemon.stop() }
    func plan(budget: String = "100000") throws -> [String: Any] {
      let outcome = try daemon.repayctl(["plan", "--budget", budget, "--json"])
      try #require(outcome.status == 0, "\(outcome.standardError)")
      return try Self.object(outcome.standardOutput)
    }
    func payments(_ plan: [String: Any], loan: String) throws -> [String: String] {
      var byMonth: [String: String] = [:]
      for month in try #require(plan["months"] as? [[String: Any]]) {
        for payment in try #require(month["payments"] as? [[String: String]]) where payment["loan"] == loan {
          byMonth[month["month"] as? String ?? ""] = payment["payment"]
        }
      }
      return byMonth
    }
    let thisMonth = CalendarMonth(containing: daemon.today).description
    let before = try plan()
    #expect(before["from"] as? String == thisMonth)
    #expect(try payments(before, loan: "card") == [thisMonth: "5000.00"])
    #expect(try payments(before, loan: "jd") == [thisMonth: "300.00"])

    let paid = try daemon.repayctl(["pay", "card", "1000.00"])
    #expect(paid.status == 0, "\(paid.standardError)")
    #expect(try payments(try plan(), loan: "card") == [thisMonth: "4000.00"])

    let start = daemon.today.advanced(by: 10)
    let agreed = try daemon.repayctl([
      "renegotiate", "jd", "--installments", "2", "--start", start.description, "--total", "300.00", "--note",
      "two parts",
    ])
    #expect(agreed.status == 0, "\(agreed.standardError)")
    // ¥1,150.00 a month pays the card's ¥4,000.00 over four months or so, the agreed ¥150.00
    // instalments (from this month or the next, a month apart) first.
    let after = try plan(budget: "1150")
    #expect(after["feasible"] as? Bool == true)
    let first = CalendarMonth(containing: start)
    let expected = [first.description: "150.00", first.advanced(by: 1).description: "150.00"]
    #expect(try payments(after, loan: "jd") == expected)
  }
}
