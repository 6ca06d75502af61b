/// A large generated configuration, written twice: as repayd TOML and as JSON for the
/// `JSONDecoder` baseline, with the same loans field for field.
///
/// Loans vary the way real ones do: monthly due days (many at month ends), a quarter with a
/// calendar expression, some with explicit dates; instalments or open-ended; `paid_through` on
/// some; every business-day rule; per-loan reminder overrides on a fifth. A small linear
/// congruential generator keeps every run identical.
struct GeneratedHousehold {
  /// The TOML text.
  let toml: String
  /// The JSON text: an array of loan objects.
  let json: String

  /// `count` loans, their due dates and reminder times local to `timezone` (an IANA name).
  init(loans count: Int, timezone: String = "Asia/Shanghai") {
    var state: UInt64 = 0x5EED
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var toml = """
      [daemon]
      timezone = "\(timezone)"
      quiet_hours = "22:00-08:00"
      [reminders]
      at = "09:30"
      before = ["7d", "3d", "1d"]
      overdue = ["1d", "3d", "7d", "15d", "30d"]

      """
    var json: [String] = []
    let rules = ["following", "preceding", "none"]
    for index in 0..<count {
      let day = next(4) == 0 ? 31 : 1 + next(28)
      let month = 1 + next(12)
      let firstDue = "2026-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(min(day, 28))"
      let dueDay = min(day, 28)
      let kind = next(10)
      let due: String
      let term: String
      if kind < 6 {
        due = "{ day = \(dueDay) }"
        term = next(2) == 0 ? "installments = \(6 + next(30))" : "open_ended = true"
      } else if kind < 8 {
        due = "{ calendar = \"*-*-\(dueDay < 10 ? "0" : "")\(dueDay)\" }"
        term = "installments = \(6 + next(30))"
      } else {
        due = "{ dates = [2026-12-10, 2027-01-10, 2027-02-10, 2027-03-10] }"
        term = ""
      }
      let firstDueLine = kind < 8 ? "first_due = \(firstDue)\n" : ""
      let paidThrough = next(3) == 0 && kind < 8 ? "paid_through = \(firstDue)\n" : ""
      let amount = "\(100 + next(9_000)).\(next(10))\(next(10))"
      let rule = rules[next(3)]
      let override = next(5) == 0 ? "reminders = { at = \"08:00\", before = [\"14d\", \"2d\"] }\n" : ""
      toml += """
        [[loan]]
        id = "loan-\(index)"
        name = "贷款 \(index)"
        platform = "Platform \(index % 37)"
        contact = { phone = "9\(5_000 + index % 1_000)", app = "App" }
        amount = "\(amount)"
        currency = "CNY"
        due = \(due)
        \(firstDueLine)\(term)
        \(paidThrough)business_day = "\(rule)"
        grace_days = \(next(4))
        penalty = { daily_rate = "0.0005", fee = "0.00" }
        \(override)

        """
      let dueJSON: String
      if kind < 6 {
        dueJSON = "{\"day\": \(dueDay)}"
      } else if kind < 8 {
        dueJSON = "{\"calendar\": \"*-*-\(dueDay < 10 ? "0" : "")\(dueDay)\"}"
      } else {
        dueJSON = "{\"dates\": [\"2026-12-10\", \"2027-01-10\", \"2027-02-10\", \"2027-03-10\"]}"
      }
      json.append(
        """
        {"id": "loan-\(index)", "name": "贷款 \(index)", "platform": "Platform \(index % 37)", \
        "contact": {"phone": "9\(5_000 + index % 1_000)", "app": "App"}, "amount": "\(amount)", \
        "currency": "CNY", "due": \(dueJSON), "first_due": \(kind < 8 ? "\"\(firstDue)\"" : "null"), \
        "business_day": "\(rule)", "grace_days": 2, \
        "penalty": {"daily_rate": "0.0005", "fee": "0.00"}}
        """)
    }
    self.toml = toml
    self.json = "[" + json.joined(separator: ",\n") + "]"
  }
}
