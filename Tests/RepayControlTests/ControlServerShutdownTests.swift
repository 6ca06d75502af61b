import RepayControl
import Testing

/// A graceful shutdown while clients are still arriving: the server stops cleanly, whatever
/// stage each connection had reached.
@Suite struct ControlServerShutdownTests {
  /// A burst of clients, then at once a shutdown: some of their connections are accepted by the
  /// kernel or by NIO but not yet served when the listener closes. Each round must end without
  /// the process trapping ("Deinited NIOAsyncWriter without calling finish()", which a connection
  /// dropped between NIO and the server causes).
  @Test func clientsArrivingDuringShutdownAreClosed() async throws {
    for _ in 0..<10 {
      try await RunningServer.with { server in
        try await offPool {
          for _ in 0..<64 { _ = try ControlClient(address: server.address) }
        }
      }
    }
  }
}
