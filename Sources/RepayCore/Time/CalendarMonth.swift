/// A month of the civil calendar (`2027-01`): the months a repayment plan runs through, and the
/// months of the month view.
public struct CalendarMonth: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Months since January of year 0: `year × 12 + month − 1`.
  public let monthsSinceYearZero: Int

  /// The month `monthsSinceYearZero` months after January of year 0.
  public init(monthsSinceYearZero: Int) {
    self.monthsSinceYearZero = monthsSinceYearZero
  }

  /// The month `month` (1 to 12) of `year`.
  public init(year: Int, month: Int) {
    monthsSinceYearZero = year * 12 + month - 1
  }

  /// The month `date` lies in.
  public init(containing date: LocalDate) {
    let (year, month, _) = date.parts
    self.init(year: year, month: month)
  }

  /// The month `text` names in the form `YYYY-MM` (year 0001 to 9999), or nil when it is not one.
  /// Inlinable, so that a caller in another module gets it made for its own string type: the
  /// generic form took the standard library's `allSatisfy` unspecialised, for which the runtime
  /// scanned every conformance record twice (docs/performance.md, "repayctl plan").
  @inlinable
  public init?(parsing text: some StringProtocol) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
      let year = Int(parts[0]), let month = Int(parts[1]), year >= 1, (1...12).contains(month)
    else { return nil }
    self.init(year: year, month: month)
  }

  /// How many days it has.
  public var dayCount: Int { CivilCalendar.daysInMonth(month, year: year) }

  /// Whether `date` lies in it.
  public func contains(_ date: LocalDate) -> Bool { CalendarMonth(containing: date) == self }

  /// The year.
  public var year: Int { monthsSinceYearZero / 12 }

  /// The month of the year, 1 to 12.
  public var month: Int { monthsSinceYearZero % 12 + 1 }

  /// The month's first day.
  public var firstDay: LocalDate {
    LocalDate(daysSinceEpoch: CivilCalendar.days(year: year, month: month, day: 1))
  }

  /// The month's last day.
  public var lastDay: LocalDate { advanced(by: 1).firstDay.advanced(by: -1) }

  /// The month `months` months later (earlier when negative).
  public func advanced(by months: Int) -> CalendarMonth {
    CalendarMonth(monthsSinceYearZero: monthsSinceYearZero + months)
  }

  /// `YYYY-MM`, the form of the fixed interfaces.
  public var description: String { "\(ZeroPadded.text(year, width: 4))-\(ZeroPadded.text(month, width: 2))" }

  /// Earlier months first.
  public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool {
    lhs.monthsSinceYearZero < rhs.monthsSinceYearZero
  }
}
