import Foundation
import RepayCore
import RepayTestSupport
import Testing

/// Text that others wrote reaches people safely: a loan whose name, platform and contact carry
/// a window-title sequence, a screen clear, BEL, NUL, DEL, a C1 control and a right-to-left
/// override, and a note with the same, shown by the real repayctl from the real repayd and
/// offline. What a terminal would act on is shown as a stand-in; the JSON keeps the text exactly.
@Suite(.serialized)
struct HostileTextTests {
  /// Everything the test writes into names and notes, as TOML escapes write it.
  private static let hostileTOML = #"\u001b]0;pwned\u0007\u001b[2J\u0000\u007f\u009b\u202Eolleh"#
  /// The same text as Swift holds it.
  private static let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{00}\u{7F}\u{9B}\u{202E}olleh"
  /// How a terminal shows it.
  private static let shown = "␛]0;pwned␇␛[2J␀␡\u{FFFD}\u{FFFD}olleh"

  private static func household(today: LocalDate) -> String {
    HostileHousehold.configuration(today: today, text: hostileTOML)
  }

  @Test(
    "loans, show, upcoming, status, notes, history, schedule and calendar show stand-ins; JSON keeps the text"
  )
  func hostileNames() throws {
    let rules = try LiveDaemon.rules()
    let today = rules.localDate(at: Int64(Date().timeIntervalSince1970))
    let daemon = try LiveDaemon(household: Self.household(today: today))
    defer { daemon.stop() }
    let noted = try daemon.repayctl([
      "note", "evil", "said \(Self.hostile)", "--counterpart", "agent \(Self.hostile)",
    ])
    #expect(noted.status == 0, "\(noted.standardError)")
    let month = String(today.description.prefix(7))
    // Each command, and whether it shows the loan's or the note's text.
    let commands: [([String], Bool)] = [
      (["loans"], true), (["show", "evil"], true), (["upcoming"], true), (["status"], false),
      (["notes"], true),
      (["history"], true), (["schedule", "--config", daemon.configPath], true),
      (["calendar", month, "--config", daemon.configPath], false),
    ]
    for (arguments, showsText) in commands {
      let outcome = try daemon.repayctl(arguments)
      #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
      #expect(
        TerminalSafety.firstUnsafe(in: outcome.standardOutput) == nil,
        "\(arguments): \(outcome.standardOutput.debugDescription)")
      #expect(outcome.standardOutput.contains("pwned") == showsText, "\(arguments)")
    }
    #expect(try daemon.repayctl(["show", "evil"]).standardOutput.contains("Evil " + Self.shown))
    // An error that quotes what was typed or stored: for people on standard error, neutralized;
    // with --json, exact.
    // (An argument cannot hold NUL.)
    let typed = "x" + Self.hostile.replacingOccurrences(of: "\u{00}", with: "")
    let missing = try daemon.repayctl(["show", typed])
    #expect(missing.status == 1)
    #expect(
      missing.standardError.contains("x" + Self.shown.replacingOccurrences(of: "␀", with: "")),
      "\(missing.standardError.debugDescription)")
    #expect(TerminalSafety.firstUnsafe(in: missing.standardError) == nil)
    let missingJSON = try daemon.repayctl(["show", typed, "--json"])
    let error = try JSONSerialization.jsonObject(with: Data(missingJSON.standardError.utf8)) as? [String: Any]
    #expect((error?["parameters"] as? [String: Any])?["loan"] as? String == typed)
    // For scripts, the text as it was written, escaped as JSON escapes it.
    let loans = try daemon.repayctl(["loans", "--json"])
    let object = try JSONSerialization.jsonObject(with: Data(loans.standardOutput.utf8)) as? [String: Any]
    let names = (object?["loans"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
    #expect(names == ["Evil " + Self.hostile])
  }
}
