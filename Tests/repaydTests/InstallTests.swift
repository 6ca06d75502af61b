import Foundation
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `scripts/install` into a temporary home, with this build's binaries: every file in place with
/// its mode, a user's configuration never overwritten, and the installed units accepted by
/// `systemd-analyze --user verify` (which resolves `%h` to that home and checks the binary
/// there). Also the directives issue 6 asks of the unit files, and repayctl's completions and
/// man pages (issue 9).
struct InstallTests {
  @Test("the binaries, units, holiday calendars and example configuration, each with its mode")
  func installsEverything() throws {
    let home = try TemporaryHome()
    let outcome = try home.install()
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardError.isEmpty)
    let expected: [(path: String, mode: Int)] = [
      (".local/bin/repayd", 0o755), (".local/bin/repayctl", 0o755),
      (".local/libexec/repayd/repayctl-commands", 0o755),
      (".config/systemd/user/repayd.service", 0o644), (".config/systemd/user/repayd.socket", 0o644),
      (".config/repayd", 0o700), (".config/repayd/repayd.toml", 0o600),
      (".local/share/repayd/holidays/cn-2026.ics", 0o644),
    ]
    for (path, mode) in expected + InstallPaths.generated.map({ ($0.installed, 0o644) }) {
      #expect(try home.mode(path) == mode, "\(path)")
    }
    // The completions and man pages are the checked-in ones (CompletionAndManualTests shows those
    // current), each where bash-completion, zsh, fish and man look for a user's own.
    for (installed, shared) in InstallPaths.generated {
      #expect(
        FileManager.default.contents(atPath: home.path(installed))
          == FileManager.default.contents(
            atPath: InstallPaths.repositoryRoot.appendingPathComponent(shared).path),
        "\(installed)")
    }
    #expect(outcome.standardOutput.contains("fpath=(\(home.path(".local/share/zsh/site-functions")) $fpath)"))
    // The units are the repository's, byte for byte.
    for unit in ["repayd.service", "repayd.socket"] {
      #expect(
        try home.contents(".config/systemd/user/\(unit)")
          == String(
            contentsOf: InstallPaths.repositoryRoot.appendingPathComponent("systemd/\(unit)"), encoding: .utf8
          ))
    }
    // The installed binaries run from there (the Swift runtime is found from ~/.local/bin too).
    let version = try ChildProcess.run(home.path(".local/bin/repayd"), ["--version"])
    #expect(version.status == 0 && !version.standardOutput.isEmpty, "\(version.standardError)")
    // The installed example names the shipped calendar "cn", which the installed binaries find in
    // that home's ~/.local/share/repayd/holidays (not in a source tree: they do not lie in one).
    #expect(try home.contents(".config/repayd/repayd.toml").contains(#"holidays = ["cn"]"#))
    let check = try ChildProcess.run(
      home.path(".local/bin/repayctl"), ["check", "--config", home.path(".config/repayd")],
      environment: [
        "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": home.root.path, "XDG_DATA_DIRS": "/nonexistent",
      ])
    // At most the warning that the shipped holiday calendar ends before the example's due dates.
    #expect(check.status == 0, "\(check.standardError)")
    for line in check.standardError.split(separator: "\n") {
      #expect(line.contains(": warning: the holiday calendars end with "), "\(line)")
    }
    #expect(outcome.standardOutput.contains("installed \(home.path(".config/repayd/repayd.toml"))"))
    #expect(
      outcome.standardOutput.contains(
        "systemctl --user daemon-reload && systemctl --user enable --now repayd"))
    #expect(outcome.standardOutput.contains("journalctl --user -t repayd -f"))
  }

  @Test("a configuration already there is kept, byte for byte and mode, and the output says so")
  func keepsTheUsersConfiguration() throws {
    let home = try TemporaryHome()
    try home.write(".config/repayd/repayd.toml", "# mine\n", mode: 0o640)
    try home.write(".config/repayd/holidays/cn-2026.ics", "edited\n", mode: 0o644)
    let outcome = try home.install()
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(try home.contents(".config/repayd/repayd.toml") == "# mine\n")
    #expect(try home.mode(".config/repayd/repayd.toml") == 0o640)
    #expect(try home.contents(".config/repayd/holidays/cn-2026.ics") == "edited\n")
    #expect(try home.mode(".config/repayd/holidays/cn-2026.ics") == 0o644)
    #expect(outcome.standardOutput.contains("kept \(home.path(".config/repayd/repayd.toml"))"))
    // A second run replaces what is the install's own and still keeps the user's.
    let again = try home.install()
    #expect(again.status == 0, "\(again.standardError)")
    #expect(try home.contents(".config/repayd/repayd.toml") == "# mine\n")
  }

  @Test("loans in loans.d/ are a configuration too: no example repayd.toml is added beside them")
  func keepsALoansDirectory() throws {
    let home = try TemporaryHome()
    try home.write(".config/repayd/loans.d/card.toml", "# my card\n", mode: 0o600)
    let outcome = try home.install()
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(!FileManager.default.fileExists(atPath: home.path(".config/repayd/repayd.toml")))
    #expect(try home.contents(".config/repayd/loans.d/card.toml") == "# my card\n")
    #expect(outcome.standardOutput.contains("kept \(home.path(".config/repayd/loans.d/"))"))
  }

  @Test("systemd-analyze --user verify accepts the installed units, and finds a missing binary")
  func systemdVerify() throws {
    let home = try TemporaryHome()
    #expect(try home.install().status == 0)
    let units = [".config/systemd/user/repayd.service", ".config/systemd/user/repayd.socket"].map(home.path)
    let verified = try home.verify(units)
    // verify exits 0 on warnings too (an unknown key is only "ignoring"): its standard error must
    // be empty as well.
    #expect(verified.status == 0, "\(verified.standardError)")
    #expect(verified.standardError.isEmpty, "\(verified.standardError)")
    // Not vacuous: %h is this home, and verify checks that ExecStart= is there.
    try FileManager.default.removeItem(atPath: home.path(".local/bin/repayd"))
    let missing = try home.verify(units)
    #expect(missing.status != 0)
    #expect(
      missing.standardError.contains("Command \(home.path(".local/bin/repayd")) is not executable"),
      "\(missing.standardError)")
  }

  @Test("usage errors exit 2; binaries that are not there exit 1 naming the folder")
  func usage() throws {
    let home = try TemporaryHome()
    let unknown = try home.install(["--bogus"])
    #expect(unknown.status == 2 && unknown.standardError.contains("unknown argument '--bogus'"))
    let empty = try home.install(["--binaries", home.path("nowhere")])
    #expect(empty.status == 1 && empty.standardError.contains("no repayd in \(home.path("nowhere"))"))
    #expect(!FileManager.default.fileExists(atPath: home.path(".local")))
  }

  @Test(
    "run as root into a home that is another user's (sudo kept HOME): refused, nothing written",
    .enabled(if: getuid() == 0, "only root can give a directory to another user")
  )
  func refusesAForeignHome() throws {
    let home = try TemporaryHome(owner: 65_534)
    let outcome = try home.install()
    #expect(outcome.status == 1)
    #expect(outcome.standardError.contains("belongs to uid 65534"), "\(outcome.standardError)")
    #expect(!FileManager.default.fileExists(atPath: home.path(".local")))
  }

  @Test(
    "as an unprivileged user, into HOME (no --prefix): the same files, that user's, and verify accepts them",
    .enabled(if: getuid() == 0, "only root can run the script as another user")
  )
  func asAnUnprivilegedUser() throws {
    let home = try TemporaryHome(owner: 65_534)
    let outcome = try home.install(prefix: false, user: 65_534)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    for path in [".local/bin/repayd", ".config/systemd/user/repayd.service", ".config/repayd/repayd.toml"] {
      let attributes = try FileManager.default.attributesOfItem(atPath: home.path(path))
      #expect((attributes[.ownerAccountID] as? NSNumber)?.intValue == 65_534, "\(path)")
    }
    let units = [".config/systemd/user/repayd.service", ".config/systemd/user/repayd.socket"].map(home.path)
    let verified = try home.verify(units)
    #expect(verified.status == 0 && verified.standardError.isEmpty, "\(verified.standardError)")
  }

  @Test("without --prefix, an absolute XDG_CONFIG_HOME gets the units and the configuration")
  func honoursXDGConfigHome() throws {
    let home = try TemporaryHome()
    let outcome = try home.install(prefix: false, environment: ["XDG_CONFIG_HOME": home.path("xdg")])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(FileManager.default.fileExists(atPath: home.path("xdg/systemd/user/repayd.service")))
    #expect(FileManager.default.fileExists(atPath: home.path("xdg/repayd/repayd.toml")))
    #expect(FileManager.default.fileExists(atPath: home.path(".local/bin/repayd")))
    #expect(!FileManager.default.fileExists(atPath: home.path(".config")))
  }

  @Test("without --prefix, an absolute XDG_DATA_HOME gets the completions and man pages")
  func honoursXDGDataHome() throws {
    let home = try TemporaryHome()
    let outcome = try home.install(prefix: false, environment: ["XDG_DATA_HOME": home.path("data")])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    for (installed, _) in InstallPaths.generated {
      let relative = installed.replacingOccurrences(of: ".local/share/", with: "data/")
      #expect(FileManager.default.fileExists(atPath: home.path(relative)), "\(relative)")
    }
    #expect(!FileManager.default.fileExists(atPath: home.path(".local/share")))
  }

  @Test("repayd.service: notify, reload by SIGHUP, watchdog, restart on failure, user-unit hardening")
  func serviceDirectives() throws {
    let unit = try UnitFile(InstallPaths.repositoryRoot.appendingPathComponent("systemd/repayd.service"))
    #expect(unit["Service", "Type"] == ["notify"])
    #expect(unit["Service", "NotifyAccess"] == ["main"])
    #expect(unit["Service", "ExecStart"] == ["%h/.local/bin/repayd"])
    #expect(unit["Service", "ExecReload"] == ["kill -HUP $MAINPID"])
    #expect(unit["Service", "WatchdogSec"] == ["5min"])
    #expect(unit["Service", "Restart"] == ["on-failure"])
    #expect(unit["Service", "RestartSec"].count == 1)
    for directive in [
      "NoNewPrivileges", "LockPersonality", "RestrictRealtime", "RestrictSUIDSGID",
    ] {
      #expect(unit["Service", directive] == ["yes"], "\(directive)")
    }
    #expect(unit["Service", "SystemCallArchitectures"] == ["native"])
    // What a user manager cannot do (namespaces without PrivateUsers=, capabilities, users), or
    // what would break hooks, is absent: systemd-analyze verify does not complain about these in a
    // user unit, so this is the check.
    for absent in [
      "PrivateTmp", "ProtectSystem", "ProtectHome", "PrivateUsers", "PrivateDevices", "PrivateNetwork",
      "ProtectKernelTunables", "ProtectKernelModules", "ProtectKernelLogs", "ProtectClock",
      "ProtectHostname", "ProtectProc", "CapabilityBoundingSet", "AmbientCapabilities", "User",
      "DynamicUser", "MemoryDenyWriteExecute", "RestrictAddressFamilies", "SystemCallFilter",
    ] {
      #expect(unit["Service", absent].isEmpty, "\(absent)")
    }
    #expect(unit["Install", "WantedBy"] == ["default.target"])
  }

  @Test("repayd.socket: the control socket in the runtime directory, private, named, for repayd")
  func socketDirectives() throws {
    let unit = try UnitFile(InstallPaths.repositoryRoot.appendingPathComponent("systemd/repayd.socket"))
    #expect(unit["Socket", "ListenStream"] == ["%t/repayd/control.sock"])
    #expect(unit["Socket", "SocketMode"] == ["0600"])
    #expect(unit["Socket", "DirectoryMode"] == ["0700"])
    #expect(unit["Socket", "FileDescriptorName"] == ["control"])
    #expect(unit["Socket", "Service"] == ["repayd.service"])
    #expect(unit["Install", "WantedBy"] == ["sockets.target"])
  }
}

