import RepayCore

/// Reads a holiday calendar given as an iCalendar file (RFC 5545), the form calendar
/// applications export and governments publish: every all-day `VEVENT` is a run of days off,
/// from `DTSTART` up to but not including `DTEND` (or for its `DURATION`, or one day), unless its
/// `CATEGORIES` include `WORKDAY`, which makes its days weekend days worked (China's 调休):
///
/// ```
/// BEGIN:VCALENDAR
/// BEGIN:VEVENT
/// SUMMARY:国庆节
/// DTSTART;VALUE=DATE:20251001
/// DTEND;VALUE=DATE:20251009
/// END:VEVENT
/// BEGIN:VEVENT
/// SUMMARY:国庆节调休上班
/// CATEGORIES:WORKDAY
/// DTSTART;VALUE=DATE:20250928
/// END:VEVENT
/// END:VCALENDAR
/// ```
///
/// Events with a time of day and repeating events are refused rather than guessed at; other
/// components and unknown properties are skipped. Every fault is reported, each at its line and
/// column in the file as written (before unfolding), in the diagnostic format of `repayctl check`.
public enum ICalendarHolidayReader {
  /// The calendar in `bytes`, or every diagnostic about them; `file` is used in locations.
  public static func read(_ bytes: [UInt8], file: String, language: Language) throws(Diagnostics)
    -> HolidayCalendar
  {
    var builder = ICalendarHolidayBuilder(file: file, language: language)
    let lines = contentLines(bytes)
    if let first = lines.first, let line = try? ICalendarContentLine(first), line.isBegin("VCALENDAR") {
      for units in lines { builder.take(units) }
      builder.finish()
    } else {
      builder.report(.notCalendar, at: SourceLocation(file: file, line: 1, column: 1))
    }
    guard builder.diagnostics.isEmpty else { throw Diagnostics(builder.diagnostics) }
    return builder.calendar
  }

  /// The unfolded content lines of `bytes`, each scalar with its place in the file.
  private static func contentLines(_ bytes: [UInt8]) -> [[ICalendarScalar]] {
    var scalars = Substring(String(decoding: bytes, as: UTF8.self)).unicodeScalars
    // Editors do not show a byte-order mark, so columns on line 1 must not count it.
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var lines: [[ICalendarScalar]] = []
    var continuable = false
    for (index, physical) in scalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let text = physical.last == "\r" ? physical.dropLast() : physical
      let placed = text.enumerated().map { ICalendarScalar(scalar: $1, line: index + 1, column: $0 + 1) }
      if placed.isEmpty {
        continuable = false
      } else if continuable && (text.first == " " || text.first == "\t") {
        lines[lines.count - 1].append(contentsOf: placed.dropFirst())
      } else {
        lines.append(placed)
        continuable = true
      }
    }
    return lines
  }
}

/// One character of an unfolded content line, with the line and column it had in the file.
private struct ICalendarScalar {
  var scalar: Unicode.Scalar
  var line: Int
  var column: Int
}

/// Why a line is not an iCalendar content line, and at which of its scalars.
private struct ICalendarSyntaxFault: Error {
  var fault: ICalendarFault
  var index: Int
}

/// One unfolded content line, `NAME;PARAMETER=VALUE:VALUE`, split into its parts.
private struct ICalendarContentLine {
  var units: [ICalendarScalar]
  /// The property name in upper case, since names are case-insensitive.
  var name: String
  /// The `VALUE` parameter in upper case: the only parameter that changes how a date is read.
  var valueType: String?
  /// The index in `units` where the value starts (`units.count` when it is empty).
  var valueStart: Int

