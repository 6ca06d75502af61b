import ControlInterface
import Foundation
import RepayControl
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A reload puts the new `allowed_uids` and `max_connections` in force on the running control
/// socket of the real daemon: new clients are checked against them, open ones stay, and an open
/// connection of a uid no longer allowed is closed. The other user is the probe run by `setpriv`
/// as nobody, since the tests run as root (the daemon's own uid).
@Suite(.serialized)
struct DaemonAccessReloadTests {
  private static let nobody: UInt32 = 65_534

  @Test("SIGHUP lowering max_connections refuses the next client cleanly; the open ones stay served")
  func lowerMaximum() throws {
    try ServingDaemon.with { served in
      var open = try (0..<3).map { _ in try served.connect() }
      for client in open { _ = try client.call(Control.GetStatusRequest()) }
      try served.configure(daemon: "max_connections = 3")
      served.daemon.send(SIGHUP)
      // GetStatus is answered after the reload's event, which put the new rule in force.
      let deadline = ContinuousClock.now + .seconds(60)
      while try open[0].call(Control.GetStatusRequest()).lastReload == nil, ContinuousClock.now < deadline {
        Thread.sleep(forTimeInterval: 0.05)
      }
      try #require(try open[0].call(Control.GetStatusRequest()).lastReload?.succeeded == true)

      let refused = try served.connect()
      do throws(ControlClientError) {
        _ = try refused.call(Control.GetStatusRequest())
        Issue.record("a client past the new maximum was served")
      } catch {
        guard case .control(.tooManyConnections(let limit), _) = error else {
          Issue.record("\(error)")
          return
        }
        #expect(limit == 3)
      }
      #expect(refused.waitForClose())
      // The three open before the reload stay, and are served.
      for client in open { _ = try client.call(Control.ListLoansRequest()) }

      // A slot given up is taken again (the server sees the hang-up a moment later).
      open.removeLast()
      #expect(try eventuallyServed(served))
      withExtendedLifetime(open) {}
    }
  }

  @Test(
    "Reload adding a uid to allowed_uids admits its clients; removing it refuses them and closes its idle and watching ones"
  )
  func changeAllowedUsers() throws {
    try ServingDaemon.with { served in
      try served.openSocketToEveryone()
      let own = try served.connect()
      #expect(try served.callAs(Self.nobody) == "org.varlink.service.PermissionDenied")

      try served.configure(daemon: "allowed_uids = [\(Self.nobody)]")
      _ = try own.call(Control.ReloadRequest())
      #expect(try served.callAs(Self.nobody) == "ok")

      // Two clients of nobody that stay connected, one idle and one following Watch; each says
      // in its folder when it was served and when its connection was closed.
      let holders = try ["idle", "watching"].map { name in
        let markers = served.household.folder + "/" + name
        try FileManager.default.createDirectory(atPath: markers, withIntermediateDirectories: false)
        // Set after the creation, which the umask narrows.
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: markers)
        let extra = name == "watching" ? ["watch"] : []
        let probe = served.probe(as: Self.nobody, "hold", [markers] + extra)
        return (markers, try SpawnedChild(probe, environment: [:]))
      }
      defer { for (_, holder) in holders { holder.stop() } }
      for (markers, _) in holders { #expect(appears(markers + "/served"), "\(markers)") }

      // Access revoked: new clients of nobody are refused, the open connections are closed.
      try served.configure(daemon: "")
      _ = try own.call(Control.ReloadRequest())
      for (markers, _) in holders { #expect(appears(markers + "/closed"), "\(markers)") }
      #expect(try served.callAs(Self.nobody) == "org.varlink.service.PermissionDenied")
      // The daemon's own uid is always allowed, and its connection stayed open.
      #expect(try own.call(Control.ListLoansRequest()).loans.contains { $0.id == served.household.loan })
    }
  }

  /// Whether the file at `path` exists within 60 s.
  private func appears(_ path: String) -> Bool {
    let deadline = ContinuousClock.now + .seconds(60)
    while access(path, F_OK) != 0 {
      guard ContinuousClock.now < deadline else { return false }
      Thread.sleep(forTimeInterval: 0.02)
    }
    return true
  }

  /// Whether a new client is served within 60 s.
  private func eventuallyServed(_ served: ServingDaemon) throws -> Bool {
    let deadline = ContinuousClock.now + .seconds(60)
    while (try? served.connect().call(Control.GetStatusRequest())) == nil {
      guard ContinuousClock.now < deadline else { return false }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return true
  }
}
