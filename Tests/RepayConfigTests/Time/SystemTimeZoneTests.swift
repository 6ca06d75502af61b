import Foundation
import RepayConfig
import RepayConfigTestSupport
import RepayCore
import Testing

/// Finding zones in the system's tz database and the local zone from `TZ` and /etc/localtime.
struct SystemTimeZoneTests {
  private static let environment = ZoneDatabase.environment

  /// 1 February 1974 UTC: the United States kept daylight saving time all winter, which the
  /// EST5EDT file records and the bare rule "EST5EDT" does not.
  private static let winter1974: Int64 = 128_908_800

  /// 1 July 2026 UTC.
  private static let summer2026: Int64 = 1_782_864_000

  /// A fresh directory, removed after `body`.
  private static func withTemporaryDirectory(_ body: (String) throws -> Void) throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayd-zone-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    try body(path)
  }

  @Test("zone names are read from TZDIR, or from /usr/share/zoneinfo when it is unset or empty")
  func zoneDirectory() throws {
    try ZoneDatabase.requireInstalled()
    #expect(SystemTimeZone.zoneDirectory(environment: [:]) == "/usr/share/zoneinfo")
    #expect(SystemTimeZone.zoneDirectory(environment: ["TZDIR": ""]) == "/usr/share/zoneinfo")
    let berlin = try SystemTimeZone.rules(for: "Europe/Berlin", environment: [:])
    #expect(berlin.identifier == "Europe/Berlin")
    #expect(berlin.offset(at: Self.summer2026).abbreviation == "CEST")
    try Self.withTemporaryDirectory { directory in
      try FileManager.default.createDirectory(atPath: directory + "/Test", withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        atPath: ZoneDatabase.directory + "/Asia/Tehran", toPath: directory + "/Test/Zone")
      let rules = try SystemTimeZone.rules(for: "Test/Zone", environment: ["TZDIR": directory])
      #expect(rules.offset(at: Self.summer2026).secondsEastOfUTC == 12_600)
      #expect(throws: TimeZoneError(identifier: "Test/Zone", reason: .unknownZone)) {
        try SystemTimeZone.rules(for: "Test/Zone", environment: [:])
      }
    }
  }

  @Test("missing zones and directories are unknown zones")
  func unknownZones() throws {
    try ZoneDatabase.requireInstalled()
    for name in ["Europe/Berln", "Europe", "Europe/Berlin/Mitte"] {
      #expect(throws: TimeZoneError(identifier: name, reason: .unknownZone)) {
        try SystemTimeZone.rules(for: name, environment: Self.environment)
      }
    }
  }

  @Test("TZ names a zone as Area/City or :Area/City, UTC included")
  func namedZones() throws {
    try ZoneDatabase.requireInstalled()
    for value in ["Asia/Shanghai", ":Asia/Shanghai"] {
      let rules = try SystemTimeZone.current(environment: Self.environment.merging(["TZ": value]) { $1 })
      #expect(rules.identifier == "Asia/Shanghai")
      #expect(rules.offset(at: 0).secondsEastOfUTC == 28_800)
    }
    #expect(try SystemTimeZone.current(environment: ["TZ": "UTC"]) == .utc)
    #expect(try SystemTimeZone.current(environment: ["TZ": ":UTC"]) == .utc)
    // A name that is a file is read as the file, not as a rule.
    let file = try SystemTimeZone.current(environment: ["TZ": "EST5EDT"])
    #expect(file.offset(at: Self.winter1974).isDaylightSaving)
  }

  @Test("TZ may give a TZif file by absolute path, with or without the colon")
  func absolutePaths() throws {
    try ZoneDatabase.requireInstalled()
    for value in ["/usr/share/zoneinfo/Asia/Kolkata", ":/usr/share/zoneinfo/Asia/Kolkata"] {
      let rules = try SystemTimeZone.current(environment: ["TZ": value])
      #expect(rules.identifier == "Asia/Kolkata")
      #expect(rules.offset(at: 0).secondsEastOfUTC == 19_800)
    }
    try Self.withTemporaryDirectory { directory in
      let path = directory + "/zone"
      try FileManager.default.copyItem(atPath: ZoneDatabase.directory + "/Asia/Kolkata", toPath: path)
      #expect(try SystemTimeZone.current(environment: ["TZ": path]).identifier == path)
      #expect(throws: TimeZoneError(identifier: path + "-missing", reason: .unknownZone)) {
        try SystemTimeZone.current(environment: ["TZ": path + "-missing"])
      }
    }
  }

  @Test("TZ that names no file is a POSIX rule")
  func posixRules() throws {
    try ZoneDatabase.requireInstalled()
    let berlin = try SystemTimeZone.current(environment: ["TZ": "CET-1CEST,M3.5.0,M10.5.0/3"])
    #expect(berlin.identifier == "CET-1CEST,M3.5.0,M10.5.0/3")
    #expect(berlin.offset(at: Self.summer2026).abbreviation == "CEST")
    let japan = try SystemTimeZone.current(environment: ["TZ": ":JST-9"])
    #expect(japan.identifier == "JST-9")
    #expect(
      japan.offset(at: 0)
        == ZoneOffset(secondsEastOfUTC: 32_400, isDaylightSaving: false, abbreviation: "JST"))
    #expect(throws: TimeZoneError(identifier: "Europe/Berln", reason: .unknownZone)) {
      try SystemTimeZone.current(environment: ["TZ": "Europe/Berln"])
    }
    #expect(throws: TimeZoneError(identifier: "Europe/../etc", reason: .invalidIdentifier)) {
      try SystemTimeZone.current(environment: ["TZ": "Europe/../etc"])
    }
    let rule = "EST5EDT,M3.2.0"
    #expect(
      throws: TimeZoneError(
        identifier: rule, reason: .invalidRule(rule: rule, position: 15, expected: .comma))
    ) { try SystemTimeZone.current(environment: ["TZ": rule]) }
  }

  @Test("unset or empty TZ means /etc/localtime, named by its link into the zone directory")
  func localTime() throws {
    try ZoneDatabase.requireInstalled()
    _ = try SystemTimeZone.current(environment: [:])
    try Self.withTemporaryDirectory { directory in
      let link = directory + "/localtime"
      try FileManager.default.createSymbolicLink(
        atPath: link, withDestinationPath: "/usr/share/zoneinfo/Asia/Kolkata")
      for environment in [[:], ["TZ": ""], ["TZ": ":"]] {
        let rules = try SystemTimeZone.current(environment: environment, localTimePath: link)
        #expect(rules.identifier == "Asia/Kolkata")
        #expect(rules.offset(at: 0).secondsEastOfUTC == 19_800)
      }
      // A relative link, as `ln -s ../usr/share/zoneinfo/...` in /etc makes.
      let relative = directory + "/relative"
      let depth = directory.split(separator: "/").count
      try FileManager.default.createSymbolicLink(
        atPath: relative,
        withDestinationPath: String(repeating: "../", count: depth) + "usr/share/zoneinfo/Europe/Berlin")
      #expect(
        try SystemTimeZone.current(environment: [:], localTimePath: relative).identifier == "Europe/Berlin")
      // A copy, or a link outside the zone directory, has no zone name.
      let copy = directory + "/copy"
      try FileManager.default.copyItem(atPath: ZoneDatabase.directory + "/Asia/Kolkata", toPath: copy)
      #expect(try SystemTimeZone.current(environment: [:], localTimePath: copy).identifier == "localtime")
      let outside = directory + "/outside"
      try FileManager.default.createSymbolicLink(atPath: outside, withDestinationPath: copy)
      #expect(try SystemTimeZone.current(environment: [:], localTimePath: outside).identifier == "localtime")
      // A missing /etc/localtime (or a dangling link) means UTC, as in glibc and systemd.
      #expect(try SystemTimeZone.current(environment: [:], localTimePath: directory + "/missing") == .utc)
      let dangling = directory + "/dangling"
      try FileManager.default.createSymbolicLink(
        atPath: dangling, withDestinationPath: directory + "/missing")
      #expect(try SystemTimeZone.current(environment: [:], localTimePath: dangling) == .utc)
    }
  }

  @Test("a link into TZDIR is named relative to it")
  func localTimeInZoneDirectory() throws {
    try ZoneDatabase.requireInstalled()
    try Self.withTemporaryDirectory { directory in
      try FileManager.default.createDirectory(
        atPath: directory + "/zones/Test", withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        atPath: ZoneDatabase.directory + "/Asia/Tehran", toPath: directory + "/zones/Test/Zone")
      let link = directory + "/localtime"
      try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "zones/Test/Zone")
      let rules = try SystemTimeZone.current(
        environment: ["TZDIR": directory + "/zones"], localTimePath: link)
      #expect(rules.identifier == "Test/Zone")
    }
  }
}
