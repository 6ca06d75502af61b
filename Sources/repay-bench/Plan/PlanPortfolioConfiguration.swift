/// The configuration `repay-bench plan` plans: 50 loans, 35 with a balance (a third at 0 %, the
/// rest at 3.6 % to 36 %, one of ¥10,000,000.00 whose minimum stays below its interest, so that
/// the plan runs its whole 600 months) and 15 open-ended instalments without one (fixed
/// obligations every month).
enum PlanPortfolioConfiguration {
  /// The file's text.
  static let toml: String = {
    var text = "[daemon]\ntimezone = \"Asia/Shanghai\"\n"
    for index in 0..<50 {
      let day = index % 28 + 1
      text += """

        [[loan]]
        id = "loan-\(index)"
        name = "借款 \(index)"
        platform = "平台 \(index % 7)"
        contact = { phone = "9\(5000 + index)" }
        amount = "\(300 + index * 37).00"
        currency = "CNY"
        due = { day = \(day) }
        first_due = 2026-12-\(day < 10 ? "0" : "")\(day)
        open_ended = true
        penalty = { daily_rate = "0.000\(index % 9 + 1)" }

        """
      guard index < 35 else { continue }
      if index == 0 {
        text += "balance = \"10000000.00\"\napr = \"0.05\"\nmin_payment = \"1000.00\"\n"
      } else {
        let apr = index % 3 == 0 ? "0" : "0.\(String(36 * (index % 10 + 1) / 10 + 100).dropFirst())"
        text += "balance = \"\(2_000 + index * 1_733).00\"\napr = \"\(apr)\"\n"
      }
    }
    return text
  }()

  /// A budget that pays the obligations and minimums with room to spare, but never the large
  /// loan's interest.
  static let budget = "30000.00"
}
