import Foundation

/// A desktop session of real parts for the tests of desktop notifications: a private
/// `dbus-daemon` with its own configuration and socket in a temporary directory, `Xvfb` on a
/// free display, and `dunst` as the notification server on that bus and display.
///
/// - The bus's configuration names no service directories, so nothing is ever started on
///   demand: with dunst stopped, the notification server is really gone (Debian's session
///   configuration would activate dunst again through its D-Bus service file).
/// - Xvfb picks the display itself (`-displayfd`: the first free one, reported once it
///   accepts clients), so that tests running at once never collide.
/// - dunst's test configuration: notifications never expire (a test reads them at its own
///   pace), markup is on (so that dunst lists `body-markup`), and its context menu's picker
///   (`dmenu`) is a script that prints the entry of the action chosen with `choose(action:)`, and
///   keeps it for `chosenEntry()`.
///
/// Every process is started here and stopped here by its pid; `stop()` (or the end of the
/// session) stops them all and removes the directory. A missing tool fails the test with the
/// Debian package to install: no test is skipped.
public final class DesktopSession: @unchecked Sendable {
  /// The tools, and the Debian packages that bring them (all listed in scripts/deps/apt-packages-tests).
  public static let tools = [
    ("/usr/bin/dbus-daemon", "dbus-daemon"), ("/usr/bin/dbus-monitor", "dbus-bin"),
    ("/usr/bin/dbus-send", "dbus-bin"), ("/usr/bin/Xvfb", "xvfb"), ("/usr/bin/dunst", "dunst"),
    ("/usr/bin/dunstctl", "dunst"),
  ]

  /// The temporary directory holding the configurations, the bus's socket and the logs.
  public let directory: String
  /// The bus's D-Bus address, `unix:path=DIRECTORY/bus`: the same after `startBus()` again, and
  /// without the bus's guid, which changes with each start.
  public let address: String
  /// The X display, e.g. `:1`.
  public let display: String
  private let xserver: Process
  private var bus: Process?
  private var server: Process?

  /// Starts the bus, the X server and dunst; throws, having stopped what it started, when one of
  /// them is missing or does not come up.
  public init() throws {
    for (path, package) in Self.tools where !FileManager.default.isExecutableFile(atPath: path) {
      throw DesktopSessionError(
        description: "\(path) is missing: install Debian's \(package) (scripts/install-deps does)")
    }
    // Short: the bus's socket path must fit into sockaddr_un's 108 bytes.
    directory =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("repay-desktop-\(UUID().uuidString.prefix(8))").path
    try FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    address = "unix:path=\(directory)/bus"
    try Self.writeConfiguration(in: directory)
    do {
      (xserver, display) = try Self.startXvfb(log: directory + "/xvfb.log")
    } catch {
      try? FileManager.default.removeItem(atPath: directory)
      throw error
    }
    do {
      try startBus()
      try startNotificationServer()
    } catch {
      stop()
      throw error
    }
  }

  deinit { stop() }

  /// The environment of a client of this session: the bus and display, `PATH`, a `HOME` of its
  /// own, and a UTF-8 locale.
  public var environment: [String: String] {
    [
      "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": directory, "XDG_CONFIG_HOME": directory,
      "LANG": "C.UTF-8", "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": address,
    ]
  }

  /// Starts the bus (again) at `address`; returns once it accepts connections.
  public func startBus() throws {
    // A bus killed before it could remove its socket leaves the file behind.
    try? FileManager.default.removeItem(atPath: directory + "/bus")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/dbus-daemon")
    process.arguments = ["--config-file=\(directory)/bus.conf", "--nofork", "--print-address"]
    // It prints its address once it listens.
    _ = try Self.runReportingLine(process, log: directory + "/bus.log", what: "dbus-daemon")
    bus = process
  }

  /// Stops dunst, then the bus, by their pids: every connection to the bus is lost.
  public func stopBus() {
    stopNotificationServer()
    bus?.stop()
    bus = nil
  }

