import RepayCore

/// Reads the four date and time forms of TOML 1.0 (RFC 3339 with the local variants):
/// `YYYY-MM-DD`, `HH:MM:SS[.fraction]`, and the two joined by `T`, `t` or a space, with an
/// optional `Z`, `z` or `±HH:MM` offset. Seconds are required, as TOML 1.0 requires them.
struct TOMLDateTimeLexeme {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0

  /// A reader of the lexeme `bytes`, which must stay valid while it reads.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// The value of the whole lexeme; anything left over is a fault.
  mutating func parse() throws(TOMLSyntaxError.DateTimeFault) -> TOMLValue.Kind {
    let kind: TOMLValue.Kind
    if bytes.count > 2, bytes[2] == UInt8(ascii: ":") {
      kind = .localTime(try time())
    } else {
      let date = try date()
      if index == bytes.count { return .localDate(date) }
      switch bytes[index] {
      case UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " "): break
      default: throw .malformed
      }
      index += 1
      let local = TOMLLocalDateTime(date: date, time: try time())
      if let offset = try offsetMinutes() {
        kind = .offsetDateTime(TOMLOffsetDateTime(local: local, offsetMinutes: offset))
      } else {
        kind = .localDateTime(local)
      }
    }
    guard index == bytes.count else { throw .malformed }
    return kind
  }

  private mutating func date() throws(TOMLSyntaxError.DateTimeFault) -> TOMLLocalDate {
    let year = try number(digits: 4)
    try expect("-")
    let month = try number(digits: 2)
    try expect("-")
    let day = try number(digits: 2)
    guard (1...12).contains(month) else { throw .monthOutOfRange }
    guard (1...CivilCalendar.daysInMonth(month, year: year)).contains(day) else { throw .dayOutOfRange }
    return TOMLLocalDate(year: year, month: month, day: day)
  }

  private mutating func time() throws(TOMLSyntaxError.DateTimeFault) -> TOMLLocalTime {
    let hour = try number(digits: 2)
    try expect(":")
    let minute = try number(digits: 2)
    try expect(":")
    let second = try number(digits: 2)
    var nanosecond = 0
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      let start = index
      while index < bytes.count, isDecimalDigit(bytes[index]) {
        // Digits past nanoseconds are dropped, not rounded, as the TOML specification asks.
        if index - start < 9 { nanosecond = nanosecond * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
        index += 1
      }
      guard index > start else { throw .malformed }
      for _ in min(index - start, 9)..<9 { nanosecond *= 10 }
    }
    guard hour <= 23 else { throw .hourOutOfRange }
    guard minute <= 59 else { throw .minuteOutOfRange }
    guard second <= 60 else { throw .secondOutOfRange }
    return TOMLLocalTime(hour: hour, minute: minute, second: second, nanosecond: nanosecond)
  }

  /// The offset in minutes east of UTC, or nil when the lexeme ends without one.
  private mutating func offsetMinutes() throws(TOMLSyntaxError.DateTimeFault) -> Int? {
    guard index < bytes.count else { return nil }
    let sign = bytes[index]
    index += 1
    switch sign {
    case UInt8(ascii: "Z"), UInt8(ascii: "z"):
      return 0
    case UInt8(ascii: "+"), UInt8(ascii: "-"):
      let hours = try number(digits: 2)
      try expect(":")
      let minutes = try number(digits: 2)
      guard hours <= 23, minutes <= 59 else { throw .offsetOutOfRange }
      return (sign == UInt8(ascii: "-") ? -1 : 1) * (hours * 60 + minutes)
    default:
      throw .malformed
    }
  }

  private mutating func number(digits: Int) throws(TOMLSyntaxError.DateTimeFault) -> Int {
    var value = 0
    for _ in 0..<digits {
      guard index < bytes.count, isDecimalDigit(bytes[index]) else { throw .malformed }
      value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
      index += 1
    }
    return value
  }

  private mutating func expect(_ separator: Unicode.Scalar) throws(TOMLSyntaxError.DateTimeFault) {
    guard index < bytes.count, bytes[index] == UInt8(ascii: separator) else { throw .malformed }
    index += 1
  }
}
