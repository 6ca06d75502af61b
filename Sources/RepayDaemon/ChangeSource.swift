import Dispatch
import Systemd

/// Calls back when something the daemon plans by has changed: a Dispatch read source on a
/// descriptor that becomes readable then (the realtime clock's `ClockChangeWatch`, the system
/// zone file's `FileChangeWatch`), so that the daemon plans again without polling.
final class ChangeSource: @unchecked Sendable {
  // Dispatch sources may be cancelled from any thread; nothing else is stored.
  private let source: DispatchSourceRead

  /// Starts watching `descriptor`; when it is readable, `consume` says whether the change
  /// happened, and `changed` runs (on the source's own queue); `failed` gets a failure of
  /// `consume`. `close` runs once the source is cancelled.
  private init(
    descriptor: Int32, consume: @escaping @Sendable () throws(SystemdCallError) -> Bool,
    close: @escaping @Sendable () -> Void, changed: @escaping @Sendable () -> Void,
    failed: @escaping @Sendable (SystemdCallError) -> Void
  ) {
    source = DispatchSource.makeReadSource(
      fileDescriptor: descriptor, queue: DispatchQueue(label: "repayd.change"))
    source.setEventHandler {
      do throws(SystemdCallError) {
        if try consume() { changed() }
      } catch {
        failed(error)
      }
    }
    source.setCancelHandler(handler: close)
    source.activate()
  }

  /// Calls `changed` whenever the realtime clock was set.
  static func clock(
    changed: @escaping @Sendable () -> Void, failed: @escaping @Sendable (SystemdCallError) -> Void
  ) throws(SystemdCallError) -> ChangeSource {
    let watch = try ClockChangeWatch()
    return ChangeSource(
      descriptor: watch.fileDescriptor, consume: watch.consumeChange, close: watch.close, changed: changed,
      failed: failed)
  }

  /// Calls `changed` whenever the file at `path` was written, replaced, created or removed.
  static func file(
    _ path: String, changed: @escaping @Sendable () -> Void,
    failed: @escaping @Sendable (SystemdCallError) -> Void
  ) throws(SystemdCallError) -> ChangeSource {
    let watch = try FileChangeWatch(path: path)
    return ChangeSource(
      descriptor: watch.fileDescriptor, consume: watch.consumeChanges, close: watch.close, changed: changed,
      failed: failed)
  }

  /// Stops watching and closes the descriptor.
  func cancel() { source.cancel() }
}
