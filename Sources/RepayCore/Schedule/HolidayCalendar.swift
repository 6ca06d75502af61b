/// Which days are not business days: weekends and public holidays, except the weekend days
/// declared working days to make up for a holiday (China's 调休).
public struct HolidayCalendar: Hashable, Sendable {
  /// Public holidays (days off, whatever their weekday).
  public private(set) var holidays: Set<LocalDate>
  /// Weekend days that are working days.
  public private(set) var makeUpWorkdays: Set<LocalDate>

  /// The last year whose arrangement the calendar holds in full: past its end, a business day
  /// is any weekday. Nil for a calendar without a day.
  public private(set) var lastYear: Int?

  /// A calendar with these days, a date in both sets counting as a working day, that covers
  /// `lastYear` (as a holiday list declares it), or when nil the year of its latest day.
  public init(holidays: Set<LocalDate> = [], makeUpWorkdays: Set<LocalDate> = [], lastYear: Int? = nil) {
    self.holidays = holidays
    self.makeUpWorkdays = makeUpWorkdays
    self.lastYear = lastYear ?? holidays.union(makeUpWorkdays).max()?.parts.year
  }

  /// Adds the days of another calendar (several holiday files apply together); the two
  /// together reach as far as the one that reaches further.
  public mutating func merge(_ other: HolidayCalendar) {
    holidays.formUnion(other.holidays)
    makeUpWorkdays.formUnion(other.makeUpWorkdays)
    lastYear = [lastYear, other.lastYear].compactMap { $0 }.max()
  }

  /// Whether banks and platforms work on `date`: a make-up working day, or a weekday that is
  /// not a holiday.
  public func isBusinessDay(_ date: LocalDate) -> Bool {
    if makeUpWorkdays.contains(date) { return true }
    return !date.isWeekend && !holidays.contains(date)
  }
}

/// What happens to a due date that is not a business day (the design brief's `business_day`).
public enum BusinessDayRule: String, Hashable, Sendable, CaseIterable {
  /// It moves to the next business day.
  case following
  /// It moves to the business day before.
  case preceding
  /// It stays.
  case none

  /// The effective due date of a nominal one under this rule and `calendar`. A year without a
  /// single business day is impossible; the search stops after 366 days and keeps the date.
  public func effectiveDate(of nominal: LocalDate, in calendar: HolidayCalendar) -> LocalDate {
    let step: Int
    switch self {
    case .none: return nominal
    case .following: step = 1
    case .preceding: step = -1
    }
    var date = nominal
    for _ in 0..<366 {
      if calendar.isBusinessDay(date) { return date }
      date = date.advanced(by: step)
    }
    return nominal
  }
}
