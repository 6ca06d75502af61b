import Foundation
import RepayControl
import RepayTestSupport
import Testing

/// `SO_PEERCRED`: a client of another user is refused even where the socket's file mode would let
/// it connect, and served once its uid is allowed. The client is the probe run by
/// `setpriv --reuid 65534` (nobody), since the tests themselves run as root.
@Suite struct PeerCredentialsTests {
  private static let nobody: UInt32 = 65_534

  @Test func aClientOfAnotherUserIsRefused() async throws {
    let outcome = try await callAsNobody(allowed: [])
    #expect(
      outcome.status == 1 && outcome.standardOutput == "org.varlink.service.PermissionDenied\n", "\(outcome)")
  }

  @Test func aClientOfAnAllowedUserIsServed() async throws {
    let outcome = try await callAsNobody(allowed: [Self.nobody])
    #expect(outcome.status == 0 && outcome.standardOutput == "ok\n", "\(outcome)")
  }

  private func callAsNobody(allowed: Set<UInt32>) async throws -> ChildProcess.Outcome {
    try await RunningServer.with(.init(allowedUserIDs: allowed)) { server in
      // Open the socket's file modes wide, so that only the credentials check stands in the way.
      let socketDirectory = (server.address.path as NSString).deletingLastPathComponent
      for directory in [(socketDirectory as NSString).deletingLastPathComponent, socketDirectory] {
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory)
      }
      try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: server.address.path)
      return try await offPool {
        try ChildProcess.run(
          "/usr/bin/setpriv",
          [
            "--reuid", "\(Self.nobody)", "--regid", "\(Self.nobody)", "--clear-groups", ControlProbe.path,
            "call",
            server.address.description,
          ])
      }
    }
  }
}
