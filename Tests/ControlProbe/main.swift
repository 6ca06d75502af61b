import ControlInterface
import Foundation
import Logging
import RepayControl
import RepayControlTestSupport
import ServiceLifecycle

// The control tests' child process.
//
// `control-probe serve`: serves `TestControlHandler` on the socket passed by socket activation
// (systemd-socket-activate), until SIGTERM; exits 2 when no socket was passed.
// `control-probe call unix:PATH`: calls GetStatus as the user it runs as (setpriv) and prints
// `ok` or the error's name; exits 0 on a reply, 1 on an error reply, 3 when it cannot connect.
// `control-probe hold unix:PATH DIR [watch]`: calls GetStatus as the user it runs as (then, with
// `watch`, starts a Watch and takes its first reply), creates DIR/served, then keeps the connection
// open, reading whatever comes, and creates DIR/closed when the server closes it (exits 0), or
// exits 1 when a call fails or the connection is still open after 60 s.

let arguments = CommandLine.arguments
switch arguments.dropFirst().first {
case "serve":
  let listener = ControlListener.activated(environment: ProcessInfo.processInfo.environment, otherwise: "")
  guard case .descriptor = listener else {
    FileHandle.standardError.write(Data("control-probe: no socket passed\n".utf8))
    exit(2)
  }
  let logger = Logger(label: "control-probe")
  let server = ControlServer(listener: listener, handler: TestControlHandler(), logger: logger)
  let group = ServiceGroup(
    configuration: .init(services: [server], gracefulShutdownSignals: [.sigterm], logger: logger))
  try await group.run()
case "call" where arguments.count == 3:
  guard let address = ControlAddress(parsing: arguments[2]) else { exit(2) }
  do {
    let client = try ControlClient(address: address, timeout: .seconds(10))
    _ = try client.call(Control.GetStatusRequest())
    print("ok")
  } catch {
    if case .unreachable = error { exit(3) }
    print(error.errorName ?? "\(error)")
    exit(1)
  }
case "hold" where arguments.count == 4 || (arguments.count == 5 && arguments[4] == "watch"):
  guard let address = ControlAddress(parsing: arguments[2]) else { exit(2) }
  let folder = URL(fileURLWithPath: arguments[3])
  do {
    let client = try ControlClient(address: address, timeout: .seconds(10))
    _ = try client.call(Control.GetStatusRequest())
    if arguments.count == 5 { _ = try client.stream(Control.WatchRequest()) }
    _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("served").path, contents: nil)
    // Only the server's closing ends this: a Watch's events are read and passed over.
    let end = ContinuousClock.now + .seconds(60)
    while true { _ = try client.receiveRaw(deadline: end) }
  } catch {
    guard case .disconnected = error else { exit(1) }
    _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("closed").path, contents: nil)
  }
default:
  FileHandle.standardError.write(
    Data("usage: control-probe serve | call unix:PATH | hold unix:PATH DIR [watch]\n".utf8))
  exit(2)
}
