import RepayDisplay
import RepayTestSupport
import Testing

/// `TerminalText.neutralized`: what a terminal would act on is shown instead; style sequences,
/// line feeds, tabs and all other text stay as they are.
struct TerminalTextTests {
  @Test("plain text, Chinese, emoji, tabs and line feeds are untouched")
  func plain() {
    for text in ["", "花呗 ¥1,250.00", "a\tb\nc", "🙂 é", "50%;[m"] {
      #expect(TerminalText.neutralized(text) == text)
    }
  }

  @Test("style sequences stay; every other escape sequence is shown, not obeyed")
  func escapes() {
    #expect(TerminalText.neutralized("\u{1B}[1;31mred\u{1B}[0m") == "\u{1B}[1;31mred\u{1B}[0m")
    // Window title (OSC, ended by BEL), screen clear, cursor move, hyperlink.
    #expect(TerminalText.neutralized("\u{1B}]0;pwned\u{07}") == "␛]0;pwned␇")
    #expect(TerminalText.neutralized("\u{1B}[2J") == "␛[2J")
    #expect(TerminalText.neutralized("\u{1B}[10;5H") == "␛[10;5H")
    #expect(TerminalText.neutralized("\u{1B}]8;;http://x\u{1B}\\y") == "␛]8;;http://x␛\\y")
    // An unfinished style sequence at the end.
    #expect(TerminalText.neutralized("a\u{1B}[31") == "a␛[31")
    #expect(TerminalText.neutralized("\u{1B}") == "␛")
  }

  @Test("C0 controls, DEL, C1 controls and bidirectional overrides are replaced")
  func controls() {
    #expect(TerminalText.neutralized("a\u{00}b\u{08}c\u{0D}d") == "a␀b␈c␍d")
    #expect(TerminalText.neutralized("\u{7F}") == "␡")
    #expect(TerminalText.neutralized("x\u{9B}2Jy") == "x\u{FFFD}2Jy")
    #expect(TerminalText.neutralized("\u{202E}olleh\u{202C}") == "\u{FFFD}olleh\u{FFFD}")
    #expect(TerminalText.neutralized("\u{2066}a\u{2069}") == "\u{FFFD}a\u{FFFD}")
  }

  @Test("what comes out has no character a terminal would act on, for every string of up to 5 of these")
  func anyInput() {
    let alphabet: [Unicode.Scalar] = [
      "\u{1B}", "[", "]", "m", ";", "1", "\u{07}", "\u{00}", "\u{9B}", "\u{202E}", "\n",
    ]
    var strings: [String.UnicodeScalarView] = [.init()]
    for _ in 1...5 {
      strings = strings.flatMap { prefix in
        alphabet.map { scalar in
          var longer = prefix
          longer.append(scalar)
          return longer
        }
      }
      for text in strings {
        let shown = TerminalText.neutralized(String(text))
        #expect(
          TerminalSafety.firstUnsafe(in: shown) == nil,
          "\(String(text).debugDescription) → \(shown.debugDescription)")
      }
    }
  }
}
