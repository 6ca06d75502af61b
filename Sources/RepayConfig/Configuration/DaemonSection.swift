import RepayCore

/// The `[daemon]` table, read and checked.
struct DaemonSection {
  /// The keys `[daemon]` may hold.
  static let keys = [
    "timezone", "locale", "quiet_hours", "holidays", "allowed_uids", "hooks_max_concurrent",
    "max_connections",
  ]

  /// The zone named, if one is.
  var zone: TimeZoneRules?
  /// The language named, if one is.
  var language: Language?
  /// The quiet hours, if any.
  var quietHours: QuietHours?
  /// The holiday files, each as a path joined to the directory of the file naming it, with
  /// the value that named it.
  var holidayFiles: [(path: String, value: TOMLValue)] = []
  /// The uids allowed besides the daemon's own.
  var allowedUIDs: [UInt32] = []
  /// How many hooks may run at once.
  var hooksMaxConcurrent = 4
  /// How many control clients may be connected at once.
  var maxConnections = 512

  /// The section with every default.
  init() {}

  /// Reads `[daemon]` from `table`, written in `file`, reporting every fault to `log`.
  init(
    _ table: TOMLTable, at location: SourceLocation, file: String, log: DiagnosticLog,
    environment: [String: String]
  ) {
    let fields = TableFields(table, name: "[daemon]", at: location, allowed: Self.keys, log: log)
    if let (name, value) = fields.string("timezone") {
      do {
        zone = try SystemTimeZone.rules(for: name, environment: environment)
      } catch {
        log.error(error.message(in: log.language), at: value.location)
      }
    }
    if let (name, value) = fields.string("locale") {
      if let language = Language(rawValue: name) {
        self.language = language
      } else {
        log.error(.unknownLocale(name), at: value.location)
      }
    }
    if let (text, value) = fields.string("quiet_hours") {
      quietHours = Self.quietHours(text, value, fields: fields)
    }
    if let (paths, _) = fields.strings("holidays") {
      let directory = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(
        separator: "/")
      holidayFiles = paths.map { path, value in
        (
          path.hasPrefix("/") || directory.isEmpty && !file.hasPrefix("/") ? path : directory + "/" + path,
          value
        )
      }
    }
    if let value = fields.value("allowed_uids") {
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
    if let (count, _) = fields.integer("hooks_max_concurrent", in: 1...1_024) {
      hooksMaxConcurrent = Int(count)
    }
    if let (count, _) = fields.integer("max_connections", in: 1...1_000_000) { maxConnections = Int(count) }
  }

  /// `HH:MM-HH:MM`, each side a time of day, the two different.
  private static func quietHours(_ text: String, _ value: TOMLValue, fields: TableFields) -> QuietHours? {
    let parts = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.count == 2 else {
      fields.log.error(.quietHoursShape, at: value.location)
      return nil
    }
    var times: [TimeOfDay] = []
    var column = 1
    for part in parts {
      do {
        times.append(try TimeOfDay(parsing: String(part)))
      } catch {
        fields.report(
          ConfigProblem.quietHoursShape.message(in: fields.log.language), in: value,
          column: column + error.column - 1)
        return nil
      }
      column += part.unicodeScalars.count + 1
    }
    guard let range = QuietHours(start: times[0], end: times[1]) else {
      fields.log.error(.quietHoursEmpty, at: value.location)
      return nil
    }
    return range
  }
}