  /// Starts dunst (again) on the bus and display; returns once `dunstctl` reaches it.
  public func startNotificationServer() throws {
    let log = directory + "/dunst.log"
    let output = try Self.appending(to: log)
    defer { try? output.close() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/dunst")
    process.arguments = ["-config", directory + "/dunstrc"]
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = output
    process.standardError = output
    try process.runWithSignalsUnblocked()
    server = process
    try Polling.until("dunst serving on \(address)", ended: process, log: log) {
      try dunstctl("count", "displayed").status == 0
    }
  }

  /// Stops dunst by its pid: the bus stays, with no notification server on it.
  public func stopNotificationServer() {
    server?.stop()
    server = nil
  }

  /// Stops dunst where it stands (SIGSTOP) or lets it go on (SIGCONT): stopped, it stays on the
  /// bus and never answers a call.
  public func freezeNotificationServer(_ frozen: Bool) {
    if let server { kill(server.processIdentifier, frozen ? SIGSTOP : SIGCONT) }
  }

  /// Runs `dunstctl` with `arguments` against this session's dunst.
  public func dunstctl(_ arguments: String...) throws -> ChildProcess.Outcome {
    try ChildProcess.run("/usr/bin/dunstctl", arguments, environment: environment)
  }

  /// How many notifications dunst shows now (`dunstctl count displayed`).
  public func displayedCount() throws -> Int {
    let outcome = try dunstctl("count", "displayed")
    guard outcome.status == 0,
      let count = Int(outcome.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines))
    else { throw DesktopSessionError(description: "dunstctl count displayed: \(outcome.standardError)") }
    return count
  }

  /// The notifications in dunst's history (closed ones, newest first), each as its fields'
  /// values (`summary`, `body`, `appname`, `urgency`, `id`, ...) in text (`dunstctl history`).
  public func history() throws -> [[String: String]] {
    let outcome = try dunstctl("history")
    guard outcome.status == 0,
      let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
        as? [String: Any],
      let lists = object["data"] as? [[[String: Any]]]
    else { throw DesktopSessionError(description: "dunstctl history: \(outcome.standardError)") }
    return lists.flatMap { $0 }.map { entry in
      entry.compactMapValues { field in ((field as? [String: Any])?["data"]).map { "\($0)" } }
    }
  }

  /// Returns once dunst shows exactly `count` notifications; throws when it did not within a
  /// minute. dunst takes a notification in when it answers `Notify` and shows it on its next
  /// round, so a count read at once may still be the one before.
  public func waitUntilDisplayed(_ count: Int) throws {
    try Polling.until("dunst showing \(count) notification(s)", log: directory + "/dunst.log") {
      try displayedCount() == count
    }
  }

  /// Opens dunst's context menu (`dunstctl context`), in which the picker script chooses the
  /// entry of the action labelled `label` on a shown notification; dunst then signals
  /// `ActionInvoked` to the notification's sender.
  public func choose(action label: String) throws {
    // dunst shows a notification in its own time after answering Notify (later still on a
    // busy machine), and its context menu offers only what it shows.
    try Polling.until("dunst showing a notification to choose from", log: directory + "/dunst.log") {
      try displayedCount() > 0
    }
    try? FileManager.default.removeItem(atPath: directory + "/chosen")
    try label.write(toFile: directory + "/choice", atomically: true, encoding: .utf8)
    let outcome = try dunstctl("context")
    guard outcome.status == 0 else {
      throw DesktopSessionError(description: "dunstctl context: \(outcome.standardError)")
    }
  }

