/// Values as RFC 5545 writes them: dates, UTC and local date-times, UTC offsets and escaped
/// TEXT.
public enum ICalendarValue {
  /// A DATE: `20261210`.
  public static func date(_ date: LocalDate) -> String {
    let (year, month, day) = date.parts
    return ZeroPadded.text(year, width: 4) + ZeroPadded.text(month, width: 2) + ZeroPadded.text(day, width: 2)
  }

  /// A DATE-TIME in UTC, `20261203T013000Z`, of an instant in microseconds since 1970 (a
  /// fraction of a second is dropped: the form has none).
  public static func utc(microseconds: Int64) -> String {
    localDateTime(seconds: Int64(CivilCalendar.floorDivision(Int(microseconds), 1_000_000).quotient)) + "Z"
  }

  /// A DATE-TIME without zone, `20270101T100000`, of a count of seconds since 1970 read as a
  /// wall-clock reading (a local time, or a UTC one before its `Z`).
  public static func localDateTime(seconds: Int64) -> String {
    let (days, secondOfDay) = CivilCalendar.floorDivision(Int(seconds), CivilCalendar.secondsPerDay)
    return date(LocalDate(daysSinceEpoch: days)) + "T" + ZeroPadded.text(secondOfDay / 3600, width: 2)
      + ZeroPadded.text(secondOfDay / 60 % 60, width: 2) + ZeroPadded.text(secondOfDay % 60, width: 2)
  }

  /// A UTC-OFFSET: `+0800`, `-0330`, with seconds only when there are some (`+004510`).
  public static func offset(secondsEastOfUTC seconds: Int) -> String {
    let magnitude = abs(seconds)
    var text =
      (seconds < 0 ? "-" : "+") + ZeroPadded.text(magnitude / 3600, width: 2)
      + ZeroPadded.text(magnitude / 60 % 60, width: 2)
    if magnitude % 60 != 0 { text += ZeroPadded.text(magnitude % 60, width: 2) }
    return text
  }

  /// `text` as a TEXT value: backslash, semicolon and comma escaped with a backslash, each line
  /// break (LF, CR LF or CR) written `\n`, and every other control character that RFC 5545
  /// forbids in TEXT (the C0 controls but tab, and DEL) replaced by its `ControlPicture`: a
  /// name from a configuration or a note may hold any of them, and a calendar that reads the
  /// file shows the stand-in rather than refusing the event or acting on an escape sequence.
  public static func escaped(_ text: String) -> String {
    guard
      text.utf8.contains(where: {
        $0 == 0x5C || $0 == 0x3B || $0 == 0x2C || ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F
      })
    else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 8)
    var afterCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { afterCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\\": result += "\\\\"
      case ";": result += "\\;"
      case ",": result += "\\,"
      case "\r": result += "\\n"
      case "\n": if !afterCarriageReturn { result += "\\n" }
      case "\t": result.unicodeScalars.append(scalar)
      default: result.unicodeScalars.append(ControlPicture.of(scalar) ?? scalar)
      }
    }
    return result
  }
}
