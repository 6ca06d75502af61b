import ControlInterface
import Foundation
import Logging
import RepayControl
import RepayControlTestSupport
import ServiceLifecycle
import Testing

/// A `ControlServer` with a `TestControlHandler` on a real socket in a fresh directory, run in a
/// `ServiceGroup` for the length of a test and stopped by a graceful shutdown.
struct RunningServer: Sendable {
  /// Where it listens.
  let address: ControlAddress
  /// What answers its calls.
  let handler: TestControlHandler

  /// Runs `body` while a server with `configuration` listens; shuts it down gracefully after.
  static func with<Result: Sendable>(
    _ configuration: ControlServerConfiguration = .init(), _ body: (RunningServer) async throws -> Result
  ) async throws -> Result {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repay-control-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let address = ControlAddress(path: directory.appendingPathComponent("repayd/control.sock").path)
    let handler = TestControlHandler()
    let logger = Logger(label: "control-test")
    // The server says it listens once the socket has its mode: a client can connect a moment
    // earlier, and a test that opens the mode wide must not have it narrowed after.
    let (listening, listened) = AsyncStream.makeStream(of: Void.self)
    let server = ControlServer(
      listener: .path(address.path), handler: handler, configuration: configuration, logger: logger,
      listening: { listened.finish() })
    let group = ServiceGroup(
      configuration: .init(services: [server], gracefulShutdownSignals: [], logger: logger))
    return try await withThrowingTaskGroup(of: Void.self) { tasks in
      // The server's tasks run on a queue of their own, as the daemon's do, so that a test's
      // blocking client never keeps them from running.
      tasks.addTask(executorPreference: SerialQueueExecutor()) {
        // A server that failed to listen ends the wait too; the check below then fails.
        defer { listened.finish() }
        try await group.run()
      }
      let result: Result
      do {
        for await _ in listening {}
        try await waitUntilListening(address)
        result = try await body(RunningServer(address: address, handler: handler))
      } catch {
        await group.triggerGracefulShutdown()
        try? await tasks.waitForAll()
        throw error
      }
      await group.triggerGracefulShutdown()
      try await tasks.waitForAll()
      return result
    }
  }

  private static func waitUntilListening(_ address: ControlAddress) async throws {
    let deadline = ContinuousClock.now + .seconds(30)
    while (try? ControlClient(address: address)) == nil {
      guard ContinuousClock.now < deadline else { throw ServerNotListening(address: address) }
      try await Task.sleep(for: .milliseconds(10))
    }
  }
}

/// The server did not listen in time.
struct ServerNotListening: Error {
  let address: ControlAddress
}

/// Runs `body` on a thread of its own: `ControlClient` blocks while it waits, and must not hold
/// one of the few threads the server's tasks run on.
func offPool<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
  try await withCheckedThrowingContinuation { continuation in
    Thread { continuation.resume(with: Result { try body() }) }.start()
  }
}

/// A task executor that runs its jobs one at a time on a dispatch queue of its own.
final class SerialQueueExecutor: TaskExecutor {
  private let queue = DispatchQueue(label: "repay-control-test-server")

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
  }
}
