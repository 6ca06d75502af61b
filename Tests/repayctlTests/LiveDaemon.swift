import Foundation
import RepayCore
import RepayTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The real `repayd` binary, started for a test with a household of two loans placed around
/// today in Asia/Shanghai, a Chinese-named one not yet due and one three days overdue, serving
/// its control socket in a private runtime directory; `stop()` ends it by its pid.
final class LiveDaemon {
  /// The zone the household lives in, given to both repayd and repayctl as `TZ`.
  static let zone = "Asia/Shanghai"
  /// The binary: in the same build folder as the running test bundle.
  static let executable = URL(fileURLWithPath: RepayctlProcess.executable)
    .deletingLastPathComponent().appendingPathComponent("repayd").path

  /// The folder with the configuration, the state directory and the runtime directory.
  let folder: String
  /// The configuration file.
  let configPath: String
  /// The state directory.
  let stateDirectory: String
  /// The control socket's address, `unix:PATH`.
  let address: String
  /// Today in the household's zone.
  let today: LocalDate
  private let process = Process()
  /// What runs repayd and repayctl as another user, when one was asked for: `setpriv`.
  private let launcher: [String]

  /// Writes `household` (by default `household(today:)`) and starts repayd on it, as `user` (a
  /// uid, with the gid of the same number, through `setpriv`: root only) when given, with the
  /// folder given to that user; returns once repayd says `READY=1`.
  init(household: String? = nil, user: UInt32? = nil) throws {
    folder =
      FileManager.default.temporaryDirectory.appendingPathComponent("repayctl-live-\(UUID().uuidString)").path
    let runtime = folder + "/runtime"
    try FileManager.default.createDirectory(
      atPath: runtime, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    configPath = folder + "/repayd.toml"
    stateDirectory = folder + "/state"
    address = "unix:" + runtime + "/repayd/control.sock"
    let rules = try Self.rules()
    today = rules.localDate(at: Int64(Date().timeIntervalSince1970))
    try (household ?? Self.household(today: today)).write(
      toFile: configPath, atomically: true, encoding: .utf8)
    let notify = try NotifySocket()
    defer { notify.close() }
    launcher =
      user.map { ["/usr/bin/setpriv", "--reuid", "\($0)", "--regid", "\($0)", "--clear-groups"] } ?? []
    if let user {
      for path in [folder, runtime, configPath] where chown(path, user, user) != 0 {
        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EPERM)
      }
      // The other user sends its READY=1 to the test's socket.
      chmod((notify.path as NSString).deletingLastPathComponent, 0o755)
      chmod(notify.path, 0o777)
    }
    var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("LC_") }
    environment.merge(["LANG": "C.UTF-8", "TZ": Self.zone, "XDG_RUNTIME_DIR": runtime]) { $1 }
    environment.merge(notify.environment) { $1 }
    let command = launcher + [Self.executable, "--config", configPath, "--state-dir", stateDirectory]
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    guard notify.receive(count: 2, timeout: .seconds(60)).contains("READY=1") else {
      stop()
      throw LiveDaemonError.notReady
    }
  }

  /// The zone's rules, read from this machine's zone files.
  static func rules() throws -> TimeZoneRules {
    try TimeZoneRules(
      identifier: zone, tzif: Array(FileManager.default.contents(atPath: "/usr/share/zoneinfo/" + zone)!))
  }

  /// Two loans: `huabei` (花呗), 1250.00 due in 5 and 35 days; `jd` (京东白条), 300.00 due 3 days
  /// ago and unpaid, with a phone number, its notices at midnight: at any time of today it stands
  /// at its `3d` overdue stage, which the first start announces at once.
  static func household(today: LocalDate) -> String {
    """
    [daemon]
    timezone = "\(zone)"

    [[loan]]
    id = "huabei"
    name = "花呗"
    platform = "支付宝"
    amount = "1250.00"
    currency = "CNY"
    business_day = "none"
    due = { dates = [\(today.advanced(by: 5)), \(today.advanced(by: 35))] }

    [[loan]]
    id = "jd"
    name = "京东白条"
    platform = "京东"
    contact = { phone = "950618" }
    amount = "300.00"
    currency = "CNY"
    business_day = "none"
    due = { dates = [\(today.advanced(by: -3))] }
    reminders = { at = "00:00" }

    """
  }

  /// Forty free-standing reminders that fire every second of the hour `hour` ("00" to "23") of
  /// `today` and on no other day: `repayctl upcoming --days 1` lists their 144,000 firings (a
  /// reply of about 12 MB), while the plan holds no more than the hour's firings still ahead.
  static func tickingHour(_ hour: String, of today: LocalDate) -> String {
    (0..<40).map {
      """
      [[reminder]]
      id = "tick-\($0)"
      calendar = "\(today) \(hour):*:*"
      message = "tick"

      """
    }.joined()
  }

  /// Runs `repayctl ARGUMENTS` against this daemon (through `REPAYD_ADDRESS`), in `directory`
  /// (the test's own when nil), as the daemon's user.
  func repayctl(
    _ arguments: [String], lang: String = "C.UTF-8", environment: [String: String] = [:],
    in directory: String? = nil
  ) throws -> ChildProcess.Outcome {
    try RepayctlProcess.run(
      arguments, lang: lang,
      environment: ["REPAYD_ADDRESS": address, "TZ": Self.zone, "NO_COLOR": "1"].merging(environment) { $1 },
      in: directory, launcher: launcher)
  }

  /// The process id.
  var pid: Int32 { process.processIdentifier }

  /// Stops repayd (SIGTERM, then SIGKILL), by its pid.
  func stop() {
    process.stop()
  }

  deinit {
    process.stop()
    try? FileManager.default.removeItem(atPath: folder)
  }
}

/// Why a test's daemon could not be used.
enum LiveDaemonError: Error {
  /// repayd did not say READY=1 in time.
  case notReady
}