  init(_ units: [ICalendarScalar]) throws(ICalendarSyntaxFault) {
    self.units = units
    var index = 0
    func scalar(at index: Int) -> Unicode.Scalar? { index < units.count ? units[index].scalar : nil }
    func token() throws(ICalendarSyntaxFault) -> String {
      let start = index
      while let next = scalar(at: index), Self.isNameScalar(next) { index += 1 }
      guard index > start else { throw ICalendarSyntaxFault(fault: .malformedLine, index: index) }
      return Self.text(units[start..<index]).uppercased()
    }
    name = try token()
    while scalar(at: index) == ";" {
      index += 1
      let parameter = try token()
      guard scalar(at: index) == "=" else { throw ICalendarSyntaxFault(fault: .malformedLine, index: index) }
      repeat {
        index += 1
        let start = index
        if scalar(at: index) == "\"" {
          guard let close = units[(index + 1)...].firstIndex(where: { $0.scalar == "\"" }) else {
            throw ICalendarSyntaxFault(fault: .unclosedQuote, index: index)
          }
          index = close + 1
        } else {
          while let next = scalar(at: index), ![";", ":", ",", "\""].contains(next) { index += 1 }
        }
        if parameter == "VALUE" && valueType == nil {
          valueType = Self.text(units[start..<index]).uppercased()
        }
      } while scalar(at: index) == ","
    }
    guard scalar(at: index) == ":" else { throw ICalendarSyntaxFault(fault: .malformedLine, index: index) }
    valueStart = index + 1
  }

  /// The value as written.
  var value: String { Self.text(units[valueStart...]) }

  /// Whether this is the `BEGIN` of a component named `component` (upper case).
  func isBegin(_ component: String) -> Bool { name == "BEGIN" && value.uppercased() == component }

  /// The items of a comma-separated text value, unescaped and without surrounding spaces, each
  /// with the index of its first scalar.
  var listItems: [(text: String, start: Int)] {
    var items: [(text: String, start: Int)] = []
    var current = ""
    var start = valueStart
    var escaped = false
    for index in valueStart...units.count {
      if index == units.count || (!escaped && units[index].scalar == ",") {
        while current.unicodeScalars.last == " " { current.unicodeScalars.removeLast() }
        items.append((current, start))
        current = ""
        start = index + 1
      } else if !escaped && units[index].scalar == "\\" {
        escaped = true
      } else if current.isEmpty && !escaped && units[index].scalar == " " {
        start = index + 1
      } else {
        current.unicodeScalars.append(units[index].scalar)
        escaped = false
      }
    }
    return items
  }

  /// Where the line starts.
  func start(in file: String) -> SourceLocation { Self.location(of: 0, in: units, file: file) }

  /// Where the value starts; for an empty value, just after the colon.
  func valueLocation(in file: String) -> SourceLocation {
    Self.location(of: valueStart, in: units, file: file)
  }

  /// Where the scalar at `index` of this line stood in the file.
  func location(of index: Int, in file: String) -> SourceLocation {
    Self.location(of: index, in: units, file: file)
  }

  /// Where `units[index]` stood in the file; past the end, the column after the last scalar.
  static func location(of index: Int, in units: [ICalendarScalar], file: String) -> SourceLocation {
    let unit = units[min(index, units.count - 1)]
    return SourceLocation(file: file, line: unit.line, column: unit.column + (index < units.count ? 0 : 1))
  }

  /// Letters, digits and `-`: what RFC 5545 allows in property and parameter names.
  private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-")
  }

  private static func text(_ units: ArraySlice<ICalendarScalar>) -> String {
    var text = ""
    text.unicodeScalars.append(contentsOf: units.map(\.scalar))
    return text
  }
}

/// What one `VEVENT` says, gathered until its `END`, since its properties may come in any order.
private struct ICalendarEventDraft {
  /// Where its `BEGIN:VEVENT` is, the place to report a missing `DTSTART`.
  var begin: SourceLocation
  var start: ICalendarContentLine?
  var end: ICalendarContentLine?
  var duration: ICalendarContentLine?
  /// Where `WORKDAY` is written in its `CATEGORIES`, if it is.
  var workday: SourceLocation?
}

/// A component between its `BEGIN` and its `END`.
private struct ICalendarComponent {
  /// The name in upper case.
  var name: String
  /// Where its `BEGIN` is, the place to report a missing `END`.
  var begin: SourceLocation
  /// What the component says when it is a `VEVENT`; nil for components that are skipped.
  var event: ICalendarEventDraft?
}

/// One reading of a file: the components open, the days found so far and the faults.
private struct ICalendarHolidayBuilder {
  /// An event covers at most a year, so that a mistyped end cannot make millions of days.
  private static let maximumDays = 366

