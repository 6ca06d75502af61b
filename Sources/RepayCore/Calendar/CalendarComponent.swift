/// One element of a field of a calendar expression: a value, a range, or a repetition
/// (`5`, `1..5`, `0/15`, `1..20/3`), as systemd's calendarspec.c holds it.
///
/// Seconds are held in microseconds, so that `30.5` is `30_500_000`. `stop` is -1 when the
/// element has no end (a single value, or a repetition running to the field's maximum);
/// `repetition` is 0 when the element does not repeat.
public struct CalendarComponent: Sendable, CustomStringConvertible {
  /// The first value.
  public var start: Int
  /// The last value, or -1.
  public var stop: Int
  /// The step, or 0.
  public var repetition: Int
  /// The 1-based column in the expression where this element was written, for errors; not
  /// part of the element's identity.
  public var column: Int

  /// Creates an element.
  public init(start: Int, stop: Int = -1, repetition: Int = 0, column: Int = 0) {
    self.start = start
    self.stop = stop
    self.repetition = repetition
    self.column = column
  }

  /// `start/stop/repetition`, for test output.
  public var description: String { "\(start)..\(stop)/\(repetition)" }

  /// Whether two elements denote the same values (their columns aside).
  func sameValues(as other: CalendarComponent) -> Bool {
    (start, stop, repetition) == (other.start, other.stop, other.repetition)
  }

  /// systemd's order of elements: by start, then stop, then repetition.
  func precedes(_ other: CalendarComponent) -> Bool {
    (start, stop, repetition) < (other.start, other.stop, other.repetition)
  }
}
