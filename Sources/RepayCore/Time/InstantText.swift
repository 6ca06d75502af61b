/// Instants as the fixed interfaces write them: RFC 3339 in UTC with `Z`, and a six-digit
/// fraction only when it is not zero (`2026-12-03T01:30:00Z`, `2026-12-03T01:30:00.250000Z`).
/// Instants are counted in microseconds since 1970-01-01T00:00:00Z.
public enum InstantText {
  /// The RFC 3339 text of an instant.
  public static func format(microseconds: Int64) -> String {
    let (seconds, fraction) = floorDivision64(microseconds, 1_000_000)
    let (days, secondOfDay) = CivilCalendar.floorDivision(Int(seconds), CivilCalendar.secondsPerDay)
    let date = CivilCalendar.date(days: days)
    var text =
      "\(ZeroPadded.text(date.year, width: 4))-\(ZeroPadded.text(date.month, width: 2))-\(ZeroPadded.text(date.day, width: 2))T"
      + "\(ZeroPadded.text(secondOfDay / 3600, width: 2)):\(ZeroPadded.text(secondOfDay / 60 % 60, width: 2)):\(ZeroPadded.text(secondOfDay % 60, width: 2))"
    if fraction != 0 { text += "." + ZeroPadded.text(Int(fraction), width: 6) }
    return text + "Z"
  }

  /// Reads an RFC 3339 date-time with a `Z` or `±HH:MM` offset (`T` or a space between date and
  /// time, any number of fraction digits, truncated to microseconds); nil when it is not one.
  public static func parse(_ text: String) -> Int64? {
    let bytes = Array(text.utf8)
    var index = 0
    func number(_ digits: Int) -> Int? {
      guard index + digits <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[index..<index + digits] {
        guard (48...57).contains(byte) else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      index += digits
      return value
    }
    func expect(_ characters: String) -> Bool {
      guard index < bytes.count, characters.utf8.contains(bytes[index]) else { return false }
      index += 1
      return true
    }
    guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
      expect("Tt "), let hour = number(2), expect(":"), let minute = number(2), expect(":"),
      let second = number(2), (1...12).contains(month),
      (1...CivilCalendar.daysInMonth(month, year: year)).contains(day),
      hour < 24, minute < 60, second < 61
    else { return nil }
    var microsecond = 0
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      var digits = 0
      while index < bytes.count, (48...57).contains(bytes[index]) {
        if digits < 6 { microsecond = microsecond * 10 + Int(bytes[index] - 48) }
        digits += 1
        index += 1
      }
      guard digits > 0 else { return nil }
      for _ in min(digits, 6)..<6 { microsecond *= 10 }
    }
    var offset = 0
    if expect("Zz") {
      offset = 0
    } else if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
      let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
      index += 1
      guard let hours = number(2), expect(":"), let minutes = number(2), hours < 24, minutes < 60 else {
        return nil
      }
      offset = sign * (hours * 3600 + minutes * 60)
    } else {
      return nil
    }
    guard index == bytes.count else { return nil }
    let days = CivilCalendar.days(year: year, month: month, day: day)
    let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second - offset)
    return seconds * 1_000_000 + Int64(microsecond)
  }

  private static func floorDivision64(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
    let remainder = value % divisor
    return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
  }
}
