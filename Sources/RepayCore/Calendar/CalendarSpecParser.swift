/// Reads a calendar expression exactly as systemd 252's `calendar_spec_from_string` does, step
/// by step, so that the same inputs are accepted and rejected, and keeps the column of each
/// fault, which systemd does not report.
///
/// The order of the steps is systemd's: a trailing ` UTC`, else a trailing local zone
/// abbreviation, else a trailing IANA zone is split off; then either a shorthand (`daily`) or
/// weekdays, a date and a time, in that order; then normalization and the range checks.
struct CalendarSpecParser {
  /// The most elements one field may have (systemd's `CALENDARSPEC_COMPONENTS_MAX`).
  static let maximumElements = 240
  /// The earliest and latest years systemd accepts.
  static let years = 1970...2199
  private static let microsecondsPerSecond = 1_000_000

  private let scalars: [Unicode.Scalar]
  /// The end of what is left to parse once a zone suffix is split off.
  private var end: Int
  private var index = 0
  private var spec = CalendarSpec()
  /// A last word that looks like a zone name (it has a slash) but names no zone: if the
  /// expression then fails to parse, that is the better explanation.
  private var unknownZone: (name: String, column: Int)?

  init(_ text: String) {
    scalars = Array(text.unicodeScalars)
    end = scalars.count
  }

  mutating func parse(context: CalendarParsingContext) throws(CalendarSyntaxError) -> CalendarSpec {
    do {
      return try parseSplittingZone(context: context)
    } catch {
      if let unknownZone {
        throw CalendarSyntaxError(.unknownTimeZone(unknownZone.name), column: unknownZone.column)
      }
      throw error
    }
  }

  private mutating func parseSplittingZone(context: CalendarParsingContext) throws(CalendarSyntaxError)
    -> CalendarSpec
  {
    splitZoneSuffix(context: context)
    guard end > 0 else { throw CalendarSyntaxError(.empty, column: 1) }
    if !applyShorthand() {
      try parseWeekdays()
      if try !parseDate() {
        try parseTime()
      }
      guard index == end else { throw fault(.unexpected(String(Character(scalars[index])))) }
    }
    normalize()
    try validate()
    return spec
  }

  // MARK: Characters

  /// The character at `position`, or nil past the end (systemd's terminating NUL).
  private func character(_ position: Int) -> Unicode.Scalar? {
    position < end ? scalars[position] : nil
  }

  private var current: Unicode.Scalar? { character(index) }

  private func fault(_ reason: CalendarSyntaxError.Reason, at position: Int? = nil) -> CalendarSyntaxError {
    CalendarSyntaxError(reason, column: (position ?? index) + 1)
  }

  private func unexpectedHere() -> CalendarSyntaxError {
    guard let current else { return fault(.unexpected("end")) }
    return fault(.unexpected(String(Character(current))))
  }

  /// Whether the scalars in `range` equal `text`, ignoring ASCII case.
  private func matchesIgnoringCase(_ range: Range<Int>, _ text: String) -> Bool {
    let expected = Array(text.unicodeScalars)
    guard range.count == expected.count, range.lowerBound >= 0, range.upperBound <= end else {
      return false
    }
    return zip(scalars[range], expected).allSatisfy { asciiLowercase($0) == asciiLowercase($1) }
  }

  private mutating func skipSpaces() {
    while current == " " { index += 1 }
  }

  // MARK: Zone suffix and shorthands

  private mutating func splitZoneSuffix(context: CalendarParsingContext) {
    if matchesIgnoringCase(end - 4..<end, " UTC") {
      spec.isUTC = true
      end -= 4
      return
    }
    for (dst, name) in context.localAbbreviations.prefix(2).enumerated() where !name.isEmpty {
      let count = name.unicodeScalars.count
      let start = end - count
      guard start > 0, matchesIgnoringCase(start..<end, name), scalars[start - 1] == " " else { continue }
      spec.daylightSaving = dst
      spec.localAbbreviation = name
      end = start - 1
      return
    }
    if let lastSpace = scalars[..<end].lastIndex(of: " ") {
      var zone = String.UnicodeScalarView()
      zone.append(contentsOf: scalars[(lastSpace + 1)..<end])
      if context.isValidTimeZone(String(zone)) {
        spec.timeZone = String(zone)
        end = lastSpace
      } else if String(zone).contains("/") {
        unknownZone = (String(zone), lastSpace + 2)
      }
    }
  }

