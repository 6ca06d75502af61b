import RepayCore

/// The demo household of `repayd --demo`: a few loans whose dates are placed relative to the
/// start, so that a new user sees advance, due and overdue notices within a minute. The text is
/// `seeds/demo.toml` (a test keeps the two equal), compiled in so that an installed binary needs
/// nothing beside it.
public enum DemoHousehold {
  /// The configuration with its `{{...}}` placeholders, exactly the text of `seeds/demo.toml`.
  public static let template = """
    # The demo household of `repayd --demo`, compiled into repayd: Sources/RepayConfig/DemoHousehold.swift
    # holds the same text, and a test keeps the two equal.
    #
    # Each start fills in the placeholders (names in double braces) from the start instant, in the
    # system's time zone: the first loan falls due 20 seconds after the start, so that within a minute
    # its advance notice (after 10 s), its due notice (after 20 s) and its first overdue notice (after
    # 35 s) are delivered live. The other loans fall due in the coming days and weeks, for `repayctl schedule`
    # and the status, except weilidai, whose first instalment is 5 days overdue at every start: try the overdue
    # playbook on it (repayctl note, renegotiate, agreements and dossier). There are no quiet hours, so that
    # the demo also works at night.

    [reminders]
    at = "09:00"
    before = ["3d", "1d"]
    due = true
    overdue = ["1d", "3d", "7d", "15d", "30d"]
    catch_up_fold = 3

    [[loan]]
    id = "huabei"
    name = "花呗"
    platform = "支付宝"
    contact = { phone = "95188", app = "支付宝" }
    amount = "1250.00"
    currency = "CNY"
    due = { dates = [{{first_due}}] }
    business_day = "none"
    penalty = { daily_rate = "0.0005" }
    reminders = { at = "{{first_due_time}}", before = ["10s"], overdue = ["15s", "1d", "3d", "7d"] }

    [[loan]]
    id = "cmb-card"
    name = "招商银行信用卡"
    platform = "招商银行"
    contact = { phone = "95555", app = "掌上生活" }
    amount = "3860.00"
    currency = "CNY"
    due = { dates = [{{in_5_days}}, {{in_36_days}}] }
    business_day = "following"
    grace_days = 3
    penalty = { daily_rate = "0.0005" }
    balance = "12800.00"
    apr = "0.1825"
    min_payment = "386.00"

    [[loan]]
    id = "jd-baitiao"
    name = "京东白条"
    platform = "京东"
    contact = { phone = "950618", app = "京东" }
    amount = "450.00"
    currency = "CNY"
    due = { dates = [{{in_12_days}}, {{in_43_days}}, {{in_73_days}}] }
    business_day = "none"
    penalty = { daily_rate = "0.0005" }

    [[loan]]
    id = "weilidai"
    name = "微粒贷"
    platform = "微众银行"
    contact = { phone = "95384", app = "微信" }
    amount = "800.00"
    currency = "CNY"
    due = { dates = [{{5_days_ago}}, {{in_26_days}}, {{in_57_days}}] }
    business_day = "none"
    penalty = { daily_rate = "0.0005", fee = "10.00" }

    [[reminder]]
    id = "credit-report"
    calendar = "*-01,04,07,10-01 10:00"
    message = "查看个人征信报告 / Check your credit report"
    """

  /// How long after the start the first loan falls due, in seconds.
  public static let firstDueDelay: Int64 = 20

  /// The household placed at `now` (Unix seconds) on `zone`'s wall clock: the first loan due
  /// `firstDueDelay` seconds later, the others the given number of days after (or before) today.
  public static func configuration(at now: Int64, zone: TimeZoneRules) -> String {
    // A due time in the repeated hour of a change to winter time would fire at its first
    // occurrence, an hour early, before the start; the next hour is not repeated.
    var firstDue = now + firstDueDelay
    while zone.firingInstant(localSeconds: localSeconds(at: firstDue, zone: zone)) != firstDue {
      firstDue += 3_600
    }
    let (dueDate, dueTime) = zone.localTime(at: firstDue)
    let today = zone.localDate(at: now)
    var text =
      template
      .replacing("{{first_due}}", with: dueDate.description)
      .replacing("{{first_due_time}}", with: dueTime.description)
    for days in [5, 12, 26, 36, 43, 57, 73] {
      text = text.replacing("{{in_\(days)_days}}", with: today.advanced(by: days).description)
    }
    text = text.replacing("{{5_days_ago}}", with: today.advanced(by: -5).description)
    return text
  }

  private static func localSeconds(at instant: Int64, zone: TimeZoneRules) -> Int64 {
    let (date, time) = zone.localTime(at: instant)
    return TimeZoneRules.localSeconds(date, time)
  }
}
