import RepayCore

/// One entry of `[daemon].holidays`.
enum HolidayEntry {
  /// A holiday file, at this path.
  case file(String)
  /// A shipped calendar, such as `cn`, found in `HolidayFolders`.
  case name(String)
}

/// The `[daemon]` table, read and checked.
struct DaemonSection {
  /// The keys `[daemon]` may hold.
  enum Key: Int, TableKey {
    case timezone, locale, quietHours, holidays, allowedUIDs, hooksMaxConcurrent, maxConnections, icsFeed

    /// The key as written in a file.
    var name: String {
      switch self {
      case .timezone: "timezone"
      case .locale: "locale"
      case .quietHours: "quiet_hours"
      case .holidays: "holidays"
      case .allowedUIDs: "allowed_uids"
      case .hooksMaxConcurrent: "hooks_max_concurrent"
      case .maxConnections: "max_connections"
      case .icsFeed: "ics_feed"
      }
    }
  }

  /// The zone named, if one is.
  var zone: TimeZoneRules?
  /// The language named, if one is.
  var language: Language?
  /// The quiet hours, if any.
  var quietHours: QuietHours?
  /// The holiday calendars, each a file (its path joined to the directory of the file naming
  /// it) or a shipped calendar's name (`HolidayFolders.isName`), with the value that named it.
  var holidayCalendars: [(entry: HolidayEntry, value: TOMLValue)] = []
  /// Where the `holidays` key is written; nil without one.
  var holidaysKey: SourceLocation?
  /// The uids allowed besides the daemon's own.
  var allowedUIDs: [UInt32] = []
  /// How many hooks may run at once.
  var hooksMaxConcurrent = 4
  /// How many control clients may be connected at once.
  var maxConnections = 512
  /// The absolute path of the iCalendar feed the daemon keeps current; nil when off.
  var icsFeed: String?

  /// The section with every default.
  init() {}

  /// Reads `[daemon]` from `table`, written in `file`, reporting every fault to `log`.
  init(
    _ table: consuming TOMLTable, at location: SourceLocation, file: String, log: DiagnosticLog,
    environment: [String: String]
  ) {
    let fields = TableFields<Key>(table, name: "[daemon]", at: location, log: log)
    if let name = fields.string(.timezone) {
      do {
        zone = try SystemTimeZone.rules(for: name, environment: environment)
      } catch {
        log.error(error.message(in: log.language), at: fields.location(of: .timezone))
      }
    }
    if let name = fields.string(.locale) {
      if let language = Language(rawValue: name) {
        self.language = language
      } else {
        fields.error(.unknownLocale(name), at: .locale)
      }
    }
    if let text = fields.string(.quietHours) {
      quietHours = Self.quietHours(text, fields: fields)
    }
    if let paths = fields.strings(.holidays) {
      holidaysKey = fields.keyLocation(of: .holidays)
      let directory = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(
        separator: "/")
      holidayCalendars = paths.map { path, value in
        if HolidayFolders.isName(path) { return (.name(path), value) }
        return (
          .file(
            path.hasPrefix("/") || directory.isEmpty && !file.hasPrefix("/") ? path : directory + "/" + path),
          value
        )
      }
    }
    if let value = fields.value(.allowedUIDs) {
      if case .array(let elements) = value.kind {
        for element in elements {
          guard case .integer(let uid) = element.kind, (0...4_294_967_294).contains(uid) else {
            log.error(.integerOutOfRange(key: "allowed_uids", range: 0...4_294_967_294), at: element.location)
            continue
          }
          allowedUIDs.append(UInt32(uid))
        }
      } else {
        log.error(
          .wrongType(key: "allowed_uids", expected: .integer, elements: true, found: value.type),
          at: value.location)
      }
    }
    if let count = fields.integer(.hooksMaxConcurrent, in: 1...1_024) {
      hooksMaxConcurrent = Int(count)
    }
    if let count = fields.integer(.maxConnections, in: 1...1_000_000) { maxConnections = Int(count) }
    if let path = fields.string(.icsFeed) {
      icsFeed = Self.feedPath(path, fields: fields, environment: environment)
    }
  }

  /// The feed's absolute path: `path` as it is when absolute, else under
  /// `$XDG_DATA_HOME/repayd/` (`$HOME/.local/share/repayd/` when that is unset or relative, as
  /// the XDG base directory specification says). Nil, with an error, when it names no file.
  private static func feedPath(_ path: String, fields: TableFields<Key>, environment: [String: String])
    -> String?
  {
    let last = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
    guard !last.isEmpty, last != ".", last != "..", !path.contains("\0") else {
      fields.error(.feedNotAFile(path), at: .icsFeed)
      return nil
    }
    if path.hasPrefix("/") { return path }
    guard let base = XDGBaseDirectories.dataHome(environment: environment) else {
      fields.error(.feedWithoutHome(path), at: .icsFeed)
      return nil
    }
    return base + "/repayd/" + path
  }

  /// `HH:MM-HH:MM`, each side a time of day, the two different.
  private static func quietHours(_ text: String, fields: TableFields<Key>) -> QuietHours? {
    let parts = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.count == 2 else {
      fields.error(.quietHoursShape, at: .quietHours)
      return nil
    }
    var times: [TimeOfDay] = []
    var column = 1
    for part in parts {
      do {
        times.append(try TimeOfDay(parsing: String(part)))
      } catch {
        fields.report(
          ConfigProblem.quietHoursShape.message(in: fields.log.language), at: .quietHours,
          column: column + error.column - 1)
        return nil
      }
      column += part.unicodeScalars.count + 1
    }
    guard let range = QuietHours(start: times[0], end: times[1]) else {
      fields.error(.quietHoursEmpty, at: .quietHours)
      return nil
    }
    return range
  }
}
