import Dispatch

/// An executor that repayd's tasks run on (`withTaskExecutorPreference`): one serial Dispatch
/// queue, so one task's job at a time, in the order they were enqueued. The state owner and the
/// event sources run on one (`repayd`); the control socket's connections on another
/// (`repayd.control`), so that answering a client never holds up a notice.
///
/// Why not Swift concurrency's default executor: on Linux it runs jobs on libdispatch's global
/// (non-overcommit) queues, and the first worker thread of those starts libdispatch's pool
/// monitor, a timer that wakes the process every second for the rest of its life
/// (swift-corelibs-libdispatch, `src/event/workqueue.c`). The worker threads of serial queues
/// are not monitored, so a daemon whose jobs all run here sleeps while nothing is due. The
/// price is that a job that blocks holds up every task; blocking work (the sinks) therefore
/// runs on a queue of its own (`DeliveryQueue`).
public final class DaemonExecutor: TaskExecutor {
  private let queue: DispatchQueue

  /// An executor on a new serial queue named `label`.
  public init(label: String) {
    queue = DispatchQueue(label: label)
  }

  /// Runs `job` on the queue after the jobs enqueued before it.
  public func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
  }
}
