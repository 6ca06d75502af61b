import Dispatch
import Systemd

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a `SessionBus`'s event loop from Dispatch, as `ChangeSource` runs the daemon's watches: a
/// read source on (a copy of) the bus's descriptor, on the serial queue that every use of the
/// bus happens on, calls `process()` until sd-bus has nothing more to do; output that could not
/// be written at once is flushed, and sd-bus's timeout, when it has one, arms a one-shot timer.
/// An idle connection has no timeout, so nothing wakes the process while nothing arrives.
///
/// No thread of its own and no global queue: the handlers run on the given queue, which the
/// owner also uses for its calls (and after each call it calls `processPending()`, since sd-bus
/// reads what arrives while it waits for a reply, which the descriptor then no longer shows).
final class BusEventSource: @unchecked Sendable {
  // Unchecked: everything but `cancel()` runs on the bus's queue, and Dispatch sources may be
  // cancelled from any thread.
  private let bus: SessionBus
  private let readSource: DispatchSourceRead
  private let timer: DispatchSourceTimer
  private let failed: (SystemdCallError) -> Void

  /// Starts driving `bus` on `queue`; `failed` gets the error once the connection failed (the
  /// bus went away), after which this source has stopped itself.
  init(bus: SessionBus, queue: DispatchQueue, failed: @escaping (SystemdCallError) -> Void)
    throws(SystemdCallError)
  {
    let copy = try DescriptorCopy(of: bus.fileDescriptor())
    self.bus = bus
    self.failed = failed
    readSource = DispatchSource.makeReadSource(fileDescriptor: copy.fileDescriptor, queue: queue)
    timer = DispatchSource.makeTimerSource(queue: queue)
    readSource.setEventHandler { [weak self] in self?.processPending() }
    readSource.setCancelHandler { copy.close() }
    timer.setEventHandler { [weak self] in self?.processPending() }
    timer.schedule(deadline: .distantFuture)
    readSource.activate()
    timer.activate()
  }

  /// Does all that sd-bus has to do now (a subscribed signal reaches its handler here), and
  /// arms the timer for what it will have to do later; stops and calls `failed` when the
  /// connection failed. Call it on the bus's queue.
  func processPending() {
    do throws(SystemdCallError) {
      while try bus.process() {}
      guard bus.isOpen else { throw SystemdCallError(call: "sd_bus_process", errorNumber: ENOTCONN) }
      if try bus.events() & Int32(POLLOUT) != 0 { try bus.flush() }
      timer.schedule(deadline: try bus.timeout().map(Self.deadline) ?? .distantFuture)
    } catch {
      cancel()
      failed(error)
    }
  }

  /// Stops watching and closes the descriptor's copy.
  func cancel() {
    readSource.cancel()
    timer.cancel()
  }

  /// sd-bus's CLOCK_MONOTONIC microseconds as a Dispatch time (whose uptime clock is
  /// CLOCK_MONOTONIC on Linux).
  private static func deadline(_ microseconds: UInt64) -> DispatchTime {
    let (nanoseconds, overflow) = microseconds.multipliedReportingOverflow(by: 1_000)
    return overflow ? .distantFuture : DispatchTime(uptimeNanoseconds: nanoseconds)
  }
}
