/// The benchmark's deadlines, in milliseconds: after `start`, nine in ten spread evenly over 90
/// days and one in ten within the next minute.
struct DeadlineWorkload {
  /// 2026-01-01T00:00:00Z in Unix milliseconds: the virtual clock's starting tick.
  static let start: Int64 = 1_767_225_600_000
  /// The spread of the bulk of the deadlines: 90 days.
  static let spread: Int64 = 90 * 86_400_000
  /// The spread of the soon-due tenth: one minute.
  static let soon: Int64 = 60_000

  private var generator: SplitMix64

  /// A workload whose sequence is fixed by `seed`.
  init(seed: UInt64) {
    generator = SplitMix64(seed: seed)
  }

  /// The next deadline.
  mutating func nextDeadline() -> Int64 {
    let spread = generator.next() % 10 == 0 ? Self.soon : Self.spread
    return Self.start + 1 + Int64(generator.next() % UInt64(spread))
  }

  /// A random index in `0..<count`, to pick an entry to cancel.
  mutating func index(below count: Int) -> Int {
    Int(generator.next() % UInt64(count))
  }
}
