/// What parsing a calendar expression needs to know about the system, injected so that the
/// parser stays pure: which zone names exist, and the local zone's abbreviations.
public struct CalendarParsingContext: Sendable {
  /// The local zone's standard and daylight-saving abbreviations (glibc's `tzname[0]` and
  /// `tzname[1]`, e.g. `CET` and `CEST`): an expression may end in one of them.
  public var localAbbreviations: [String]
  /// Whether a name is a zone systemd accepts (`UTC`, or a TZif file under the zone database).
  public var isValidTimeZone: @Sendable (String) -> Bool

  /// Creates a context.
  public init(localAbbreviations: [String], isValidTimeZone: @escaping @Sendable (String) -> Bool) {
    self.localAbbreviations = localAbbreviations
    self.isValidTimeZone = isValidTimeZone
  }
}