  /// Applies a shorthand (`daily`, `weekly`...) when the whole expression is one; returns
  /// whether it was.
  private mutating func applyShorthand() -> Bool {
    func one(_ value: Int) -> [CalendarComponent] { [CalendarComponent(start: value)] }
    let midnight = { (spec: inout CalendarSpec) in
      spec.hour = one(0)
      spec.minute = one(0)
      spec.microsecond = one(0)
    }
    let whole = 0..<end
    if matchesIgnoringCase(whole, "minutely") {
      spec.microsecond = one(0)
    } else if matchesIgnoringCase(whole, "hourly") {
      spec.minute = one(0)
      spec.microsecond = one(0)
    } else if matchesIgnoringCase(whole, "daily") {
      midnight(&spec)
    } else if matchesIgnoringCase(whole, "monthly") {
      spec.day = one(1)
      midnight(&spec)
    } else if ["annually", "yearly", "anually"].contains(where: { matchesIgnoringCase(whole, $0) }) {
      spec.month = one(1)
      spec.day = one(1)
      midnight(&spec)
    } else if matchesIgnoringCase(whole, "weekly") {
      spec.weekdays = 1
      midnight(&spec)
    } else if matchesIgnoringCase(whole, "quarterly") {
      spec.month = [1, 4, 7, 10].map { CalendarComponent(start: $0) }
      spec.day = one(1)
      midnight(&spec)
    } else if ["biannually", "bi-annually", "semiannually", "semi-annually"].contains(where: {
      matchesIgnoringCase(whole, $0)
    }) {
      spec.month = [1, 7].map { CalendarComponent(start: $0) }
      spec.day = one(1)
      midnight(&spec)
    } else {
      return false
    }
    return true
  }

  // MARK: Weekdays

  private static let weekdayNames: [(name: String, number: Int)] = [
    ("Monday", 0), ("Mon", 0), ("Tuesday", 1), ("Tue", 1), ("Wednesday", 2), ("Wed", 2),
    ("Thursday", 3), ("Thu", 3), ("Friday", 4), ("Fri", 4), ("Saturday", 5), ("Sat", 5),
    ("Sunday", 6), ("Sun", 6),
  ]

  private mutating func parseWeekdays() throws(CalendarSyntaxError) {
    var rangeStart: Int?
    var rangeOperator = 0
    var first = true
    var bits = 0
    defer { if bits != 0 { spec.weekdays = bits } }
    while true {
      guard
        let (name, number) = Self.weekdayNames.first(where: {
          matchesIgnoringCase(index..<index + $0.name.unicodeScalars.count, $0.name)
        })
      else {
        if first { return }
        throw unexpectedHere()
      }
      let afterName = index + name.unicodeScalars.count
      guard [nil, "-", ".", ",", " "].contains(character(afterName)) else {
        throw fault(.unexpected(String(Character(scalars[afterName]))), at: afterName)
      }
      bits |= 1 << number
      if let rangeStart {
        guard rangeStart <= number else { throw fault(.invalidWeekdayRange) }
        for day in rangeStart..<number { bits |= 1 << day }
      }
      index = afterName

      switch current {
      case nil:
        return
      case " ":
        skipSpaces()
        return
      case ".":
        guard rangeStart == nil, character(index + 1) == "." else { throw fault(.invalidWeekdayRange) }
        rangeStart = number
        rangeOperator = index
        index += 2
      case "-":
        guard rangeStart == nil else { throw fault(.invalidWeekdayRange) }
        rangeStart = number
        rangeOperator = index
        index += 1
      default:  // ","
        rangeStart = nil
        index += 1
      }
      // A trailing comma is allowed, an open range is not.
      if current == nil || current == " " {
        skipSpaces()
        guard rangeStart == nil else { throw fault(.invalidWeekdayRange, at: rangeOperator) }
        return
      }
      first = false
    }
  }

