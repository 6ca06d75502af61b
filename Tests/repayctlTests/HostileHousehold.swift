import RepayCore

/// The household of the tests of hostile text: one loan, `evil`, due 3 days before `today` and
/// 20 days after it, whose name, platform and contact hold `text` (written as TOML escapes
/// write it, after "Evil ", "Plat " and "1"), and `extra` after it.
enum HostileHousehold {
  /// The configuration, in `LiveDaemon.zone`.
  static func configuration(today: LocalDate, text: String, extra: String = "") -> String {
    """
    [daemon]
    timezone = "\(LiveDaemon.zone)"

    [[loan]]
    id = "evil"
    name = "Evil \(text)"
    platform = "Plat \(text)"
    contact = { phone = "1\(text)" }
    amount = "300.00"
    currency = "CNY"
    business_day = "none"
    due = { dates = [\(today.advanced(by: -3)), \(today.advanced(by: 20))] }

    """ + extra
  }
}
