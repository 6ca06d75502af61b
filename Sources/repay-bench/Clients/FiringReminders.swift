import Foundation
import RepayConfig
import RepayCore

/// Free-standing reminders added to a household file so that `perSecond` notices come due in
/// every second of a window: `repay-bench control` measures `GetStatus` while they fire.
///
/// Each reminder fires once a second through one local minute's part of the window, a calendar
/// expression of a full local date, hour and minute and a range of seconds
/// (`2026-11-29 16:30:10..29`), so that a window of 100,000 notices takes thousands of blocks of
/// TOML rather than 100,000. A window that crosses a minute takes one set of reminders per minute
/// it touches. The household's zone must have a fixed offset (`IdleHousehold`'s `Etc/GMT-N`), so
/// that every local second of the window is one instant.
struct FiringReminders {
  /// The first instant of the window, Unix seconds.
  let first: Int64
  /// How many seconds it lasts.
  let seconds: Int64
  /// How many notices come due in all.
  let count: Int
  /// The prefix of every reminder's id, by which its lines in repayd's log are known.
  static let prefix = "fire-"

  /// Appends to the configuration at `path` (whose zone is `zone`) `perSecond` reminders for each
  /// local minute that the window of `seconds` seconds from `first` (Unix seconds) touches.
  init(appendingTo path: String, zone: String, first: Int64, seconds: Int64, perSecond: Int) throws {
    let rules = try SystemTimeZone.rules(for: zone, environment: ProcessInfo.processInfo.environment)
    self.first = first
    self.seconds = seconds
    count = Int(seconds) * perSecond
    var text = ""
    var start = first
    var part = 0
    while start < first + seconds {
      let (date, time) = rules.localTime(at: start)
      let second = time.second
      let last = min(59, second + Int(first + seconds - start) - 1)
      let expression =
        "\(date) \(ZeroPadded.text(time.hour, width: 2)):\(ZeroPadded.text(time.minute, width: 2)):"
        + "\(ZeroPadded.text(second, width: 2))..\(ZeroPadded.text(last, width: 2))"
      for index in 0..<perSecond {
        text += """

          [[reminder]]
          id = "\(Self.prefix)\(part)-\(index)"
          calendar = "\(expression)"
          message = "m"

          """
      }
      start += Int64(last - second + 1)
      part += 1
    }
    let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? file.close() }
    try file.seekToEnd()
    try file.write(contentsOf: Data(text.utf8))
  }
}