  let file: String
  let language: Language
  private(set) var diagnostics: [Diagnostic] = []
  private var stack: [ICalendarComponent] = []
  /// Each day covered so far: whether it is a workday, and the `DTSTART` line of the event
  /// that covered it first, to name in a conflict.
  private var days: [LocalDate: (isWorkday: Bool, line: Int)] = [:]
  /// Whether stray lines after the last `END:VCALENDAR` have been reported, so that they make
  /// one fault, not one per line.
  private var reportedOutside = false

  init(file: String, language: Language) {
    self.file = file
    self.language = language
  }

  /// The days read so far.
  var calendar: HolidayCalendar {
    HolidayCalendar(
      holidays: Set(days.filter { !$0.value.isWorkday }.keys),
      makeUpWorkdays: Set(days.filter(\.value.isWorkday).keys))
  }

  /// Records `fault` as an error at `location`.
  mutating func report(_ fault: ICalendarFault, at location: SourceLocation) {
    diagnostics.append(Diagnostic(.error, at: location, fault.message(in: language)))
  }

  /// Takes the next unfolded content line.
  mutating func take(_ units: [ICalendarScalar]) {
    let line: ICalendarContentLine
    do throws(ICalendarSyntaxFault) {
      line = try ICalendarContentLine(units)
    } catch {
      report(error.fault, at: ICalendarContentLine.location(of: error.index, in: units, file: file))
      return
    }
    if stack.isEmpty && !line.isBegin("VCALENDAR") {
      if !reportedOutside { report(.outsideCalendar, at: line.start(in: file)) }
      reportedOutside = true
      return
    }
    let component = line.value.uppercased()
    switch line.name {
    case "BEGIN":
      let begin = line.start(in: file)
      let event = component == "VEVENT" ? ICalendarEventDraft(begin: begin) : nil
      stack.append(ICalendarComponent(name: component, begin: begin, event: event))
    case "END":
      close(component, at: line)
    default:
      guard var event = stack[stack.count - 1].event else { return }
      record(line, in: &event)
      stack[stack.count - 1].event = event
    }
  }

  /// Closes what is still open at the end of the file, and puts the faults in the file's order.
  mutating func finish() {
    while let open = stack.popLast() {
      report(.unclosed(open.name), at: open.begin)
      if let event = open.event { add(event) }
    }
    // An event's faults are known only at its END, after those of the lines inside it.
    diagnostics = diagnostics.enumerated().sorted { lhs, rhs in
      (lhs.element.location.line, lhs.element.location.column, lhs.offset)
        < (rhs.element.location.line, rhs.element.location.column, rhs.offset)
    }.map(\.element)
  }

  /// Ends the innermost component named `component`. Ending another than the innermost is a
  /// fault, and the components inside end with it, so that one missing `END` is one fault.
  private mutating func close(_ component: String, at line: ICalendarContentLine) {
    let innermost = stack[stack.count - 1]
    if innermost.name != component {
      report(
        .mismatchedEnd(component, open: innermost.name, line: innermost.begin.line), at: line.start(in: file))
    }
    guard let index = stack.lastIndex(where: { $0.name == component }) else { return }
    while stack.count > index {
      if let event = stack.removeLast().event { add(event) }
    }
    if stack.isEmpty { reportedOutside = false }
  }

  /// Notes a property of an event.
  private mutating func record(_ line: ICalendarContentLine, in event: inout ICalendarEventDraft) {
    switch line.name {
    case "DTSTART":
      keep(line, in: &event.start)
    case "DTEND" where event.duration != nil, "DURATION" where event.end != nil:
      report(.endAndDuration, at: line.start(in: file))
    case "DTEND":
      keep(line, in: &event.end)
    case "DURATION":
      keep(line, in: &event.duration)
    case "RRULE", "RDATE", "EXDATE", "EXRULE":
      report(.recurrence(line.name), at: line.start(in: file))
    case "CATEGORIES":
      if event.workday == nil, let item = line.listItems.first(where: { $0.text.uppercased() == "WORKDAY" }) {
        event.workday = line.location(of: item.start, in: file)
      }
    default:
      break
    }
  }

