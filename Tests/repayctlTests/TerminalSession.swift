import Foundation
import RepayTestSupport
import Systemd

#if canImport(Glibc)
  import Glibc
#endif

/// A real terminal for a test: a tmux server of the test's own, on a socket in the test's
/// folder (`tmux -S`), so that it never meets anyone else's tmux. Each `screen` is a session of
/// its own, ended once read; the server stays between them, and `kill()` (and deinit) ends it
/// and waits for it by its pid.
final class TerminalSession {
  /// The tmux binary (Debian's package `tmux`).
  static let tmux = "/usr/bin/tmux"

  /// The server's socket.
  let socket: String
  private let folder: String
  private var runs = 0
  private var serverPID: pid_t?

  /// A terminal whose socket and files are in `folder`; the server starts with the first session.
  init(folder: String) {
    self.folder = folder
    socket = folder + "/tmux.sock"
  }

  /// What a terminal of `columns` by `rows` shows once `script` (run by `/bin/sh -c` with exactly
  /// `environment`, nothing of the test's own) has ended, as `capture` gives it. Also the
  /// script's exit status.
  func screen(
    of script: String, environment: [String: String], columns: Int = 80, rows: Int = 40, escapes: Bool = false
  ) throws -> (text: String, status: Int32) {
    runs += 1
    let name = "run\(runs)"
    let exitFile = folder + "/\(name).exit"
    // The pane's program writes its status to a file and then waits, so that the screen stays
    // until it is read; the wait ends with the session.
    try start(
      name, ["/bin/sh", "-c", "\(script)\necho $? >'\(exitFile)'\nexec sleep 3600"], environment: environment,
      columns: columns, rows: rows)
    defer { end(name) }
    try Polling.until("the script in tmux to end", timeout: .seconds(60)) {
      (try? String(contentsOfFile: exitFile, encoding: .utf8))?.hasSuffix("\n") == true
    }
    let status = Int32(
      try String(contentsOfFile: exitFile, encoding: .utf8).trimmingCharacters(in: .newlines))
    return (try capture(name, escapes: escapes), status ?? -1)
  }

  /// Starts `program` (an absolute path and its arguments, with exactly `environment`) in a new
  /// session `name`, a terminal of `columns` by `rows`.
  func start(
    _ name: String, _ program: [String], environment: [String: String], columns: Int = 80, rows: Int = 40
  ) throws {
    guard FileManager.default.isExecutableFile(atPath: Self.tmux) else {
      throw TerminalSessionError.tmux(
        [], "\(Self.tmux) is missing: apt-get install tmux (scripts/install-deps)")
    }
    let pane =
      ["/usr/bin/env", "-i"] + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    // -u: UTF-8 whatever the locale; -f /dev/null: no user's configuration. The server measures
    // characters with the C library's wcwidth in the C.UTF-8 locale, Chinese as two columns.
    try tmux(
      ["-u", "-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)"] + pane
        + program)
    // The server stays when its last session has ended, until `kill()`: by default it would
    // leave then, and a start just after could reach it as it leaves ("server exited
    // unexpectedly").
    try tmux(["set-option", "-s", "exit-empty", "off"])
    serverPID = pid_t(try tmux(["display-message", "-p", "#{pid}"]).trimmingCharacters(in: .newlines))
  }

  /// Types `keys` into session `name`, each as tmux's `send-keys` reads it: a key's name
  /// (`Enter`, `Tab`, `C-u`) or text.
  func type(_ name: String, _ keys: [String]) throws {
    try tmux(["send-keys", "-t", name] + keys)
  }

  /// What session `name` shows now: every line of the pane, trailing blanks cut, the empty lines
  /// at the bottom dropped. With `escapes`, the colour and emphasis escape sequences are kept
  /// (`capture-pane -e`).
  func capture(_ name: String, escapes: Bool = false) throws -> String {
    let captured = try tmux(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", name])
    // capture-pane itself cuts the blanks at the end of each line.
    var lines = captured.split(separator: "\n", omittingEmptySubsequences: false)
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.map { $0 + "\n" }.joined()
  }

  /// Ends session `name`: its program gets SIGHUP.
  func end(_ name: String) {
    _ = try? tmux(["kill-session", "-t", name])
  }

  /// Ends this test's tmux server (`kill-server`: every session's program gets SIGHUP), waiting
  /// for it by its pid; SIGKILL by that pid if it has not left within 10 s.
  func kill() {
    guard let pid = serverPID else { return }
    serverPID = nil
    _ = try? tmux(["kill-server"])
    let deadline = ContinuousClock.now + .seconds(10)
    while Glibc.kill(pid, 0) == 0 && ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
    if Glibc.kill(pid, 0) == 0 { Glibc.kill(pid, SIGKILL) }
    try? FileManager.default.removeItem(atPath: socket)
  }

  deinit { kill() }

  /// Runs the tmux client on this server; what it printed. Spawned without Foundation's
  /// `Process`, which watches a socket it hands each child and would wait for the server that
  /// `new-session` leaves behind holding it; this child has no descriptor but the standard ones,
  /// and no signal blocked (so the server it starts has none either).
  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    let process = try SpawnedProcess(
      arguments: [Self.tmux, "-S", socket] + arguments,
      environment: ["LANG=C.UTF-8", "PATH=/usr/bin:/bin", "TERM=xterm-256color"])
    defer {
      for descriptor in [process.standardOutput, process.standardError, process.exitDescriptor] {
        SpawnedProcess.close(descriptor)
      }
    }
    var exit = pollfd(fd: process.exitDescriptor, events: Int16(POLLIN), revents: 0)
    guard poll(&exit, 1, 30_000) == 1, let termination = try process.reap() else {
      _ = try? process.signalGroup(SIGKILL)
      while (try? process.reap()) == nil { Thread.sleep(forTimeInterval: 0.02) }
      throw TerminalSessionError.tmux(arguments, "no end within 30 s")
    }
    // The client has ended: what it wrote is all in the pipes (far less than a pipe holds).
    func drained(_ descriptor: Int32) throws -> String {
      var bytes: [UInt8] = []
      while let chunk = try SpawnedProcess.read(descriptor, capacity: 65_536), !chunk.isEmpty {
        bytes += chunk
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    let output = try drained(process.standardOutput)
    guard termination.succeeded else {
      throw TerminalSessionError.tmux(arguments, try drained(process.standardError))
    }
    return output
  }
}

/// Why a terminal could not be had.
enum TerminalSessionError: Error {
  /// tmux failed with these arguments; what it said.
  case tmux([String], String)
}
