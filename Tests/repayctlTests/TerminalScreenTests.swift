import Foundation
import RepayCore
import RepayDisplay
import RepayTestSupport
import Testing

/// repayctl's human output as a person sees it: captured from a real terminal (tmux, exactly 80
/// columns) against the real repayd, with Chinese loan names, and compared line for line with the
/// expected screens in `Screens/`. Those name the household's dates relative to today, as
/// `{today+05}`, since the daemon places its household around today; everything else on the
/// screen is fixed.
@Suite(.serialized)
struct TerminalScreenTests {
  /// The folder of the expected screens.
  private static let screens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Screens/"

  /// What the pane's shell runs: three commands, one after another, each only if the one before
  /// succeeded. At its natural width the English table of show's instalments is 88 columns, so
  /// it is fitted to the 80 (Chinese characters counted as two columns) by wrapping the overdue
  /// instalment's status onto a second line: its penalty per day, the figure that once was cut,
  /// is shown whole. show's summary line is broken between its items.
  private static let script = """
    "$REPAYCTL" loans && "$REPAYCTL" upcoming --days 40 && "$REPAYCTL" show jd
    """

  /// The environment of the pane: exactly this, as a terminal session would have it.
  private func environment(_ daemon: LiveDaemon, lang: String, extra: [String: String] = [:]) -> [String:
    String]
  {
    [
      "LANG": lang, "TERM": "screen", "TZ": LiveDaemon.zone, "REPAYD_ADDRESS": daemon.address,
      "REPAYCTL": RepayctlProcess.executable, "REPAYCTL_COMMANDS": StatusFrontTests.commands,
      "PATH": "/usr/bin:/bin",
    ].merging(extra) { $1 }
  }

  /// The expected screen `name`, its placeholders `{today+05}`, `{today-03}` (as wide as a date,
  /// so that the file shows the screen's columns) replaced by the daemon's dates.
  private func expected(_ name: String, _ daemon: LiveDaemon) throws -> String {
    var text = try String(contentsOfFile: Self.screens + name, encoding: .utf8)
    for days in -99...99 {
      text = text.replacingOccurrences(
        of: String(format: "{today%+03d}", days), with: "\(daemon.today.advanced(by: days))")
    }
    return text
  }

