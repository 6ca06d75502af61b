/// Finds when a calendar expression next elapses, the way systemd 252's `find_next` does:
/// field by field from the year down, each time taking the earliest matching value not
/// before the current one; where a value does not exist as written (the 31st of a short
/// month, an hour in a DST gap) it starts over from where `mktime` moves it, or from the next
/// value of a coarser field when `mktime` would move it backwards. The results depend on
/// glibc's `mktime` and were checked against systemd 252 itself, including its 1,000-round
/// limit.
///
/// This mirrors systemd rather than an idealized calendar on purpose: `repayctl
/// analyze-calendar` must agree with `systemd-analyze calendar` to the second, including where
/// systemd skips a local time removed by a DST change and fires a doubled one once.
struct CalendarElapseSearch {
  /// systemd's safety valve against endless searches.
  static let maximumIterations = 1000
  private static let microsecondsPerSecond = 1_000_000

  let spec: CalendarSpec
  /// Where the search converts times; a forked child's for each call of an expression with its
  /// own zone.
  var conversion: GlibcTimeConversion

  init(spec: CalendarSpec, conversion: GlibcTimeConversion) {
    self.spec = spec
    self.conversion = conversion
  }
  /// The last fields `normalize` found to exist as written: asking again about the same fields
  /// gives the same answer, and the search asks after every field, mostly with nothing changed.
  private var lastExisting: BrokenDownTime?

  /// What one search found.
  enum Outcome: Equatable {
    /// The next elapse, in microseconds since 1970.
    case elapse(Int64)
    /// The expression does not elapse again before the year 2200.
    case never
    /// The search went round without end and gave up (systemd's EDEADLK).
    case endless
  }

  /// The first instant strictly after `after` (microseconds since 1970) at which the
  /// expression elapses: `calendar_spec_next_usec`.
  mutating func next(after: Int64) -> Outcome {
    lastExisting = nil
    let start = after + 1
    let (seconds, microsecond) = (start / 1_000_000, Int(start % 1_000_000))
    var fields = conversion.breakDown(seconds)
    switch find(from: &fields, microsecond: microsecond) {
    case .found(let found):
      guard let instant = conversion.makeTime(&fields) else { return .never }
      return .elapse(instant * 1_000_000 + Int64(found))
    case .never:
      return .never
    case .endless:
      return .endless
    }
  }

  private enum FindResult {
    case found(microsecond: Int)
    case never
    case endless
  }

  /// `find_next`.
  private mutating func find(from fields: inout BrokenDownTime, microsecond: Int) -> FindResult {
    let start = fields
    let startMicrosecond = microsecond
    var current = fields
    var microsecond = microsecond
    var keepsDaylightSavingFlag = false
    let requestedDaylightSaving = spec.daylightSaving ?? -1
    // The fields' chains, taken out of the spec once rather than on every round.
    let (years, months, days) = (spec.year, spec.month, spec.day)
    let (hours, minutes, seconds) = (spec.hour, spec.minute, spec.microsecond)
    func resetBelowMonth() {
      (current.day, current.hour, current.minute, current.second, microsecond) = (1, 0, 0, 0, 0)
    }
    func resetBelowDay() { (current.hour, current.minute, current.second, microsecond) = (0, 0, 0, 0) }

    for _ in 0..<Self.maximumIterations {
      _ = conversion.makeTime(&current)
      if !keepsDaylightSavingFlag { current.isDaylightSaving = requestedDaylightSaving }

      var value = current.year
      guard let yearChange = matchingValue(years, &value, current) else { return .never }
      current.year = value
      if yearChange {
        current.month = 0
        resetBelowMonth()
      }
      guard normalize(&current) == .unchanged else { return .never }

      value = current.month + 1
      let monthChange = matchingValue(months, &value, current)
      current.month = value - 1
      if monthChange == true { resetBelowMonth() }
      switch monthChange == nil ? .failed : normalize(&current) {
      case .failed:
        current.year += 1
        current.month = 0
        resetBelowMonth()
        continue
      case .moved: continue
      case .unchanged: break
      }

      value = current.day
      let dayChange = matchingValue(days, &value, current, isDay: true)
      current.day = value
      if dayChange == true { resetBelowDay() }
      switch dayChange == nil ? .failed : normalize(&current) {
      case .failed:
        current.month += 1
        current.day = 1
        resetBelowDay()
        continue
      case .moved: continue
      case .unchanged: break
      }

      if !matchesWeekday(current) {
        current.day += 1
        resetBelowDay()
        continue
      }

      value = current.hour
      let hourChange = matchingValue(hours, &value, current)
      current.hour = value
      if hourChange == true { (current.minute, current.second, microsecond) = (0, 0, 0) }
      switch hourChange == nil ? .failed : normalize(&current) {
      case .failed:
        current.day += 1
        resetBelowDay()
        continue
      case .moved: continue
      case .unchanged: break
      }

      value = current.minute
      let minuteChange = matchingValue(minutes, &value, current)
      current.minute = value
      if minuteChange == true { (current.second, microsecond) = (0, 0) }
      switch minuteChange == nil ? .failed : normalize(&current) {
      case .failed:
        current.hour += 1
        (current.minute, current.second, microsecond) = (0, 0, 0)
        continue
      case .moved: continue
      case .unchanged: break
      }

      value = current.second * Self.microsecondsPerSecond + microsecond
      let secondChange = matchingValue(seconds, &value, current)
      microsecond = value % Self.microsecondsPerSecond
      current.second = value / Self.microsecondsPerSecond
      switch secondChange == nil ? .failed : normalize(&current) {
      case .failed:
        current.minute += 1
        (current.second, microsecond) = (0, 0)
        continue
      case .moved: continue
      case .unchanged: break
      }

      // Not after the start: a DST change made the fields come round again. systemd then
      // stops forcing its daylight-saving flag, steps an hour on and lets `mktime` decide.
      let startKey = [
        start.year, start.month, start.day, start.hour, start.minute, start.second, startMicrosecond,
      ]
      let foundKey = [
        current.year, current.month, current.day, current.hour, current.minute, current.second,
        microsecond + 1,
      ]
      if !startKey.lexicographicallyPrecedes(foundKey) {
        keepsDaylightSavingFlag = true
        current.hour += 1
        continue
      }

      fields = current
      return .found(microsecond: microsecond)
    }
    return .endless
  }

