/// Where an occurrence stands as its calendar event shows it.
public enum OccurrenceEventState: Hashable, Sendable {
  /// Still to pay (perhaps partly paid, by the given minor units): the event has its alarms.
  case open(paid: Int64)
  /// Paid in full: "Paid: …", no alarms.
  case paid
  /// Replaced by the agreement with this id: cancelled, no alarms.
  case superseded(by: Int64)
}
