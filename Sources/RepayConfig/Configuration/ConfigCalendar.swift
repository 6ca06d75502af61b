import RepayCore

/// Calendar expressions in a configuration: parsed with the zone names of this system's tz
/// database, and evaluated by one systemd clock shared by the whole reading.
final class ConfigCalendar {
  private let context = CalendarParsingContext(
    localAbbreviations: [], isValidTimeZone: SystemCalendarContext.isSystemdZoneName)
  private let dates = CalendarDates()
  /// Expressions already parsed: many loans share one (every credit card's `*-*~01`).
  private var parsed: [String: Result<CalendarSpec, CalendarSyntaxError>] = [:]
  /// Due rules already made, by expression: loans with one expression share one boxed rule
  /// rather than hold a box each for as long as the configuration is in force.
  private var dueRules: [String: DueRule] = [:]
  private let environment: [String: String]

  /// A calendar for the zones of `environment`'s `TZDIR`.
  init(environment: [String: String]) {
    self.environment = environment
  }

  /// The expression `text`, the value of `key` in `fields`, as a due rule; nil after reporting
  /// a fault, pointed at inside the string.
  func dateRule<Key>(_ text: String, at key: Key, fields: TableFields<Key>) -> CalendarDateRule? {
    guard let spec = parse(text, at: key, fields: fields) else { return nil }
    guard spec.timeZone == nil, !spec.isUTC else {
      fields.error(.calendarNamesZone, at: key)
      return nil
    }
    return CalendarDateRule(text: text, spec: spec)
  }

  /// `dateRule(text, at: key, fields: fields)` as a loan's due rule, shared with every earlier
  /// loan of the same expression; nil after reporting a fault.
  func dueRule<Key>(_ text: String, at key: Key, fields: TableFields<Key>) -> DueRule? {
    guard let rule = dateRule(text, at: key, fields: fields) else { return nil }
    if let shared = dueRules[text] { return shared }
    let due = DueRule.calendar(rule)
    dueRules[text] = due
    return due
  }

  /// The expression `text`, the value of `key` in `fields`, with the rules of the zone it names
  /// (nil for none); nil after reporting a fault.
  func reminderSpec<Key>(_ text: String, at key: Key, fields: TableFields<Key>) -> (
    CalendarSpec, TimeZoneRules?
  )? {
    guard let spec = parse(text, at: key, fields: fields) else { return nil }
    guard let name = spec.timeZone, !spec.isUTC else { return (spec, nil) }
    do {
      return (spec, try SystemTimeZone.rules(for: name, environment: environment))
    } catch {
      fields.log.error(error.message(in: fields.log.language), at: fields.location(of: key))
      return nil
    }
  }

  /// Whether `rule` gives `date`.
  func matches(_ rule: CalendarDateRule, _ date: LocalDate) -> Bool {
    dates.firstDate(of: rule, onOrAfter: date) == date
  }

  private func parse<Key>(_ text: String, at key: Key, fields: TableFields<Key>) -> CalendarSpec? {
    let result: Result<CalendarSpec, CalendarSyntaxError>
    if let known = parsed[text] {
      result = known
    } else {
      result = Result { () throws(CalendarSyntaxError) in try CalendarSpec(parsing: text, context: context) }
      parsed[text] = result
    }
    switch result {
    case .success(let spec):
      return spec
    case .failure(let error):
      fields.report(error.message(in: fields.log.language), at: key, column: error.column)
      return nil
    }
  }
}