  /// Keeps the first of a property an event may have once.
  private mutating func keep(_ line: ICalendarContentLine, in slot: inout ICalendarContentLine?) {
    if let earlier = slot {
      report(.repeated(line.name, line: earlier.start(in: file).line), at: line.start(in: file))
    } else {
      slot = line
    }
  }

  /// Adds the days of a finished event, unless something about it is wrong.
  private mutating func add(_ event: ICalendarEventDraft) {
    var first: LocalDate?
    if let startLine = event.start {
      first = date(of: startLine)
    } else {
      report(.missingStart, at: event.begin)
    }
    guard let count = dayCount(of: event, from: first), let first, let startLine = event.start else { return }
    let dates = (0..<count).map { first.advanced(by: $0) }
    let isWorkday = event.workday != nil
    var faulty = false
    if let workday = event.workday, let weekday = dates.first(where: { !$0.isWeekend }) {
      report(.workdayOnWeekday(weekday), at: workday)
      faulty = true
    }
    for date in dates {
      if let other = days[date], other.isWorkday != isWorkday {
        report(.holidayAndWorkday(date, line: other.line), at: startLine.valueLocation(in: file))
        faulty = true
      }
    }
    guard !faulty else { return }
    let line = startLine.start(in: file).line
    for date in dates where days[date] == nil { days[date] = (isWorkday, line) }
  }

  /// How many days an event starting on `first` covers (one without `DTEND` or `DURATION`), or
  /// nil after reporting why its end is wrong. An end date is checked even when `first` is nil.
  private mutating func dayCount(of event: ICalendarEventDraft, from first: LocalDate?) -> Int? {
    if let endLine = event.end {
      guard let end = date(of: endLine), let first else { return nil }
      guard end > first else {
        report(.endNotAfterStart(end, start: first), at: endLine.valueLocation(in: file))
        return nil
      }
      guard first.distance(to: end) <= Self.maximumDays else {
        report(.tooLong, at: endLine.valueLocation(in: file))
        return nil
      }
      return first.distance(to: end)
    }
    if let durationLine = event.duration { return dayCount(of: durationLine) }
    return 1
  }

  /// The days of a `DURATION` of whole days or weeks (`P3D`, `P1W`), or nil after a report.
  private mutating func dayCount(of line: ICalendarContentLine) -> Int? {
    var text = Substring(line.value.uppercased())
    if text.first == "+" { text.removeFirst() }
    let digits = text.dropFirst().dropLast()
    guard text.first == "P", text.last == "D" || text.last == "W", !digits.isEmpty,
      digits.allSatisfy({ $0.isASCII && $0.isNumber }), Int(digits) != 0
    else {
      report(.badDuration(line.value), at: line.valueLocation(in: file))
      return nil
    }
    let unit = text.last == "W" ? 7 : 1
    guard let count = Int(digits), count <= Self.maximumDays / unit else {
      report(.tooLong, at: line.valueLocation(in: file))
      return nil
    }
    return count * unit
  }

  /// The date a `DTSTART` or `DTEND` gives, `YYYYMMDD`, or nil after reporting why it gives none.
  private mutating func date(of line: ICalendarContentLine) -> LocalDate? {
    let value = line.value
    let scalars = Array(value.unicodeScalars)
    let digits = scalars.count >= 8 && scalars.prefix(8).allSatisfy { ("0"..."9").contains($0) }
    if line.valueType == "DATE-TIME"
      || (digits && scalars.count > 8 && (scalars[8] == "T" || scalars[8] == "t"))
    {
      report(.timeOfDay(line.name, value), at: line.valueLocation(in: file))
      return nil
    }
    guard digits, scalars.count == 8, let number = Int(value),
      let date = LocalDate(year: number / 10_000, month: number / 100 % 100, day: number % 100)
    else {
      report(.notDate(value), at: line.valueLocation(in: file))
      return nil
    }
    return date
  }
}

/// A fault in an iCalendar holiday file, with its message in each language.
private enum ICalendarFault {
  case notCalendar
  case malformedLine
  case unclosedQuote
  case outsideCalendar
  case mismatchedEnd(String, open: String, line: Int)
  case unclosed(String)
  case missingStart
  case repeated(String, line: Int)
  case endAndDuration
  case timeOfDay(String, String)
  case notDate(String)
  case endNotAfterStart(LocalDate, start: LocalDate)
  case badDuration(String)
  case tooLong
  case recurrence(String)
  case workdayOnWeekday(LocalDate)
  case holidayAndWorkday(LocalDate, line: Int)

