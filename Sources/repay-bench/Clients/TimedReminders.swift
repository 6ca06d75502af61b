import Foundation
import RepayConfig

/// Free-standing reminders added to a household file, each at one instant (a calendar
/// expression of a full local date and time, which elapses once): the instants at which
/// `repay-bench clients` expects repayd to fire, so that the lateness of each firing is known.
struct TimedReminders {
  /// The planned instants, Unix seconds, in order.
  let instants: [Int64]

  /// Appends `count` reminders to the configuration at `path` whose zone is `zone`, the first at
  /// `first` (Unix seconds), then one every `spacing` seconds.
  init(appendingTo path: String, zone: String, first: Int64, count: Int, spacing: Int64) throws {
    let rules = try SystemTimeZone.rules(for: zone, environment: ProcessInfo.processInfo.environment)
    instants = (0..<Int64(count)).map { first + $0 * spacing }
    var text = ""
    for (index, instant) in instants.enumerated() {
      let (date, time) = rules.localTime(at: instant)
      text += """

        [[reminder]]
        id = "bench-\(index)"
        calendar = "\(date) \(time)"
        message = "repay-bench clients: reminder \(index)"

        """
    }
    let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? file.close() }
    try file.seekToEnd()
    try file.write(contentsOf: Data(text.utf8))
  }
}
