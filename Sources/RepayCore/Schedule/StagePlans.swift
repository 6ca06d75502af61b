/// Every loan's stage settings as plain numbers, with the offsets of all loans in one list:
/// what writing an occurrence's stage instants needs, read per occurrence without taking a
/// `Loan` out of its array (which copies it, retaining each of its strings and arrays; done
/// once per occurrence, that was a third of expanding a large schedule).
struct StagePlans {
  /// One loan's settings; its offsets are ranges of `offsetSeconds`.
  private struct Plan {
    var at: TimeOfDay
    var graceDays: Int
    var before: Range<Int>
    var due: Bool
    var overdue: Range<Int>
  }

  private var plans: [Plan] = []
  private var offsetSeconds: [Int64] = []

  /// The plans of `loans`, indexed like them.
  init(of loans: [Loan]) {
    plans.reserveCapacity(loans.count)
    for loan in loans {
      let policy = loan.reminders
      let before = offsetSeconds.count..<offsetSeconds.count + policy.before.count
      offsetSeconds.append(contentsOf: policy.before.lazy.map(\.seconds))
      let overdue = offsetSeconds.count..<offsetSeconds.count + policy.overdue.count
      offsetSeconds.append(contentsOf: policy.overdue.lazy.map(\.seconds))
      plans.append(
        Plan(at: policy.at, graceDays: loan.graceDays, before: before, due: policy.due, overdue: overdue))
    }
  }

  /// How many stage instants each occurrence of the loan at `loan` has.
  func stageCount(of loan: Int) -> Int {
    let plan = plans[loan]
    return plan.before.count + (plan.due ? 1 : 0) + plan.overdue.count
  }

  /// Writes the stage instants of an occurrence of the loan at `loan` whose effective due date
  /// is `due` to `stages`, which has room for exactly `stageCount(of: loan)`: advance stages
  /// in the order of the policy's `before`, the due stage, then the overdue ladder, each after
  /// quiet hours when its stage waits for them.
  func write(
    loan: Int, due: LocalDate, clock: WallClockConverter, quietHours: QuietHours?,
    to stages: UnsafeMutableBufferPointer<StageInstant>
  ) {
    let plan = plans[loan]
    let dueTime = TimeZoneRules.localSeconds(due, plan.at)
    let overdueBase = TimeZoneRules.localSeconds(due.advanced(by: plan.graceDays), plan.at)
    var next = 0
    func write(_ stage: Stage, _ offsetIndex: Int, at localSeconds: Int64) {
      let heldBy = stage.waitsForQuietHoursToEnd ? quietHours : nil
      let instant = clock.fire(localSeconds: localSeconds, quietHours: heldBy)
      stages.initializeElement(
        at: next,
        to: StageInstant(instant: instant * 1_000_000, stage: stage, offsetIndex: Int32(offsetIndex)))
      next += 1
    }
    for index in plan.before {
      write(.advance, index - plan.before.lowerBound, at: dueTime - offsetSeconds[index])
    }
    if plan.due { write(.due, 0, at: dueTime) }
    for index in plan.overdue {
      write(.overdue, index - plan.overdue.lowerBound, at: overdueBase + offsetSeconds[index])
    }
  }
}
