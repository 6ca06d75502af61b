import Foundation

/// The independent reader of the iCalendar export, `Tests/oracles/ics_oracle.py`, run with the
/// Python of `.build/venv` (where scripts/install-deps puts icalendar and recurring-ical-events).
public enum ICSOracle {
  /// The package's root folder.
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  /// The venv's Python.
  public static let python = root.appendingPathComponent(".build/venv/bin/python").path
  /// The script.
  static let script = root.appendingPathComponent("Tests/oracles/ics_oracle.py").path

  /// Whether the venv's Python is there (else: run scripts/install-deps).
  public static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: python) }

  /// `ics_oracle.py against-schedule ICS SCHEDULE`: status 0 when every occurrence and reminder
  /// of the schedule JSON at `schedule` has its event; the output lists each mismatch.
  public static func checkAgainstSchedule(ics: String, schedule: String) throws -> ChildProcess.Outcome {
    try ChildProcess.run(python, [script, "against-schedule", ics, schedule])
  }

  /// An event as the oracle read it.
  public struct Event: Decodable, Sendable {
    /// The UID.
    public var uid: String
    /// `YYYY-MM-DD` for an all-day event, an RFC 3339 UTC instant for a timed one.
    public var start: String
    /// The summary, unescaped.
    public var summary: String
    /// The description, unescaped.
    public var description: String
    /// `CANCELLED`, or empty.
    public var status: String
    /// The sequence.
    public var sequence: Int
    /// The alarms' instants, RFC 3339 UTC, in order.
    public var alarms: [String]
  }

  /// What `ics_oracle.py events` prints.
  public struct Reading: Decodable, Sendable {
    /// The all-day events of the window, in the file's order.
    public var events: [Event]
    /// The timed events of the window.
    public var timed: [Event]
    /// The octet lengths of the lines longer than 75.
    public var longLines: [Int]
    /// Line feeds or carriage returns not part of a CRLF.
    public var bareLineBreaks: Int
    /// Whether the file ends in CRLF.
    public var endsInCrlf: Bool

    enum CodingKeys: String, CodingKey {
      case events, timed
      case longLines = "long_lines"
      case bareLineBreaks = "bare_line_breaks"
      case endsInCrlf = "ends_in_crlf"
    }
  }

  /// The oracle could not read a file.
  public struct Failure: Error, CustomStringConvertible {
    /// Its complaint.
    public var description: String
  }

  /// The events of the file at `ics` taking place in [`from`, `from + days`).
  public static func read(ics: String, from: String, days: Int) throws -> Reading {
    let outcome = try ChildProcess.run(python, [script, "events", ics, from, String(days)])
    guard outcome.status == 0 else {
      throw Failure(description: "ics_oracle.py failed on \(ics): \(outcome.standardError)")
    }
    return try JSONDecoder().decode(Reading.self, from: Data(outcome.standardOutput.utf8))
  }
}