  func message(in language: Language) -> String {
    let english: String
    let chinese: String
    switch self {
    case .notCalendar:
      english = "this is not an iCalendar file: it must begin with BEGIN:VCALENDAR"
      chinese = "这不是 iCalendar 文件：文件应以 BEGIN:VCALENDAR 开头"
    case .malformedLine:
      english = "expected NAME:VALUE here, with optional ;PARAMETER=VALUE before the colon"
      chinese = "此处应为“名称:值”，冒号前可带“;参数=值”"
    case .unclosedQuote:
      english = "this quoted parameter value is missing its closing \""
      chinese = "带引号的参数值缺少结尾的 \""
    case .outsideCalendar:
      english = "everything must be between BEGIN:VCALENDAR and END:VCALENDAR"
      chinese = "所有内容都必须位于 BEGIN:VCALENDAR 与 END:VCALENDAR 之间"
    case .mismatchedEnd(let name, let open, let line):
      english = "END:\(name) does not match BEGIN:\(open) on line \(line), which is still open"
      chinese = "END:\(name) 与第 \(line) 行尚未结束的 BEGIN:\(open) 不匹配"
    case .unclosed(let name):
      english = "BEGIN:\(name) is never closed by END:\(name)"
      chinese = "BEGIN:\(name) 没有对应的 END:\(name)"
    case .missingStart:
      english = "this event has no DTSTART; give its first day as DTSTART;VALUE=DATE:YYYYMMDD"
      chinese = "此事件缺少 DTSTART；请用 DTSTART;VALUE=DATE:YYYYMMDD 写明第一天"
    case .repeated(let name, let line):
      english = "this event already has a \(name) on line \(line)"
      chinese = "此事件已在第 \(line) 行给出 \(name)"
    case .endAndDuration:
      english = "an event ends either by DTEND or by DURATION, not by both"
      chinese = "一个事件只能用 DTEND 或 DURATION 之一表示结束，不能两者都写"
    case .timeOfDay(let name, let value):
      english =
        "\(name) \(value) has a time of day, but a holiday is a whole day: write \(name);VALUE=DATE:YYYYMMDD"
      chinese = "\(name) \(value) 带有时刻，而节假日是整天：请写成 \(name);VALUE=DATE:YYYYMMDD"
    case .notDate(let value):
      english = "'\(value)' is not a date; write YYYYMMDD, such as 20260101"
      chinese = "'\(value)' 不是日期；请写成 YYYYMMDD，例如 20260101"
    case .endNotAfterStart(let end, let start):
      english = "DTEND \(end) is not after DTSTART \(start); DTEND is the first day after the event"
      chinese = "DTEND \(end) 不晚于 DTSTART \(start)；DTEND 应是事件结束后的第一天"
    case .badDuration(let value):
      english = "DURATION '\(value)' is not a whole number of days or weeks; write P1D, P3D or P1W"
      chinese = "DURATION '\(value)' 不是整数天或整数周；请写成 P1D、P3D 或 P1W"
    case .tooLong:
      english = "this event would last more than 366 days; check where it ends"
      chinese = "此事件将超过 366 天；请检查其结束日期"
    case .recurrence(let name):
      english =
        "\(name) belongs to repeating events, which are not read here; write each period as an event of its own"
      chinese = "\(name) 用于重复事件，这里不读取重复事件；请把每段日期写成单独的事件"
    case .workdayOnWeekday(let date):
      english = "\(date) is a weekday already; a WORKDAY event is for weekend days worked"
      chinese = "\(date) 本来就是工作日；WORKDAY 事件只用于调休上班的周末"
    case .holidayAndWorkday(let date, let line):
      english = "\(date) is both a holiday and a workday (the other event's DTSTART is on line \(line))"
      chinese = "\(date) 既是节假日又是调休上班日（另一个事件的 DTSTART 在第 \(line) 行）"
    }
    return language == .english ? english : chinese
  }
}
