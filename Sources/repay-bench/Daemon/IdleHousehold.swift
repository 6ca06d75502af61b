import Foundation

/// The generated household (`GeneratedHousehold`) written as a configuration file for repayd, in
/// a zone chosen so that no notice falls near the run: every stage instant of the household is at
/// 08:00 or 09:30 local time, and in the zone picked here it is between 14:00 and 15:00 when the
/// benchmark starts, so the nearest notice is at least 4.5 hours away (17 hours ahead, or 4.5
/// hours ago and not caught up, since each run has a fresh state). A daemon that woke for a
/// notice, or delivered a catch-up, would spoil both the start-up and the idle figures.
struct IdleHousehold {
  /// The configuration file.
  let path: String
  /// The zone it names: `Etc/GMT-N`, which is UTC+N in the POSIX sign convention.
  let zone: String
  /// Its size in bytes.
  let bytes: Int

  /// Writes `loans` loans to `directory/name`, placed relative to the wall clock now.
  init(loans: Int, directory: String, name: String) throws {
    zone = Self.zoneNow()
    let text = GeneratedHousehold(loans: loans, timezone: zone).toml
    path = directory + "/" + name
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    bytes = text.utf8.count
  }

  /// The zone in which it is now between 14:00 and 15:00 (see above).
  static func zoneNow() -> String {
    let utcHour = Int(Date().timeIntervalSince1970 / 3_600) % 24
    let offset = 14 - utcHour
    return offset == 0 ? "Etc/GMT" : offset > 0 ? "Etc/GMT-\(offset)" : "Etc/GMT+\(-offset)"
  }
}
