import Foundation
import RepayTestSupport
import Testing

/// The shell completions and man pages under share/: what `scripts/generate-docs` writes from
/// this build's repayctl, byte for byte, and working in the real shells and in `man`.
struct CompletionAndManualTests {
  /// The repository's root, found from this file's place in it.
  private static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
  /// Every generated file, relative to share/.
  private static let files = [
    "completions/repayctl.bash", "completions/_repayctl", "completions/repayctl.fish", "man/man1/repayctl.1",
    "man/zh_CN/man1/repayctl.1", "man/man1/repayd.1", "man/zh_CN/man1/repayd.1",
  ]

  private static func shared(_ relative: String) -> String { repository + "/share/" + relative }

  /// `tool`, or a failure saying which Debian package brings it.
  private static func tool(_ path: String, package: String) throws -> String {
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw MissingTool(description: "\(path) is missing: apt-get install \(package) (scripts/install-deps)")
    }
    return path
  }

  @Test("the checked-in completions and man pages are what scripts/generate-docs writes from this build")
  func current() throws {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("repayctl-docs-\(UUID())").path
    defer { try? FileManager.default.removeItem(atPath: output) }
    let generated = try ChildProcess.run(
      "/bin/bash",
      [
        Self.repository + "/scripts/generate-docs", "--binaries",
        URL(fileURLWithPath: RepayctlProcess.executable).deletingLastPathComponent().path, "--output", output,
      ],
      environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
    #expect(generated.status == 0, "\(generated.standardError)")
    for file in Self.files {
      let fresh = FileManager.default.contents(atPath: output + "/" + file)
      #expect(fresh != nil && fresh?.isEmpty == false, "\(file) not written")
      #expect(
        fresh == FileManager.default.contents(atPath: Self.shared(file)),
        "share/\(file) is not current: run scripts/generate-docs and commit the result")
    }
  }

  @Test("bash completes subcommands, options and option values from the generated script")
  func bash() throws {
    // The words on the command line and the index of the one completed, as bash's programmable
    // completion sets them before it calls the function `complete -F` names.
    func offered(_ words: [String]) throws -> [String] {
      let line = words.joined(separator: " ")
      let script = """
        source "$1"
        COMP_WORDS=("${@:2}"); COMP_CWORD=$(($# - 2)); COMP_LINE="${*:2}"; COMP_POINT=${#COMP_LINE}
        _repayctl repayctl "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf '%s\\n' "${COMPREPLY[@]}"
        """
      let outcome = try ChildProcess.run(
        "/bin/bash", ["-c", script, "bash", Self.shared("completions/repayctl.bash")] + words,
        environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
      #expect(outcome.status == 0 && outcome.standardError.isEmpty, "\(line): \(outcome.standardError)")
      return outcome.standardOutput.split(separator: "\n").map(String.init)
    }
    #expect(try offered(["repayctl", "sn"]) == ["snooze"])
    #expect(try offered(["repayctl", "un"]).sorted() == ["unpay", "unsnooze"])
    #expect(try offered(["repayctl", ""]).contains("analyze-calendar"))
    let payOptions = try offered(["repayctl", "pay", "--"])
    #expect(payOptions.contains("--occurrence") && payOptions.contains("--note"), "\(payOptions)")
    #expect(
      try offered(["repayctl", "note", "jd", "text", "--channel", ""]) == [
        "phone", "chat", "email", "visit", "letter",
      ])
    // The script registers itself for the command name, as bash-completion loads it.
    let registered = try ChildProcess.run(
      "/bin/bash",
      ["-c", "source \"$1\"; complete -p repayctl", "bash", Self.shared("completions/repayctl.bash")])
    #expect(registered.standardOutput == "complete -o filenames -F _repayctl repayctl\n")
  }

  @Test("in a real terminal (tmux), Tab completes a subcommand and lists --channel's values in bash and zsh")
  func interactive() throws {
    let zsh = try Self.tool("/usr/bin/zsh", package: "zsh")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("repayctl-tab-\(UUID())").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let terminal = TerminalSession(folder: folder)
    defer { terminal.kill() }
    let environment = [
      "HOME": folder, "TERM": "screen", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PS1": "$ ",
    ]
    // Neither shell reads a startup file; each loads the script as a user's set-up would:
    // bash-completion sources it, zsh's compinit finds it in fpath. bash lists the candidates
    // on a second Tab, zsh on the first.
    for (name, shell, setup, listing) in [
      (
        "bash", ["/bin/bash", "--norc", "--noprofile", "-i"],
        "source \(Self.shared("completions/repayctl.bash"))", ["Tab", "Tab"]
      ),
      (
        "zsh", [zsh, "-f", "-i"],
        "fpath=(\(Self.shared("completions")) $fpath); autoload -U compinit; compinit -u -D", ["Tab"]
      ),
    ] {
      try terminal.start(name, shell, environment: environment, rows: 12)
      defer { terminal.end(name) }
      try terminal.type(name, [setup, "Enter", "repayctl sn", "Tab"])
      try Polling.until("\(name) to complete `repayctl sn`", timeout: .seconds(60)) {
        try terminal.capture(name).contains("$ repayctl snooze")
      }
      try terminal.type(name, ["C-u", "repayctl note jd text --channel "] + listing)
      try Polling.until("\(name) to list the channels", timeout: .seconds(60)) {
        let screen = try terminal.capture(name)
        return ["phone", "chat", "email", "visit", "letter"].allSatisfy { screen.contains($0) }
      }
    }
  }

  @Test("fish completes subcommands and option values; zsh reads the script and registers it")
  func fishAndZsh() throws {
    let fish = try Self.tool("/usr/bin/fish", package: "fish")
    func completions(_ line: String) throws -> [String] {
      let outcome = try ChildProcess.run(
        fish,
        [
          "--no-config", "-c", "source $argv[1]; complete -C $argv[2]",
          Self.shared("completions/repayctl.fish"), line,
        ],
        environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/nonexistent"])
      #expect(outcome.status == 0 && outcome.standardError.isEmpty, "\(line): \(outcome.standardError)")
      // Each line is the candidate, a tab, and its description.
      return outcome.standardOutput.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
    }
    #expect(try completions("repayctl sn") == ["snooze"])
    #expect(
      try completions("repayctl note jd text --channel ") == ["phone", "chat", "email", "visit", "letter"])
    #expect(try completions("repayctl history --").contains("--since"))

    let zsh = try Self.tool("/usr/bin/zsh", package: "zsh")
    let syntax = try ChildProcess.run(zsh, ["-n", Self.shared("completions/_repayctl")])
    #expect(syntax.status == 0 && syntax.standardError.isEmpty, "\(syntax.standardError)")
    // Loaded as compinit loads a file from fpath, the function is registered for repayctl.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("repayctl-zsh-\(UUID())").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.copyItem(
      atPath: Self.shared("completions/_repayctl"), toPath: folder + "/_repayctl")
    let loaded = try ChildProcess.run(
      zsh,
      [
        "-f", "-c", "fpath=($1 $fpath); autoload -U compinit; compinit -u -D; print -r -- $_comps[repayctl]",
        "zsh", folder,
      ],
      environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": folder])
    #expect(loaded.standardOutput == "_repayctl\n" && loaded.standardError.isEmpty, "\(loaded.standardError)")
  }

  /// `page` (below share/) as `man -l` shows it at 80 columns, overstrikes removed and tabs
  /// expanded (`col -bx`), in lines; no warning of groff's.
  private func rendered(_ page: String) throws -> [String] {
    let man = try Self.tool("/usr/bin/man", package: "man-db")
    let col = try Self.tool("/usr/bin/col", package: "bsdextrautils")
    let rendered = try ChildProcess.run(
      "/bin/sh", ["-c", "\(man) --warnings -l \"$1\" | \(col) -bx", "sh", Self.shared(page)],
      environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "MANWIDTH": "80", "MANPAGER": "cat"])
    #expect(rendered.status == 0 && rendered.standardError.isEmpty, "\(page): \(rendered.standardError)")
    return rendered.standardOutput.split(separator: "\n").map(String.init)
  }

  @Test("man renders repayctl's pages without a warning, every command with its synopsis and examples")
  func manual() throws {
    for (page, heading, examples) in [
      ("man/man1/repayctl.1", "COMMANDS", "Examples:"), ("man/zh_CN/man1/repayctl.1", "命令", "示例："),
    ] {
      let lines = try rendered(page)
      #expect(lines.first?.hasPrefix("REPAYCTL(1)") == true, "\(page)")
      #expect(lines.contains(heading), "\(page)")
      for command in [
        "status", "loans", "show", "upcoming", "pay", "unpay", "snooze", "unsnooze", "note", "notes",
        "history",
        "reload", "watch", "backup", "check", "schedule", "analyze-calendar", "toml-check",
      ] {
        #expect(lines.contains("   \(command)"), "\(page): no subsection \(command)")
        #expect(
          lines.contains { $0.hasPrefix("       repayctl \(command)") }, "\(page): no synopsis of \(command)")
      }
      #expect(lines.filter { $0.trimmingCharacters(in: .whitespaces) == examples }.count >= 17, "\(page)")
      #expect(lines.contains { $0.contains("repayctl pay huabei 500.00 --note") }, "\(page)")
    }
  }

  @Test("man renders repayd's pages without a warning: its synopsis, every option with its values")
  func daemonManual() throws {
    for (page, heading) in [("man/man1/repayd.1", "OPTIONS"), ("man/zh_CN/man1/repayd.1", "选项")] {
      let lines = try rendered(page)
      #expect(lines.first?.hasPrefix("REPAYD(1)") == true, "\(page)")
      #expect(lines.contains(heading), "\(page)")
      #expect(
        lines.contains { $0.hasPrefix("       repayd [--config <path>] [--state-dir <dir>] [--demo]") },
        "\(page)")
      for option in ["--config <path>", "--state-dir <dir>", "--demo", "--log-level <level>", "--version"] {
        #expect(lines.contains { $0.hasPrefix("       \(option)") }, "\(page): no \(option)")
      }
      // Words as they flow across the lines.
      let words = lines.flatMap { $0.split(separator: " ") }.joined(separator: " ")
      #expect(words.contains("trace, debug, info, notice, warning, error, critical"), "\(page): no values")
      #expect(lines.contains { $0.contains("repayctl(1)") }, "\(page)")
    }
  }
}

/// A tool a test needs is not installed.
private struct MissingTool: Error, CustomStringConvertible {
  let description: String
}
