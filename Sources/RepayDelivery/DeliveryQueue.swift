import Dispatch
import RepayCore

/// Delivers batches of notices to every sink, in order, away from the state owner and the
/// timer: the sinks run on a Dispatch queue of their own, so a slow sink delays the next
/// delivery, never the next wake-up (the daemon's tasks share one serial executor, which a
/// blocking sink would otherwise hold). Each batch's outcomes go back to the state owner, which
/// records them (after delivery, so that a crash in between repeats a delivery rather than
/// losing one: at-least-once).
///
/// The catch-up fold is decided here, once per batch: each sink is given the batch's notices,
/// or, when its `fold` says so, the one summary the batch's writer wrote of them.
public struct DeliveryQueue: Sendable {
  private let sinks: [any NoticeSink]
  private let clock: @Sendable () -> Int64
  private let sinkQueue = DispatchQueue(label: "repayd.delivery")

  /// A queue onto `sinks`; `clock` reads the time of each delivery (microseconds since 1970),
  /// passed in by the driver, the one reader of the clock.
  public init(sinks: [any NoticeSink], clock: @escaping @Sendable () -> Int64) {
    self.sinks = sinks
    self.clock = clock
  }

  /// Delivers each batch of `batches` to every sink in turn and passes the batch's outcomes to
  /// `report`; returns once `batches` has ended and its last batch is done, so that a shutdown
  /// that finishes the stream and waits for this finishes the deliveries in flight.
  public func run(_ batches: AsyncStream<DeliveryBatch>, report: @Sendable ([DeliveryOutcome]) -> Void) async
  {
    for await batch in batches {
      let outcomes = await withCheckedContinuation { delivered in
        sinkQueue.async { delivered.resume(returning: deliver(batch)) }
      }
      report(outcomes)
    }
  }

  /// Delivers one batch now, to each sink folded or not as its `fold` says, and returns its
  /// outcomes, in the batch's order: a summary delivered is each of its notices delivered.
  public func deliver(_ batch: DeliveryBatch) -> [DeliveryOutcome] {
    var took: [String] = []
    var failures: [SinkFailure] = []
    let notices = batch.notices.map(\.notice)
    let folds = { (sink: any NoticeSink) in sink.fold.folds(notices.count, configured: batch.catchUpFold) }
    // Written once, in the language in force, whichever sinks fold.
    let summary = sinks.contains(where: folds) ? [batch.writer.summary(of: notices)] : []
    for sink in sinks {
      let given = folds(sink) ? summary : notices
      guard sink.wants(given) else { continue }
      do {
        try sink.deliver(given)
        took.append(sink.name)
      } catch {
        failures.append(SinkFailure(sink: sink.name, error: "\(error)"))
      }
    }
    let delivered = clock()
    return batch.notices.map {
      DeliveryOutcome(key: $0.key, planned: $0.planned, delivered: delivered, sinks: took, failures: failures)
    }
  }
}
