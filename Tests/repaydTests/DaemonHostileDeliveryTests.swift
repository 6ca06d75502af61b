import Foundation
import RepayTestSupport
import Testing

/// Text that others wrote, delivered by the real repayd: a loan whose name and platform carry
/// markup, escape sequences, other controls, a right-to-left override, NUL and a line that looks
/// like a journal field, and a hook that prints the same with bytes that are not UTF-8. On a
/// notification server that reads markup (dunst) the body arrives escaped and the summary as
/// plain text, whole; in the journal each notice is one entry whose fields are the brief's alone,
/// the text kept as data; the hook's output is logged line by line as data.
@Suite(.serialized)
struct DaemonHostileDeliveryTests {
  /// What the test writes into the name and the platform, as TOML escapes write it.
  private static let hostileTOML =
    #"<b>bold</b> <a href=\"https://evil.invalid/\">link</a> &amp; \u001b]0;pwned\u0007\u001b[2J\u0000\u007f\u009b\u202Eolleh\nFAKE_FIELD=injected"#
  /// The same text as Swift holds it.
  private static let hostile =
    "<b>bold</b> <a href=\"https://evil.invalid/\">link</a> &amp; \u{1B}]0;pwned\u{07}\u{1B}[2J\u{00}\u{7F}\u{9B}\u{202E}olleh\nFAKE_FIELD=injected"
  /// What the hook prints: markup, escapes, a line that looks like a field, bytes that are not
  /// UTF-8 (printf's octal escapes, in a TOML literal string).
  private static let hookOutput =
    #"<i>hook</i>&amp;\033]0;pwned\007\033[2J\nFAKE_HOOK=injected\n\377\376 end\n"#

  @Test(
    "the notice of a hostile name: escaped body and plain summary in dunst, one journal entry of the brief's fields"
  )
  func hostileNotice() throws {
    try withDesktopDaemon(configure: Self.hostileHousehold) { run in
      let advance = try #require(try run.notices("advance", count: 1).first, "\(run.daemon.standardError)")
      // One entry, with the brief's fields only: the line in the name started no field.
      #expect(advance.fields["FAKE_FIELD"] == nil, "\(advance.fields.keys.sorted())")
      let message = try #require(advance["MESSAGE"])
      #expect(message.hasPrefix("Evil " + Self.hostile + " ¥1,250.00 "), "\(message.debugDescription)")
      #expect(message.contains("at Plat " + Self.hostile + "."), "\(message.debugDescription)")
      #expect(advance["REPAY_LOAN"] == run.household.loan && advance["REPAY_STAGE"] == "advance")

      let call = try #require(try run.monitor.waitForCalls("Notify", count: 1).first)
      try #require(call.count == 8, "\(call)")
      // The summary is plain text (the specification's): the name as it is, NUL shown by its
      // picture, since a D-Bus string ends at NUL; the amount after it is not lost.
      let summary = try #require(call[3].text)
      let shown = Self.hostile.replacingOccurrences(of: "\u{00}", with: "␀")
      #expect(summary.hasPrefix("Evil " + shown + " ¥1,250.00 "), "\(summary.debugDescription)")
      // The body is markup for dunst, which lists body-markup: the platform's markup escaped.
      let body = try #require(call[4].text)
      #expect(body.contains("at Plat " + Self.escaped(shown) + "."), "\(body.debugDescription)")
      #expect(!body.contains("<b>") && !body.contains("<a "), "\(body.debugDescription)")
      try run.session.waitUntilDisplayed(1)

      // The hook's output: a log entry per line, each the line as data.
      let hooked = try run.journal.entries(
        matching: ["_PID=\(run.daemon.pid)", "PRIORITY=6"], since: run.household.start - 1, count: 3
      ).compactMap { $0["MESSAGE"] }.filter { $0.hasSuffix("stream=stdout") }
      #expect(hooked.count == 3, "\(hooked)")
      #expect(hooked.first?.hasPrefix("<i>hook</i>&amp;\u{1B}]0;pwned\u{07}\u{1B}[2J ") == true, "\(hooked)")
      #expect(hooked.dropFirst().first?.hasPrefix("FAKE_HOOK=injected ") == true, "\(hooked)")
      #expect(hooked.last?.hasPrefix("\u{FFFD}\u{FFFD} end ") == true, "\(hooked)")
      let entries = try run.journal.read(matching: ["_PID=\(run.daemon.pid)"], since: run.household.start - 1)
      #expect(entries.allSatisfy { $0.fields["FAKE_HOOK"] == nil && $0.fields["FAKE_FIELD"] == nil })
    }
  }

  /// The household's configuration `text` with the first loan's name and platform hostile, and
  /// a hook on its advance notice that prints `hookOutput`.
  private static func hostileHousehold(_ text: String) -> String {
    text.replacing(#"name = "花呗""#, with: #"name = "Evil "# + hostileTOML + "\"", maxReplacements: 1)
      .replacing(#"platform = "支付宝""#, with: #"platform = "Plat "# + hostileTOML + "\"", maxReplacements: 1)
      + "\n[[hook]]\non = [\"advance\"]\nexec = [\"/usr/bin/printf\", '\(hookOutput)']\n"
  }

  /// `text` with the three characters that markup gives a meaning written as entities.
  private static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }
}
