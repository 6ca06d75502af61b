import Foundation
import Testing

/// The system's tz database and `zdump`, which the zone tests read and compare against. CI
/// installs them; where they are missing the tests fail (never skip) and say how to install them.
public enum ZoneDatabase {
  /// The zone directory the tests name explicitly, as `TZDIR`.
  public static let directory = "/usr/share/zoneinfo"
  /// glibc's `zdump`, from libc-bin.
  public static let zdump = "/usr/bin/zdump"
  /// The environment the tests resolve zones in.
  public static let environment = ["TZDIR": directory]

  /// Fails the calling test unless the zone files and `zdump` are installed.
  public static func requireInstalled(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let files = FileManager.default
    try #require(
      files.isExecutableFile(atPath: zdump) && files.fileExists(atPath: directory + "/Europe/Berlin"),
      "the zone tests need \(zdump) and the tz database in \(directory): apt-get install libc-bin tzdata",
      sourceLocation: sourceLocation)
  }
}
