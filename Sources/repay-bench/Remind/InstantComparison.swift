import RepayCore

/// Both tools' reminders over the same window, one for one: how many are the same, and each
/// that only one tool has, with the reason when the difference is a rule remind lacks.
struct InstantComparison {
  /// A reminder only one tool has, or a pair that differs for a named reason.
  struct Difference: CustomStringConvertible {
    var remind: ComparedInstant?
    var repayd: ComparedInstant?
    /// Why the tools differ here; nil when nothing explains it.
    var reason: String?

    /// `remind 2026-12-03 07:00 loan-4 advance / repayd 2026-12-03 08:00 loan-4 advance`.
    var sides: String {
      [("remind", remind), ("repayd", repayd)].map { "\($0.0) \($0.1.map(\.description) ?? "nothing")" }
        .joined(separator: " / ")
    }

    /// The sides, then the reason or `UNEXPLAINED`.
    var description: String { sides + ": " + (reason ?? "UNEXPLAINED") }
  }

  /// The reason named for the reminders quiet hours hold back.
  static let quietHoursReason =
    "quiet hours (repayd holds advance and due reminders back to the end of 22:00-08:00; remind has no quiet hours)"

  /// Reminders both tools list (counted with their multiplicity).
  let identical: Int
  /// The reminders remind and repayd list.
  let remindCount: Int
  let repaydCount: Int
  /// Every difference, in date order.
  let differences: [Difference]

  /// The differences nothing explains: a goal of the comparison is that there are none.
  var unexplained: [Difference] { differences.filter { $0.reason == nil } }

  /// Compares `remind`'s reminders with `repayd`'s, where quiet hours run from
  /// `quietHours.start` to `quietHours.end` (minutes after midnight, across midnight when the
  /// start is later).
  init(remind: [ComparedInstant], repayd: [ComparedInstant], quietHours: (start: Int, end: Int)) {
    remindCount = remind.count
    repaydCount = repayd.count
    var remaining = Dictionary(repayd.map { ($0, 1) }, uniquingKeysWith: +)
    var onlyRemind: [ComparedInstant] = []
    var same = 0
    for instant in remind {
      if let count = remaining[instant], count > 0 {
        remaining[instant] = count - 1
        same += 1
      } else {
        onlyRemind.append(instant)
      }
    }
    identical = same
    var differences: [Difference] = []
    for instant in onlyRemind {
      let quiet =
        quietHours.start > quietHours.end
        ? instant.minute >= quietHours.start || instant.minute < quietHours.end
        : (quietHours.start..<quietHours.end).contains(instant.minute)
      var held = instant
      held.minute = quietHours.end
      held.date = instant.minute < quietHours.end ? instant.date : instant.date.advanced(by: 1)
      if quiet, instant.stage != .overdue, let count = remaining[held], count > 0 {
        remaining[held] = count - 1
        differences.append(Difference(remind: instant, repayd: held, reason: Self.quietHoursReason))
      } else {
        differences.append(Difference(remind: instant, repayd: nil, reason: nil))
      }
    }
    for (instant, count) in remaining where count > 0 {
      differences += Array(repeating: Difference(remind: nil, repayd: instant, reason: nil), count: count)
    }
    self.differences = differences.sorted { ($0.remind ?? $0.repayd!) < ($1.remind ?? $1.repayd!) }
  }
}
