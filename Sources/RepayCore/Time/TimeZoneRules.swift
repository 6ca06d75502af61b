/// The rules of one time zone: the transitions of a TZif file plus its POSIX TZ footer rule
/// for instants past the table, or a POSIX TZ rule alone.
///
/// Instants are Unix seconds (UTC), as `Int64`. Lookups follow RFC 8536: before the first
/// transition local time type 0 applies; from the last transition on, the footer rule when
/// there is one, else the last transition's type; with no transitions, the footer rule or
/// type 0. `offset(at:)` is one or two binary searches, without allocation.
public struct TimeZoneRules: Hashable, Sendable {
  /// The zone's name: "Europe/Berlin", "UTC", or what the caller named a rule.
  public let identifier: String
  /// The standard-time abbreviation the zone uses now: from the footer rule when there is one,
  /// else from the last transition to standard time (else type 0). This is glibc's
  /// `tzname[0]` once a process has converted a time past the file's table, which is what
  /// systemd sees for every expression after the first of a run; right after `tzset` glibc
  /// takes both names from the table instead (Asia/Shanghai: CST and CDT, from 1991).
  public let standardAbbreviation: String
  /// The daylight-time abbreviation the zone uses now, in the same sense: from the footer rule
  /// when there is one, else from the last transition to daylight time; nil when that rule has
  /// no daylight saving time or no transition is to it.
  public let daylightAbbreviation: String?

  /// Transition instants, strictly ascending.
  private let transitions: [Int64]
  /// For each transition, the index in `localTimeTypes` of the type in force from it on.
  private let transitionTypes: [UInt8]
  /// The local time types; type 0 applies before the first transition.
  private let localTimeTypes: [ZoneOffset]
  /// The rule for instants from the last transition on (all instants when there is none).
  private let footer: PosixTimeZoneRule?
  /// The smallest and largest UTC offsets the zone uses: the instants of a local time lie
  /// within these of it.
  let offsetRange: ClosedRange<Int>

  /// Coordinated Universal Time: offset zero, abbreviation "UTC", never daylight saving.
  public static let utc = TimeZoneRules(
    identifier: "UTC", transitions: [], transitionTypes: [],
    localTimeTypes: [ZoneOffset(secondsEastOfUTC: 0, isDaylightSaving: false, abbreviation: "UTC")],
    footer: nil)

  /// The rules in the TZif data `tzif` (versions 1 to 4; the 64-bit data and footer of
  /// versions 2 and later). Damaged data throws, never crashes.
  public init(identifier: String, tzif: [UInt8]) throws(TimeZoneError) {
    let content = try TZifReader.read(tzif, identifier: identifier)
    self.init(
      identifier: identifier, transitions: content.transitions, transitionTypes: content.transitionTypes,
      localTimeTypes: content.localTimeTypes, footer: content.footer)
  }

  /// The rules of a POSIX TZ rule such as `CET-1CEST,M3.5.0,M10.5.0/3`, `<+0330>-3:30` or
  /// `<-03>3<-02>,M3.5.0/-2,M10.5.0/-1` (RFC 8536's hours -167 to 167), with `Jn` and `n`
  /// days.
  public init(identifier: String, posixRule: String) throws(TimeZoneError) {
    var parser = PosixTimeZoneRuleParser(rule: posixRule, identifier: identifier)
    let rule = try parser.parse()
    self.init(
      identifier: identifier, transitions: [], transitionTypes: [], localTimeTypes: [rule.standard],
      footer: rule)
  }

  private init(
    identifier: String, transitions: [Int64], transitionTypes: [UInt8], localTimeTypes: [ZoneOffset],
    footer: PosixTimeZoneRule?
  ) {
    self.identifier = identifier
    self.transitions = transitions
    self.transitionTypes = transitionTypes
    self.localTimeTypes = localTimeTypes
    self.footer = footer
    var offsets = localTimeTypes.map(\.secondsEastOfUTC)
    if let footer {
      offsets.append(footer.standard.secondsEastOfUTC)
      if let daylight = footer.daylightSaving?.daylight { offsets.append(daylight.secondsEastOfUTC) }
    }
    offsetRange = offsets.min()!...offsets.max()!
    if let footer {
      standardAbbreviation = footer.standard.abbreviation
      daylightAbbreviation = footer.daylightSaving?.daylight.abbreviation
    } else {
      let typesFromLast = transitionTypes.reversed().lazy.map { localTimeTypes[Int($0)] }
      standardAbbreviation =
        typesFromLast.first { !$0.isDaylightSaving }?.abbreviation ?? localTimeTypes[0].abbreviation
      daylightAbbreviation = typesFromLast.first { $0.isDaylightSaving }?.abbreviation
    }
  }

  /// The offset in force at `instant` (Unix seconds, UTC).
  public func offset(at instant: Int64) -> ZoneOffset {
    guard let last = transitions.last else { return footer?.offset(at: instant) ?? localTimeTypes[0] }
    if instant >= last {
      return footer?.offset(at: instant) ?? localTimeTypes[Int(transitionTypes[transitions.count - 1])]
    }
    let index = transitions.indexOfLast(atOrBefore: instant)
    return localTimeTypes[index < 0 ? 0 : Int(transitionTypes[index])]
  }

  /// The first instant after `instant` at which the offset, its daylight-saving flag or its
  /// abbreviation changes, or nil when nothing changes any more.
  public func nextTransition(after instant: Int64) -> Int64? {
    let current = offset(at: instant)
    var time = instant
    while let next = changeInstant(after: time) {
      if offset(at: next) != current { return next }
      time = next
    }
    return nil
  }

  /// The first instant after `instant` at which the table or the footer rule may change the
  /// offset (a table entry may repeat the type before it).
  func changeInstant(after instant: Int64) -> Int64? {
    guard let last = transitions.last, instant < last else { return footer?.transition(after: instant) }
    return transitions[transitions.indexOfLast(atOrBefore: instant) + 1]
  }
}