  /// The entry the picker chose since the last `choose(action:)`, once it did: the id dunst
  /// gave the notification (in decimal, as `dbus-monitor` prints a `replaces_id`) and the
  /// action's key. It is what dunst itself offered, so it names the notification independently
  /// of the code that showed it.
  public func chosenEntry() throws -> (notification: String, key: String) {
    let path = directory + "/chosen"
    var line = ""
    try Polling.until("the picker's choice", log: directory + "/dunst.log") {
      line = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
      return line.hasSuffix("\n")
    }
    // The entry ends in "[ID,KEY]".
    let fields = line.split(separator: "[").last?.dropLast(2).split(separator: ",") ?? []
    guard fields.count == 2 else { throw DesktopSessionError(description: "the picker chose \(line)") }
    return (String(fields[0]), String(fields[1]))
  }

  /// A `dbus-monitor` recording the calls to the notification server from now on.
  public func monitor() throws -> BusMonitor {
    try BusMonitor(address: address, path: directory + "/monitor-\(UUID().uuidString).log")
  }

  /// Stops dunst, the bus and the X server by their pids, and removes the directory. Safe to
  /// call again.
  public func stop() {
    stopBus()
    xserver.stop()
    try? FileManager.default.removeItem(atPath: directory)
  }

  /// The bus's configuration, dunst's, and the picker script.
  private static func writeConfiguration(in directory: String) throws {
    try """
    <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
     "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
    <busconfig>
      <type>session</type>
      <listen>unix:path=\(directory)/bus</listen>
      <auth>EXTERNAL</auth>
      <policy context="default">
        <allow send_destination="*" eavesdrop="true"/>
        <allow eavesdrop="true"/>
        <allow own="*"/>
      </policy>
    </busconfig>
    """.write(toFile: directory + "/bus.conf", atomically: true, encoding: .utf8)
    try """
    [global]
        markup = full
        dmenu = \(directory)/pick
    [urgency_low]
        timeout = 0
    [urgency_normal]
        timeout = 0
    [urgency_critical]
        timeout = 0
    """.write(toFile: directory + "/dunstrc", atomically: true, encoding: .utf8)
    // dunst feeds the picker one line per action, "#LABEL (SUMMARY) [ID,KEY]", and invokes the
    // action of the line it prints; the line is also kept for `chosenEntry()`.
    try """
    #!/bin/sh
    grep -m1 -F "#$(cat \(directory)/choice) (" | tee \(directory)/chosen
    """.write(toFile: directory + "/pick", atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory + "/pick")
  }

  /// Starts Xvfb on the first free display; returns it with its display.
  private static func startXvfb(log: String) throws -> (Process, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/Xvfb")
    // -displayfd 1: it picks the display and prints its number on standard output once ready.
    process.arguments = ["-displayfd", "1", "-nolisten", "tcp", "-screen", "0", "1280x800x24"]
    let number = try runReportingLine(process, log: log, what: "Xvfb")
    return (process, ":" + number)
  }

  /// The file at `path` opened for appending (a log kept across restarts), created if missing.
  private static func appending(to path: String) throws -> FileHandle {
    if !FileManager.default.fileExists(atPath: path) {
      _ = FileManager.default.createFile(atPath: path, contents: nil)
    }
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.seekToEnd()
    return handle
  }

  /// Runs `process` with standard error into the file `log` and returns the first line it
  /// prints on standard output, which it prints once it is ready; throws when it ends first.
  private static func runReportingLine(_ process: Process, log: String, what: String) throws -> String {
    let errors = try appending(to: log)
    defer { try? errors.close() }
    let output = Pipe()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = output
    process.standardError = errors
    try process.runWithSignalsUnblocked()
    var bytes = Data()
    while !bytes.contains(UInt8(ascii: "\n")) {
      let more = output.fileHandleForReading.availableData
      guard !more.isEmpty else {
        process.stop()
        let printed = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        throw DesktopSessionError(description: "\(what) ended before it was ready: \(printed)")
      }
      bytes.append(more)
    }
    let line = String(decoding: bytes, as: UTF8.self).prefix { $0 != "\n" }
    return String(line)
  }
}

/// A part of the desktop session is missing or did not come up.
public struct DesktopSessionError: Error, CustomStringConvertible {
  /// What, with what the process printed.
  public var description: String
}
