import Foundation
import Systemd

#if canImport(Glibc)
  import Glibc
#endif

/// A child started without Foundation's `Process`, for programs that close the descriptors they
/// did not open, as `systemd-socket-activate` does before it runs its command. Foundation's
/// `Process` watches a socket it hands each child and takes its closing for the child's end; it
/// then waits for that child on its one reaping thread, blocked until the child really ends, and
/// every other test's child stays unreaped meanwhile. This child is reaped by its pid, here.
public final class SpawnedChild {
  private let process: SpawnedProcess
  private var ended: ProcessTermination?

  /// Starts `arguments[0]` (an absolute path) with `arguments` and exactly `environment`, in a
  /// process group of its own.
  public init(_ arguments: [String], environment: [String: String]) throws {
    process = try SpawnedProcess(
      arguments: arguments, environment: environment.map { "\($0.key)=\($0.value)" })
  }

  /// The process id.
  public var processID: Int32 { process.processID }

  /// Stops the child: SIGTERM to its group, SIGKILL after `grace`; returns how it ended once it
  /// is reaped.
  @discardableResult
  public func stop(grace: Duration = .seconds(10)) -> ProcessTermination? {
    if ended == nil {
      _ = try? process.signalGroup(SIGTERM)
      let deadline = ContinuousClock.now + grace
      while ended == nil {
        ended = try? process.reap()
        if ended != nil { break }
        if ContinuousClock.now >= deadline { _ = try? process.signalGroup(SIGKILL) }
        Thread.sleep(forTimeInterval: 0.02)
      }
      for descriptor in [process.standardOutput, process.standardError, process.exitDescriptor] {
        SpawnedProcess.close(descriptor)
      }
    }
    return ended
  }

  deinit { stop() }
}