  @Test("loans, upcoming and show at 80 columns with Chinese names, in English and Chinese, as expected")
  func screens() throws {
    let daemon = try LiveDaemon()
    let terminal = TerminalSession(folder: daemon.folder)
    defer { terminal.kill() }
    for (lang, name) in [
      ("C.UTF-8", "loans-upcoming-show.en.txt"), ("zh_CN.UTF-8", "loans-upcoming-show.zh.txt"),
    ] {
      let screen = try terminal.screen(
        of: Self.script, environment: environment(daemon, lang: lang, extra: ["NO_COLOR": "1"]))
      #expect(screen.status == 0)
      // The screen ends with the notice the first start delivered for jd: its time (shown to the
      // second, or to the minute when on one) sets its column's width, so it is checked apart.
      let parts = screen.text.components(separatedBy: "\n\n")
      let expected = try expected(name, daemon)
      #expect(
        parts.dropLast().joined(separator: "\n\n") + "\n" == expected,
        "\(name): the screen was\n\(screen.text)")
      let shown = try JSONSerialization.jsonObject(
        with: Data(try daemon.repayctl(["show", "jd", "--json"]).standardOutput.utf8))
      let deliveries = (shown as? [String: Any])?["deliveries"] as? [[String: Any]]
      let delivered = try #require(deliveries?.first?["delivered_at"] as? String, "\(shown)")
      let (date, time) = try LiveDaemon.rules().localTime(
        at: try #require(InstantText.parse(delivered)) / 1_000_000)
      let notices = try #require(parts.last).split(separator: "\n")
      let stage = lang == "C.UTF-8" ? "overdue 3d" : "逾期 3 天提醒"
      #expect(
        notices.count == 3 && notices.allSatisfy { TerminalWidth.columns(String($0)) <= 80 }, "\(notices)")
      #expect(
        notices.last?.split(separator: "  ", omittingEmptySubsequences: true).map {
          $0.trimmingCharacters(in: .whitespaces)
        } == ["\(date) \(time)", stage, "\(daemon.today.advanced(by: -3))", "\(daemon.today) 00:00"],
        "\(notices)")
    }
  }

  @Test(
    "status in a terminal: the front's screen is the full command set's, fitted to 80 columns, with colour and without"
  )
  func status() throws {
    let daemon = try LiveDaemon()
    let terminal = TerminalSession(folder: daemon.folder)
    defer { terminal.kill() }
    for lang in ["C.UTF-8", "zh_CN.UTF-8"] {
      for colour in [false, true] {
        let environment = environment(daemon, lang: lang, extra: colour ? [:] : ["NO_COLOR": "1"])
        // A relative time may turn between the two: a differing pair is captured again.
        var screens: (front: String, full: String) = ("", "")
        for _ in 0..<3 {
          let front = try terminal.screen(
            of: #""$REPAYCTL" status"#, environment: environment, escapes: colour)
          let full = try terminal.screen(
            of: #""$REPAYCTL_COMMANDS" status"#, environment: environment, escapes: colour)
          #expect(front.status == 0 && full.status == 0)
          screens = (StatusUptime.removed(from: front.text), StatusUptime.removed(from: full.text))
          if screens.front == screens.full { break }
        }
        #expect(
          screens.front == screens.full, "\(lang), colour \(colour):\n\(screens.front)\n\(screens.full)")
        // Fitted to the terminal: the configuration line, whose path lies in a temporary folder,
        // is cut with an ellipsis (unfitted, tmux would wrap it onto the next row); in colour,
        // the headings are bold.
        let plain = screens.front.replacing(#/\x{1B}\[[0-9;]*m/#, with: "")
        let configuration = plain.split(separator: "\n").first { $0.contains("/repayctl-live-") }
        #expect(configuration?.hasSuffix("…") == true, "\(plain)")
        #expect(screens.front.contains("\u{1B}[1m") == colour)
      }
    }
  }

  @Test(
    "colour on a terminal only: in tmux, escapes around the same text; none with NO_COLOR, TERM=dumb or into a pipe"
  )
  func colour() throws {
    let daemon = try LiveDaemon()
    let terminal = TerminalSession(folder: daemon.folder)
    defer { terminal.kill() }
    let script = #""$REPAYCTL" loans"#
    let plain = try terminal.screen(
      of: script, environment: environment(daemon, lang: "C.UTF-8", extra: ["NO_COLOR": "1"]))
    let coloured = try terminal.screen(
      of: script, environment: environment(daemon, lang: "C.UTF-8"), escapes: true)
    // As the terminal understood them (tmux writes back the attributes of each cell): the
    // headings bold, what is overdue bold and red.
    #expect(coloured.text.contains("\u{1B}[1mLoan\u{1B}[0m"), "\(coloured.text.debugDescription)")
    #expect(
      coloured.text.contains("\u{1B}[1m\u{1B}[31moverdue 3 days\u{1B}[0m"),
      "\(coloured.text.debugDescription)")
    // Without the escapes, the very screen of NO_COLOR: emphasis moves no column.
    let stripped = coloured.text.replacing(#/\x{1B}\[[0-9;]*m/#, with: "")
    #expect(stripped == plain.text, "\(stripped)")
    for extra in [["NO_COLOR": "1"], ["TERM": "dumb"]] {
      let screen = try terminal.screen(
        of: script, environment: environment(daemon, lang: "C.UTF-8", extra: extra), escapes: true)
      #expect(
        screen.status == 0 && !screen.text.contains("\u{1B}["), "\(extra): \(screen.text.debugDescription)")
    }
    let piped = try daemon.repayctl(["loans"], environment: ["NO_COLOR": ""])
    #expect(
      piped.status == 0 && !piped.standardOutput.contains("\u{1B}"),
      "\(piped.standardOutput.debugDescription)")
  }
}
