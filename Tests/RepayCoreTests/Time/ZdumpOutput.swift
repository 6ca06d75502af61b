import Foundation
import RepayConfigTestSupport
import RepayCore
import RepayTestSupport
import Testing

/// What `zdump -v` prints about one zone, read line by line.
struct ZdumpOutput {
  /// One line: either an instant with its local time, or an instant zdump cannot represent.
  enum Line: Equatable {
    /// `ZONE  N = NULL`: zdump's probes of the extreme `time_t` values, which no broken-down
    /// time can hold.
    case unrepresentable(instant: Int64)
    /// `ZONE  UT-TIME UT = LOCAL-TIME ABBR isdst=D gmtoff=N`.
    case instant(Record)
  }

  /// An instant and the local time zdump gives for it.
  struct Record: Equatable {
    /// The instant, from the UT time printed.
    var instant: Int64
    /// The weekday printed for the UT time (0 Sunday).
    var universalWeekday: Int
    /// The local time printed, as seconds since 1970 read as if UTC.
    var localSeconds: Int64
    /// The weekday printed for the local time (0 Sunday).
    var localWeekday: Int
    /// The offset, flag and abbreviation printed.
    var offset: ZoneOffset
  }

  /// The lines, in the order printed.
  var lines: [Line]

  /// Runs `zdump -v -c FIRST,END ZONE` (years FIRST up to END, exclusive) in the C locale.
  static func run(zone: String, years: ClosedRange<Int>) throws -> ZdumpOutput {
    let outcome = try ChildProcess.run(
      ZoneDatabase.zdump, ["-v", "-c", "\(years.lowerBound),\(years.upperBound)", zone],
      environment: ZoneDatabase.environment.merging(["LC_ALL": "C"]) { $1 })
    try #require(outcome.status == 0, "zdump exited with status \(outcome.status)")
    return try ZdumpOutput(text: outcome.standardOutput, zone: zone)
  }

  /// Parses zdump's text for `zone`; any line that fits neither form fails.
  init(text: String, zone: String) throws {
    lines = try text.split(separator: "\n").map { line in
      let fields = line.split(separator: " ")
      try #require(fields.first.map(String.init) == zone, "unexpected zdump line: \(line)")
      if fields.count == 4, fields[2] == "=", fields[3] == "NULL", let instant = Int64(fields[1]) {
        return .unrepresentable(instant: instant)
      }
      try #require(
        fields.count == 16 && fields[6] == "UT" && fields[7] == "=" && fields[14].hasPrefix("isdst=")
          && fields[15].hasPrefix("gmtoff="),
        "unexpected zdump line: \(line)")
      let universal = try Self.time(fields[1...5], line: line)
      let local = try Self.time(fields[8...12], line: line)
      let isDaylightSaving = try #require(Int(fields[14].dropFirst("isdst=".count)), "bad isdst: \(line)")
      let offset = try #require(Int(fields[15].dropFirst("gmtoff=".count)), "bad gmtoff: \(line)")
      return .instant(
        Record(
          instant: universal.seconds, universalWeekday: universal.weekday, localSeconds: local.seconds,
          localWeekday: local.weekday,
          offset: ZoneOffset(
            secondsEastOfUTC: offset, isDaylightSaving: isDaylightSaving != 0,
            abbreviation: String(fields[13]))))
    }
  }

  /// The records, without the unrepresentable lines.
  var records: [Record] {
    lines.compactMap {
      guard case .instant(let record) = $0 else { return nil }
      return record
    }
  }

  private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  private static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// `Www Mmm D HH:MM:SS YYYY` as seconds since 1970 read as UTC, and the weekday printed.
  private static func time(_ fields: ArraySlice<Substring>, line: Substring) throws -> (
    seconds: Int64, weekday: Int
  ) {
    let parts = Array(fields)
    let clock = parts[3].split(separator: ":").compactMap { Int($0) }
    let weekday = try #require(weekdays.firstIndex(of: String(parts[0])), "bad weekday: \(line)")
    let month = try #require(months.firstIndex(of: String(parts[1])), "bad month: \(line)") + 1
    let day = try #require(Int(parts[2]), "bad day: \(line)")
    let year = try #require(Int(parts[4]), "bad year: \(line)")
    try #require(clock.count == 3, "bad time of day: \(line)")
    let days = CivilCalendar.days(year: year, month: month, day: day)
    return (Int64(days * 86_400 + clock[0] * 3_600 + clock[1] * 60 + clock[2]), weekday)
  }
}
