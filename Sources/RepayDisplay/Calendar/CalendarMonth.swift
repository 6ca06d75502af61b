import RepayCore

/// One month of the calendar, `YYYY-MM` as people name it on the command line.
public struct CalendarMonth: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The year.
  public let year: Int
  /// The month, 1 to 12.
  public let month: Int

  /// The month `month` (1 to 12) of `year`.
  public init?(year: Int, month: Int) {
    guard (1...12).contains(month), (1...9_999).contains(year) else { return nil }
    self.year = year
    self.month = month
  }

  /// The month `text` names in the form `YYYY-MM`, or nil when it is not one.
  public init?(parsing text: some StringProtocol) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
      let year = Int(parts[0]), let month = Int(parts[1])
    else { return nil }
    self.init(year: year, month: month)
  }

  /// The month that `date` lies in.
  public init(containing date: LocalDate) {
    let parts = date.parts
    year = parts.year
    month = parts.month
  }

  /// Its first day.
  public var firstDay: LocalDate { LocalDate(year: year, month: month, day: 1)! }

  /// The number of its days.
  public var dayCount: Int { CivilCalendar.daysInMonth(month, year: year) }

  /// Whether `date` lies in it.
  public func contains(_ date: LocalDate) -> Bool {
    let parts = date.parts
    return parts.year == year && parts.month == month
  }

  /// The month `count` months later (earlier when negative).
  public func advanced(by count: Int) -> CalendarMonth {
    let index = year * 12 + (month - 1) + count
    return CalendarMonth(year: index / 12, month: index % 12 + 1) ?? self
  }

  /// `YYYY-MM`.
  public var description: String {
    "\(ZeroPadded.text(year, width: 4))-\(ZeroPadded.text(month, width: 2))"
  }

  /// Earlier months first.
  public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool {
    (lhs.year, lhs.month) < (rhs.year, rhs.month)
  }
}
