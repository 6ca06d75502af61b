import Foundation
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `repayctl calendar` as a person sees it: the real binary in a real terminal (tmux, 80
/// columns), February 2026 of the household in `Screens/calendar/` with its Spring Festival
/// holidays and make-up working days, seen on 2026-02-12 (the `faketime` command fixes the clock), in
/// English and Chinese, plain and in colour, compared line for line with the expected screens
/// beside it. With `REPAYD_WRITE_SCREENS=1` in the test's environment the screens are written
/// there instead, to be reviewed by eye before they are committed: they are the spec.
@Suite(.serialized)
struct CalendarScreenTests {
  /// The folder of the household and the expected screens.
  private static let folder =
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Screens/calendar/"

  /// The pane's whole environment. The clock is fixed by `today`, not here: libfaketime must
  /// not be preloaded into the pane's shell (see `LibFaketime`).
  private func environment(lang: String, colour: Bool) -> [String: String] {
    [
      "LANG": lang, "TERM": "screen", "TZ": "Asia/Shanghai", "PATH": "/usr/bin:/bin",
      "REPAYCTL": RepayctlProcess.executable, "HOUSEHOLD": Self.folder + "household.toml",
      "FAKETIME_DONT_FAKE_MONOTONIC": "1",
    ].merging(colour ? [:] : ["NO_COLOR": "1"]) { $1 }
  }

  /// `arguments` of repayctl as a shell line run on 2026-02-12 at 10:00 in the pane's zone:
  /// through the `faketime` command, which owns libfaketime's shared objects, so that repayctl
  /// (a Swift program) keeps its arguments and nothing is left in /dev/shm. The command names
  /// them after its pid and refuses to start when they exist, so a shell first removes any that
  /// a dead process with that pid left, then replaces itself with it (`LibFaketime` says why).
  private func today(_ arguments: String) -> String {
    let start = "rm -f /dev/shm/sem.faketime_sem_$$ /dev/shm/faketime_shm_$$; exec \"$0\" \"$@\""
    return #"sh -c '\#(start)' '\#(LibFaketime.wrapper)' -f '@2026-02-12 10:00:00' "$REPAYCTL" \#(arguments)"#
  }

  /// Compares `screen` with the expected screen `name`, or writes it there when asked to.
  private func check(_ screen: (text: String, status: Int32), _ name: String) throws {
    #expect(screen.status == 0)
    if ProcessInfo.processInfo.environment["REPAYD_WRITE_SCREENS"] == "1" {
      try screen.text.write(toFile: Self.folder + name, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOfFile: Self.folder + name, encoding: .utf8)
    #expect(screen.text == expected, "\(name): the screen was\n\(screen.text)")
  }

  private func terminal() throws -> (TerminalSession, String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "calendar-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return (TerminalSession(folder: folder), folder)
  }

  @Test(
    "February 2026 at 80 columns, English and Chinese, with colour and with NO_COLOR",
    .enabled(
      if: LibFaketime.isInstalled, "Debian's faketime is missing"))
  func february() throws {
    let (terminal, folder) = try terminal()
    defer {
      terminal.kill()
      try? FileManager.default.removeItem(atPath: folder)
    }
    for (lang, language) in [("C.UTF-8", "en"), ("zh_CN.UTF-8", "zh")] {
      for colour in [false, true] {
        let screen = try terminal.screen(
          of: today(#"calendar 2026-02 --config "$HOUSEHOLD""#),
          environment: environment(lang: lang, colour: colour), escapes: colour)
        try check(screen, "2026-02.\(language)\(colour ? ".colour" : "").txt")
      }
    }
  }

  @Test(
    "three months side by side on a wide terminal, Sunday first under en_US",
    .enabled(
      if: LibFaketime.isInstalled, "Debian's faketime is missing"))
  func threeMonths() throws {
    let (terminal, folder) = try terminal()
    defer {
      terminal.kill()
      try? FileManager.default.removeItem(atPath: folder)
    }
    let screen = try terminal.screen(
      of: today(#"calendar 2026-01 --months 3 --config "$HOUSEHOLD""#),
      environment: environment(lang: "en_US.UTF-8", colour: false), columns: 160)
    try check(screen, "2026-01.3-months.en_US.txt")
  }

  @Test("a month that is not YYYY-MM, or a count of months outside 1 to 12, is a usage error")
  func usage() throws {
    let household = Self.folder + "household.toml"
    for arguments in [["2026-13"], ["2026-2"], ["February"], ["--months", "0"], ["--months", "13"]] {
      let outcome = try RepayctlProcess.run(["calendar"] + arguments + ["--config", household])
      #expect(outcome.status == 2, "\(arguments)")
      #expect(outcome.standardOutput.isEmpty)
    }
    let english = try RepayctlProcess.run(["calendar", "2026-13", "--config", household])
    #expect(english.standardError.contains("'2026-13' is not a month; write YYYY-MM, such as 2026-02."))
    let chinese = try RepayctlProcess.run(
      ["calendar", "2026-13", "--config", household], lang: "zh_CN.UTF-8")
    #expect(chinese.standardError.contains("'2026-13' 不是月份；请写成 YYYY-MM，例如 2026-02。"))
  }
}
