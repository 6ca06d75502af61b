import Foundation
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Where the real `repayd --demo` serves its control socket, under a private `XDG_RUNTIME_DIR`:
/// at the standard address when it is free, so that a plain `repayctl status` (no `--address`,
/// no `REPAYD_ADDRESS`) reaches it, holding the user's lock meanwhile and removing the socket at
/// its end; at its own path, with the exact command to reach it, when a repayd or a socket unit
/// holds the standard address.
@Suite(.serialized)
struct DemoAddressTests {
  /// A private runtime directory (and a folder for the rest), removed at the end.
  private struct Runtime {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayd-demo-address-\(UUID().uuidString)"
    ).path
    var path: String { folder + "/runtime" }
    var standardSocket: String { path + "/repayd/control.sock" }

    init() throws {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
  }

  /// Starts `repayd ARGUMENTS` with `XDG_RUNTIME_DIR` set to `runtime` and returns it once it
  /// says `READY=1` (its socket listens then).
  private func start(_ arguments: [String], runtime: Runtime) throws -> RepaydProcess {
    let notify = try NotifySocket()
    defer { notify.close() }
    let daemon = try RepaydProcess(
      arguments,
      environment: ["XDG_RUNTIME_DIR": runtime.path, "TZ": PlacedHousehold.zoneName].merging(
        notify.environment
      ) {
        $1
      })
    try #require(
      notify.receive(count: 2, timeout: .seconds(30)).contains("READY=1"), "\(daemon.standardError)")
    return daemon
  }

  /// `repayctl status ARGUMENTS --json` as a user in another terminal runs it: the runtime
  /// directory set, no `REPAYD_ADDRESS`; whether the daemon that answered is the demo.
  private func answeringIsDemo(_ arguments: [String] = [], runtime: Runtime) throws -> Bool {
    var environment = ProcessInfo.processInfo.environment.filter {
      !$0.key.hasPrefix("LC_") && $0.key != "REPAYD_ADDRESS"
    }
    environment.merge(["LANG": "C.UTF-8", "XDG_RUNTIME_DIR": runtime.path]) { $1 }
    let outcome = try ChildProcess.run(
      RepayctlRunner.path, ["status"] + arguments + ["--json"], environment: environment)
    try #require(outcome.status == 0, "\(outcome.standardError)")
    let reply = try #require(
      try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    let configuration = try #require(reply["configuration"] as? [String: Any])
    return try #require(configuration["demo"] as? Bool)
  }

  @Test("alone, the demo serves the standard address: a plain repayctl status answers from it")
  func standardAddress() throws {
    let runtime = try Runtime()
    defer { runtime.remove() }
    let demo = try start(["--demo", "--state-dir", runtime.folder + "/demo"], runtime: runtime)
    #expect(
      demo.standardError.contains("in another terminal, run: repayctl status\n"), "\(demo.standardError)")
    #expect(try answeringIsDemo(runtime: runtime))
    // It holds the user's lock: a real repayd started meanwhile refuses, and leaves the socket.
    let household = try PlacedHousehold()
    defer { household.remove() }
    let real = try RepaydProcess(
      household.arguments, environment: ["XDG_RUNTIME_DIR": runtime.path, "TZ": PlacedHousehold.zoneName])
    #expect(real.waitForExit(timeout: .seconds(60)) == 1)
    #expect(real.standardError.contains("repayd is already running for this user"), "\(real.standardError)")
    #expect(try answeringIsDemo(runtime: runtime))
    demo.send(SIGTERM)
    #expect(demo.waitForExit(timeout: .seconds(60)) == 0, "\(demo.standardError)")
    // Its socket went with it, and the lock with it: the real repayd starts now.
    #expect(access(runtime.standardSocket, F_OK) != 0)
    let later = try start(household.arguments, runtime: runtime)
    #expect(try !answeringIsDemo(runtime: runtime))
    later.send(SIGTERM)
    #expect(later.waitForExit(timeout: .seconds(60)) == 0, "\(later.standardError)")
  }

  @Test("a socket file left by a killed demo does not keep the next from the standard address")
  func staleSocket() throws {
    let runtime = try Runtime()
    defer { runtime.remove() }
    let first = try start(["--demo", "--state-dir", runtime.folder + "/first"], runtime: runtime)
    first.send(SIGKILL)
    #expect(first.waitForExit(timeout: .seconds(60)) == -SIGKILL)
    #expect(access(runtime.standardSocket, F_OK) == 0, "the killed demo's socket file stays")
    let second = try start(["--demo", "--state-dir", runtime.folder + "/second"], runtime: runtime)
    #expect(try answeringIsDemo(runtime: runtime), "\(second.standardError)")
    second.send(SIGTERM)
    #expect(second.waitForExit(timeout: .seconds(60)) == 0, "\(second.standardError)")
  }

  @Test("beside a running repayd, the demo serves its own socket and prints the command that reaches it")
  func besideTheRealDaemon() throws {
    let runtime = try Runtime()
    defer { runtime.remove() }
    let household = try PlacedHousehold()
    defer { household.remove() }
    let real = try start(household.arguments, runtime: runtime)
    let demo = try start(["--demo", "--state-dir", runtime.folder + "/demo"], runtime: runtime)
    let own = runtime.folder + "/demo/control.sock"
    #expect(
      demo.standardError.contains("in another terminal, run: repayctl --address unix:\(own) status\n"),
      "\(demo.standardError)")
    // The command works (given as `status --address`, the form every repayctl reads), and the
    // plain one still reaches the real daemon.
    #expect(try answeringIsDemo(["--address", "unix:\(own)"], runtime: runtime))
    #expect(try !answeringIsDemo(runtime: runtime))
    demo.send(SIGTERM)
    #expect(demo.waitForExit(timeout: .seconds(60)) == 0, "\(demo.standardError)")
    // The real daemon's socket is untouched by the demo's end.
    #expect(try !answeringIsDemo(runtime: runtime))
    real.send(SIGTERM)
    #expect(real.waitForExit(timeout: .seconds(60)) == 0, "\(real.standardError)")
  }

  @Test("a socket unit listening at the standard address keeps it: the demo serves its own")
  func socketUnit() throws {
    let runtime = try Runtime()
    defer { runtime.remove() }
    // What systemd does for repayd.socket: a listening socket at the path, and no repayd yet.
    try FileManager.default.createDirectory(
      atPath: runtime.path + "/repayd", withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    try #require(listener >= 0)
    defer { close(listener) }
    try #require(UnixSocketAddress.with(runtime.standardSocket, { bind(listener, $0, $1) }) == 0)
    try #require(listen(listener, 8) == 0)
    var before = stat()
    try #require(stat(runtime.standardSocket, &before) == 0)
    let demo = try start(["--demo", "--state-dir", runtime.folder + "/demo"], runtime: runtime)
    #expect(
      demo.standardError.contains(
        "in another terminal, run: repayctl --address unix:\(runtime.folder)/demo/control.sock status\n"),
      "\(demo.standardError)")
    #expect(try answeringIsDemo(["--address", "unix:\(runtime.folder)/demo/control.sock"], runtime: runtime))
    demo.send(SIGTERM)
    #expect(demo.waitForExit(timeout: .seconds(60)) == 0, "\(demo.standardError)")
    // The demo never connected to it: a connection would have started the unit's repayd.
    #expect(fcntl(listener, F_SETFL, O_NONBLOCK) == 0)
    #expect(accept(listener, nil, nil) == -1 && errno == EAGAIN)
    // The unit's socket is the same file still, and still listens.
    var after = stat()
    #expect(stat(runtime.standardSocket, &after) == 0 && after.st_ino == before.st_ino)
    let client = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    defer { close(client) }
    #expect(UnixSocketAddress.with(runtime.standardSocket, { connect(client, $0, $1) }) == 0)
  }
}