  // MARK: Date and time

  /// Parses `[[YEAR-]MONTH-DAY]` or `@EPOCH`; returns true for `@EPOCH`, after which no time
  /// may follow. Leaves the index unchanged when what follows is a time.
  private mutating func parseDate() throws(CalendarSyntaxError) -> Bool {
    guard current != nil else { return false }
    if current == "@" {
      try parseEpoch()
      return true
    }
    let start = index
    let first = try parseChain(microseconds: false)
    if current == nil || current == ":" {
      index = start
      return false
    }
    if current == "~" {
      spec.countsFromEndOfMonth = true
    } else if current != "-" {
      throw unexpectedHere()
    }
    index += 1
    let second = try parseChain(microseconds: false)
    if current == nil || current == " " {
      skipSpaces()
      spec.month = first
      spec.day = second
      return false
    }
    if spec.countsFromEndOfMonth { throw unexpectedHere() }
    if current == "~" {
      spec.countsFromEndOfMonth = true
    } else if current != "-" {
      throw unexpectedHere()
    }
    index += 1
    let third = try parseChain(microseconds: false)
    guard current == nil || current == " " else { throw unexpectedHere() }
    skipSpaces()
    spec.year = first
    spec.month = second
    spec.day = third
    return false
  }

  /// `@SECONDS`: one instant in UTC. systemd reads the number with `strtoul`, which skips
  /// leading whitespace and takes a sign; a negative number wraps to a time before 1970 and so
  /// fails the year check later.
  private mutating func parseEpoch() throws(CalendarSyntaxError) {
    index += 1
    while let character = current, character == " " || ("\t"..."\r").contains(character) { index += 1 }
    var negative = false
    if current == "+" || current == "-" {
      negative = current == "-"
      index += 1
    }
    let digitsStart = index
    guard let magnitude = readDigits() else { throw fault(.expectedNumber, at: digitsStart) }
    guard let magnitude else { throw fault(.numberTooLarge, at: digitsStart) }
    // Wrapping, as C's conversion of the unsigned result to time_t wraps.
    let seconds = negative ? 0 &- Int(truncatingIfNeeded: magnitude) : Int(truncatingIfNeeded: magnitude)
    let (days, secondOfDay) = CivilCalendar.floorDivision(seconds, CivilCalendar.secondsPerDay)
    let date = CivilCalendar.date(days: days)
    func one(_ value: Int) -> [CalendarComponent] {
      [CalendarComponent(start: value, column: digitsStart + 1)]
    }
    spec.isUTC = true
    spec.year = one(date.year)
    spec.month = one(date.month)
    spec.day = one(date.day)
    spec.hour = one(secondOfDay / 3600)
    spec.minute = one(secondOfDay / 60 % 60)
    spec.microsecond = one(secondOfDay % 60 * Self.microsecondsPerSecond)
  }

  /// `HOUR:MINUTE[:SECOND]`, or nothing for 00:00:00.
  private mutating func parseTime() throws(CalendarSyntaxError) {
    guard current != nil else {
      spec.hour = [CalendarComponent(start: 0)]
      spec.minute = [CalendarComponent(start: 0)]
      spec.microsecond = [CalendarComponent(start: 0)]
      return
    }
    let hour = try parseChain(microseconds: false)
    guard current == ":" else { throw unexpectedHere() }
    index += 1
    let minute = try parseChain(microseconds: false)
    var second: [CalendarComponent]? = [CalendarComponent(start: 0)]
    if current != nil {
      guard current == ":" else { throw unexpectedHere() }
      index += 1
      second = try parseChain(microseconds: true)
      guard current == nil else { throw unexpectedHere() }
    }
    spec.hour = hour
    spec.minute = minute
    spec.microsecond = second
  }

  // MARK: Fields

