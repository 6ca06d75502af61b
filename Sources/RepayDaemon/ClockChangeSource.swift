import Dispatch
import Systemd

/// Calls back when the realtime clock was set: a Dispatch read source on a `ClockChangeWatch`,
/// so that the daemon re-plans (what was ahead may now be due, or further away) without polling.
final class ClockChangeSource: @unchecked Sendable {
  // Dispatch sources may be cancelled from any thread; nothing else is stored.
  private let source: DispatchSourceRead

  /// Starts watching; `changed` runs on the source's own queue after each change. Throws when
  /// the timerfd cannot be made; `failed` is called when reading it fails later.
  init(
    changed: @escaping @Sendable () -> Void, failed: @escaping @Sendable (SystemdCallError) -> Void
  ) throws(SystemdCallError) {
    let watch = try ClockChangeWatch()
    source = DispatchSource.makeReadSource(
      fileDescriptor: watch.fileDescriptor, queue: DispatchQueue(label: "repayd.clock"))
    source.setEventHandler {
      do throws(SystemdCallError) {
        if try watch.consumeChange() { changed() }
      } catch {
        failed(error)
      }
    }
    source.setCancelHandler { watch.close() }
    source.activate()
  }

  /// Stops watching and closes the timerfd.
  func cancel() { source.cancel() }
}
