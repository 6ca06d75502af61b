extension CalendarSpec {
  /// Parses a calendar expression as systemd does (systemd.time(7)): the same inputs are valid,
  /// and the result normalizes and elapses the same. The error gives the column of the fault.
  public init(parsing text: String, context: CalendarParsingContext) throws(CalendarSyntaxError) {
    var parser = CalendarSpecParser(text)
    self = try parser.parse(context: context)
  }

  /// The normalized form, exactly as `systemd-analyze calendar` prints it
  /// (`Mon..Fri *-*-* 09:30:00 Europe/Berlin`).
  public var normalizedText: String {
    var text = ""
    if let weekdays { text += Self.weekdayText(weekdays) + " " }
    text += Self.chainText(year, width: 4, microseconds: false) + "-"
    text += Self.chainText(month, width: 2, microseconds: false)
    text += countsFromEndOfMonth ? "~" : "-"
    text += Self.chainText(day, width: 2, microseconds: false) + " "
    text += Self.chainText(hour, width: 2, microseconds: false) + ":"
    text += Self.chainText(minute, width: 2, microseconds: false) + ":"
    text += Self.chainText(microsecond, width: 2, microseconds: true)
    if isUTC {
      text += " UTC"
    } else if let timeZone {
      text += " " + timeZone
    } else if let localAbbreviation {
      text += " " + localAbbreviation
    }
    return text
  }

  private static let weekdayAbbreviations = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

  /// Runs of three or more days as `Mon..Wed`, shorter ones listed: systemd's `format_weekdays`.
  private static func weekdayText(_ bits: Int) -> String {
    var parts: [String] = []
    var day = 0
    while day < 7 {
      guard bits & (1 << day) != 0 else {
        day += 1
        continue
      }
      var last = day
      while last + 1 < 7, bits & (1 << (last + 1)) != 0 { last += 1 }
      switch last - day {
      case 0: parts.append(weekdayAbbreviations[day])
      case 1: parts.append(weekdayAbbreviations[day] + "," + weekdayAbbreviations[last])
      default: parts.append(weekdayAbbreviations[day] + ".." + weekdayAbbreviations[last])
      }
      day = last + 1
    }
    return parts.joined(separator: ",")
  }

  /// systemd's `format_chain`: zero-padded values, seconds with a six-digit fraction when it is
  /// not zero, and the step left out where a range implies it.
  private static func chainText(_ chain: [CalendarComponent]?, width: Int, microseconds: Bool) -> String {
    let unit = microseconds ? 1_000_000 : 1
    guard let chain else { return "*" }
    // systemd writes `*` when one element covers every whole second, whatever else the field lists.
    if microseconds, chain.contains(where: { $0.start == 0 && $0.stop < 0 && $0.repetition == unit }) {
      return "*"
    }
    func padded(_ value: Int) -> String { ZeroPadded.text(value, width: width) }
    func fraction(_ value: Int) -> String {
      value % unit > 0 ? "." + ZeroPadded.text(value % unit, width: 6) : ""
    }
    return chain.map { element in
      var text = padded(element.start / unit) + fraction(element.start)
      if element.stop > 0 { text += ".." + padded(element.stop / unit) }
      text += fraction(element.stop)
      if element.repetition > 0, !(element.stop > 0 && element.repetition == unit) {
        text += "/" + String(element.repetition / unit)
      }
      text += fraction(element.repetition)
      return text
    }.joined(separator: ",")
  }
}