  /// `*`, or elements separated by commas. `*` in the seconds field is every whole second.
  private mutating func parseChain(microseconds: Bool) throws(CalendarSyntaxError) -> [CalendarComponent]? {
    if current == "*" {
      index += 1
      return microseconds
        ? [CalendarComponent(start: 0, repetition: Self.microsecondsPerSecond, column: index)] : nil
    }
    var chain: [CalendarComponent] = []
    while true {
      guard chain.count <= Self.maximumElements else { throw fault(.tooManyElements) }
      chain.append(try parseElement(microseconds: microseconds))
      guard current == "," else { return chain }
      index += 1
    }
  }

  /// `START[..STOP][/REPETITION]`.
  private mutating func parseElement(microseconds: Bool) throws(CalendarSyntaxError) -> CalendarComponent {
    let column = index + 1
    let start = try parseNumber(microseconds: microseconds)
    var stop = -1
    var repetition = 0
    if current == ".", character(index + 1) == "." {
      index += 2
      stop = try parseNumber(microseconds: microseconds)
      repetition = microseconds ? Self.microsecondsPerSecond : 1
    }
    if current == "/" {
      index += 1
      let repetitionStart = index
      repetition = try parseNumber(microseconds: microseconds)
      guard repetition != 0 else { throw fault(.zeroRepetition, at: repetitionStart) }
    } else {
      guard start <= Int(Int32.max) - repetition else { throw fault(.numberTooLarge, at: column - 1) }
      // A range of seconds shorter than the default step of one second never repeats.
      if microseconds, stop >= 0, start + repetition > stop {
        throw fault(.outOfRange(field: .second), at: column - 1)
      }
    }
    guard [nil, " ", ",", "-", "~", ":"].contains(current) else { throw unexpectedHere() }
    return CalendarComponent(start: start, stop: stop, repetition: repetition, column: column)
  }

  /// A decimal number; in the seconds field it may have a fraction (`.5`, rounded to
  /// microseconds as systemd rounds), and is returned in microseconds.
  private mutating func parseNumber(microseconds: Bool) throws(CalendarSyntaxError) -> Int {
    let start = index
    guard let digits = readDigits() else { throw fault(.expectedNumber) }
    guard var value = digits else { throw fault(.numberTooLarge, at: start) }
    if microseconds {
      guard value <= UInt64.max / UInt64(Self.microsecondsPerSecond) else {
        throw fault(.numberTooLarge, at: start)
      }
      value *= UInt64(Self.microsecondsPerSecond)
      if current == ".", character(index + 1) != "." {
        index += 1
        value += UInt64(try parseFraction())
      }
    }
    guard value <= UInt64(Int32.max) else { throw fault(.numberTooLarge, at: start) }
    return Int(value)
  }

  /// Six digits of a fraction of a second, rounded up when the seventh is 5 or more, and any
  /// further digits ignored: systemd's `parse_fractional_part_u`.
  private mutating func parseFraction() throws(CalendarSyntaxError) -> Int {
    var value = 0
    var count = 0
    while count < 6, let digit = current.flatMap(decimalValue) {
      value = value * 10 + digit
      count += 1
      index += 1
    }
    guard count > 0 else { throw fault(.expectedNumber) }
    for _ in count..<6 { value *= 10 }
    if let next = current.flatMap(decimalValue), next >= 5 { value += 1 }
    while current.flatMap(decimalValue) != nil { index += 1 }
    return value
  }

  /// The run of decimal digits at the index: nil when there is none, `.some(nil)` when its value
  /// does not fit in 64 bits (where `strtoul` fails with ERANGE).
  private mutating func readDigits() -> UInt64?? {
    guard current.flatMap(decimalValue) != nil else { return nil }
    var value: UInt64? = 0
    while let digit = current.flatMap(decimalValue) {
      if let accumulated = value {
        let (shifted, overflow) = accumulated.multipliedReportingOverflow(by: 10)
        let (sum, carry) = shifted.addingReportingOverflow(UInt64(digit))
        value = overflow || carry ? nil : sum
      }
      index += 1
    }
    return .some(value)
  }

