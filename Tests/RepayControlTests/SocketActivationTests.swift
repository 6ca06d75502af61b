import ControlInterface
import Foundation
import RepayControl
import RepayTestSupport
import Testing

/// Socket activation: the variables read as sd_listen_fds reads them, and a real activation by
/// systemd-socket-activate of the probe.
@Suite struct SocketActivationTests {
  @Test func socketsAreOursOnlyForOurPid() {
    let environment = ["LISTEN_PID": "42", "LISTEN_FDS": "2", "LISTEN_FDNAMES": "varlink:control"]
    let sockets = SocketActivation(environment: environment, processID: 42).sockets
    #expect(sockets.map(\.descriptor) == [3, 4] && sockets.map(\.name) == ["varlink", "control"])
    #expect(SocketActivation(environment: environment, processID: 43).sockets.isEmpty)
    #expect(SocketActivation(environment: ["LISTEN_FDS": "1"], processID: 42).sockets.isEmpty)
  }

  @Test func theControlSocketIsFoundByNameOrAsTheOnlyOne() {
    let named = SocketActivation(
      environment: ["LISTEN_PID": "7", "LISTEN_FDS": "2", "LISTEN_FDNAMES": "varlink:control"], processID: 7)
    #expect(named.socket(named: "control")?.descriptor == 4)
    let unnamed = SocketActivation(environment: ["LISTEN_PID": "7", "LISTEN_FDS": "1"], processID: 7)
    #expect(unnamed.sockets.map(\.name) == ["unknown"] && unnamed.socket(named: "control")?.descriptor == 3)
    let mismatched = SocketActivation(
      environment: ["LISTEN_PID": "7", "LISTEN_FDS": "2", "LISTEN_FDNAMES": "control"], processID: 7)
    #expect(mismatched.socket(named: "control") == nil)
    #expect(
      ControlListener.activated(environment: [:], processID: 7, otherwise: "/run/x.sock")
        == .path("/run/x.sock"))
  }

  @Test func theProbeServesTheSocketSystemdPassesIt() async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repay-activation-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let address = ControlAddress(path: directory.appendingPathComponent("control.sock").path)
    // Not through Foundation's Process: see SpawnedChild.
    let activator = try SpawnedChild(
      [
        "/usr/bin/systemd-socket-activate", "--listen=\(address.path)", "--fdname=control", ControlProbe.path,
        "serve",
      ],
      environment: [:])
    defer { activator.stop() }
    let (info, loans) = try await offPool {
      // systemd-socket-activate binds, then listens, then starts the probe on the first connection.
      let deadline = ContinuousClock.now + .seconds(30)
      var connection = try? ControlClient(address: address)
      while connection == nil && ContinuousClock.now < deadline {
        Thread.sleep(forTimeInterval: 0.01)
        connection = try? ControlClient(address: address)
      }
      let client = try #require(connection)
      return (
        try client.call(VarlinkServiceInterface.GetInfo()), try client.call(Control.ListLoansRequest()).loans
      )
    }
    #expect(info.interfaces.contains("io.repayd.Control") && loans.map(\.id) == ["huabei"])
  }
}
