/// A calendar date without a time or zone, as due dates are: "the 10th", wherever the person is.
public struct LocalDate: Hashable, Sendable, Comparable, Strideable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before it).
  public let daysSinceEpoch: Int

  /// The date `daysSinceEpoch` days after 1970-01-01.
  public init(daysSinceEpoch: Int) {
    self.daysSinceEpoch = daysSinceEpoch
  }

  /// The date with these parts, or nil when the month has no such day.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), (1...CivilCalendar.daysInMonth(month, year: year)).contains(day) else {
      return nil
    }
    daysSinceEpoch = CivilCalendar.days(year: year, month: month, day: day)
  }

  /// The date `text` names in the form `YYYY-MM-DD`, or nil when it is not one (or the month
  /// has no such day).
  public init?(parsing text: some StringProtocol) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The year, month (1 to 12) and day.
  public var parts: (year: Int, month: Int, day: Int) { CivilCalendar.date(days: daysSinceEpoch) }

  /// The day of the week, ISO numbering: 1 Monday to 7 Sunday.
  public var isoWeekday: Int {
    let weekday = CivilCalendar.weekday(days: daysSinceEpoch)
    return weekday == 0 ? 7 : weekday
  }

  /// Whether the date is a Saturday or a Sunday.
  public var isWeekend: Bool { isoWeekday >= 6 }

  /// `YYYY-MM-DD`, the form of the fixed interfaces.
  public var description: String {
    let (year, month, day) = parts
    guard (0...9_999).contains(year) else {
      return
        "\(ZeroPadded.text(year, width: 4))-\(ZeroPadded.text(month, width: 2))-\(ZeroPadded.text(day, width: 2))"
    }
    // Ten ASCII digits and dashes written in place: every notice names dates, and a first
    // start's catch-up writes hundreds of thousands of notices, where padding each part as a
    // string of its own was 8 % of the start at 100,000 loans.
    return String(unsafeUninitializedCapacity: 10) { text in
      func write(_ value: Int, digits: Int, endingAt end: Int) {
        var value = value
        for index in (end - digits..<end).reversed() {
          text[index] = UInt8(ascii: "0") + UInt8(value % 10)
          value /= 10
        }
      }
      write(year, digits: 4, endingAt: 4)
      text[4] = UInt8(ascii: "-")
      write(month, digits: 2, endingAt: 7)
      text[7] = UInt8(ascii: "-")
      write(day, digits: 2, endingAt: 10)
      return 10
    }
  }

  /// Earlier dates first.
  public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

  /// The number of days from this date to `other`.
  public func distance(to other: LocalDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

  /// The date `days` days later (earlier when negative).
  public func advanced(by days: Int) -> LocalDate { LocalDate(daysSinceEpoch: daysSinceEpoch + days) }
}
