import Foundation

/// The fixed mix of 1,000 calendar expressions the calendar benchmarks run, built by walking
/// a grid of weekdays, dates and times: every expression is one that Foundation's
/// `Calendar.nextDate(after:matching:)` can also express (single values or `*` per field), so
/// that both engines answer the same question.
struct CalendarBenchmarkMix {
  /// One expression, as systemd text and as the Foundation components it denotes.
  struct Entry {
    let expression: String
    let components: DateComponents
  }

  /// The 1,000 entries, always the same.
  static let entries: [Entry] = {
    let weekdays: [(String?, Int?)] = [(nil, nil), ("Mon", 2), ("Fri", 6), ("Sun", 1)]
    let months: [Int?] = [nil, 1, 3, 10, 12]
    let days: [Int?] = [nil, 1, 10, 15, 28, 31, 29, 5, 20, 30]
    let times: [(Int?, Int, Int)] = [(9, 30, 0), (nil, 15, 0), (2, 30, 0), (23, 59, 59), (0, 0, 0)]
    var entries: [Entry] = []
    for weekday in weekdays {
      for month in months {
        for day in days {
          for time in times {
            var components = DateComponents()
            components.weekday = weekday.1
            components.month = month
            components.day = day
            components.hour = time.0
            components.minute = time.1
            components.second = time.2
            func field(_ value: Int?) -> String { value.map { String(format: "%02d", $0) } ?? "*" }
            let date = "*-\(field(month))-\(field(day))"
            let clock = "\(field(time.0)):\(field(time.1)):\(field(time.2))"
            let expression = [weekday.0, date, clock].compactMap { $0 }.joined(separator: " ")
            entries.append(Entry(expression: expression, components: components))
          }
        }
      }
    }
    return entries
  }()
}
