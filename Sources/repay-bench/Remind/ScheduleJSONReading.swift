import Foundation
import RepayCore

/// The reminders in `repayctl schedule --json` (docs/config.md, "repayctl schedule"), as local
/// dates and times of the household's zone.
enum ScheduleJSONReading {
  /// The stages of every listed occurrence whose local date lies in `window`; throws when
  /// `output` is not that JSON object.
  static func instants(_ output: String, zone: TimeZoneRules, window: Range<LocalDate>) throws
    -> [ComparedInstant]
  {
    guard let object = try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any],
      let occurrences = object["occurrences"] as? [[String: Any]]
    else { throw ValidationFailure("repayctl schedule printed no schedule: \(output.prefix(300))") }
    var instants: [ComparedInstant] = []
    for occurrence in occurrences {
      guard let loan = occurrence["loan"] as? String,
        let reminders = occurrence["reminders"] as? [[String: Any]]
      else { throw ValidationFailure("an occurrence without loan or reminders: \(occurrence)") }
      for reminder in reminders {
        guard let name = reminder["stage"] as? String, let stage = ComparedInstant.Stage(rawValue: name),
          let at = reminder["at"] as? String, let microseconds = InstantText.parse(at)
        else { throw ValidationFailure("a reminder this benchmark cannot read: \(reminder)") }
        let local = zone.localTime(at: microseconds / 1_000_000)
        guard window.contains(local.date) else { continue }
        instants.append(
          ComparedInstant(date: local.date, minute: local.time.secondOfDay / 60, loan: loan, stage: stage))
      }
    }
    return instants
  }
}
