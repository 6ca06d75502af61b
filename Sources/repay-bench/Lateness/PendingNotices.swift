import RepayCore

/// Notices for the wheel that never come due during the benchmark: spread uniformly over the 24
/// hours from a start, seeded; free-standing reminders, so that the timeline can make each whole
/// again from its index.
enum PendingNotices {
  /// `count` reminders planned in [`from`, `from` + 24 h).
  static func make(count: Int, from: Int64, seed: UInt64) -> [ScheduledReminder] {
    var generator = SplitMix64(seed: seed)
    return (0..<count).map { _ in
      ScheduledReminder(
        id: "pending", instant: from + Int64(generator.next() % 86_400_000) * 1_000, message: "")
    }
  }
}
