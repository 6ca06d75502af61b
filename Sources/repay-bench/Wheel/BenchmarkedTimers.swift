/// A timer structure as the wheel benchmark drives it: entries are benchmark ids (the payload,
/// 8 bytes) with a deadline in milliseconds.
protocol BenchmarkedTimers {
  /// What cancels an entry.
  associatedtype Handle

  /// A short name for the results table.
  static var name: String { get }

  /// Adds entry `id` due at `deadline`.
  mutating func insert(_ id: Int, deadline: Int64) -> Handle

  /// Removes a pending entry.
  mutating func cancel(_ handle: Handle)
}

/// A timer structure whose time the caller moves, so that 90 days of expiry take a moment.
protocol VirtualClockTimers: BenchmarkedTimers {
  /// Removes every entry due at or before `tick`, hands their ids to a buffer as a driver would,
  /// and returns how many there were.
  mutating func expire(through tick: Int64) -> Int
}
