import RepayCore

/// Calendar expressions evaluated against this system, as systemd evaluates them: zone names
/// are checked against `/usr/share/zoneinfo` (systemd's `timezone_is_valid` reads that fixed
/// path), the local zone comes from `TZ` or `/etc/localtime`, and a zone named in an expression
/// is loaded from the tz database.
public struct SystemCalendarContext: Sendable {
  /// The zone of the environment's `TZ` (or `/etc/localtime`).
  public let localZone: TimeZoneRules
  private let environment: [String: String]
  private let parsingContext: CalendarParsingContext

  /// The context for the given environment (its `TZ` and `TZDIR`).
  public init(environment: [String: String]) throws(TimeZoneError) {
    self.environment = environment
    localZone = try SystemTimeZone.current(environment: environment)
    parsingContext = CalendarParsingContext(
      localAbbreviations: [localZone.standardAbbreviation, localZone.daylightAbbreviation ?? ""],
      isValidTimeZone: Self.isSystemdZoneName)
  }

  /// Parses `expression` and computes its next `count` elapses after `after` (microseconds
  /// since 1970) on `clock`.
  public func evaluate(
    _ expression: String, after: Int64, count: Int, clock: SystemdCalendarClock
  ) -> Result<CalendarEvaluation, CalendarEvaluationError> {
    let spec: CalendarSpec
    do {
      spec = try CalendarSpec(parsing: expression, context: parsingContext)
    } catch {
      return .failure(.syntax(error))
    }
    // The name was checked against the database while parsing, so loading it succeeds unless
    // the file changed in between; then, like systemd's child that cannot load its zone, it
    // falls back to UTC.
    let specZone = spec.timeZone.map {
      (try? SystemTimeZone.rules(for: $0, environment: environment)) ?? .utc
    }
    switch clock.elapses(of: spec, after: after, count: count, specZone: specZone) {
    case .success(let elapses):
      return .success(CalendarEvaluation(normalized: spec.normalizedText, elapses: elapses))
    case .failure(let error):
      return .failure(.endlessSearch(error))
    }
  }

  /// systemd's `timezone_is_valid`: "UTC", or a name of letters, digits, `-`, `_`, `+` and
  /// single inner slashes naming a TZif file under `/usr/share/zoneinfo`.
  static func isSystemdZoneName(_ name: String) -> Bool {
    if name == "UTC" { return true }
    guard !name.isEmpty, !name.hasPrefix("/"), !name.hasSuffix("/"), !name.contains("//") else {
      return false
    }
    let allowed = name.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        || "-_+/".unicodeScalars.contains($0)
    }
    guard allowed, let bytes = try? SourceFile.read("/usr/share/zoneinfo/" + name) else { return false }
    return bytes.starts(with: Array("TZif".utf8))
  }
}

/// A calendar expression's normalized form and its next elapses (microseconds since 1970).
public struct CalendarEvaluation: Hashable, Sendable {
  /// The normalized form, as systemd prints it.
  public let normalized: String
  /// The elapses found, ascending.
  public let elapses: [Int64]
}

/// Why a calendar expression could not be evaluated.
public enum CalendarEvaluationError: Error, Hashable, Sendable {
  /// It is not a valid expression.
  case syntax(CalendarSyntaxError)
  /// It is valid, but systemd's search for its next elapse does not settle.
  case endlessSearch(CalendarEndlessSearch)

  /// The message in `language`.
  public func message(in language: Language) -> String {
    switch self {
    case .syntax(let error): error.message(in: language)
    case .endlessSearch(let error): error.message(in: language)
    }
  }
}