  // MARK: Normalization and checks

  /// systemd's `calendar_spec_normalize`.
  private mutating func normalize() {
    if spec.timeZone == "UTC" {
      spec.isUTC = true
      spec.timeZone = nil
    }
    if let weekdays = spec.weekdays, weekdays <= 0 || weekdays >= 127 { spec.weekdays = nil }
    if spec.countsFromEndOfMonth, spec.day == nil { spec.countsFromEndOfMonth = false }
    spec.year = spec.year.map { $0.map(Self.expandingTwoDigitYear) }
    for field in [\CalendarSpec.year, \.month, \.day, \.hour, \.minute, \.microsecond] {
      spec[keyPath: field] = spec[keyPath: field].map(Self.normalizedChain)
    }
  }

  /// `12` is 2012 and `89` is 1989, as systemd reads two-digit years.
  private static func expandingTwoDigitYear(_ component: CalendarComponent) -> CalendarComponent {
    func expand(_ year: Int) -> Int {
      switch year {
      case 0..<70: year + 2000
      case 70..<100: year + 1900
      default: year
      }
    }
    var component = component
    component.start = expand(component.start)
    component.stop = expand(component.stop)
    return component
  }

  /// systemd's `normalize_chain`: ranges trimmed to a whole number of steps, steps that never
  /// repeat dropped, elements sorted and duplicates removed.
  private static func normalizedChain(_ chain: [CalendarComponent]) -> [CalendarComponent] {
    let trimmed = chain.map { element in
      var element = element
      if element.stop > element.start, element.repetition > 0 {
        element.stop -= (element.stop - element.start) % element.repetition
      }
      if (element.stop > element.start && element.repetition > 0
        && element.start + element.repetition > element.stop)
        || element.start == element.stop
      {
        element.repetition = 0
        element.stop = -1
      }
      return element
    }
    var result: [CalendarComponent] = []
    for element in trimmed.sorted(by: { $0.precedes($1) })
    where !(result.last?.sameValues(as: element) ?? false) {
      result.append(element)
    }
    return result
  }

  /// systemd's `calendar_spec_valid`.
  private func validate() throws(CalendarSyntaxError) {
    try Self.validate(spec.year, .year, Self.years, countsFromEnd: false)
    try Self.validate(spec.month, .month, 1...12, countsFromEnd: false)
    try Self.validate(spec.day, .day, 1...31, countsFromEnd: spec.countsFromEndOfMonth)
    try Self.validate(spec.hour, .hour, 0...23, countsFromEnd: false)
    try Self.validate(spec.minute, .minute, 0...59, countsFromEnd: false)
    try Self.validate(
      spec.microsecond, .second, 0...(60 * Self.microsecondsPerSecond - 1), countsFromEnd: false)
  }

  /// systemd's `chain_valid`. Counting from the month's end, the upper bound drops by three
  /// days for each element: systemd lowers it once per element as it recurses down the chain,
  /// so `*~2..25,26` is refused while `*~26,2..25`... sorts to the same and is refused too.
  private static func validate(
    _ chain: [CalendarComponent]?, _ field: CalendarField, _ range: ClosedRange<Int>, countsFromEnd: Bool
  ) throws(CalendarSyntaxError) {
    let from = range.lowerBound
    var to = range.upperBound
    for element in chain ?? [] {
      if countsFromEnd { to -= 3 }
      let error = CalendarSyntaxError(.outOfRange(field: field), column: element.column)
      guard element.start >= from, element.start <= to, element.repetition <= to - from else { throw error }
      if element.stop >= 0 {
        guard element.stop >= from, element.stop <= to, element.start + element.repetition <= element.stop
        else {
          throw error
        }
      } else if countsFromEnd {
        guard element.start - element.repetition >= from else { throw error }
      } else {
        guard element.start + element.repetition <= to else { throw error }
      }
    }
  }
}

private func asciiLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
  ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
}

private func decimalValue(_ scalar: Unicode.Scalar) -> Int? {
  ("0"..."9").contains(scalar) ? Int(scalar.value - 48) : nil
}
