/// A configuration whose holiday list ends before the next 12 months' due dates, shared by the
/// tests of `repayctl check` and `repayctl status`, which must say the same of it.
enum HolidaysRunningOut {
  /// A `[daemon]` section naming `list` at line 3 (with `indent` before the key) and a loan due
  /// monthly from January of the year before `year` for four years, moved by business days.
  static func configuration(list: String, year: Int, zone: String, indent: String = "") -> String {
    """
    [daemon]
    timezone = "\(zone)"
    \(indent)holidays = ["\(list)"]
    [[loan]]
    id = "huabei"
    name = "花呗"
    amount = "100.00"
    currency = "CNY"
    due = { day = 10 }
    installments = 48
    first_due = \(year - 1)-01-10
    business_day = "following"
    """
  }

  /// The warning's message when the list covers `lastYear` only.
  static func message(lastYear: Int) -> String {
    "the holiday calendars end with \(lastYear), but due dates within 12 months fall after it (huabei), and there "
      + "only weekends move them; add the list of \(lastYear + 1) when the State Council publishes it, usually in "
      + "November (docs/config.md)"
  }
}
