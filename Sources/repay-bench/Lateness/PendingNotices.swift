import RepayCore

/// Notices for the wheel that never come due during the benchmark: spread uniformly over the 24
/// hours from a start, seeded.
enum PendingNotices {
  /// `count` agenda items with deadlines in [`from`, `from` + 24 h).
  static func make(count: Int, from: Int64, seed: UInt64) -> [AgendaItem] {
    var generator = SplitMix64(seed: seed)
    let date = LocalDate(parsing: "2026-12-10")!
    return (0..<count).map { index in
      let deadline = from + Int64(generator.next() % 86_400_000) * 1_000
      return AgendaItem(
        key: DeliveryKey(
          subject: "loan-\(index % 10_000)", date: date, stage: .due, offsetSeconds: Int64(index)),
        source: .reminder(index), planned: deadline, deadline: deadline)
    }
  }
}
