/// How a local wall-clock time maps to instants in a zone.
///
/// Instants are Unix seconds (UTC). Around a transition a local time can occur once, never (it
/// lies in the gap of a spring-forward change) or twice (it lies in the overlap of a fall-back
/// change).
public enum LocalTimeResolution: Hashable, Sendable {
  /// The local time occurs exactly once, at this instant.
  case unique(Int64)
  /// The local time lies in a gap and never occurs.
  ///
  /// `before` is the local time read with the offset in force before the gap; it lands after
  /// the gap (in Europe/Berlin, 02:30 on the spring-forward day gives 01:30 UTC, 03:30 CEST).
  /// `after` is the local time read with the offset in force after the gap; it lands before
  /// the gap (the same 02:30 gives 00:30 UTC, 01:30 CET). Their difference is the length of the
  /// gap; the first instant after the gap is `nextTransition(after: after)`.
  case skipped(before: Int64, after: Int64)
  /// The local time lies in an overlap and occurs twice: `first` is the earlier instant (read
  /// with the offset before the change), `second` the later one.
  case repeated(first: Int64, second: Int64)
}
