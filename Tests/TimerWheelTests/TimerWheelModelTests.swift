import PropertyBased
import Testing
import TimerWheel

/// The wheel against `SortedArrayTimerQueue` over long generated sequences of operations.
struct TimerWheelModelTests {
  /// One generated step: what to do (0...9), a scale of distances (0...7), and random bits
  /// that pick the distance or the entry.
  private static let step = zip(Gen.int(in: 0...9), Gen.int(in: 0...7), Gen.uint64())

  @Test("any sequence of inserts, cancels and advances gives what a sorted array gives")
  func matchesSortedArray() async {
    await propertyCheck(
      count: 20_000,
      input: Gen.int(in: 0..<LockstepRun.startingTicks.count), Gen.int(in: 0...7),
      Self.step.array(of: 1...200)
    ) { start, widestScale, steps in
      var run = LockstepRun(now: LockstepRun.startingTicks[start], widestScale: widestScale)
      for (number, step) in steps.enumerated() {
        if let difference = run.apply(action: step.0, scale: step.1, bits: step.2) {
          Issue.record("step \(number) of \(steps.count): \(difference)")
          return
        }
      }
    }
  }
}

/// A wheel and the reference driven by the same steps, compared after each one.
private struct LockstepRun {
  /// Where sequences start: zero, a 2026 date in Unix milliseconds, and the extremes of the
  /// tick type (so that distances from the origin use all 64 bits).
  static let startingTicks: [Int64] = [0, 1_767_225_600_000, -1, .min, .max - (1 << 43)]

  var wheel: TimerWheel<Int>
  var reference: SortedArrayTimerQueue
  /// The wheel's handle for each reference id: every entry ever inserted, pending or not.
  var handles: [TimerWheel<Int>.Handle] = []
  /// The deadline of each reference id, to insert more entries at the same tick later.
  var deadlines: [Int64] = []
  /// The widest scale of distances this sequence uses; narrow ones crowd a few slots.
  let widestScale: Int

  init(now: Int64, widestScale: Int) {
    wheel = TimerWheel(now: now)
    reference = SortedArrayTimerQueue(now: now)
    self.widestScale = widestScale
  }

  /// Applies one step to both and describes the first difference, if any. Actions: 0–3 insert,
  /// 4 insert at the deadline of an earlier entry, 5–6 cancel any entry ever inserted (pending,
  /// expired or cancelled), 7–8 advance, 9 step the clock back.
  mutating func apply(action: Int, scale: Int, bits: UInt64) -> String? {
    let distance = Self.distance(scale: scale % (widestScale + 1), bits: bits)
    switch action {
    case 0...3:
      insert(deadline: reference.now.addingClamped(distance))
    case 4:
      insert(deadline: deadlines.isEmpty ? reference.now : deadlines[Int(bits % UInt64(deadlines.count))])
    case 5...6:
      guard !handles.isEmpty else { break }
      let id = Int(bits % UInt64(handles.count))
      let fromWheel = wheel.cancel(handles[id])
      let fromReference = reference.cancel(id)
      if fromWheel != fromReference {
        return
          "cancel(\(id)): wheel \(String(describing: fromWheel)), reference \(String(describing: fromReference))"
      }
    default:
      let tick = reference.now.addingClamped(action == 9 ? -distance : distance)
      let fromWheel = wheel.advance(to: tick)
      let fromReference = reference.advance(to: tick)
      if !fromWheel.elementsEqual(fromReference, by: { $0.payload == $1.id && $0.deadline == $1.deadline }) {
        let wheelText = fromWheel.map { "\($0.payload)@\($0.deadline)" }
        let referenceText = fromReference.map { "\($0.id)@\($0.deadline)" }
        return "advance(to: \(tick)): wheel \(wheelText), reference \(referenceText)"
      }
    }
    if wheel.count != reference.count || wheel.nextDeadline != reference.nextDeadline
      || wheel.now != reference.now
    {
      return """
        after action \(action): wheel count \(wheel.count), next \(String(describing: wheel.nextDeadline)), \
        now \(wheel.now); reference count \(reference.count), next \
        \(String(describing: reference.nextDeadline)), now \(reference.now)
        """
    }
    return nil
  }

  private mutating func insert(deadline: Int64) {
    let id = reference.insert(deadline: deadline)
    handles.append(wheel.insert(id, deadline: deadline))
    deadlines.append(deadline)
  }

  /// A distance in ticks: 0 to 2 (the same tick), around the first level both ways (the past),
  /// then the reach of levels 2, 4, 5, 6 and the overflow, then close to one range (2^42, where
  /// the overflow begins), and last anything up to 2^63.
  private static func distance(scale: Int, bits: UInt64) -> Int64 {
    switch scale {
    case 0: Int64(bits % 3)
    case 1: Int64(bits % 193) - 64
    case 2: Int64(bits % 5_001)
    case 3: Int64(bits % 20_000_001)
    case 4: Int64(bits % 10_000_000_001)
    case 5: Int64(bits % (1 << 43))
    case 6: (1 << 42) + Int64(bits % (1 << 25)) - (1 << 24)
    default: Int64(bits >> 1)
    }
  }
}

extension Int64 {
  /// `self + distance`, held at the ends of the type instead of overflowing.
  fileprivate func addingClamped(_ distance: Int64) -> Int64 {
    let (sum, overflow) = addingReportingOverflow(distance)
    guard overflow else { return sum }
    return distance > 0 ? .max : .min
  }
}