  /// systemd's `find_matching_component`: the earliest value of the field's elements that is
  /// not below `value`. Returns whether it changed `value`, or nil when no element reaches it.
  private mutating func matchingValue(
    _ chain: [CalendarComponent]?, _ value: inout Int, _ fields: BrokenDownTime, isDay: Bool = false
  ) -> Bool? {
    guard let chain else { return false }
    let fromEnd = isDay && spec.countsFromEndOfMonth
    var best: Int?
    for element in chain {
      var start = element.start
      var stop = element.stop
      if fromEnd {
        start = dayCountedFromEnd(fields, element.start)
        stop = dayCountedFromEnd(fields, element.stop)
        if stop > 0 { swap(&start, &stop) }
      }
      if start >= value {
        if best == nil || start < best! { best = start }
      } else if element.repetition > 0 {
        let steps = (value - start + element.repetition - 1) / element.repetition
        let candidate = start + element.repetition * steps
        if best == nil || candidate < best!, stop < 0 || candidate <= stop { best = candidate }
      }
    }
    guard let best else { return nil }
    defer { value = best }
    return value != best
  }

  /// systemd's `find_end_of_month`: the day of the month that is `day` days before the end of
  /// the current month counting the last as 1, or -1 if there is none.
  private mutating func dayCountedFromEnd(_ fields: BrokenDownTime, _ day: Int) -> Int {
    var probe = fields
    probe.month += 1
    probe.day = 1 - day
    guard conversion.makeTime(&probe) != nil, probe.month == fields.month else { return -1 }
    return probe.day
  }

  /// What normalizing the fields did.
  private enum Normalization {
    /// They name a time that exists as written.
    case unchanged
    /// They named one that does not (the 31st of a short month, a time in a DST gap), and
    /// now name the later time `mktime` made of them, with the field below the first one that
    /// changed reset (so that normalizing 03-33 to 04-02 does not skip 04-01).
    case moved
    /// They are past 2199, cannot be converted, or `mktime` moved them backwards.
    case failed
  }

  /// systemd 252's `tm_within_bounds`: normalizes the fields through `mktime`, keeping the
  /// result when it moved forward and refusing it when it moved backwards.
  private mutating func normalize(_ fields: inout BrokenDownTime) -> Normalization {
    guard fields.year <= CalendarSpecParser.years.upperBound else { return .failed }
    if let lastExisting, lastExisting.hasSameFields(as: fields) { return .unchanged }
    if conversion.keepsFieldsUnchanged(fields) {
      lastExisting = fields
      return .unchanged
    }
    var normalized = fields
    guard conversion.makeTime(&normalized) != nil else { return .failed }
    let comparison: Bool?  // nil equal, true forward, false backward
    if normalized.year != fields.year {
      comparison = normalized.year > fields.year
      normalized.month = 0
    } else if normalized.month != fields.month {
      comparison = normalized.month > fields.month
      normalized.day = 1
    } else if normalized.day != fields.day {
      comparison = normalized.day > fields.day
      normalized.hour = 0
    } else if normalized.hour != fields.hour {
      comparison = normalized.hour > fields.hour
      normalized.minute = 0
    } else if normalized.minute != fields.minute {
      comparison = normalized.minute > fields.minute
      normalized.second = 0
    } else {
      comparison = normalized.second == fields.second ? nil : normalized.second > fields.second
    }
    switch comparison {
    case nil:
      lastExisting = fields
      return .unchanged
    case false?:
      return .failed
    case true?:
      fields = normalized
      return .moved
    }
  }

  /// systemd's `matches_weekday`.
  private mutating func matchesWeekday(_ fields: BrokenDownTime) -> Bool {
    guard let weekdays = spec.weekdays else { return true }
    var normalized = fields
    // Fields that normalize to themselves need no conversion to know their weekday.
    if !conversion.keepsFieldsUnchanged(fields) {
      guard conversion.makeTime(&normalized) != nil else { return false }
    }
    let mondayBased = normalized.weekday == 0 ? 6 : normalized.weekday - 1
    return weekdays & (1 << mondayBased) != 0
  }
}
