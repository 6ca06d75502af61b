/// The UTC offset in force at an instant, as a TZif local time type describes it.
public struct ZoneOffset: Hashable, Sendable {
  /// Seconds to add to UTC to get local time: positive east of Greenwich (3600 for CET).
  public var secondsEastOfUTC: Int
  /// Whether the zone calls this daylight saving time. Not implied by the offset: Europe/Dublin
  /// marks its winter time (GMT) as daylight saving and its summer time (IST) as standard.
  public var isDaylightSaving: Bool
  /// The abbreviation shown for local time, without POSIX's angle brackets: "CET", "CEST",
  /// "+0330", "UTC".
  public var abbreviation: String

  /// An offset of `secondsEastOfUTC` seconds, with its daylight-saving flag and abbreviation.
  public init(secondsEastOfUTC: Int, isDaylightSaving: Bool, abbreviation: String) {
    self.secondsEastOfUTC = secondsEastOfUTC
    self.isDaylightSaving = isDaylightSaving
    self.abbreviation = abbreviation
  }
}