/// A fresh directory standing in for a user's home, removed at the end of the test.
private final class TemporaryHome {
  let root: URL

  /// A new empty home, given to `owner` (uid and gid alike) when one is named.
  init(owner: uid_t? = nil) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayd-install-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    if let owner, chown(root.path, owner, owner) != 0 {
      throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EPERM)
    }
  }

  deinit { try? FileManager.default.removeItem(at: root) }

  func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

  /// Runs `scripts/install --prefix HOME --binaries BUILD` (other `arguments` in place of
  /// `--binaries BUILD`), with a plain environment: HOME is this home, and no XDG variable of the
  /// test's own is passed on. Without `prefix`, the script finds the home through HOME alone;
  /// `user` runs it under that uid and gid (through `setpriv`, as root).
  func install(
    _ arguments: [String]? = nil, prefix: Bool = true, environment extra: [String: String] = [:],
    user: UInt32? = nil
  ) throws -> ChildProcess.Outcome {
    let script =
      [InstallPaths.script] + (prefix ? ["--prefix", root.path] : [])
      + (arguments ?? ["--binaries", InstallPaths.binaries])
    let asUser =
      user.map { ["/usr/bin/setpriv", "--reuid", "\($0)", "--regid", "\($0)", "--clear-groups"] } ?? []
    let command = asUser + ["/bin/bash"] + script
    var environment = ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": root.path, "LANG": "C.UTF-8"]
    environment.merge(extra) { _, new in new }
    return try ChildProcess.run(command[0], Array(command.dropFirst()), environment: environment)
  }

  /// `systemd-analyze --user verify UNITS` as the user manager of this home would load them:
  /// HOME is this home (so `%h` is), and XDG_RUNTIME_DIR a fresh 0700 directory, without which
  /// a user-mode manager does not even start ("Failed to lookup RuntimeDirectory path").
  func verify(_ units: [String]) throws -> ChildProcess.Outcome {
    let runtime = root.appendingPathComponent("run")
    if !FileManager.default.fileExists(atPath: runtime.path) {
      try FileManager.default.createDirectory(
        at: runtime, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    }
    return try ChildProcess.run(
      "/usr/bin/systemd-analyze", ["--user", "verify"] + units,
      environment: [
        "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": root.path, "XDG_RUNTIME_DIR": runtime.path,
        "LANG": "C.UTF-8",
      ])
  }

  func write(_ relative: String, _ text: String, mode: Int) throws {
    let url = root.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: url.path)
  }

  func contents(_ relative: String) throws -> String {
    try String(contentsOfFile: path(relative), encoding: .utf8)
  }

  /// The permission bits, as `stat` shows them.
  func mode(_ relative: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path(relative))
    return (attributes[.posixPermissions] as! NSNumber).intValue & 0o7777
  }
}

