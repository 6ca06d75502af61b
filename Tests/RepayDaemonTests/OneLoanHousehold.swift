/// The household the planner's and the core's suites plan: one loan, `huabei` (花呗), ¥1,250.00
/// due 2026-12-10, reminded at 09:00 one day ahead, on the day, and one and three days after.
enum OneLoanHousehold {
  /// Its configuration in `zone`, with `daemon` (lines of the `[daemon]` table) after the zone,
  /// which stays on line 2.
  static func text(zone: String = "UTC", daemon: String = "") -> String {
    """
    [daemon]
    timezone = "\(zone)"
    \(daemon.isEmpty ? "" : daemon + "\n")[reminders]
    at = "09:00"
    before = ["1d"]
    overdue = ["1d", "3d"]
    [[loan]]
    id = "huabei"
    name = "花呗"
    amount = "1250.00"
    currency = "CNY"
    due = { dates = [2026-12-10] }
    business_day = "none"
    """
  }
}
