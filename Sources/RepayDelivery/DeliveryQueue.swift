import Dispatch
import RepayCore

/// Delivers batches of notices to every sink, in order, away from the state owner and the
/// timer: the sinks run on a Dispatch queue of their own, so a slow sink delays the next
/// delivery, never the next wake-up (the daemon's tasks share one serial executor, which a
/// blocking sink would otherwise hold). Each batch's outcomes go back to the state owner, which
/// records them (after delivery, so that a crash in between repeats a delivery rather than
/// losing one: at-least-once).
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
  public func run(_ batches: AsyncStream<[QueuedNotice]>, report: @Sendable ([DeliveryOutcome]) -> Void) async
  {
    for await batch in batches {
      let outcomes = await withCheckedContinuation { delivered in
        sinkQueue.async { delivered.resume(returning: deliver(batch)) }
      }
      report(outcomes)
    }
  }

  /// Delivers one batch now and returns its outcomes, in the batch's order.
  public func deliver(_ batch: [QueuedNotice]) -> [DeliveryOutcome] {
    var took: [String] = []
    var failures: [SinkFailure] = []
    let notices = batch.map(\.notice)
    for sink in sinks where sink.wants(notices) {
      do {
        try sink.deliver(notices)
        took.append(sink.name)
      } catch {
        failures.append(SinkFailure(sink: sink.name, error: "\(error)"))
      }
    }
    let delivered = clock()
    return batch.map {
      DeliveryOutcome(key: $0.key, planned: $0.planned, delivered: delivered, sinks: took, failures: failures)
    }
  }
}