/// Where the repository and this build's binaries are.
private enum InstallPaths {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let script = repositoryRoot.appendingPathComponent("scripts/install").path
  /// The folder `swift build` put repayd and repayctl in, beside the running test bundle.
  static let binaries = URL(fileURLWithPath: RepaydProcess.executable).deletingLastPathComponent().path
  /// repayctl's completions and the man pages of repayctl and repayd: where the script installs
  /// each below the home, and the checked-in file it copies.
  static let generated: [(installed: String, shared: String)] = [
    (".local/share/bash-completion/completions/repayctl", "share/completions/repayctl.bash"),
    (".local/share/zsh/site-functions/_repayctl", "share/completions/_repayctl"),
    (".local/share/fish/vendor_completions.d/repayctl.fish", "share/completions/repayctl.fish"),
    (".local/share/man/man1/repayctl.1", "share/man/man1/repayctl.1"),
    (".local/share/man/zh_CN/man1/repayctl.1", "share/man/zh_CN/man1/repayctl.1"),
    (".local/share/man/man1/repayd.1", "share/man/man1/repayd.1"),
    (".local/share/man/zh_CN/man1/repayd.1", "share/man/zh_CN/man1/repayd.1"),
  ]
}

/// A unit file's assignments by section and key, in order, as systemd reads them: comments (`#`,
/// `;`) and blank lines skipped; no line continuations are used in ours.
private struct UnitFile {
  private var values: [String: [String: [String]]] = [:]

  init(_ url: URL) throws {
    var section = ""
    for raw in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
      if line.hasPrefix("[") && line.hasSuffix("]") {
        section = String(line.dropFirst().dropLast())
        continue
      }
      guard let equals = line.firstIndex(of: "=") else { continue }
      let key = line[..<equals].trimmingCharacters(in: .whitespaces)
      let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      values[section, default: [:]][key, default: []].append(value)
    }
  }

  /// Every value assigned to `key` in `section`, in order; empty when none is.
  subscript(section: String, key: String) -> [String] { values[section]?[key] ?? [] }
}
